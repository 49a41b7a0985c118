import type { Passage } from '../source/align/types.js';
import type { Source } from '../source/corpus/types.js';

/** A gold alignment file: groups of sentences (found by quote) that report the same fact. */
export interface GoldAlignment {
  groups: { fact: string; members: [string, string][] }[];
}

/** Pairwise scores of an alignment against gold. */
export interface AlignmentScore {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  predicted: number;
  required: number;
  /** Predicted pairs that gold does not accept, as readable lines. */
  falsePairs: string[];
  /** Required gold pairs that were not predicted. */
  missedPairs: string[];
}

type SentenceRef = `${number}:${number}`;

/** Finds the sentence of a source (by id prefix) that contains a quote; throws unless exactly one does. */
export function resolveQuote(sources: readonly Source[], prefix: string, quote: string): SentenceRef {
  const s = sources.findIndex((source) => source.id.startsWith(prefix));
  if (s < 0) throw new Error(`gold: no source starts with ${prefix}`);
  const hits = sources[s]!.sentences.filter((sentence) => sentence.text.includes(quote));
  if (hits.length !== 1)
    throw new Error(`gold: "${quote}" is in ${hits.length} sentences of ${prefix}, not one`);
  return `${s}:${hits[0]!.index}`;
}

const pairKey = (a: SentenceRef, b: SentenceRef) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const sourceOf = (ref: SentenceRef) => Number(ref.split(':')[0]);

/**
 * Pairwise precision and recall: every two sentences of different sources in one passage form a
 * predicted pair; gold pairs come from its groups (pairs with an optional '?' member are accepted
 * when predicted but not required).
 */
export function scoreAlignment(
  sources: readonly Source[],
  passages: readonly Passage[],
  gold: GoldAlignment,
): AlignmentScore {
  const required = new Set<string>();
  const accepted = new Set<string>();
  for (const group of gold.groups) {
    const refs = group.members.map(([prefix, quote]) => ({
      ref: resolveQuote(sources, prefix.replace(/^\?/, ''), quote),
      optional: prefix.startsWith('?'),
    }));
    for (let i = 0; i < refs.length; i++) {
      for (let j = i + 1; j < refs.length; j++) {
        const a = refs[i]!;
        const b = refs[j]!;
        if (sourceOf(a.ref) === sourceOf(b.ref)) continue;
        const key = pairKey(a.ref, b.ref);
        accepted.add(key);
        if (!a.optional && !b.optional) required.add(key);
      }
    }
  }
  const predicted = new Set<string>();
  for (const passage of passages) {
    const refs = passage.members.flatMap((m) => m.sentences.map((s): SentenceRef => `${m.source}:${s}`));
    for (let i = 0; i < refs.length; i++) {
      for (let j = i + 1; j < refs.length; j++) {
        if (sourceOf(refs[i]!) !== sourceOf(refs[j]!)) predicted.add(pairKey(refs[i]!, refs[j]!));
      }
    }
  }
  const describe = (key: string) =>
    key
      .split('|')
      .map((ref) => {
        const [s, i] = ref.split(':').map(Number);
        const source = sources[s!]!;
        return `${source.id.slice(0, 3)}:${i} ${source.sentences[i!]!.text.slice(0, 60)}`;
      })
      .join('  <->  ');
  const truePositives = [...predicted].filter((key) => accepted.has(key)).length;
  const hitRequired = [...required].filter((key) => predicted.has(key)).length;
  const precision = predicted.size ? truePositives / predicted.size : 1;
  const recall = required.size ? hitRequired / required.size : 1;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    truePositives,
    predicted: predicted.size,
    required: required.size,
    falsePairs: [...predicted].filter((key) => !accepted.has(key)).map(describe),
    missedPairs: [...required].filter((key) => !predicted.has(key)).map(describe),
  };
}
