import Fuse, { type FuseResultMatch } from 'fuse.js';
import type { Comparison } from '../../analysis/types.js';
import { membersOf, RUN_JOINER, sourcesOf } from '../members.js';

/** A passage found by the search, with where the query matched in its text. */
export interface SearchResult {
  passage: number;
  text: string;
  /** [start, end] (inclusive) ranges of `text` that matched. */
  ranges: [number, number][];
}

/** A number as written: digits with thousands separators and decimals ("4,000", "4000", "1.8"). */
const NUMBER = /\d+(?:[,\u00a0\u202f ]\d{3})*(?:\.\d+)?/gu;

/** The value a written number stands for, as a string ("4,000" and "4000" are "4000"). */
export function numberValue(written: string): string {
  return written.replace(/[,\u00a0\u202f ]/gu, '').replace(/\.0+$/u, '');
}

/**
 * A search over passages, results as you type. Numbers in the query match exactly, whatever
 * their thousands separators (4,000 finds 4,000 and 4000, never 5,000 or 14,000); the words
 * around them match fuzzily (fuse.js, index built once). Results are cached per query, so a
 * burst of keys costs one search per distinct query.
 */
export function createSearch(comparison: Comparison): (query: string, limit?: number) => SearchResult[] {
  const docs = comparison.passages.map((passage, i) => ({
    i,
    // Sources apart by ┃; a source's members (two places of its article) by " … ".
    text: sourcesOf(passage)
      .map((s) =>
        membersOf(passage, s)
          .map((m) => m.text)
          .join(RUN_JOINER),
      )
      .join(' ┃ '),
  }));
  const fuse = new Fuse(docs, {
    keys: ['text'],
    includeMatches: true,
    ignoreLocation: true,
    threshold: 0.3,
    minMatchCharLength: 2,
  });
  const numbersIn = docs.map((doc) =>
    [...doc.text.matchAll(NUMBER)].map((m) => ({
      value: numberValue(m[0]),
      range: [m.index, m.index + m[0].length - 1] as [number, number],
    })),
  );
  const cache = new Map<string, SearchResult[]>();
  const run = (query: string, limit: number): SearchResult[] => {
    const numbers = [...query.matchAll(NUMBER)].map((m) => numberValue(m[0]));
    const words = query.replace(NUMBER, ' ').replace(/[,.]/gu, ' ').trim();
    const byNumber = new Map<number, [number, number][]>();
    if (numbers.length) {
      docs.forEach((doc) => {
        const found = numbersIn[doc.i]!.filter((n) => numbers.includes(n.value));
        if (numbers.every((value) => found.some((n) => n.value === value)))
          byNumber.set(
            doc.i,
            found.map((n) => n.range),
          );
      });
    }
    if (!words) {
      return [...byNumber]
        .slice(0, limit)
        .map(([i, ranges]) => ({ passage: i, text: docs[i]!.text, ranges }));
    }
    const fuzzy = fuse.search(words, { limit: numbers.length ? docs.length : limit });
    return fuzzy
      .filter((r) => !numbers.length || byNumber.has(r.item.i))
      .slice(0, limit)
      .map((r) => ({
        passage: r.item.i,
        text: r.item.text,
        ranges: [...(byNumber.get(r.item.i) ?? []), ...longestRanges(r.matches ?? [])],
      }));
  };
  return (query, limit = 50) => {
    const key = `${limit}:${query.trim()}`;
    if (query.trim().length === 0) return [];
    let results = cache.get(key);
    if (!results) {
      results = run(query.trim(), limit);
      if (cache.size > 200) cache.clear();
      cache.set(key, results);
    }
    return results;
  };
}

/** Fuse reports every matched character run; keep the ones at least two characters long. */
function longestRanges(matches: readonly FuseResultMatch[]): [number, number][] {
  return matches.flatMap((m) =>
    m.indices.filter(([a, b]) => b - a >= 1).map(([a, b]) => [a, b] as [number, number]),
  );
}
