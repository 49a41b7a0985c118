import type { SentenceFeatures } from './features.js';
import { kernels } from './kernels.js';

/** Why two sentences were matched: their shared words. */
export interface PairReasons {
  /** Shared words, rarest first (as written in the first sentence). */
  shared: string[];
  /** Shared names and numbers. */
  strong: string[];
}

/**
 * The weighted cosine of two sentences' keys (a linear merge of their sorted key arrays, in the
 * kernels: performance, as machine code from the first call, with no number allocated per shared
 * key on a short run).
 */
export function cosine(a: SentenceFeatures, b: SentenceFeatures): number {
  const dot = kernels().mergeDot(a.keys, a.weights, b.keys, b.weights);
  const denominator = Math.sqrt(a.norm2 * b.norm2);
  return denominator > 0 ? dot / denominator : 0;
}

/** The shared words behind a match, rarest first, for showing how sure an alignment is. */
export function explainPair(a: SentenceFeatures, b: SentenceFeatures): PairReasons {
  const shared: { word: string; w: number; strong: boolean }[] = [];
  let j = 0;
  for (let i = 0; i < a.keys.length; i++) {
    const key = a.keys[i]!;
    while (j < b.keys.length && b.keys[j]! < key) j++;
    if (b.keys[j] !== key) continue;
    const word = a.words[i]!;
    if (a.weights[i]! > 0 && word !== '') {
      shared.push({ word, w: a.weights[i]!, strong: a.strong[i] === 1 && b.strong[j] === 1 });
    }
  }
  shared.sort((x, y) => y.w - x.w || (x.word < y.word ? -1 : x.word > y.word ? 1 : 0));
  return {
    shared: shared.slice(0, 8).map((s) => s.word),
    strong: shared.filter((s) => s.strong).map((s) => s.word),
  };
}
