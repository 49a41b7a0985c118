import type { Passage } from '../align/types.js';
import type { Source } from '../corpus/types.js';
import { compareMentions } from './compare.js';
import { inferCalendar, resolveDates } from './dates.js';
import { extractMentions } from './extract.js';
import type { Figure } from './types.js';

/**
 * Finds every quantity, date and timeframe in the sources and compares them across aligned
 * passages. `today` bounds the year inferred for undated calendar dates.
 */
export function findFigures(
  sources: readonly Source[],
  passages: readonly Passage[],
  today = new Date(),
): Figure[] {
  const mentions = sources.flatMap((source, i) => extractMentions(source, i));
  resolveDates(mentions, inferCalendar(mentions, today));
  return compareMentions(sources, passages, mentions);
}
