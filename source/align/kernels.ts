/**
 * The aligner's dense loops, as a tiny WebAssembly module (performance only): the two over word
 * vectors (and a sum's scaling to length 1), the pair model's weighted sum of its features, and the
 * merges of two sentences' sorted keys behind the candidates' cosine and the best clause cosine.
 *
 * Summing a sentence's word vectors and the cosine of two meaning vectors are the only loops over
 * all 100 dimensions; on a short run they never leave V8's interpreter and baseline code, where
 * every float operation allocates (about 4 ms of a seeds run each). WebAssembly runs them as
 * machine code from the first call. The arithmetic is the same, step for step, as the JavaScript
 * below (which is used when WebAssembly is unavailable, e.g. under --jitless): each product and
 * sum in float64, each stored element rounded to float32 as a Float32Array does. So the results
 * are identical, bit for bit, with or without the module.
 */

/** Sums int8 vectors, each scaled by a weight, into a float32 vector. */
export interface VectorSum {
  /** Starts a new sum of zeros. */
  start(): void;
  /** sum += weight * vector, element by element. */
  add(vector: Int8Array, weight: number): void;
  /** The sum, an array of its own (the caller may change it); start() before the next sum. */
  take(): Float32Array;
  /**
   * The sum scaled to length 1, an array of its own, or undefined when it is all zeros: its squared
   * length is the float64 sum of each element squared, in order; each element is then multiplied by
   * 1 / sqrt(that) and rounded to float32. start() before the next sum.
   */
  takeUnit(): Float32Array | undefined;
}

export interface Kernels {
  /** A sum of `dimensions`-long vectors. Only one is in use at a time per Kernels. */
  sum(dimensions: number): VectorSum;
  /** Dot product of two float32 vectors of equal length, accumulated in float64 in order. */
  dot(x: Float32Array, y: Float32Array): number;
  /**
   * The dot product with fixed weights: x => the sum of weights[k] * x[k] for k = 0 .. n - 1
   * (n = weights.length, the length of x), float64, accumulated in order. The pair model's
   * probability runs it thousands of times a run; each float operation of the JavaScript loop
   * allocates a number there (about 1.2 MB of the seeds run's 21 MB).
   */
  dotWith(weights: ArrayLike<number>): (x: ArrayLike<number>) => number;
  /**
   * The weighted dot product of two sentences' keys: the sum of wa[i] * wb[j] over the keys that
   * both ascending key arrays hold (ka[i] === kb[j]), float64, accumulated in key order (a linear
   * merge; align/score.ts cosine).
   */
  mergeDot(ka: Int32Array, wa: Float64Array, kb: Int32Array, wb: Float64Array): number;
  /**
   * align/model.ts bestClauseCosine over two sentences' clauses, each sentence given as `ints` and
   * `floats` of one layout: per clause, its length n and its squared norm at one index, then its n
   * ascending keys and their idfs. The largest dot / sqrt(norm2 of a * norm2 of b) over every pair
   * of clauses (a's clauses outer, b's inner, pairs with a zero norm skipped), where dot sums
   * idf * idf over the keys both clauses hold, in key order, float64; 0 when none is larger.
   */
  bestClause(ia: Int32Array, fa: Float64Array, ib: Int32Array, fb: Float64Array): number;
}

