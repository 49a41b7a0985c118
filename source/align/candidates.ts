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
 * A pair needs two shared informative words and a score of at least minScore. Returns the edges that both sides choose (each side's best, or close to it), strongest first.
 */
export function findEdges(table: FeatureTable, scored: ScoredCandidates, options: CandidateOptions): Edge[] {
  const chosen = new Map<number, Map<number, PairScore>>();
  for (const [a, list] of scored) {
    const perSource = new Map<number, { id: number; pair: PairScore }[]>();
    for (const [b, pair] of list) {
      if (pair.score < options.minScore || pair.informative < 2) continue;
      const source = table.sentences[b]!.source;
      const entry = { id: b, pair };
      const group = perSource.get(source);
      if (group) group.push(entry);
      else perSource.set(source, [entry]);
    }
    const picks = new Map<number, PairScore>();
    for (const group of perSource.values()) {
      group.sort((x, y) => y.pair.score - x.pair.score || x.id - y.id);
      const top = group[0]!.pair.score;
      for (const { id, pair } of group.slice(0, 3))
        if (pair.score >= top * options.splitRatio) picks.set(id, pair);
    }
    chosen.set(a, picks);
  }

  const edges: Edge[] = [];
  for (const [a, picks] of chosen) {
    for (const [b, pair] of picks) {
      if (b < a || !chosen.get(b)?.has(a)) continue; // each mutual pair once, from its lower id
      edges.push({ a, b, ...pair });
    }
  }
  return edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}

/** Candidate pairs of each sentence, scored: sentence id -> (other sentence id -> score). */
export type ScoredCandidates = Map<number, Map<number, PairScore>>;

/**
 * Second-chance edges for sentences that the first pass left alone: each one's best match in each
 * other source, at a lower bar (still two shared informative words). A report often words a fact
 * so differently that it only clears a lower bar, and a sentence with no partner costs nothing to try.
 */
export function findSecondChanceEdges(
  table: FeatureTable,
  scored: ScoredCandidates,
  minScore: number,
  isAlone: (id: number) => boolean,
): Edge[] {
  const edges: Edge[] = [];
  for (const [a, list] of scored) {
    if (!isAlone(a)) continue;
    const best = new Map<number, Edge>();
    for (const [b, pair] of list) {
      if (pair.score < minScore || pair.informative < 2) continue;
      const source = table.sentences[b]!.source;
      const current = best.get(source);
      if (!current || pair.score > current.score || (pair.score === current.score && b < current.b)) {
        best.set(source, { a, b, ...pair });
      }
    }
    edges.push(...best.values());
  }
  return edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}

/** Candidate pairs from the inverted index, each scored in full: sentence id -> (other id -> score). */
export function scoreCandidates(table: FeatureTable): ScoredCandidates {
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
  const scored = new Map<number, Map<number, PairScore>>();
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
    const list = new Map<number, PairScore>();
    for (const [id] of best) list.set(id, scorePair(table, a, sentences[id]!));
    scored.set(a.id, list);
  }
  return scored;
}
