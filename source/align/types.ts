import type { Span } from '../corpus/types.js';
import type { Strength } from './confidence.js';

/** One source's part of a passage: one sentence or a few adjacent ones. */
export interface Member extends Span {
  /** Index of the source in the comparison's sources. */
  source: number;
  /** Indices of the member's sentences in its source. */
  sentences: number[];
  text: string;
  /**
   * Set when the member's sentence also reports another passage's fact and belongs to that passage
   * (its id): the sentence is shown in both, and its figures are compared in that one only.
   */
  alsoIn?: string;
}

/** Why two members were aligned: the pair score and the shared evidence. */
export interface Link {
  /** Source indices of the two sentences that matched. */
  from: number;
  to: number;
  /** Similarity of the two sentences, 0..1. */
  score: number;
  /** Shared informative words, rarest first. */
  shared: string[];
  /** Shared names and numbers. */
  strong: string[];
}

/** Sentences of several sources (or one) that report the same fact. */
export interface Passage {
  /** "P1", "P2", ... in reading order. */
  id: string;
  /**
   * Ordered by source, then by first sentence. A source has one member per run of adjacent
   * sentences that report the fact: usually one, several when it reports the fact in two places of
   * its article (never adjacent runs). An echo (see Member.alsoIn) is a member of its own, and may
   * stand next to an ordinary member of its source.
   */
  members: Member[];
  /** The matches that joined the members, strongest first; empty for a one-source passage. */
  links: Link[];
  /**
   * How sure the alignment is: the share of links like its own that join sentences reporting a
   * common fact, as measured on the development set (align/confidence.ts), averaged over its links
   * (null for one source).
   */
  confidence: number | null;
  /** The confidence in words: strong, fair or weak (null for one source). */
  strength: Strength | null;
}