/** The JavaScript kernels: the definition the module must match. */
export const JS_KERNELS: Kernels = {
  sum(dimensions) {
    let sum = new Float32Array(dimensions);
    return {
      start() {
        sum = new Float32Array(dimensions);
      },
      add(vector, weight) {
        addScaled(sum, vector, weight);
      },
      take() {
        return sum;
      },
      takeUnit() {
        const norm2 = JS_KERNELS.dot(sum, sum);
        if (norm2 === 0) return undefined;
        const scale = 1 / Math.sqrt(norm2);
        for (let d = 0; d < sum.length; d++) sum[d]! *= scale;
        return sum;
      },
    };
  },
  dot(x, y) {
    let dot = 0;
    for (let d = 0; d < x.length; d++) dot += x[d]! * y[d]!;
    return dot;
  },
  dotWith(weights) {
    const w = Float64Array.from(weights);
    return (x) => {
      let dot = 0;
      for (let k = 0; k < w.length; k++) dot += w[k]! * x[k]!;
      return dot;
    };
  },
  mergeDot(ka, wa, kb, wb) {
    // Lengths in locals (performance: on a short run this loop is interpreted, where each typed
    // array's length is a getter call).
    const na = ka.length;
    const nb = kb.length;
    let i = 0;
    let j = 0;
    let dot = 0;
    while (i < na && j < nb) {
      const x = ka[i]!;
      const y = kb[j]!;
      if (x < y) i++;
      else if (x > y) j++;
      else {
        dot += wa[i]! * wb[j]!;
        i++;
        j++;
      }
    }
    return dot;
  },
  bestClause(ia, fa, ib, fb) {
    const na = ia.length;
    const nb = ib.length;
    let best = 0;
    for (let pa = 0; pa < na; pa += ia[pa]! + 1) {
      const endA = pa + 1 + ia[pa]!;
      for (let pb = 0; pb < nb; pb += ib[pb]! + 1) {
        const d = Math.sqrt(fa[pa]! * fb[pb]!);
        if (d === 0) continue;
        const endB = pb + 1 + ib[pb]!;
        let dot = 0;
        let i = pa + 1;
        let j = pb + 1;
        while (i < endA && j < endB) {
          const u = ia[i]!;
          const v = ib[j]!;
          if (u < v) i++;
          else if (u > v) j++;
          else {
            const w = fa[i]!;
            dot += w * w;
            i++;
            j++;
          }
        }
        if (dot / d > best) best = dot / d;
      }
    }
    return best;
  },
};

/** A small hot function of its own, so V8 compiles it early (see JS_KERNELS). */
function addScaled(sum: Float32Array, vector: Int8Array, weight: number): void {
  for (let d = 0; d < sum.length; d++) sum[d]! += weight * vector[d]!;
}

