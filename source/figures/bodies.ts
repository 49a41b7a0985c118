import { singular, spellingVariants } from '../lexicon/quantities.js';
import { wordTable } from '../text/table.js';
import { unicodeRegExp } from '../tokens/letters.js';
import type { Token } from '../tokens/tokenize.js';
import { push } from './groups.js';
import type { Mention } from './types.js';

// The body a count names: the branch of service, nation, organisation or unit its counted people
// belong to ("three Navy sailors", "14 Marines", "2,700 Italian troops", "1,200 UN personnel").
// Counts that name different bodies count different people, whatever their common class (troops):
// "three Navy sailors" and "14 Marines" are not two reports of one number.

/**
 * Nouns that name a member of one branch of service: the noun itself names the body. General
 * English military vocabulary, no article's words.
 */
const BRANCH_MEMBERS = wordTable<string>({
  marine: 'marine',
  sailor: 'navy',
  airman: 'air force',
  guardsman: 'guard',
});

/**
 * Other spellings of one body: the country abbreviations news copy uses beside the demonym, and a
 * branch named with or without its second word. General English.
 */
const ALIASES = wordTable<string>({
  us: 'american',
  usa: 'american',
  america: 'american',
  uk: 'british',
  britain: 'british',
  'marine corps': 'marine',
  'national guard': 'guard',
});

// Unicode classes: compiled on first use, as plain twins on plain text (performance: tokens/letters.ts).
const STARTS_UPPER = unicodeRegExp(String.raw`^\p{Lu}`, 'u');
const ONE_UPPER = unicodeRegExp(String.raw`^\p{Lu}$`, 'u');
const capitalised = (t: Token) => t.kind === 'word' && STARTS_UPPER().test(t.text);
const dotted = (tokens: readonly Token[], k: number) =>
  tokens[k]?.kind === 'word' &&
  ONE_UPPER().test(tokens[k]!.text) &&
  tokens[k + 1]?.text === '.' &&
  tokens[k + 1]!.start === tokens[k]!.end;

/** A body's normal form (lower case, singular words, one spelling per body). */
function normal(words: string[]): string {
  const body = words.map((w) => singular(w)).join(' ');
  return (
    ALIASES[body] ??
    body
      .split(' ')
      .map((w) => ALIASES[w] ?? w)
      .join(' ')
  );
}

/**
 * The body a count's noun phrase names: its capitalised modifiers before the head noun (a run of
 * them: "Air Force pilots"; a dotted abbreviation: "U.S. troops"), else a head noun that names a
 * branch member ("Marines"). Capitals say nothing in a headline set in title case, so there only the
 * head noun counts. `from` is the first token after the number, `end` the token after the head.
 */
export function bodyOf(
  tokens: readonly Token[],
  from: number,
  end: number,
  head: string | null,
  titleCase: boolean,
): string | undefined {
  if (head === null) return undefined;
  const headWords = head.split(' ').length;
  const headStart = end - headWords;
  if (!titleCase) {
    let words: string[] = [];
    for (let k = from; k < headStart; k++) {
      if (dotted(tokens, k)) {
        let letters = '';
        while (k < headStart && dotted(tokens, k)) {
          letters += tokens[k]!.lower;
          k += 2;
        }
        k--;
        words.push(letters);
      } else if (capitalised(tokens[k]!)) words.push(tokens[k]!.lower);
      // A lower-case word after a run ends it: the body is the run next to the head.
      else if (words.length) words = [];
    }
    if (words.length) return normal(words);
  }
  return BRANCH_MEMBERS[head];
}

/**
 * Two bodies are one when they are spelled alike, are demonym variants ("Kenya" / "Kenyan"), or one
 * names the other more fully ("U.S. Army" / "Army").
 */
export function sameBody(a: string, b: string): boolean {
  if (a === b) return true;
  const x = a.split(' ');
  const y = b.split(' ');
  if (x.length === 1 && y.length === 1) return spellingVariants(a, b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w) => long.includes(w));
}

/** Nothing tells two groups' bodies apart: wherever both name one, it is the same. */
export function bodiesAgree(a: readonly Mention[], b: readonly Mention[]): boolean {
  return a.every((x) =>
    b.every((y) => x.body === undefined || y.body === undefined || sameBody(x.body, y.body)),
  );
}

/**
 * Mentions of one comparison slot split by the bodies they name, when they name two or more
 * ("8 Marines, three Navy sailors" / "9 Marines"): each body's counts are compared apart, and the
 * counts that name none (a passage that splits a count by bodies also gives the total) with none.
 * A slot that names at most one body stays whole.
 */
export function splitByBody(mentions: readonly Mention[]): Mention[][] {
  const bodies: string[] = [];
  for (const m of mentions)
    if (m.body !== undefined && !bodies.some((b) => sameBody(b, m.body!))) bodies.push(m.body);
  if (bodies.length < 2) return [[...mentions]];
  return splitBy(mentions, bodies, (m) => m.body, sameBody);
}

/**
 * Mentions split into one part per key (the mentions whose key `same` matches it) and, last, the
 * mentions that have none.
 */
function splitBy(
  mentions: readonly Mention[],
  keys: readonly string[],
  keyOf: (m: Mention) => string | undefined,
  same: (a: string, b: string) => boolean,
): Mention[][] {
  const parts = keys.map((key) => mentions.filter((m) => keyOf(m) !== undefined && same(key, keyOf(m)!)));
  const none = mentions.filter((m) => keyOf(m) === undefined);
  return none.length ? [...parts, none] : parts;
}

/**
 * Whether one source's mentions of a slot are rival estimates that the slot can compare: two or
 * more values, each given by another body ("the organisers counted 300,000, when the police counted
 * 45,000"), one of those bodies named by another source of the slot too (`slot`). They are then
 * compared with the other sources' figures as one figure: each body's value against the same
 * body's elsewhere (a conflict when they cannot both hold), against other bodies' as estimates that
 * differ. When no other source names one of the bodies, nothing says which estimate the others
 * report, and the source's figures only join those they agree with.
 */
export function rivalEstimates(
  mentions: readonly Mention[],
  slot: readonly Mention[],
  organisation: (body: string) => string,
): boolean {
  if (mentions.length < 2 || mentions.some((m) => m.attribution === undefined)) return false;
  const source = mentions[0]!.source;
  const own = new Set(mentions.map((m) => organisation(m.attribution!)));
  return (
    own.size === mentions.length &&
    new Set(mentions.map((m) => JSON.stringify(m.value))).size === mentions.length &&
    slot.some((m) => m.source !== source && m.attribution && own.has(organisation(m.attribution)))
  );
}

/**
 * Mentions of one comparison slot split by the places they are of, when a source gives the slot
 * for two or more places side by side ("65,000 in Lorn and 300,000 nationwide"): each place's
 * counts are compared apart, and the counts that name none with none. Otherwise the slot stays
 * whole: two names may be one place told at two scales (a district and its province), so only a
 * source that sets places apart says they are apart.
 */
export function splitByPlace(mentions: readonly Mention[]): Mention[][] {
  const bySource = new Map<number, Mention[]>();
  for (const m of mentions) push(bySource, m.source, m);
  const apart = [...bySource.values()].some(
    (ms) => ms.length > 1 && ms.every((m) => m.place) && new Set(ms.map((m) => m.place)).size === ms.length,
  );
  if (!apart) return [[...mentions]];
  const places = [...new Set(mentions.flatMap((m) => (m.place ? [m.place] : [])))];
  return splitBy(
    mentions,
    places,
    (m) => m.place,
    (a, b) => a === b,
  );
}
