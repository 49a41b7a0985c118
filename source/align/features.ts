import type { Source } from '../corpus/types.js';
import { embeddings } from '../lexicon/embeddings.js';
import { type ContentWord, contentWords, foldWord } from '../tokens/normalize.js';
import { variantMap } from '../tokens/variants.js';
import { kernels } from './kernels.js';

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
  /** Squared norm of the word keys by rarity alone (as pairEvidence counts sharedWords). */
  wordNorm2: number;
  /**
   * Which distinct text the sentence has (ids from 0, in order of first occurrence): sentences with
   * one text share their key arrays and vectors, and pair evidence can be computed once per two texts.
   */
  text: number;
  /** Squared norm of the weights of each key kind (see KeyKind). */
  kindNorm2: Float64Array;
  /** Content tokens in the sentence. */
  length: number;
  /** Among the first lines of its article (headline, standfirst, first sentence). */
  lead: boolean;
  /** Word keys of each clause (ascending), for matching a fact told in part of a sentence. */
  clauses: Int32Array[];
  /** Squared norm of each clause's word weights. */
  clauseNorm2: Float64Array;
  /**
   * The clauses for the kernels' bestClause (performance): per clause, its length, then its keys
   * (clauseInts); its squared norm, then the idf of each key (clauseFloats, the same indexes).
   */
  clauseInts: Int32Array;
  clauseFloats: Float64Array;
  /** Rarity-weighted sum of the word vectors of its words (unit length; empty without vectors). */
  meaning: Float32Array;
}

/** What a key is: a word (or name), two adjacent words, a number's value, or what a number counts. */
export const KeyKind = {
  Word: 0,
  Phrase: 1,
  Number: 2,
  /** "@bodi" for "40 bodies": the thing a number counts, so disagreeing figures still meet. */
  Counted: 3,
} as const;
export type KeyKind = (typeof KeyKind)[keyof typeof KeyKind];
export const KEY_KINDS = 4;

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
  /** The KeyKind of each key. */
  kind: Uint8Array;
  /** Number of sentences of each source. */
  sourceLengths: number[];
}

const NO_MEANING = new Float32Array(0);

/**
 * Gives each sentence a meaning vector: the rarity-weighted sum of its words' vectors (names and
 * numbers excluded: they are matched exactly), scaled to unit length. Words outside the vector table
 * add nothing; without the table every vector stays empty.
 */
function addMeanings(
  sentences: SentenceFeatures[],
  /** Tokens of each distinct text, by text id. */
  raw: readonly { tokens: ContentWord[] }[],
  /** Key id of each token of each distinct text, by text id (variants merged). */
  tokenIds: readonly Int32Array[],
  idf: Float64Array,
): void {
  const table = embeddings();
  if (!table) return;
  const dims = table.dimensions;
  const sum = kernels().sum(dims);
  // Every word looked up below, read from the table at once (performance only, see prefetch).
  const words = new Set<string>();
  for (const { tokens } of raw)
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!;
      if (!token.number && !token.name) words.add(foldWord(token.raw));
    }
  table.prefetch(words);
  // One vector per distinct text (repeated sentences share it).
  const byText: Float32Array[] = [];
  for (const sentence of sentences) {
    const known = byText[sentence.text];
    if (known) {
      sentence.meaning = known;
      continue;
    }
    byText[sentence.text] = NO_MEANING;
    sum.start();
    const tokens = raw[sentence.text]!.tokens;
    const idsOf = tokenIds[sentence.text]!;
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!;
      if (token.number || token.name) continue;
      const v = table.vector(foldWord(token.raw));
      if (!v) continue;
      sum.add(v, idf[idsOf[t]!]!);
    }
    // Scaled to length 1 in the kernels (performance: the same float steps as the loops
    // `norm += meaning[d] ** 2` and `meaning[d] *= 1 / Math.sqrt(norm)`, without a number allocated
    // for each of them on a short run).
    const meaning = sum.takeUnit();
    if (!meaning) continue;
    sentence.meaning = meaning;
    byText[sentence.text] = meaning;
  }
}

