import { extractFromSentence } from '../../source/figures/extract.js';
import type { Figure, Mention } from '../../source/figures/types.js';
import { explain } from '../../source/views/explain.js';

/** The first mention of a phrase, as a mention of source `source`. */
export const mention = (phrase: string, source = 0): Mention => {
  const m = extractFromSentence(phrase)[0];
  if (!m) throw new Error(`no mention in ${phrase}`);
  return { ...m, source, sentence: 0 };
};

/** A figure's explanation in words, sources labelled s0, s1... as the figure tests name them. */
export const words = (figure: Figure) => explain(figure, ['s0', 's1', 's2', 's3']);
