import { type FeatureTable, type SentenceFeatures, weight } from './features.js';

/** How alike two sentences are, and why. */
export interface PairScore {
  /** Cosine similarity of the idf-weighted key vectors, 0..1. */
  score: number;
  /** Shared words, rarest first (as written in the first sentence). */
  shared: string[];
  /** Shared names and numbers. */
  strong: string[];
  /** How many shared single words are informative (not topic words). */
  informative: number;
}

/** A shared word counts as evidence when its idf is at least this (rarer than ~1 sentence in 3). */
const INFORMATIVE_IDF = 1;

/** Scores one pair of sentences: idf-weighted cosine over their keys, with the shared words. */
export function scorePair(table: FeatureTable, a: SentenceFeatures, b: SentenceFeatures): PairScore {
  const { idf } = table;
  const bKeys = new Set(b.keys);
  let dot = 0;
  let informative = 0;
  const shared: { word: string; w: number; strong: boolean }[] = [];
  for (const key of a.keys) {
    if (!bKeys.has(key)) continue;
    if (!key.includes(' ') && (idf.get(key) ?? 0) >= INFORMATIVE_IDF) informative++;
    const wa = weight(a, key, idf);
    const wb = weight(b, key, idf);
    dot += wa * wb;
    if (wa > 0)
      shared.push({ word: a.words.get(key)!, w: wa, strong: a.strong.has(key) && b.strong.has(key) });
  }
  const denominator = Math.sqrt(a.norm2 * b.norm2);
  shared.sort((x, y) => y.w - x.w || (x.word < y.word ? -1 : 1));
  return {
    score: denominator > 0 ? dot / denominator : 0,
    shared: shared.slice(0, 8).map((s) => s.word),
    strong: shared.filter((s) => s.strong).map((s) => s.word),
    informative,
  };
}

/** Cosine only, for cohesion checks where the reasons are not needed. */
export function similarity(table: FeatureTable, a: SentenceFeatures, b: SentenceFeatures): number {
  const { idf } = table;
  const small = a.keys.length <= b.keys.length ? a : b;
  const large = small === a ? b : a;
  const largeKeys = new Set(large.keys);
  let dot = 0;
  for (const key of small.keys) if (largeKeys.has(key)) dot += weight(a, key, idf) * weight(b, key, idf);
  const denominator = Math.sqrt(a.norm2 * b.norm2);
  return denominator > 0 ? dot / denominator : 0;
}
