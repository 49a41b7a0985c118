import type { Source } from '../corpus/types.js';
import { tokenize } from './normalize.js';
import { variantMap } from './variants.js';

/** A sentence as the aligner sees it: its informative keys and how rare each one is. */
export interface SentenceFeatures {
  /** Index into the flat list of all sentences. */
  id: number;
  source: number;
  /** Index of the sentence in its source. */
  sentence: number;
  /** Distinct keys of the sentence. */
  keys: string[];
  /** Keys that are names or numbers (strong evidence). */
  strong: Set<string>;
  /** Raw word for each key, for explaining a match. */
  words: Map<string, string>;
  /** Squared norm of the sentence's idf vector. */
  norm2: number;
}

/** All sentences of all sources, with document frequencies for weighting. */
export interface FeatureTable {
  sentences: SentenceFeatures[];
  /** Inverse document frequency of each key, over sentences. */
  idf: Map<string, number>;
  /** Number of sentences containing each key. */
  df: Map<string, number>;
}

/** The smallest corpus size, in sentences, that word rarity is judged against. */
const MIN_SENTENCES = 40;

/** Weight multiplier for names and numbers: shared names and figures are strong evidence. */
const STRONG_BOOST = 1.5;

/** Tokenises every sentence, merges spelling variants, and weights keys by rarity (idf). */
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

  const sentences: SentenceFeatures[] = raw.map((entry, id) => {
    const words = new Map<string, string>();
    const strong = new Set<string>();
    let previous: string | undefined;
    for (const token of entry.tokens) {
      const key = variants.get(token.key) ?? token.key;
      if (!words.has(key)) words.set(key, token.raw);
      // Names and specific figures are strong evidence; small counts ("three") are everywhere.
      if (token.name || (token.number && Number(key.slice(1)) >= 10)) strong.add(key);
      // Adjacent content words as a phrase key: "police officer", "Albin Kurti", "combat readiness".
      if (previous !== undefined) {
        const phrase = `${previous} ${key}`;
        if (!words.has(phrase)) words.set(phrase, phrase);
      }
      previous = key;
    }
    return {
      id,
      source: entry.source,
      sentence: entry.sentence,
      keys: [...words.keys()],
      strong,
      words,
      norm2: 0,
    };
  });

  const df = new Map<string, number>();
  for (const sentence of sentences) for (const key of sentence.keys) df.set(key, (df.get(key) ?? 0) + 1);
  // A small input says little about which words are common: count it as at least MIN_SENTENCES
  // sentences, so that a fact's own words are not taken for topic words in a three-line article.
  const total = Math.max(sentences.length, MIN_SENTENCES);
  const idf = new Map<string, number>();
  // A word found in more than half of all sentences is the story's topic, however small the input:
  // its weight falls to zero as that share approaches all sentences.
  for (const [key, count] of df) {
    const topic = Math.min(1, 2 * (1 - count / sentences.length));
    idf.set(key, Math.log((total + 1) / (count + 0.5)) * topic);
  }
  for (const sentence of sentences) {
    let norm2 = 0;
    for (const key of sentence.keys) norm2 += weight(sentence, key, idf) ** 2;
    sentence.norm2 = norm2;
  }
  return { sentences, idf, df };
}

/** The weight of one key in one sentence: its idf, boosted for names and numbers. */
export function weight(sentence: SentenceFeatures, key: string, idf: Map<string, number>): number {
  const base = Math.max(0, idf.get(key) ?? 0);
  return sentence.strong.has(key) ? base * STRONG_BOOST : base;
}
