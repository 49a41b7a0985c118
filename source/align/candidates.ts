import type { FeatureTable } from './features.js';
import { cosine } from './score.js';

/** Candidate pairs of each sentence, scored: for sentence id, parallel arrays of other ids and cosines. */
export type ScoredCandidates = { ids: Int32Array; scores: Float64Array }[];

/** Keys in more than this share of all sentences are topic words: not used to find candidates. */
const TOPIC_SHARE = 0.1;
/** Every sentence looks up at least this many of its rarest keys, topic words or not. */
const MIN_LOOKUPS = 3;
/** Candidates fully scored per sentence (the best by partial overlap, and some spread). */
const MAX_CANDIDATES = 48;
/** Of those, how many are spread over the lower-ranked candidates. */
const SPREAD_CANDIDATES = 12;
/**
 * Most postings read per key. A fact repeated in hundreds of articles gives keys with hundreds of
 * postings; reading a window of them around the sentence's own place (in source order) keeps the
 * cost linear, and because windows are symmetric, neighbouring sources still choose each other,
 * so the clusters grow across all sources through those links.
 */
const MAX_POSTINGS = 64;

/**
 * Candidate pairs without comparing all pairs: an inverted index over each sentence's rarer keys
 * proposes the sentences of other sources that share them, ranked by the weight they share; the
 * best MAX_CANDIDATES are then scored in full.
 */
export function scoreCandidates(table: FeatureTable): ScoredCandidates {
  const { sentences, df, idf, keyCount } = table;
  // Postings as one flat array (CSR): sentences of key k are postings[offsets[k] .. offsets[k + 1]).
  const offsets = new Int32Array(keyCount + 1);
  for (let k = 0; k < keyCount; k++) offsets[k + 1] = offsets[k]! + df[k]!;
  const postings = new Int32Array(offsets[keyCount]!);
  const fill = offsets.slice(0, keyCount);
  // Indexed loops (performance: on a short run, for...of allocates an iterator result per element).
  for (let s = 0; s < sentences.length; s++) {
    const { keys, id } = sentences[s]!;
    for (let k = 0; k < keys.length; k++) postings[fill[keys[k]!]!++] = id;
  }

  // A fact every source reports once has about one posting per source: never a topic word.
  const sourceCount = sentences.length ? sentences[sentences.length - 1]!.source + 1 : 0;
  const topicLimit = Math.max(8, TOPIC_SHARE * sentences.length, 2 * sourceCount);
  const partial = new Float64Array(sentences.length);
  const sourceOf = Int32Array.from(sentences, (sentence) => sentence.source);
  // The sentences met so far for the current sentence: touched[0 .. met).
  const touched = new Int32Array(sentences.length);
  let met = 0;
  // What depends on the text alone is worked out once per distinct text (repeated sentences share
  // it): the keys to look up, rarest first, and the cosines with other texts, for which sentences
  // are visited text by text (each sentence's result is its own; the visiting order changes nothing).
  const textCount = sentences.reduce((n, s) => Math.max(n, s.text + 1), 0);
  const lookups: Int32Array[] = new Array(textCount);
  const cosines = new Float64Array(textCount);
  const cosineOf = new Int32Array(textCount).fill(-1);
  const visit = Int32Array.from(sentences, (s) => s.id);
  visit.sort((x, y) => sentences[x]!.text - sentences[y]!.text || x - y);
  const result: ScoredCandidates = new Array(sentences.length);
  for (let v = 0; v < visit.length; v++) {
    const id = visit[v]!;
    const a = sentences[id]!;
    let keys = lookups[a.text];
    if (keys === undefined) {
      const shared = Array.from(a.keys).filter((key) => df[key]! >= 2);
      shared.sort((x, y) => df[x]! - df[y]! || x - y);
      let end = 0;
      while (end < shared.length && (end < MIN_LOOKUPS || df[shared[end]!]! <= topicLimit)) end++;
      keys = Int32Array.from(shared.slice(0, end));
      lookups[a.text] = keys;
    }
    for (let i = 0, n = keys.length; i < n; i++) {
      const key = keys[i]!;
      const w = idf[key]! * idf[key]!;
      let from = offsets[key]!;
      let to = offsets[key + 1]!;
      if (to - from > MAX_POSTINGS) {
        // Binary search for the sentence's own place in the (id-ordered) postings.
        let lo = from;
        let hi = to;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (postings[mid]! < a.id) lo = mid + 1;
          else hi = mid;
        }
        from = Math.max(from, Math.min(lo - MAX_POSTINGS / 2, to - MAX_POSTINGS));
        to = from + MAX_POSTINGS;
      }
      for (let p = from; p < to; p++) {
        const id = postings[p]!;
        if (sourceOf[id] === a.source) continue;
        if (partial[id] === 0) touched[met++] = id;
        partial[id]! += w;
      }
    }
    // The best candidates (selected, not sorted: quickselect keeps this linear), plus a few spread
    // over the rest: where a fact is repeated word for word by many sources, the best slots all
    // go to exact twins, and the spread ones let groups of twins that differ in a figure (the
    // discrepancies we look for) still meet.
    const top = Math.min(met, MAX_CANDIDATES - SPREAD_CANDIDATES);
    selectBest(touched, met, top, (x, y) => partial[y]! - partial[x]! || x - y);
    const rest = met - top;
    const spread = Math.min(SPREAD_CANDIDATES, rest);
    const ids = new Int32Array(top + spread);
    for (let k = 0; k < top; k++) ids[k] = touched[k]!;
    for (let k = 0; k < spread; k++) ids[top + k] = touched[top + Math.floor((k * rest) / spread)]!;
    for (let k = 0; k < met; k++) partial[touched[k]!] = 0;
    met = 0;
    const scores = new Float64Array(ids.length);
    for (let k = 0, n = ids.length; k < n; k++) {
      const b = sentences[ids[k]!]!;
      if (cosineOf[b.text] !== a.text) {
        cosineOf[b.text] = a.text;
        cosines[b.text] = cosine(a, b);
      }
      scores[k] = cosines[b.text]!;
    }
    result[id] = { ids, scores };
  }
  return result;
}

/**
 * Moves the k smallest of the first `length` items (by `compare`) to the front of `items`, in no
 * particular order (Hoare's quickselect with a middle pivot; deterministic for a given input).
 */
function selectBest(
  items: Int32Array,
  length: number,
  k: number,
  compare: (x: number, y: number) => number,
): void {
  let lo = 0;
  let hi = length - 1;
  while (lo < hi && k > lo && k <= hi) {
    const pivot = items[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (compare(items[i]!, pivot) < 0) i++;
      while (compare(items[j]!, pivot) > 0) j--;
      if (i <= j) {
        const t = items[i]!;
        items[i] = items[j]!;
        items[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}