// The module, assembled here (no build step; about 150 bytes). In the text format:
//   (memory (export "memory") 1)
//   (func (export "addScaled") (param $sum i32) (param $vector i32) (param $n i32) (param $w f64)
//     (block (loop
//       (br_if 1 (i32.eqz (local.get $n)))
//       (f32.store (local.get $sum) (f32.demote_f64 (f64.add
//         (f64.promote_f32 (f32.load (local.get $sum)))
//         (f64.mul (local.get $w) (f64.convert_i32_s (i32.load8_s (local.get $vector)))))))
//       $sum += 4, $vector += 1, $n -= 1
//       (br 0))))
//   (func (export "dot") (param $x i32) (param $y i32) (param $n i32) (result f64) (local $dot f64)
//     (block (loop
//       (br_if 1 (i32.eqz (local.get $n)))
//       (local.set $dot (f64.add (local.get $dot) (f64.mul
//         (f64.promote_f32 (f32.load (local.get $x))) (f64.promote_f32 (f32.load (local.get $y))))))
//       $x += 4, $y += 4, $n -= 1
//       (br 0)))
//     (local.get $dot))
//   (func (export "dot64") ...): dot with f64.load of x and y, $x += 8, $y += 8
//   (func (export "mergeDot") (param $ka i32) (param $na i32) (param $wa i32) (param $kb i32)
//     (param $nb i32) (param $wb i32) (result f64) (local $dot f64) (local $x i32) (local $y i32)
//     (block (loop
//       (br_if 1 (i32.eqz (local.get $na)))
//       (br_if 1 (i32.eqz (local.get $nb)))
//       (local.set $x (i32.load (local.get $ka)))
//       (local.set $y (i32.load (local.get $kb)))
//       (if (i32.lt_s (local.get $x) (local.get $y)) (then $ka += 4, $wa += 8, $na -= 1)
//         (else (if (i32.gt_s (local.get $x) (local.get $y)) (then $kb += 4, $wb += 8, $nb -= 1)
//           (else
//             (local.set $dot (f64.add (local.get $dot)
//               (f64.mul (f64.load (local.get $wa)) (f64.load (local.get $wb)))))
//             $ka += 4, $wa += 8, $na -= 1, $kb += 4, $wb += 8, $nb -= 1))))
//       (br 0)))
//     (local.get $dot))
//   (func (export "bestClause") (param $ia i32) (param $na i32) (param $fa i32) (param $ib i32)
//     (param $nb i32) (param $fb i32) (result f64): JS_KERNELS.bestClause's loops, step for step, with
//     $na and $nb counted in elements and each element's address base + index * 4 (ints) or * 8.
//   (func (export "scale") (param $x i32) (param $unused i32) (param $n i32) (param $s f64)
//     (block (loop
//       (br_if 1 (i32.eqz (local.get $n)))
//       (f32.store (local.get $x) (f32.demote_f64 (f64.mul
//         (f64.promote_f32 (f32.load (local.get $x))) (local.get $s))))
//       $x += 4, $n -= 1
//       (br 0))))
const I32 = 0x7f;
const F64 = 0x7c;
const op = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  get: 0x20,
  set: 0x21,
  i32Const: 0x41,
  i32Eqz: 0x45,
  i32Add: 0x6a,
  i32LtS: 0x48,
  i32GeS: 0x4e,
  i32Shl: 0x74,
  f64Ne: 0x62,
  f64Gt: 0x64,
  f64Div: 0xa3,
  f64Sqrt: 0x9f,
  f64Const0: [0x44, 0, 0, 0, 0, 0, 0, 0, 0],
  i32GtS: 0x4a,
  i32Load: [0x28, 0x02, 0x00],
  if: [0x04, 0x40],
  else: 0x05,
  i32Sub: 0x6b,
  f32Load: [0x2a, 0x02, 0x00],
  f64Load: [0x2b, 0x03, 0x00],
  i32Load8S: [0x2c, 0x00, 0x00],
  f32Store: [0x38, 0x02, 0x00],
  f64Add: 0xa0,
  f64Mul: 0xa2,
  f64ConvertI32S: 0xb7,
  f32DemoteF64: 0xb6,
  f64PromoteF32: 0xbb,
};
/** local += step (an i32 local). */
const advance = (local: number, step: number, sub = false) => [
  op.get,
  local,
  op.i32Const,
  step,
  sub ? op.i32Sub : op.i32Add,
  op.set,
  local,
];
const loopWhile = (n: number, body: number[]) => [
  ...op.block,
  ...op.loop,
  ...[op.get, n, op.i32Eqz, op.brIf, 1],
  ...body,
  ...advance(n, 1, true),
  ...[op.br, 0, op.end, op.end],
];
const ADD_SCALED_BODY = [
  0, // no locals beyond the parameters
  ...loopWhile(2, [
    ...[op.get, 0],
    ...[op.get, 0, ...op.f32Load, op.f64PromoteF32],
    ...[op.get, 3, op.get, 1, ...op.i32Load8S, op.f64ConvertI32S, op.f64Mul],
    ...[op.f64Add, op.f32DemoteF64, ...op.f32Store],
    ...advance(0, 4),
    ...advance(1, 1),
  ]),
  op.end,
];
const DOT_BODY = [
  ...[1, 1, F64], // one f64 local: the sum
  ...loopWhile(2, [
    ...[op.get, 3],
    ...[op.get, 0, ...op.f32Load, op.f64PromoteF32, op.get, 1, ...op.f32Load, op.f64PromoteF32, op.f64Mul],
    ...[op.f64Add, op.set, 3],
    ...advance(0, 4),
    ...advance(1, 4),
  ]),
  ...[op.get, 3, op.end],
];
const DOT64_BODY = [
  ...[1, 1, F64], // one f64 local: the sum
  ...loopWhile(2, [
    ...[op.get, 3],
    ...[op.get, 0, ...op.f64Load, op.get, 1, ...op.f64Load, op.f64Mul],
    ...[op.f64Add, op.set, 3],
    ...advance(0, 8),
    ...advance(1, 8),
  ]),
  ...[op.get, 3, op.end],
];
const SCALE_BODY = [
  0, // no locals beyond the parameters
  ...loopWhile(2, [
    ...[op.get, 0],
    ...[op.get, 0, ...op.f32Load, op.f64PromoteF32, op.get, 3, op.f64Mul],
    ...[op.f32DemoteF64, ...op.f32Store],
    ...advance(0, 4),
  ]),
  op.end,
];
const STEP_A = [...advance(0, 4), ...advance(2, 8), ...advance(1, 1, true)];
const STEP_B = [...advance(3, 4), ...advance(5, 8), ...advance(4, 1, true)];
const MERGE_DOT_BODY = [
  ...[2, 1, F64, 2, I32], // locals: the sum (6), the two keys (7, 8)
  ...op.block,
  ...op.loop,
  ...[op.get, 1, op.i32Eqz, op.brIf, 1],
  ...[op.get, 4, op.i32Eqz, op.brIf, 1],
  ...[op.get, 0, ...op.i32Load, op.set, 7],
  ...[op.get, 3, ...op.i32Load, op.set, 8],
  ...[op.get, 7, op.get, 8, op.i32LtS, ...op.if],
  ...STEP_A,
  op.else,
  ...[op.get, 7, op.get, 8, op.i32GtS, ...op.if],
  ...STEP_B,
  op.else,
  ...[op.get, 6, op.get, 2, ...op.f64Load, op.get, 5, ...op.f64Load, op.f64Mul, op.f64Add, op.set, 6],
  ...STEP_A,
  ...STEP_B,
  op.end,
  op.end,
  ...[op.br, 0, op.end, op.end],
  ...[op.get, 6, op.end],
];
// bestClause's locals: f64 best 6, d 7, dot 8, w 9, norm2 of a's clause 10; i32 pa 11, lenA 12,
// pb 13, lenB 14, i 15, j 16, endA 17, endB 18, u 19, v 20.
const intAt = (base: number, index: number) => [
  ...[op.get, base, op.get, index, op.i32Const, 2, op.i32Shl, op.i32Add],
  ...op.i32Load,
];
const floatAt = (base: number, index: number) => [
  ...[op.get, base, op.get, index, op.i32Const, 3, op.i32Shl, op.i32Add],
  ...op.f64Load,
];
/** local = local + (other + 1), i32. */
const skipPast = (local: number, length: number) => [
  ...[op.get, local, op.get, length, op.i32Add, op.i32Const, 1, op.i32Add, op.set, local],
];
const BEST_CLAUSE_BODY = [
  ...[2, 5, F64, 10, I32],
  ...op.block,
  ...op.loop,
  ...[op.get, 11, op.get, 1, op.i32GeS, op.brIf, 1],
  ...intAt(0, 11),
  ...[op.set, 12],
  ...floatAt(2, 11),
  ...[op.set, 10],
  ...[op.get, 11, op.i32Const, 1, op.i32Add, op.get, 12, op.i32Add, op.set, 17],
  ...[op.i32Const, 0, op.set, 13],
  ...op.block,
  ...op.loop,
  ...[op.get, 13, op.get, 4, op.i32GeS, op.brIf, 1],
  ...intAt(3, 13),
  ...[op.set, 14],
  ...[op.get, 10, ...floatAt(5, 13), op.f64Mul, op.f64Sqrt, op.set, 7],
  ...[op.get, 7, ...op.f64Const0, op.f64Ne, ...op.if],
  ...[...op.f64Const0, op.set, 8],
  ...[op.get, 11, op.i32Const, 1, op.i32Add, op.set, 15],
  ...[op.get, 13, op.i32Const, 1, op.i32Add, op.set, 16],
  ...[op.get, 16, op.get, 14, op.i32Add, op.set, 18],
  ...op.block,
  ...op.loop,
  ...[op.get, 15, op.get, 17, op.i32GeS, op.brIf, 1],
  ...[op.get, 16, op.get, 18, op.i32GeS, op.brIf, 1],
  ...intAt(0, 15),
  ...[op.set, 19],
  ...intAt(3, 16),
  ...[op.set, 20],
  ...[op.get, 19, op.get, 20, op.i32LtS, ...op.if],
  ...advance(15, 1),
  op.else,
  ...[op.get, 19, op.get, 20, op.i32GtS, ...op.if],
  ...advance(16, 1),
  op.else,
  ...floatAt(2, 15),
  ...[op.set, 9, op.get, 8, op.get, 9, op.get, 9, op.f64Mul, op.f64Add, op.set, 8],
  ...advance(15, 1),
  ...advance(16, 1),
  op.end,
  op.end,
  ...[op.br, 0, op.end, op.end],
  ...[op.get, 8, op.get, 7, op.f64Div, op.get, 6, op.f64Gt, ...op.if],
  ...[op.get, 8, op.get, 7, op.f64Div, op.set, 6],
  op.end,
  op.end,
  ...skipPast(13, 14),
  ...[op.br, 0, op.end, op.end],
  ...skipPast(11, 12),
  ...[op.br, 0, op.end, op.end],
  ...[op.get, 6, op.end],
];
const bytesOf = (text: string) => [text.length, ...Array.from(text, (c) => c.charCodeAt(0))];
/** An unsigned number in LEB128: seven bits a byte, low bits first. */
const leb128 = (n: number): number[] => (n < 128 ? [n] : [(n & 0x7f) | 0x80, ...leb128(n >>> 7)]);
/**
 * A vector of entries, each already encoded (every count inside them is below 128: one LEB128
 * byte; a section's own size and a long function body's size may not be, and are encoded).
 */
