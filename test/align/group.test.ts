import { describe, expect, it } from 'vitest';
import { DEFAULT_GROUP_OPTIONS, runsOf } from '../../source/align/align.js';
import type { ScoredCandidates } from '../../source/align/candidates.js';
import type { FeatureTable } from '../../source/align/features.js';
import {
  type GroupOptions,
  groupSentences,
  type PairModel,
  pairProbabilities,
  strongestFirst,
} from '../../source/align/group.js';

/** Edges with many equal probabilities (as repeated sentences give), in no order. */
function edges(count: number, seed: number) {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const a = new Int32Array(count);
  const b = new Int32Array(count);
  const p = new Float64Array(count);
  const seen = new Set<number>();
  for (let i = 0; i < count; ) {
    const x = Math.floor(next() * 100_000);
    const y = x + 1 + Math.floor(next() * 100_000);
    if (seen.has(x * 300_000 + y)) continue;
    seen.add(x * 300_000 + y);
    a[i] = x;
    b[i] = y;
    // A few distinct values, and some very close ones that differ only in the last bits.
    p[i] = next() < 0.5 ? [0.7, 0.75, 0.9, 0.99][Math.floor(next() * 4)]! : 0.7 + next() * 0.3;
    if (next() < 0.05) p[i] = 0.8 + 2 ** -50 * Math.floor(next() * 4);
    i++;
  }
  return { a, b, p };
}

describe('strongestFirst', () => {
  for (const count of [0, 1, 500, 250_000]) {
    it(`orders ${count} edges by probability (highest first), then by the pair, as a comparison sort does`, () => {
      const { a, b, p } = edges(count, count + 7);
      const expected = Array.from({ length: count }, (_, i) => i).sort(
        (x, y) => p[y]! - p[x]! || a[x]! - a[y]! || b[x]! - b[y]!,
      );
      expect(Array.from(strongestFirst(a, b, p, count))).toEqual(expected);
    });
  }
});

describe('pairProbabilities', () => {
  it('takes more sentences than a function call takes arguments (a 100 MB input holds 200,000)', () => {
    const count = 200_000;
    const sentences = Array.from({ length: count }, (_, id) => ({
      id,
      source: id % 2,
      sentence: id >> 1,
      text: id,
    }));
    const table = {
      sentences,
      idf: new Float64Array(0),
      sourceLengths: [count / 2, count / 2],
    } as unknown as FeatureTable;
    const scored = sentences.map(() => ({ ids: new Int32Array(0), scores: new Float64Array(0) }));
    expect(() => pairProbabilities(table, scored)).not.toThrow();
  });
});

/**
 * Source 0 has six sentences (ids 0-5), source 1 two (ids 6-7); the pair model is the table `ps`
 * (every listed pair is a mutual candidate, every other pair has p 0).
 */
function tinyGroups(ps: Record<string, number>, far: number | undefined, echo = 1) {
  return tinyGrouping(ps, far, echo).map((g) => g.ids);
}

function tinyGrouping(ps: Record<string, number>, far: number | undefined, echo: number) {
  return groupTable([6, 2], ps, { ...DEFAULT_GROUP_OPTIONS, echo, far });
}

/**
 * Groups a table whose sources have `lengths` sentences each (ids in source order) under the pair
 * model `ps` (every listed pair is a mutual candidate, every other pair has p 0).
 */
function groupTable(lengths: number[], ps: Record<string, number>, options: GroupOptions) {
  const sentences = lengths
    .flatMap((length, source) => Array.from({ length }, (_, sentence) => ({ source, sentence })))
    .map((s, id) => ({ ...s, id, text: id }));
  const table = { sentences, idf: new Float64Array(0), sourceLengths: lengths } as unknown as FeatureTable;
  const p = (a: number, b: number) => ps[`${Math.min(a, b)}-${Math.max(a, b)}`] ?? 0;
  const scored: ScoredCandidates = sentences.map(({ id }) => {
    const ids = sentences.map((s) => s.id).filter((b) => b !== id && p(id, b) > 0);
    return { ids: Int32Array.from(ids), scores: Float64Array.from(ids, (b) => p(id, b)) };
  });
  const model: PairModel = {
    p,
    relative: () => 1,
    candidate: (a, k) => p(a, scored[a]!.ids[k]!),
    mutual: () => true,
  };
  return groupSentences(table, scored, model, options);
}

describe('groupSentences: a source that reports the fact twice, far apart', () => {
  // Sentences 0 and 4 of source 0 both match sentence 0 of source 1 (id 6).
  const ps = { '0-6': 0.95, '4-6': 0.9 };

  it('keeps only the best of them when far joins are off', () => {
    expect(tinyGroups(ps, undefined)).toEqual([[0, 6]]);
  });

  it('takes both when the far one matches the passage at the far bar', () => {
    expect(tinyGroups(ps, 0.85)).toEqual([[0, 4, 6]]);
  });

  it('leaves the far one out when its match is below the far bar', () => {
    expect(tinyGroups(ps, 0.92)).toEqual([[0, 6]]);
  });
});

