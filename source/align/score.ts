import type { SentenceFeatures } from './features.js';

/** Why two sentences were matched: their shared words. */
export interface PairReasons {
  /** Shared words, rarest first (as written in the first sentence). */
  shared: string[];
  /** Shared names and numbers. */
  strong: string[];
}

/** The weighted cosine of two sentences' keys (a linear merge of their sorted key arrays). */
export function cosine(a: SentenceFeatures, b: SentenceFeatures): number {
  // Lengths and arrays in locals (performance: on a short run this loop is interpreted, where each
  // typed array's length is a getter call and each property a lookup).
  const ka = a.keys;
  const kb = b.keys;
  const wa = a.weights;
  const wb = b.weights;
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
