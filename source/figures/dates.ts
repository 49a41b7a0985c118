import type { CalendarDate, Mention } from './types.js';
import { weekdayOf } from './values.js';

/** The calendar context of a set of articles: the year their weekday-dated mentions fit, and "now". */
export interface Calendar {
  year?: number;
  /** The latest month-and-day date mentioned: the reports' present (year unknown without one). */
  reference?: { year: number | undefined; month: number; day: number };
  /** The reports' present: `asOf`, else the latest full date the texts state. */
  present?: CalendarDate;
}

/**
 * Infers the year of undated calendar dates from the mentions that give a weekday with a date
 * ("Friday, March 14"): the latest year, with the date not after the reports' present, in which
 * the most of them fit (a misdated weekday in one report does not move the others). The present is
 * `asOf` when given, else the latest full date (with its year) that the texts state; with neither,
 * no year is inferred (a weekday and a day fit a new year every few years: guessing would change
 * with the day the tool runs).
 */
export function inferCalendar(mentions: readonly Mention[], asOf: CalendarDate | null): Calendar {
  const dated = mentions.filter((m) => m.kind === 'date' && m.value.month && m.value.day);
  const explicit = dated.filter((m) => m.value.year !== undefined).map((m) => m.value.year!);
  const keyOf = (d: CalendarDate) => d.year * 10_000 + d.month * 100 + d.day;
  const stated = dated
    .filter((m) => m.value.year !== undefined)
    .map((m) => ({ year: m.value.year!, month: m.value.month!, day: m.value.day! }))
    .sort((x, y) => keyOf(y) - keyOf(x))[0];
  const present = asOf ?? stated;
  const checks = dated.filter(
    (m) => m.value.weekday !== undefined && m.value.year === undefined && !(present && thisWeek(present, m)),
  );
  const reference = latestMonthDay(dated);
  if (!present) return reference ? { reference } : {};
  const withPresent = (calendar: Calendar): Calendar => ({ ...calendar, present });
  let year: number | undefined;
  let bestFit = 0;
  const todayKey = keyOf(present);
  for (let y = present.year; y >= present.year - 60; y--) {
    const fits = checks.filter(
      (m) =>
        y * 10_000 + m.value.month! * 100 + m.value.day! <= todayKey &&
        dayExists(y, m.value.month!, m.value.day!) &&
        weekdayOf(y, m.value.month!, m.value.day!) === m.value.weekday,
    ).length;
    if (fits > bestFit) {
      bestFit = fits;
      year = y;
    }
  }
  year ??= explicit.length ? Math.max(...explicit) : undefined;
  if (year === undefined) return withPresent(reference ? { reference } : {});
  return withPresent({ year, reference: latestMonthDay(dated, year) });
}

/**
 * The year that puts a month and day nearest the present ("December 30" in a January report is the
 * December just past; "February 27" is the coming one): news reports speak of the weeks around
 * their day, before or after it. On a tie (half a year either way) the past wins.
 */
export function nearestYear(present: CalendarDate, month: number, day: number): number {
  const at = (year: number) => Date.UTC(year, month - 1, day);
  const now = Date.UTC(present.year, present.month - 1, present.day);
  // February 29 is a day of leap years only: the leap years before and after the present.
  if (month === 2 && day === 29) {
    let before = present.year;
    while (!dayExists(before, 2, 29)) before--;
    let after = present.year;
    while (!dayExists(after, 2, 29)) after++;
    return Math.abs(at(after) - now) < Math.abs(at(before) - now) ? after : before;
  }
  let best = present.year;
  for (const year of [present.year - 1, present.year + 1])
    if (
      Math.abs(at(year) - now) < Math.abs(at(best) - now) ||
      (Math.abs(at(year) - now) === Math.abs(at(best) - now) && year < best)
    )
      best = year;
  return best;
}

/** Whether the year has that month and day (February 29 only in leap years). */
function dayExists(year: number, month: number, day: number): boolean {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

/** Days either side of the reports' present within which a dated weekday is of the present's year. */
const THIS_WEEK = 7;

/**
 * Whether a month-and-day date falls within a week of the reports' present in the year nearest it:
 * "Tuesday (March 12)" in a report of March 15 is this week's, whatever its weekday says (a wrong
 * weekday is then flagged), not a March 12 of years ago that fell on a Tuesday.
 */
function thisWeek(present: CalendarDate, m: Mention): boolean {
  const { month, day } = m.value;
  if (month === undefined || day === undefined) return false;
  const year = nearestYear(present, month, day);
  const at = Date.UTC(year, month - 1, day);
  const gap = at - Date.UTC(present.year, present.month - 1, present.day);
  return Math.abs(gap) <= THIS_WEEK * 86_400_000;
}

/** The latest month-and-day date of the mentions (of `year`, when given: undated ones count as it). */
function latestMonthDay(dated: readonly Mention[], year?: number): Calendar['reference'] {
  let reference: Calendar['reference'];
  for (const m of dated) {
    const candidateYear = m.value.year ?? year;
    if (year !== undefined && candidateYear !== year) continue;
    const candidate = { year: candidateYear, month: m.value.month!, day: m.value.day! };
    if (!reference || candidate.month * 100 + candidate.day > reference.month * 100 + reference.day)
      reference = candidate;
  }
  return reference;
}

/**
 * Completes dates with what the calendar implies: the year of a month-and-day date (for one stated
 * with its weekday, the year the weekday-dated mentions fit; else the year nearest the reports'
 * present), and the month and year of "the 17th" (the latest such day not after the reports'
 * present). Weekdays alone stay weekdays: "Sunday" may be any Sunday.
 */
export function resolveDates(mentions: Mention[], calendar: Calendar): void {
  const { year, reference, present } = calendar;
  for (const m of mentions) {
    if (m.kind !== 'date') continue;
    const v = m.value;
    if (v.month !== undefined && v.day !== undefined && v.year === undefined) {
      if (
        present &&
        (v.weekday === undefined ||
          year === undefined ||
          !dayExists(year, v.month, v.day) ||
          thisWeek(present, m))
      )
        v.year = nearestYear(present, v.month, v.day);
      else if (year !== undefined && dayExists(year, v.month, v.day)) v.year = year;
    }
    if (v.day !== undefined && v.month === undefined && reference) {
      const back = v.day > reference.day;
      v.month = back ? ((reference.month + 10) % 12) + 1 : reference.month;
      if (reference.year !== undefined)
        v.year = back && reference.month === 1 ? reference.year - 1 : reference.year;
    }
  }
}

/** Days since 1970-01-01 of a calendar date. */
export function dayNumber(d: CalendarDate): number {
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}

/** The calendar date of a day number. */
export function dateOf(n: number): CalendarDate & { weekday: number } {
  const d = new Date(n * 86_400_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}
