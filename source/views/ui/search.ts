import Fuse, { type FuseResultMatch } from 'fuse.js';
import type { Comparison } from '../../analysis/types.js';

/** A passage found by the search, with where the query matched in its text. */
export interface SearchResult {
  passage: number;
  text: string;
  /** [start, end] (inclusive) ranges of `text` that matched. */
  ranges: [number, number][];
}

/** A fuzzy search over passages (fuse.js, index built once): results as you type. */
export function createSearch(comparison: Comparison): (query: string, limit?: number) => SearchResult[] {
  const docs = comparison.passages.map((passage, i) => ({
    i,
    text: passage.members.map((m) => m.text).join(' ┃ '),
  }));
  const fuse = new Fuse(docs, {
    keys: ['text'],
    includeMatches: true,
    ignoreLocation: true,
    threshold: 0.3,
    minMatchCharLength: 2,
  });
  return (query, limit = 50) => {
    if (query.trim().length === 0) return [];
    return fuse.search(query.trim(), { limit }).map((result) => ({
      passage: result.item.i,
      text: result.item.text,
      ranges: longestRanges(result.matches ?? []),
    }));
  };
}

/** Fuse reports every matched character run; keep the ones at least two characters long. */
function longestRanges(matches: readonly FuseResultMatch[]): [number, number][] {
  return matches.flatMap((m) =>
    m.indices.filter(([a, b]) => b - a >= 1).map(([a, b]) => [a, b] as [number, number]),
  );
}