const section = (id: number, entries: number[][]) => {
  const body = [entries.length, ...entries.flat()];
  return [id, ...leb128(body.length), ...body];
};
const MODULE = new Uint8Array([
  ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
  ...section(1, [
    [0x60, 4, I32, I32, I32, F64, 0],
    [0x60, 3, I32, I32, I32, 1, F64],
    [0x60, 6, I32, I32, I32, I32, I32, I32, 1, F64],
  ]),
  ...section(3, [[0], [1], [1], [0], [2], [2]]),
  ...section(5, [[0x00, 2]]),
  ...section(7, [
    [...bytesOf('memory'), 0x02, 0],
    [...bytesOf('addScaled'), 0x00, 0],
    [...bytesOf('dot'), 0x00, 1],
    [...bytesOf('dot64'), 0x00, 2],
    [...bytesOf('scale'), 0x00, 3],
    [...bytesOf('mergeDot'), 0x00, 4],
    [...bytesOf('bestClause'), 0x00, 5],
  ]),
  ...section(10, [
    [ADD_SCALED_BODY.length, ...ADD_SCALED_BODY],
    [DOT_BODY.length, ...DOT_BODY],
    [DOT64_BODY.length, ...DOT64_BODY],
    [SCALE_BODY.length, ...SCALE_BODY],
    [...leb128(MERGE_DOT_BODY.length), ...MERGE_DOT_BODY],
    [...leb128(BEST_CLAUSE_BODY.length), ...BEST_CLAUSE_BODY],
  ]),
]);

