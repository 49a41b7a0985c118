import { align } from '../align/align.js';
import type { Source } from '../corpus/types.js';
import { findFigures } from '../figures/figures.js';
import type { Comparison } from './types.js';

/** Told the stage a long analysis has reached ("aligning 40,000 sentences"). */
export type Progress = (stage: string) => void;

/**
 * Runs the analysis pipeline over loaded sources: alignment, then figures. Pure apart from the
 * optional progress callback: no I/O.
 */
export function analyze(sources: Source[], progress: Progress = () => {}): Comparison {
  const sentences = sources.reduce((n, s) => n + s.sentences.length, 0);
  progress(`aligning ${sentences.toLocaleString('en')} sentences of ${sources.length} articles`);
  const passages = align(sources, undefined, progress);
  progress(`comparing the figures of ${passages.length.toLocaleString('en')} passages`);
  return { sources, passages, figures: findFigures(sources, passages) };
}
