import type { Source } from '../corpus/types.js';
import { tokenize } from '../tokens/normalize.js';
import { variantMap } from '../tokens/variants.js';

/** A sentence as the aligner sees it: its keys (interned, ascending) and their weights. */
export interface SentenceFeatures {
  /** Index into the flat list of all sentences. */
  id: number;
  source: number;
  /** Index of the sentence in its source. */
  sentence: number;
  /** Distinct key ids of the sentence, ascending. */
  keys: Int32Array;
  /** Weight of each key in this sentence (idf, boosted for names and figures), aligned with keys. */
  weights: Float64Array;
  /** The word as written for each key ('' for word pairs), aligned with keys. */
  words: string[];
  /** Which keys are names or figures (strong evidence), aligned with keys. */
  strong: Uint8Array;
  /** Squared norm of the weight vector. */
  norm2: number;
}

/** All sentences of all sources, with key statistics for weighting. */
export interface FeatureTable {
  sentences: SentenceFeatures[];
  /** Number of distinct keys; key ids run from 0 to keyCount - 1. */
  keyCount: number;
  /** Number of sentences containing each key. */
  df: Int32Array;
  /** Rarity weight of each key (idf, zero for topic words). */
  idf: Float64Array;
  /** 1 for single-word keys rare enough to count as evidence that two sentences share a fact. */
  informative: Uint8Array;
}

/** The smallest corpus size, in sentences, that word rarity is judged against. */
const MIN_SENTENCES = 40;
/** Weight multiplier for names and numbers: shared names and figures are strong evidence. */
const STRONG_BOOST = 1.5;
/** A shared word counts as evidence when its idf is at least this (rarer than ~1 sentence in 3). */
const INFORMATIVE_IDF = 1;

/** Tokenises every sentence, merges spelling variants, interns keys and weights them by rarity. */
export function buildFeatures(sources: readonly Source[]): FeatureTable {
  const raw = sources.flatMap((source, s) =>
    source.sentences.map((sentence) => ({
      source: s,
      sentence: sentence.index,
      tokens: tokenize(sentence.text),
    })),
  );
  const vocabulary = new Set<string>();
  for (const entry of raw) for (const token of entry.tokens) vocabulary.add(token.key);
  const variants = variantMap(vocabulary);

  const ids = new Map<string, number>();
  const isPhrase: boolean[] = [];
  const intern = (key: string, phrase: boolean): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
      isPhrase.push(phrase);
    }
    return id;
  };

  const perSentence = raw.map((entry) => {
    const words = new Map<number, string>();
    const strong = new Set<number>();
    let previous: string | undefined;
    for (const token of entry.tokens) {
      const key = variants.get(token.key) ?? token.key;
      const id = intern(key, false);
      if (!words.has(id)) words.set(id, token.raw);
      // Names and specific figures are strong evidence; small counts ("three") are everywhere.
      if (token.name || (token.number && Number(key.slice(1)) >= 10)) strong.add(id);
      // Adjacent content words as a phrase key: "police officer", "Albin Kurti", "combat readiness".
      if (previous !== undefined) {
        const phrase = `${previous} ${key}`;
        const pid = intern(phrase, true);
        if (!words.has(pid)) words.set(pid, ''); // phrases are not listed among shared words
      }
      previous = key;
    }
    const keys = Int32Array.from(words.keys()).sort();
    return { entry, keys, words, strong };
  });

  const keyCount = ids.size;
  const df = new Int32Array(keyCount);
  // Sources each key occurs in (sentences come grouped by source).
  const sourcesWith = new Int32Array(keyCount);
  const lastSource = new Int32Array(keyCount).fill(-1);
  for (const { keys, entry } of perSentence) {
    for (const key of keys) {
      df[key]!++;
      if (lastSource[key] !== entry.source) {
        lastSource[key] = entry.source;
        sourcesWith[key]!++;
      }
    }
  }
  // A small input says little about which words are common: count it as at least MIN_SENTENCES
  // sentences, so that a fact's own words are not taken for topic words in a three-line article.
  // A word found in more than half of all sentences is the story's topic, however small the input:
  // its weight falls to zero as that share approaches all sentences.
  const total = Math.max(perSentence.length, MIN_SENTENCES);
  // With one sentence per source, words they all share are the match, not the topic.
  const oneSentenceEach = perSentence.length <= sources.length;
  const idf = new Float64Array(keyCount);
  const informative = new Uint8Array(keyCount);
  for (let key = 0; key < keyCount; key++) {
    const count = df[key]!;
    const topic = oneSentenceEach ? 1 : Math.min(1, 2 * (1 - count / perSentence.length));
    idf[key] = Math.max(0, Math.log((total + 1) / (count + 0.5)) * topic);
    // Evidence: a rare word, or a word that every source uses about once (a fact all of them
    // report, however common it is across the corpus), but never a topic word.
    const oncePerSource = count <= 1.5 * sourcesWith[key]! && sourcesWith[key]! > 1 && topic > 0.5;
    informative[key] = !isPhrase[key] && (idf[key]! >= INFORMATIVE_IDF || oncePerSource) ? 1 : 0;
  }

  const sentences = perSentence.map(({ entry, keys, words, strong }, id): SentenceFeatures => {
    const weights = new Float64Array(keys.length);
    const strongFlags = new Uint8Array(keys.length);
    let norm2 = 0;
    keys.forEach((key, i) => {
      const isStrong = strong.has(key);
      strongFlags[i] = isStrong ? 1 : 0;
      weights[i] = isStrong ? idf[key]! * STRONG_BOOST : idf[key]!;
      norm2 += weights[i]! ** 2;
    });
    return {
      id,
      source: entry.source,
      sentence: entry.sentence,
      keys,
      weights,
      words: Array.from(keys, (key) => words.get(key)!),
      strong: strongFlags,
      norm2,
    };
  });
  return { sentences, keyCount, df, idf, informative };
}