/**
 * Bytes of a memory page. The module has two: a sum, a vector to add, and two vectors to multiply
 * in the first page's first half; the weights of each dotWith and its x in its second half; the
 * two sentences of a mergeDot in the second page.
 */
const PAGE = 65536;

interface Exports {
  memory: { buffer: ArrayBuffer };
  addScaled(sum: number, vector: number, n: number, weight: number): void;
  dot(x: number, y: number, n: number): number;
  dot64(x: number, y: number, n: number): number;
  scale(x: number, unused: number, n: number, s: number): void;
  mergeDot(ka: number, na: number, wa: number, kb: number, nb: number, wb: number): number;
  bestClause(ia: number, na: number, fa: number, ib: number, nb: number, fb: number): number;
}

/** The part of the WebAssembly API used here (the project's TypeScript libraries do not declare it). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}

let made: Kernels | undefined;

/** The kernels: the module's when WebAssembly works here, else the JavaScript ones. */
export function kernels(): Kernels {
  if (made) return made;
  made = JS_KERNELS;
  try {
    const wasm = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;
    made = wasmKernels(new wasm.Instance(new wasm.Module(MODULE)).exports as Exports);
  } catch {
    // No WebAssembly (--jitless, a restricted host): the JavaScript kernels give the same numbers.
  }
  return made;
}

