import { align } from '../align/align.js';
import type { Source } from '../corpus/types.js';
import { findFigures } from '../figures/figures.js';
import type { Comparison } from './types.js';

/** Runs the analysis pipeline over loaded sources: alignment, then figures. Pure: no I/O. */
export function analyze(sources: Source[]): Comparison {
  const passages = align(sources);
  return { sources, passages, figures: findFigures(sources, passages) };
}