describe('groupSentences: echoes', () => {
  // Sentence 0 (source 0) reports the facts of both 6 and 7 (source 1); sentence 4 (source 0)
  // reports 7's fact only. So 0 joins 6, 4 joins 7, and 0 also serves 7's passage.
  const ps = { '0-6': 0.99, '4-7': 0.99, '0-7': 0.95 };

  it('shows a sentence in a second passage that already has a sentence of its source', () => {
    const groups = tinyGrouping(ps, undefined, 0.92);
    // And 7, which matches 0 as well as 0 matches it, is shown in 0's passage.
    expect(groups.map((g) => [g.ids, g.echoes ?? []])).toEqual([
      [[0, 6], [7]],
      [[4, 7], [0]],
    ]);
  });

  it('does not when the match is below the echo bar', () => {
    const groups = tinyGrouping(ps, undefined, 0.96);
    expect(groups.map((g) => g.echoes ?? [])).toEqual([[], []]);
  });

  it('never makes a sentence left alone a member of a passage that has its source', () => {
    // Sentence 2 (source 0) matches 6 as well as 0 does, but 6's passage has 0 already.
    const groups = tinyGrouping({ '0-6': 0.99, '2-6': 0.98 }, undefined, 0.92);
    expect(groups.map((g) => g.ids)).toEqual([[0, 6]]);
    expect(groups[0]!.echoes ?? []).toEqual([]);
  });
});

describe('runsOf', () => {
  it('cuts sorted sentence indices into runs of adjacent ones', () => {
    expect(runsOf([3, 4, 9])).toEqual([[3, 4], [9]]);
    expect(runsOf([1, 3, 5])).toEqual([[1], [3], [5]]);
    expect(runsOf([])).toEqual([]);
  });
});

/**
 * Four sources of two sentences each (source s has ids 2s and 2s + 1); the pair model is the table
 * `ps` (every listed pair is a mutual candidate, every other pair has p 0). Echo bar 0.9.
 */
function fourSources(ps: Record<string, number>) {
  return groupTable([2, 2, 2, 2], ps, { ...DEFAULT_GROUP_OPTIONS, echo: 0.9, far: undefined });
}

describe('groupSentences: echoes vouched for by two other sources', () => {
  // Passage A: sentence 0 (source 0) with 2 (source 1). Passage B: 3, 5 and 7 (sources 1, 2, 3),
  // which tell one fact. Sentence 0 also states B's fact: it matches B's members of sources 1 and
  // 2 strongly, but 7 (source 3) tells the fact in other words, so its mean over B is low.
  const passage = { '0-2': 0.99, '3-5': 0.99, '3-7': 0.99, '5-7': 0.99 };
  const echoesOfB = (ps: Record<string, number>) => {
    const groups = fourSources({ ...passage, ...ps });
    expect(groups.map((g) => g.ids)).toEqual([
      [0, 2],
      [3, 5, 7],
    ]);
    return groups[1]!.echoes ?? [];
  };

  it('echoes a sentence that two other sources link to strongly, though its mean is below the bar', () => {
    // Mean (0.96 + 0.96 + 0.1) / 3 = 0.67.
    expect(echoesOfB({ '0-3': 0.96, '0-5': 0.96, '0-7': 0.1 })).toEqual([0]);
  });

  it('does not with one strong link only', () => {
    expect(echoesOfB({ '0-3': 0.96, '0-5': 0.9, '0-7': 0.1 })).toEqual([]);
  });

  it('does not when the two strong links are to one source', () => {
    // B is 3 (source 1) with 4 and 5 (source 2); sentence 0 links strongly to 4 and 5 only.
    const groups = fourSources({
      '0-2': 0.99,
      '3-4': 0.99,
      '3-5': 0.99,
      '4-5': 0.99,
      '0-3': 0.1,
      '0-4': 0.96,
      '0-5': 0.96,
    });
    expect(groups.map((g) => g.ids)).toEqual([
      [0, 2],
      [3, 4, 5],
    ]);
    expect(groups[1]!.echoes ?? []).toEqual([]);
  });

  it('does not when its mean over the passage is below the floor for vouched echoes', () => {
    // B is 3, 5 and 6-7 (sources 1, 2, 3): four members; 0 links strongly to 3 and 5.
    const b = { '3-5': 0.99, '3-6': 0.99, '3-7': 0.99, '5-6': 0.99, '5-7': 0.99, '6-7': 0.99 };
    const echoes = (weak: number) => {
      const groups = fourSources({ '0-2': 0.99, ...b, '0-3': 0.95, '0-5': 0.95, '0-6': weak, '0-7': weak });
      expect(groups.map((g) => g.ids)).toEqual([
        [0, 2],
        [3, 5, 6, 7],
      ]);
      return groups[1]!.echoes ?? [];
    };
    expect(echoes(0.3)).toEqual([0]); // mean 0.625
    expect(echoes(0.1)).toEqual([]); // mean 0.525
  });
});