function wasmKernels(wasm: Exports): Kernels {
  const buffer = wasm.memory.buffer;
  const bytes = new Int8Array(buffer);
  const floats = new Float32Array(buffer);
  const doubles = new Float64Array(buffer);
  const ints = new Int32Array(buffer);
  // Where the next dotWith's weights go (bytes), in the page's second half.
  let free = PAGE / 2;
  /**
   * Runs a kernel over two sentences' arrays laid out on the second page: both float arrays, then
   * both int arrays (12 bytes an element); undefined when they do not fit (the caller's JavaScript
   * loop then runs).
   */
  const onSecondPage = (
    kernel: (ia: number, na: number, fa: number, ib: number, nb: number, fb: number) => number,
    ia: Int32Array,
    fa: Float64Array,
    ib: Int32Array,
    fb: Float64Array,
  ): number | undefined => {
    const na = ia.length;
    const nb = ib.length;
    if ((na + nb) * 12 > PAGE) return undefined;
    const faAt = PAGE;
    const fbAt = faAt + na * 8;
    const iaAt = fbAt + nb * 8;
    const ibAt = iaAt + na * 4;
    doubles.set(fa, faAt / 8);
    doubles.set(fb, fbAt / 8);
    ints.set(ia, iaAt / 4);
    ints.set(ib, ibAt / 4);
    return kernel(iaAt, na, faAt, ibAt, nb, fbAt);
  };
  return {
    sum(dimensions) {
      // The sum at 0, the vector after it; too long for the page: the JavaScript sum.
      if (dimensions * 5 > PAGE) return JS_KERNELS.sum(dimensions);
      const vectorAt = dimensions * 4;
      return {
        start() {
          floats.fill(0, 0, dimensions);
        },
        add(vector, weight) {
          bytes.set(vector, vectorAt);
          wasm.addScaled(0, vectorAt, dimensions, weight);
        },
        take() {
          return floats.slice(0, dimensions);
        },
        takeUnit() {
          // Squared and scaled where the sum is, with no number allocated per element.
          const norm2 = wasm.dot(0, 0, dimensions);
          if (norm2 === 0) return undefined;
          wasm.scale(0, 0, dimensions, 1 / Math.sqrt(norm2));
          return floats.slice(0, dimensions);
        },
      };
    },
    dot(x, y) {
      const n = x.length;
      if (n * 8 > PAGE) return JS_KERNELS.dot(x, y);
      floats.set(x, 0);
      floats.set(y, n);
      return wasm.dot(0, n * 4, n);
    },
    dotWith(weights) {
      const n = weights.length;
      // The weights, then room for x; no room left: the JavaScript loop.
      if (free + n * 16 > PAGE) return JS_KERNELS.dotWith(weights);
      const weightsAt = free;
      const xAt = free + n * 8;
      free += n * 16;
      doubles.set(weights, weightsAt / 8);
      const inJs = JS_KERNELS.dotWith(weights);
      return (x) => {
        if (x.length !== n) return inJs(x);
        doubles.set(x, xAt / 8); // a copy without a number per element (x is a Float64Array)
        return wasm.dot64(weightsAt, xAt, n);
      };
    },
    mergeDot(ka, wa, kb, wb) {
      return onSecondPage(wasm.mergeDot, ka, wa, kb, wb) ?? JS_KERNELS.mergeDot(ka, wa, kb, wb);
    },
    bestClause(ia, fa, ib, fb) {
      return onSecondPage(wasm.bestClause, ia, fa, ib, fb) ?? JS_KERNELS.bestClause(ia, fa, ib, fb);
    },
  };
}
