import { type FeatureTable, KEY_KINDS, KeyKind, type SentenceFeatures } from './features.js';
import { kernels } from './kernels.js';

/**
 * The evidence that two sentences of different sources report the same fact, as numbers a small
 * logistic model weighs (PAIR_WEIGHTS). Each feature is general: none names a word of any article.
 */
export const PAIR_FEATURES = [
  'bias',
  /** Rarity-weighted cosine of the single words (names included). */
  'words',
  /** Cosine of adjacent-word pairs (same phrasing). */
  'phrases',
  /** Cosine of the numbers' values (the same figure). */
  'numbers',
  /** Cosine of what the numbers count ("40 bodies" / "47 bodies": the same quantity, maybe disputed). */
  'counted',
  /** Rarity of the shared names, summed (a name is an anchor: a person, a place, an outlet quoted). */
  'names',
  /** Rarity of the rarest shared word, relative to the rarest possible. */
  'rarest',
  /** How many informative words are shared (capped). */
  'informative',
  /** The pair is the best match of one of the sentences in the other's source. */
  'best',
  /** ... of both (mutual best match). */
  'mutual',
  /** Distance of the two sentences' relative places in their articles (0 = same place). */
  'place',
  /** Both open their articles (headline, standfirst or first sentence). */
  'leads',
  /** Shorter sentence's length, log-scaled: short lines share little by chance. */
  'short',
  /** Shared word weight over the smaller sentence's (one sentence contained in the other). */
  'contained',
  /** Best cosine between a clause of one and a clause of the other (a fact told in one clause). */
  'clause',
  /** The pair's cosine over each sentence's best cosine in the other's source (the lower of the two). */
  'relative',
  /** Cosine of the sentences' meaning vectors (word vectors: near-synonyms count). */
  'meaning',
] as const;

export const FEATURE_COUNT = PAIR_FEATURES.length;

/**
 * Weights of the pair model, fitted by `dev/train-align.ts` (logistic regression) on the tuning half
 * of the real development set (test/fixtures/real/splits.json). Its output is the probability that
 * the pair reports a common fact.
 */
export const PAIR_WEIGHTS: readonly number[] = [
  -3.34, 0.45, 0.19, 2.14, 1.54, -0.09, 1.17, 2.6, 0.14, 0.08, -0.45, 1.69, 0.29, 0.46, 1.38, 0.89, 1.07,
];

/** Scratch space for one pair's features. */
const scratch = new Float64Array(FEATURE_COUNT);
/** Scratch space for one pair's dot products per key kind (pairEvidence runs millions of times). */
const dotScratch = new Float64Array(KEY_KINDS);

/** Per-pair match statistics from one merge of the two sentences' sorted keys. */
export interface PairEvidence {
  /** Cosine over all keys (used to rank candidates and choose best matches). */
  cosine: number;
  kindCosine: Float64Array;
  names: number;
  rarest: number;
  informative: number;
  /** Sum of squared rarity weights of the shared words. */
  sharedWords: number;
  /** Best cosine between a clause of one sentence and a clause of the other. */
  clause: number;
  /** Cosine of the meaning vectors. */
  meaning: number;
}

/**
 * One merge over both sentences' keys: per-kind cosines and the shared-word statistics, and the
 * clause and meaning cosines. All of it depends on the two texts alone (and is symmetric), so it
 * can be reused for every pair of sentences with the same two texts.
 */
export function pairEvidence(table: FeatureTable, a: SentenceFeatures, b: SentenceFeatures): PairEvidence {
  const dots = dotScratch.fill(0);
  let dot = 0;
  let names = 0;
  let rarest = 0;
  let informative = 0;
  let sharedWords = 0;
  // Lengths and arrays in locals (performance: on a short run this loop is interpreted, where each
  // typed array's length is a getter call and each property a lookup).
  const ka = a.keys;
  const kb = b.keys;
  const na = ka.length;
  const nb = kb.length;
  const wa = a.weights;
  const wb = b.weights;
  const { kind, idf: idfs, informative: informativeKeys } = table;
  let i = 0;
  let j = 0;
  while (i < na && j < nb) {
    const x = ka[i]!;
    const y = kb[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      const product = wa[i]! * wb[j]!;
      dot += product;
      const k = kind[x]!;
      dots[k]! += product;
      if (k === KeyKind.Word) {
        const idf = idfs[x]!;
        sharedWords += idf * idf;
        if (a.strong[i] && b.strong[j]) names += idf;
        if (idf > rarest) rarest = idf;
        informative += informativeKeys[x]!;
      }
      i++;
      j++;
    }
  }
  const kindCosine = new Float64Array(KEY_KINDS);
  for (let k = 0; k < KEY_KINDS; k++) {
    const d = Math.sqrt(a.kindNorm2[k]! * b.kindNorm2[k]!);
    kindCosine[k] = d > 0 ? dots[k]! / d : 0;
  }
  const denominator = Math.sqrt(a.norm2 * b.norm2);
  return {
    cosine: denominator > 0 ? dot / denominator : 0,
    kindCosine,
    names,
    rarest,
    informative,
    sharedWords,
    clause: bestClauseCosine(table, a, b),
    meaning: meaningCosine(a, b),
  };
}

