import Fuse from 'fuse.js';

/**
 * Groups spelling variants and inflections that the stemmer leaves apart ("bhutani", "bhutanese",
 * "bhutan"; "deploi", "deploy") and returns a map from each key to its group's representative.
 * Keys are blocked by their first four letters so the fuzzy search (fuse.js, bitap) only compares
 * words that could be variants, which keeps this linear in the vocabulary size.
 */
export function variantMap(keys: Iterable<string>): Map<string, string> {
  const blocks = new Map<string, string[]>();
  for (const key of keys) {
    if (key.startsWith('#') || key.length < 5) continue;
    const block = key.slice(0, 4);
    const list = blocks.get(block);
    if (list) list.push(key);
    else blocks.set(block, [key]);
  }
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(key, root);
    return root;
  };
  for (const words of blocks.values()) {
    if (words.length < 2) continue;
    words.sort();
    // Only a word with a possible variant in its block is searched for (isVariant's conditions
    // that do not depend on the fuzzy score); most blocks have none and need no index at all.
    const searched = words.filter((word) =>
      words.some((other) => other !== word && mayBeVariant(word, other)),
    );
    if (searched.length === 0) continue;
    const fuse = new Fuse(words, { includeScore: true, threshold: 0.3, ignoreLocation: true });
    for (const word of searched) {
      for (const hit of fuse.search(word, { limit: 6 })) {
        const other = hit.item;
        if (other === word || !isVariant(word, other, hit.score ?? 1)) continue;
        const a = find(word);
        const b = find(other);
        // The alphabetically first word represents the group (strings: Math.min does not apply).
        if (a !== b) {
          const [first, second] = [a, b].sort();
          parent.set(second!, first!);
        }
      }
    }
  }
  const map = new Map<string, string>();
  for (const key of parent.keys()) {
    const root = find(key);
    if (root !== key) map.set(key, root);
  }
  return map;
}

/** Two words are variants when they share most of their beginning and differ only at the end. */
function isVariant(a: string, b: string, score: number): boolean {
  return score <= 0.3 && mayBeVariant(a, b);
}

/** The part of isVariant that needs no fuzzy score: a long shared beginning, similar lengths. */
function mayBeVariant(a: string, b: string): boolean {
  let prefix = 0;
  while (prefix < a.length && a[prefix] === b[prefix]) prefix++;
  const shorter = Math.min(a.length, b.length);
  return prefix >= 5 && prefix >= 0.7 * shorter && Math.abs(a.length - b.length) <= 3;
}
