import type { Passage } from '../align/types.js';
import type { Source } from '../corpus/types.js';
import type { Figure } from '../figures/types.js';

/** The one result of an analysis: every view (terminal UI, text, Markdown, JSON) renders this. */
export interface Comparison {
  sources: Source[];
  /** Aligned passages in reading order. */
  passages: Passage[];
  /** Numerical findings, conflicts first. */
  figures: Figure[];
}