/** Key ids of a phrase's two words combine as first * PAIR_BASE + second (exact below 2^53). */
const PAIR_BASE = 2 ** 26;
/** Punctuation that separates clauses. */
const CLAUSE_MARK = /[,;:()[\]–—"“”«»]|\s-\s/gu;
/** A clause with fewer content words joins the one after it. */
const MIN_CLAUSE = 3;
/** The first lines of an article that open it: headline, standfirst, first sentence. */
const LEAD_SENTENCES = 3;
/** The smallest corpus size, in sentences, that word rarity is judged against. */
const MIN_SENTENCES = 40;
/** Weight multiplier for names and numbers: shared names and figures are strong evidence. */
const STRONG_BOOST = 1.5;
/** A shared word counts as evidence when its idf is at least this (rarer than ~1 sentence in 3). */
const INFORMATIVE_IDF = 1;

/** Tokenises every sentence, merges spelling variants, interns keys and weights them by rarity. */
export function buildFeatures(sources: readonly Source[]): FeatureTable {
  // Each distinct sentence text is tokenised, keyed and weighed once (wire copy republished by many
  // outlets repeats most sentences word for word); texts are numbered in order of first occurrence,
  // so keys are interned in the same order as when every sentence is read.
  const textIds = new Map<string, number>();
  const distinct: { text: string; tokens: ContentWord[] }[] = [];
  const raw = sources.flatMap((source, s) =>
    source.sentences.map((sentence) => {
      let text = textIds.get(sentence.text);
      if (text === undefined) {
        text = distinct.length;
        textIds.set(sentence.text, text);
        distinct.push({ text: sentence.text, tokens: contentWords(sentence.text) });
      }
      return { source: s, sentence: sentence.index, text, lead: sentence.index < LEAD_SENTENCES };
    }),
  );
  const vocabulary = new Set<string>();
  for (let e = 0; e < distinct.length; e++) {
    const tokens = distinct[e]!.tokens;
    for (let t = 0; t < tokens.length; t++) vocabulary.add(tokens[t]!.key);
  }
  const variants = variantMap(vocabulary);

  const ids = new Map<string, number>();
  const kinds: KeyKind[] = [];
  /** The id of a key in `table`, a new one (of `kind`) the first time it is met. */
  const internIn = <K>(table: Map<K, number>, key: K, kind: KeyKind): number => {
    let id = table.get(key);
    if (id === undefined) {
      id = kinds.length;
      table.set(key, id);
      kinds.push(kind);
    }
    return id;
  };
  const intern = (key: string, kind: KeyKind): number => internIn(ids, key, kind);
  // Phrase keys by the ids of their two words (keys hold no space, so a pair of ids names one
  // phrase exactly as "first second" would), without building and hashing the phrase string.
  const phraseIds = new Map<number, number>();

  // The key id of each token of each distinct text, resolved once (clauses and meanings reuse it).
  const tokenIds: Int32Array[] = [];
  const perText = distinct.map((entry) => {
    const words = new Map<number, string>();
    const strong = new Set<number>();
    let previous = -1;
    let afterNumber = false;
    const tokens = entry.tokens;
    const idsOf = new Int32Array(tokens.length);
    tokenIds.push(idsOf);
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!;
      const key = variants.get(token.key) ?? token.key;
      const id = intern(key, token.number ? KeyKind.Number : KeyKind.Word);
      idsOf[t] = id;
      if (!words.has(id)) words.set(id, token.raw);
      // Names and specific figures are strong evidence; small counts ("three") are everywhere.
      if (token.name || (token.number && Number(key.slice(1)) >= 10)) strong.add(id);
      // What a number counts: the content word right after it ("40 bodies", "38 people").
      if (afterNumber && !token.number) {
        const cid = intern(`@${key}`, KeyKind.Counted);
        if (!words.has(cid)) words.set(cid, '');
      }
      afterNumber = token.number;
      // Adjacent content words as a phrase key: "police officer", "Ines Varga", "flood barrier".
      if (previous >= 0) {
        const pid = internIn(phraseIds, previous * PAIR_BASE + id, KeyKind.Phrase);
        if (!words.has(pid)) words.set(pid, ''); // phrases are not listed among shared words
      }
      previous = id;
    }
    const keys = Int32Array.from(words.keys()).sort();
    // Clauses: the words between commas, semicolons, colons, dashes, brackets and quotes (short
    // pieces join the one before), so a fact told in one clause of a long sentence can be matched.
    const clauses: number[][] = [[]];
    let boundary = 0;
    const marks: number[] = [];
    CLAUSE_MARK.lastIndex = 0;
    for (let m = CLAUSE_MARK.exec(entry.text); m !== null; m = CLAUSE_MARK.exec(entry.text))
      marks.push(m.index);
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!;
      let crossed = false;
      while (boundary < marks.length && marks[boundary]! < token.start) {
        boundary++;
        crossed = true;
      }
      if (crossed && clauses[clauses.length - 1]!.length >= MIN_CLAUSE) clauses.push([]);
      if (!token.number) clauses[clauses.length - 1]!.push(idsOf[t]!);
    }
    return {
      keys,
      words,
      strong,
      length: entry.tokens.length,
      clauses: clauses.filter((c) => c.length > 0).map((c) => Int32Array.from(new Set(c)).sort()),
    };
  });

  const keyCount = kinds.length;
  const df = new Int32Array(keyCount);
  // Sources each key occurs in (sentences come grouped by source).
  const sourcesWith = new Int32Array(keyCount);
  const lastSource = new Int32Array(keyCount).fill(-1);
  for (let e = 0; e < raw.length; e++) {
    const entry = raw[e]!;
    const keys = perText[entry.text]!.keys;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
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
  const total = Math.max(raw.length, MIN_SENTENCES);
  // With one sentence per source, words they all share are the match, not the topic.
  const oneSentenceEach = raw.length <= sources.length;
  const idf = new Float64Array(keyCount);
  const informative = new Uint8Array(keyCount);
  for (let key = 0; key < keyCount; key++) {
    const count = df[key]!;
    const topic = oneSentenceEach ? 1 : Math.min(1, 2 * (1 - count / raw.length));
    idf[key] = Math.max(0, Math.log((total + 1) / (count + 0.5)) * topic);
    // Evidence: a rare word, or a word that every source uses about once (a fact all of them
    // report, however common it is across the corpus), but never a topic word.
    const oncePerSource = count <= 1.5 * sourcesWith[key]! && sourcesWith[key]! > 1 && topic > 0.5;
    informative[key] = kinds[key] === KeyKind.Word && (idf[key]! >= INFORMATIVE_IDF || oncePerSource) ? 1 : 0;
  }

  // Weights depend on the text alone: computed once per distinct text, shared by its sentences.
  const weighed = perText.map(({ keys, words, strong, length, clauses }) => {
    const clauseNorm2 = Float64Array.from(clauses, (clause) =>
      clause.reduce((sum, key) => sum + idf[key]! ** 2, 0),
    );
    const clauseInts = new Int32Array(clauses.reduce((n, clause) => n + clause.length + 1, 0));
    const clauseFloats = new Float64Array(clauseInts.length);
    let at = 0;
    for (let c = 0; c < clauses.length; c++) {
      const clause = clauses[c]!;
      clauseInts[at] = clause.length;
      clauseFloats[at] = clauseNorm2[c]!;
      for (let k = 0; k < clause.length; k++) {
        clauseInts[at + 1 + k] = clause[k]!;
        clauseFloats[at + 1 + k] = idf[clause[k]!]!;
      }
      at += clause.length + 1;
    }
    const weights = new Float64Array(keys.length);
    const strongFlags = new Uint8Array(keys.length);
    const kindNorm2 = new Float64Array(KEY_KINDS);
    let norm2 = 0;
    let wordNorm2 = 0;
    keys.forEach((key, i) => {
      const isStrong = strong.has(key);
      strongFlags[i] = isStrong ? 1 : 0;
      weights[i] = isStrong ? idf[key]! * STRONG_BOOST : idf[key]!;
      norm2 += weights[i]! ** 2;
      kindNorm2[kinds[key]!]! += weights[i]! ** 2;
      if (kinds[key] === KeyKind.Word) wordNorm2 += idf[key]! ** 2;
    });
    return {
      keys,
      weights,
      words: Array.from(keys, (key) => words.get(key)!),
      strong: strongFlags,
      norm2,
      wordNorm2,
      kindNorm2,
      length,
      clauses,
      clauseNorm2,
      clauseInts,
      clauseFloats,
    };
  });
  const sentences = raw.map((entry, id): SentenceFeatures => {
    const w = weighed[entry.text]!;
    return {
      id,
      source: entry.source,
      sentence: entry.sentence,
      text: entry.text,
      keys: w.keys,
      weights: w.weights,
      words: w.words,
      strong: w.strong,
      norm2: w.norm2,
      wordNorm2: w.wordNorm2,
      kindNorm2: w.kindNorm2,
      length: w.length,
      clauses: w.clauses,
      clauseNorm2: w.clauseNorm2,
      clauseInts: w.clauseInts,
      clauseFloats: w.clauseFloats,
      lead: entry.lead,
      meaning: NO_MEANING,
    };
  });
  addMeanings(sentences, distinct, tokenIds, idf);
  const sourceLengths = sources.map((source) => source.sentences.length);
  return { sentences, keyCount, df, idf, informative, kind: Uint8Array.from(kinds), sourceLengths };
}
