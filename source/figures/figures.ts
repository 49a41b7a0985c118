import type { Passage } from '../align/types.js';
import type { Source } from '../corpus/types.js';
import { compareMentions } from './compare.js';
import { inferCalendar, resolveDates } from './dates.js';
import { extractMentions, type SentenceMention } from './extract.js';
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
  // Each distinct sentence text is read once (wire copy repeats sentences across outlets).
  const memo = new Map<string, SentenceMention[]>();
  const mentions = sources.flatMap((source, i) => extractMentions(source, i, memo));
  const calendar = inferCalendar(mentions, asOf);
  resolveDates(mentions, calendar);
  return compareMentions(sources, passages, mentions, calendar.present);
}
