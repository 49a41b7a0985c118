import type { Passage } from '../align/types.js';
import type { Source } from '../corpus/types.js';
import { compareMentions } from './compare.js';
import { inferCalendar, resolveDates } from './dates.js';
import { extractMentions, type SentenceMention } from './extract.js';
import { joinMadeAges, joinMisdatedWeekdays, joinOtherWords, joinSpans } from './other-words.js';
import type { CalendarDate, Figure, Mention } from './types.js';

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
  markOtherYears(sources, mentions, calendar.present);
  const figures = compareMentions(sources, passages, mentions, calendar.present);
  const joined = joinOtherWords(figures, sources, passages, calendar.present);
  const spans = joinSpans(joined, sources, passages);
  return joinMisdatedWeekdays(joinMadeAges(spans, sources, passages, calendar.present), passages);
}

/** Words that end what a year before them dates: a relative pronoun or a semicolon. */
const SCOPE_END = /\b(?:whose|which|who|where)\b|;/i;

/** Words before a year that make it a bound, not the time of what the sentence reports. */
const BOUND_BEFORE = /\b(?:since|than|until|till|before|after|from)\s+$/i;

/**
 * Counts of another year: a sentence that names a past year before a count ("The 1998 fire killed
 * 40 people", "In 1972 we had 33 fatalities") reports another event, background to this one, so
 * its counts get that year in their role ("killed (1972)") and are compared only with counts of
 * that year. A year that bounds ("the deadliest since 1972") dates nothing; nor does the reports'
 * own year; with no known present nothing is marked.
 */
function markOtherYears(
  sources: readonly Source[],
  mentions: readonly Mention[],
  present: CalendarDate | undefined,
): void {
  if (!present) return;
  const yearsBySentence = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.kind !== 'date' || m.value.year === undefined || m.value.month !== undefined) continue;
    if (m.value.year === present.year) continue;
    const before = sources[m.source]!.text.slice(Math.max(0, m.start - 8), m.start);
    if (BOUND_BEFORE.test(before)) continue;
    const key = `${m.source}:${m.sentence}`;
    yearsBySentence.set(key, [...(yearsBySentence.get(key) ?? []), m]);
  }
  if (yearsBySentence.size === 0) return;
  for (const m of mentions) {
    if (m.kind !== 'count') continue;
    // The nearest year before the count ("In 1961, 300 died ..., and in 2008, 52 were crushed").
    let year: Mention | undefined;
    for (const y of yearsBySentence.get(`${m.source}:${m.sentence}`) ?? [])
      if (y.end <= m.start && (!year || y.end > year.end)) year = y;
    if (!year) continue;
    // A relative clause or a semicolon between them ends what the year dates ("the island gained
    // independence in 1974; its 90,000 inhabitants ...", "..., whose 90,000 inhabitants" count today).
    if (SCOPE_END.test(sources[m.source]!.text.slice(year.end, m.start))) continue;
    m.role = m.role === null ? `(${year.value.year})` : `${m.role} (${year.value.year})`;
  }
}
