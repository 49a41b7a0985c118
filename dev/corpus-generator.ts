// Deterministic synthetic coverage sets for benchmarks: articles built from the seed sentences,
// shuffled, thinned and reworded, so that alignment has real work to do at any size.

/** A small fast seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Rewordings applied at random, as paraphrasing outlets and translators do.
const SUBSTITUTIONS: [RegExp, string[]][] = [
  [/\btroops\b/g, ['soldiers', 'forces', 'personnel']],
  [/\bsaid\b/g, ['stated', 'told reporters', 'declared']],
  [/\bborder\b/g, ['frontier', 'boundary']],
  [/\bdeployment\b/g, ['build-up', 'buildup', 'mobilisation']],
  [/\bkilled\b/g, ['shot dead', 'slain']],
  [/\bpresident\b/gi, ['leader', 'head of state']],
  [/\bon Friday\b/g, ['on Friday morning', 'late on Friday']],
  [/\btensions\b/g, ['friction', 'strain']],
  [/\bimmediate\b/g, ['urgent', 'swift']],
];

/** Rewrites some words of a sentence, with a probability per substitution. */
function reword(sentence: string, next: () => number): string {
  let out = sentence;
  for (const [pattern, choices] of SUBSTITUTIONS) {
    if (next() < 0.4) out = out.replace(pattern, () => choices[Math.floor(next() * choices.length)]!);
  }
  return out;
}

/**
 * Builds `count` articles of about `words` words each from a pool of sentences: each article takes
 * a random subset in random order (dropping the rest), rewords some, and groups them into
 * paragraphs, alternating the two paragraph styles (blank lines or one paragraph per line).
 */
export function generateCorpus(
  pool: readonly string[],
  count: number,
  words: number,
  seed = 2023,
  /** Filled, when given, with the pool index of each sentence of each article, in order. */
  origins?: number[][],
): string[] {
  const next = random(seed);
  const articles: string[] = [];
  for (let n = 0; n < count; n++) {
    const order = pool.map((s, i) => ({ s, key: next(), i })).sort((a, b) => a.key - b.key || a.i - b.i);
    const chosen: string[] = [];
    const from: number[] = [];
    let total = 0;
    for (const { s, i } of order) {
      if (total >= words) break;
      if (next() < 0.3) continue;
      const sentence = reword(s, next);
      chosen.push(sentence);
      from.push(i);
      total += sentence.split(/\s+/).length;
    }
    const paragraphs: string[] = [];
    for (let i = 0; i < chosen.length; ) {
      const size = 1 + Math.floor(next() * 3);
      paragraphs.push(chosen.slice(i, i + size).join(' '));
      i += size;
    }
    origins?.push(from);
    const headline = `Report ${n + 1} on the crisis`;
    articles.push(
      n % 2 === 0 ? `${headline}\n\n${paragraphs.join('\n\n')}\n` : `${headline}\n${paragraphs.join('\n')}\n`,
    );
  }
  return articles;
}
