import type { Passage } from '../align/types.js';
import type { Source } from '../corpus/types.js';
import { compareMentions } from './compare.js';
import { inferCalendar, resolveDates } from './dates.js';
import { extractMentions } from './extract.js';
import type { CalendarDate, Figure } from './types.js';

/**
 * Finds every quantity, date and timeframe in the sources and compares them across aligned
 * passages. `asOf` (the reports' present, when known) bounds the year inferred for undated dates.
 */
export function findFigures(
  sources: readonly Source[],
  passages: readonly Passage[],
  asOf: CalendarDate | null = null,
): Figure[] {
  const mentions = sources.flatMap((source, i) => extractMentions(source, i));
  resolveDates(mentions, inferCalendar(mentions, asOf));
  return compareMentions(sources, passages, mentions);
}