/** Where a sentence stands in its article, 0 (first) to 1 (last). */
function place(table: FeatureTable, s: SentenceFeatures): number {
  const n = table.sourceLengths[s.source]!;
  return n > 1 ? s.sentence / (n - 1) : 0;
}

/** The feature vector of a pair (in PAIR_FEATURES order); `best`/`mutual` come from the caller. */
export function pairFeatures(
  table: FeatureTable,
  a: SentenceFeatures,
  b: SentenceFeatures,
  evidence: PairEvidence,
  best: boolean,
  mutual: boolean,
  maxIdf: number,
  relative: number,
): Float64Array {
  const f = scratch;
  f[0] = 1;
  f[1] = evidence.kindCosine[KeyKind.Word]!;
  f[2] = evidence.kindCosine[KeyKind.Phrase]!;
  f[3] = evidence.kindCosine[KeyKind.Number]!;
  f[4] = evidence.kindCosine[KeyKind.Counted]!;
  f[5] = Math.min(evidence.names, 3 * maxIdf) / maxIdf;
  f[6] = maxIdf > 0 ? evidence.rarest / maxIdf : 0;
  f[7] = Math.min(evidence.informative, 5) / 5;
  f[8] = best ? 1 : 0;
  f[9] = mutual ? 1 : 0;
  f[10] = Math.abs(place(table, a) - place(table, b));
  f[11] = a.lead && b.lead ? 1 : 0;
  f[12] = Math.log1p(Math.min(a.length, b.length)) / Math.log(40);
  const smaller = Math.min(a.wordNorm2, b.wordNorm2);
  f[13] = smaller > 0 ? Math.min(1, evidence.sharedWords / smaller) : 0;
  f[14] = evidence.clause;
  f[15] = relative;
  f[16] = evidence.meaning;
  return f;
}

/** Cosine of two sentences' meaning vectors (0 when either has none). */
function meaningCosine(a: SentenceFeatures, b: SentenceFeatures): number {
  const x = a.meaning;
  const y = b.meaning;
  if (x.length === 0 || y.length === 0) return 0;
  return kernels().dot(x, y);
}

/**
 * The best rarity-weighted cosine between a clause of `a` and a clause of `b` (in the kernels:
 * performance, machine code from the first call, with no number allocated per clause pair or
 * shared key on a short run; Kernels.bestClause says what it computes).
 */
function bestClauseCosine(_table: FeatureTable, a: SentenceFeatures, b: SentenceFeatures): number {
  return kernels().bestClause(a.clauseInts, a.clauseFloats, b.clauseInts, b.clauseFloats);
}

/**
 * How the pair compares with each sentence's best match in the other's source: the lower of
 * cosine / best cosine, both ways (1 when each is the other's best; 0 when nothing is shared).
 */
export function relativeScore(cosine: number, bestOfA: number, bestOfB: number): number {
  if (cosine <= 0) return 0;
  return Math.min(1, cosine / Math.max(bestOfA, cosine), cosine / Math.max(bestOfB, cosine));
}

/** The model's weighted sum with its own weights (kernels.ts: the same float64 steps, unboxed). */
let pairSum: ((features: ArrayLike<number>) => number) | undefined;

/** The model's probability for a feature vector. */
export function probability(features: ArrayLike<number>, weights: readonly number[] = PAIR_WEIGHTS): number {
  let z = 0;
  if (weights === PAIR_WEIGHTS && features.length === FEATURE_COUNT) {
    pairSum ??= kernels().dotWith(PAIR_WEIGHTS);
    z = pairSum(features);
  } else for (let k = 0; k < FEATURE_COUNT; k++) z += weights[k]! * features[k]!;
  return 1 / (1 + Math.exp(-z));
}
