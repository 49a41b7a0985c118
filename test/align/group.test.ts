import { describe, expect, it } from 'vitest';
import type { FeatureTable } from '../../source/align/features.js';
import { pairProbabilities, strongestFirst } from '../../source/align/group.js';

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
