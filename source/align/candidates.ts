import type { FeatureTable } from './features.js';
import { type PairScore, scorePair } from './score.js';

/** A scored pair of sentences from two different sources. */
export interface Edge extends PairScore {
  a: number;
  b: number;
}

/** Tuning of candidate generation and edge selection. */
export interface CandidateOptions {
  /** Lowest score for a pair to count as the same fact. */
  minScore: number;
  /** A second sentence of the same source is kept when it scores this share of the best one. */
  splitRatio: number;
}

/** Keys in more than this share of all sentences are topic words: not used to find candidates. */
const TOPIC_SHARE = 0.1;
/** Every sentence looks up at least this many of its rarest keys, topic words or not. */
const MIN_LOOKUPS = 3;
/** Candidates fully scored per sentence (the best by partial overlap). */
const MAX_CANDIDATES = 48;

/**
 * Finds, for every sentence, its best matches in each other source without comparing all pairs:
 * an inverted index over informative keys proposes candidates, which are then scored in full.
 * Returns edges that are mutual choices (each side's best, or close to it), scored and explained.
 */
export function findEdges(table: FeatureTable, options: CandidateOptions): Edge[] {
  const { sentences, df, idf } = table;
  const postings = new Map<string, number[]>();
  for (const sentence of sentences) {
    for (const key of sentence.keys) {
      if ((df.get(key) ?? 0) < 2) continue;
      const list = postings.get(key);
      if (list) list.push(sentence.id);
      else postings.set(key, [sentence.id]);
    }
  }
  const topicLimit = Math.max(8, TOPIC_SHARE * sentences.length);

  // chosen.get(a) = sentences b that a picked (best per other source, plus near-best ones).
  const chosen = new Map<number, Map<number, PairScore>>();
  for (const a of sentences) {
    const byRarity = a.keys
      .filter((key) => postings.has(key))
      .sort((x, y) => df.get(x)! - df.get(y)! || (x < y ? -1 : 1));
    const lookups = byRarity.filter((key, i) => i < MIN_LOOKUPS || df.get(key)! <= topicLimit);
    const partial = new Map<number, number>();
    for (const key of lookups) {
      const w = idf.get(key) ?? 0;
      for (const id of postings.get(key)!) {
        if (sentences[id]!.source === a.source) continue;
        partial.set(id, (partial.get(id) ?? 0) + w * w);
      }
    }
    const best = [...partial.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, MAX_CANDIDATES);
    const perSource = new Map<number, { id: number; pair: PairScore }[]>();
    for (const [id] of best) {
      const b = sentences[id]!;
      const pair = scorePair(table, a, b);
      if (pair.score < options.minScore) continue;
      const list = perSource.get(b.source);
      if (list) list.push({ id, pair });
      else perSource.set(b.source, [{ id, pair }]);
    }
    const picks = new Map<number, PairScore>();
    for (const list of perSource.values()) {
      list.sort((x, y) => y.pair.score - x.pair.score || x.id - y.id);
      const top = list[0]!.pair.score;
      for (const { id, pair } of list.slice(0, 3))
        if (pair.score >= top * options.splitRatio) picks.set(id, pair);
    }
    chosen.set(a.id, picks);
  }

  const edges: Edge[] = [];
  for (const [a, picks] of chosen) {
    for (const [b, pair] of picks) {
      if (b < a && chosen.get(b)?.has(a)) continue; // mutual pair, already added from b's side
      if (!chosen.get(b)?.has(a)) continue; // not mutual
      edges.push({ a, b, ...pair });
    }
  }
  return edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}
