import type { Mention } from './types.js';
import { weekdayOf } from './values.js';

/** The calendar context of a set of articles: the year their weekday-dated mentions fit, and "now". */
export interface Calendar {
  year?: number;
  /** The latest full date mentioned: the reports' present. */
  reference?: { year: number; month: number; day: number };
}

/**
 * Infers the year of undated calendar dates from the mentions that give a weekday with a date
 * ("Friday, September 29"): the latest year, with the date not after `today`, in which the most of
 * them fit (a misdated weekday in one report does not move the others).
 */
export function inferCalendar(mentions: readonly Mention[], today: Date): Calendar {
  const dated = mentions.filter((m) => m.kind === 'date' && m.value.month && m.value.day);
  const explicit = dated.filter((m) => m.value.year !== undefined).map((m) => m.value.year!);
  const checks = dated.filter((m) => m.value.weekday !== undefined && m.value.year === undefined);
  let year: number | undefined;
  let bestFit = 0;
  const todayKey = today.getUTCFullYear() * 10_000 + (today.getUTCMonth() + 1) * 100 + today.getUTCDate();
  for (let y = today.getUTCFullYear(); y >= today.getUTCFullYear() - 60; y--) {
    const fits = checks.filter(
      (m) =>
        y * 10_000 + m.value.month! * 100 + m.value.day! <= todayKey &&
        weekdayOf(y, m.value.month!, m.value.day!) === m.value.weekday,
    ).length;
    if (fits > bestFit) {
      bestFit = fits;
      year = y;
    }
  }
  year ??= explicit.length ? Math.max(...explicit) : undefined;
  if (year === undefined) return {};
  let reference: Calendar['reference'];
  for (const m of dated) {
    const candidate: NonNullable<Calendar['reference']> = {
      year: m.value.year ?? year,
      month: m.value.month!,
      day: m.value.day!,
    };
    if (candidate.year !== year) continue;
    if (!reference || candidate.month * 100 + candidate.day > reference.month * 100 + reference.day)
      reference = candidate;
  }
  return { year, reference };
}

/**
 * Completes dates with what the calendar implies: the year of a month-and-day date, and the month
 * and year of "the 24th" (the latest such day not after the reports' present). Weekdays alone stay
 * weekdays: "Sunday" may be any Sunday.
 */
export function resolveDates(mentions: Mention[], calendar: Calendar): void {
  const { year, reference } = calendar;
  if (year === undefined) return;
  for (const m of mentions) {
    if (m.kind !== 'date') continue;
    const v = m.value;
    if (v.month !== undefined && v.day !== undefined && v.year === undefined) v.year = year;
    if (v.day !== undefined && v.month === undefined && reference) {
      const back = v.day > reference.day;
      v.month = back ? ((reference.month + 10) % 12) + 1 : reference.month;
      v.year = back && reference.month === 1 ? reference.year - 1 : reference.year;
    }
  }
}
