import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JS_KERNELS, kernels } from '../../source/align/kernels.js';
import { PAIR_WEIGHTS, probability } from '../../source/align/model.js';

const DIMS = 100;
const int8Vector = fc.array(fc.integer({ min: -127, max: 127 }), { minLength: DIMS, maxLength: DIMS });
const weight = fc.double({ min: 0, max: 12, noNaN: true });

describe('the WebAssembly kernels', () => {
  it('are in use where WebAssembly works (as under Node)', () => {
    expect(kernels()).not.toBe(JS_KERNELS);
  });

  it('sum weighted word vectors to the same float32 bits as the JavaScript loop', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(int8Vector, weight), { maxLength: 40 }), (terms) => {
        const sums = [kernels(), JS_KERNELS].map((k) => {
          const sum = k.sum(DIMS);
          sum.start();
          for (const [vector, w] of terms) sum.add(Int8Array.from(vector), w);
          return Array.from(sum.take());
        });
        expect(sums[0]).toEqual(sums[1]);
      }),
    );
  });

  it('scale sums to length 1 to the same float32 bits as the loops they replace', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(int8Vector, weight), { maxLength: 12 }), (terms) => {
        const units = [kernels(), JS_KERNELS].map((k) => {
          const sum = k.sum(DIMS);
          sum.start();
          for (const [vector, w] of terms) sum.add(Int8Array.from(vector), w);
          const unit = sum.takeUnit();
          return unit && Array.from(unit);
        });
        // The definition: the squared length summed in order, then each element times 1 / length.
        const sum = JS_KERNELS.sum(DIMS);
        sum.start();
        for (const [vector, w] of terms) sum.add(Int8Array.from(vector), w);
        const v = sum.take();
        let norm = 0;
        for (let d = 0; d < DIMS; d++) norm += v[d]! ** 2;
        const scale = 1 / Math.sqrt(norm);
        for (let d = 0; d < DIMS; d++) v[d]! *= scale;
        const expected = norm === 0 ? undefined : Array.from(v);
        expect(units[0]).toEqual(expected);
        expect(units[1]).toEqual(expected);
      }),
    );
  });

  it('start each sum from zero, and hand over arrays that later sums do not change', () => {
    const sum = kernels().sum(DIMS);
    sum.start();
    sum.add(new Int8Array(DIMS).fill(3), 0.5);
    const first = sum.take();
    sum.start();
    sum.add(new Int8Array(DIMS).fill(-1), 2);
    const second = sum.take();
    expect(first[7]).toBe(1.5);
    expect(second[7]).toBe(-2);
  });

  it('take dot products of float32 vectors to the same float64 bits as the JavaScript loop', () => {
    const floatVector = fc.array(fc.float({ min: -1, max: 1, noNaN: true }), {
      minLength: DIMS,
      maxLength: DIMS,
    });
    fc.assert(
      fc.property(floatVector, floatVector, (x, y) => {
        const a = Float32Array.from(x);
        const b = Float32Array.from(y);
        expect(Object.is(kernels().dot(a, b), JS_KERNELS.dot(a, b))).toBe(true);
      }),
    );
  });

  it("take merged dot products of two sentences' keys to the same float64 bits as the JavaScript loop", () => {
    const keyed = fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }).chain((keys) =>
      fc.tuple(
        fc.constant(Int32Array.from(keys).sort()),
        fc.array(fc.double({ min: 0, max: 12, noNaN: true }), {
          minLength: keys.length,
          maxLength: keys.length,
        }),
      ),
    );
    fc.assert(
      fc.property(keyed, keyed, ([ka, wa], [kb, wb]) => {
        const a = Float64Array.from(wa);
        const b = Float64Array.from(wb);
        expect(Object.is(kernels().mergeDot(ka, a, kb, b), JS_KERNELS.mergeDot(ka, a, kb, b))).toBe(true);
      }),
    );
    // Longer than the module's page holds: the JavaScript loop.
    const long = Int32Array.from({ length: 6000 }, (_, k) => k);
    const ones = new Float64Array(6000).fill(1);
    expect(kernels().mergeDot(long, ones, long, ones)).toBe(6000);
  });

  it('find the best clause cosine as the loops over clause arrays do, to the same bits', () => {
    // A sentence's clauses: ascending distinct keys below 40, whose idf is idf[key].
    const idf = Float64Array.from({ length: 40 }, (_, k) => (k % 7 === 0 ? 0 : Math.log(1 + k / 3)));
    const clauses = fc.array(
      fc
        .uniqueArray(fc.integer({ min: 0, max: 39 }), { minLength: 1, maxLength: 12 })
        .map((keys) => Int32Array.from(keys).sort()),
      { maxLength: 5 },
    );
    const flat = (cs: Int32Array[]) => {
      const ints: number[] = [];
      const floats: number[] = [];
      for (const c of cs) {
        ints.push(c.length, ...c);
        floats.push(
          c.reduce((sum, key) => sum + idf[key]! ** 2, 0),
          ...Array.from(c, (key) => idf[key]!),
        );
      }
      return [Int32Array.from(ints), Float64Array.from(floats)] as const;
    };
    fc.assert(
      fc.property(clauses, clauses, (ca, cb) => {
        // The definition: every pair of clauses, a's outer, b's inner.
        let best = 0;
        for (const x of ca)
          for (const y of cb) {
            const d = Math.sqrt(
              x.reduce((s, k) => s + idf[k]! ** 2, 0) * y.reduce((s, k) => s + idf[k]! ** 2, 0),
            );
            if (d === 0) continue;
            let dot = 0;
            for (const k of x) if (y.includes(k)) dot += idf[k]! * idf[k]!;
            if (dot / d > best) best = dot / d;
          }
        const [ia, fa] = flat(ca);
        const [ib, fb] = flat(cb);
        expect(Object.is(JS_KERNELS.bestClause(ia, fa, ib, fb), best)).toBe(true);
        expect(Object.is(kernels().bestClause(ia, fa, ib, fb), best)).toBe(true);
      }),
    );
  });

  it('take weighted sums of float64 features to the same bits as the JavaScript loop', () => {
    const n = PAIR_WEIGHTS.length;
    const feature = fc.double({ min: -4, max: 4, noNaN: true });
    const features = fc.array(feature, { minLength: n, maxLength: n });
    const inWasm = kernels().dotWith(PAIR_WEIGHTS);
    const inJs = JS_KERNELS.dotWith(PAIR_WEIGHTS);
    fc.assert(
      fc.property(features, features, (x, weights) => {
        const f = Float64Array.from(x);
        expect(Object.is(inWasm(f), inJs(f))).toBe(true);
        // Other weights beside the first (each sum keeps its own).
        expect(Object.is(kernels().dotWith(weights)(f), JS_KERNELS.dotWith(weights)(f))).toBe(true);
        expect(Object.is(inWasm(f), inJs(f))).toBe(true);
        // The model's probability through the kernel, and through its loop (a copy of the weights).
        expect(Object.is(probability(f), probability(f, [...PAIR_WEIGHTS]))).toBe(true);
      }),
    );
  });
});
