import { align } from '../align/align.js';
import type { Source } from '../corpus/types.js';
import { findFigures } from '../figures/figures.js';
import type { CalendarDate } from '../figures/types.js';
import { withPlainText } from '../tokens/letters.js';
import type { Comparison } from './types.js';

/** Told the stage a long analysis has reached ("aligning 40000 sentences"). */
export type Progress = (stage: string) => void;

export interface AnalyzeOptions {
  /**
   * The reports' present, for the year of undated dates ("Friday, March 14"). Null or absent:
   * the latest full date the texts state, else none (years stay unknown). Never the wall clock, so
   * the same inputs give the same result on any day.
   */
  asOf?: CalendarDate | null;
  progress?: Progress;
}

/**
 * Runs the analysis pipeline over loaded sources: alignment, then figures. Pure apart from the
 * optional progress callback: no I/O, no clock.
 */
export function analyze(given: Source[], options: AnalyzeOptions = {}): Comparison {
  // A stable key, not the position: the same articles in any order give the same comparison
  // (ties between equal scores are broken by index further down).
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sources = [...given].sort((a, b) => byCode(a.id, b.id) || byCode(a.text, b.text));
  const progress = options.progress ?? (() => {});
  const sentences = sources.reduce((n, s) => n + s.sentences.length, 0);
  // Articles without letters, marks or digits beyond ASCII (most news in English) are read with the
  // cheaper plain expressions: the same results (performance only; see tokens/letters.ts).
  return withPlainText(
    sources.map((source) => source.text),
    () => {
      progress(`aligning ${sentences} sentences of ${sources.length} articles`);
      const passages = align(sources, undefined, progress);
      progress(`comparing the figures of ${passages.length} passages`);
      return { sources, passages, figures: findFigures(sources, passages, options.asOf ?? null) };
    },
  );
}
