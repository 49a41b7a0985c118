import { countsPeople, TIME_UNITS } from '../lexicon/quantities.js';
import { wordTable } from '../text/table.js';
import { asPercents, boundPassed, scaledRounding } from './roundings.js';
import type { FigureValue, Mention } from './types.js';

/** A closed interval. */
export interface Interval {
  lo: number;
  hi: number;
}

// Open bounds ("more than 700" excludes 700) sit this far inside, relative to the number.
const OPEN = 1e-6;

/** Tolerance for hedged figures: "about 500" is 500 +/- 10%; bounds reach 10% past the number. */
function tolerance(n: number, share: number): number {
  return Math.max(1, Math.abs(n) * share);
}

/**
 * The interval a quantity stands for. Hedges are read as news usage, not logic (numbers.md):
 * "more than 4,000" is 4,000 and somewhat more, (4000, 4400]; "nearly 700" is [630, 700). A bound
 * is the last round figure passed, so "at least 33" and "38" are different reported tolls.
 */
export function quantityInterval(value: FigureValue, fractional = false): Interval {
  const min = value.min ?? 0;
  const max = value.max ?? min;
  const t = (n: number, share: number) => (fractional ? Math.max(0.05, n * share) : tolerance(n, share));
  switch (value.hedge) {
    case 'about':
      return { lo: min - t(min, 0.1), hi: max + t(max, 0.1) };
    case 'more than':
      return { lo: max + OPEN * Math.max(1, max), hi: max + t(max, 0.1) };
    case 'at least':
      return { lo: max, hi: max + t(max, 0.1) };
    case 'up to':
      return { lo: 0, hi: max };
    case 'nearly':
    case 'fewer than':
      return { lo: min - t(min, 0.1), hi: min - OPEN * Math.max(1, min) };
    default:
      return fractional ? { lo: min - 0.05, hi: max + 0.05 } : { lo: min, hi: max };
  }
}

/** The interval of a timespan in months, for one of its units (the main one or a garbled alternative). */
export function timeInterval(value: FigureValue, unit = value.unit ?? 'month'): Interval {
  const months = TIME_UNITS[unit]?.months ?? 1;
  const base = quantityInterval(value);
  return { lo: base.lo * months, hi: base.hi * months };
}

/** How far apart two spans in different units of time may be and still be one span. */
const TIME_UNIT_SLACK = 0.02;

/** A span of time's interval in months, widened by the slack of converting its unit. */
function widenedTime(value: FigureValue): Interval {
  const { lo, hi } = timeInterval(value);
  return { lo: lo * (1 - TIME_UNIT_SLACK / 2), hi: hi * (1 + TIME_UNIT_SLACK / 2) };
}

/** Two spans stated in different units of time that are the same span ("a week" / "seven days"). */
function sameSpan(a: FigureValue, b: FigureValue): boolean {
  if (a.unit === b.unit || !a.unit || !b.unit || !TIME_UNITS[a.unit] || !TIME_UNITS[b.unit]) return false;
  if (a.vague || b.vague) return false;
  const x = timeInterval(a);
  const y = timeInterval(b);
  const near = (p: number, q: number) =>
    Math.abs(p - q) <= TIME_UNIT_SLACK * Math.max(Math.abs(p), Math.abs(q));
  return near(x.lo, y.lo) && near(x.hi, y.hi);
}

/** A vague span of time holds the other, in another unit of time ("decades" holds "31 years"). */
function vagueSpanHolds(a: FigureValue, b: FigureValue): boolean {
  if (a.unit === b.unit || !a.unit || !b.unit || !TIME_UNITS[a.unit] || !TIME_UNITS[b.unit]) return false;
  const [vague, other] = a.vague ? [timeInterval(a), timeInterval(b)] : [timeInterval(b), timeInterval(a)];
  return vague.lo <= other.lo && other.hi <= vague.hi;
}

function overlaps(a: Interval, b: Interval): boolean {
  const slack = 1e-9 * Math.max(1, Math.abs(a.hi), Math.abs(b.hi));
  return a.lo <= b.hi + slack && b.lo <= a.hi + slack;
}

/** Weekday (0 = Sunday) of a calendar date, computed here: a library's weekday is never trusted. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * Units of measure that convert into one another, by what they measure, with their size in one unit
 * of it (metres, square metres, kilograms, litres, km/h). Outlets convert for their readers ("10 km
 * (6 miles)"), so the same figure comes in several units; temperatures and magnitudes are left out
 * (offset scales, or no other unit).
 */
const CONVERTIBLE = wordTable<{ dimension: string; size: number }>({
  m: { dimension: 'length', size: 1 },
  km: { dimension: 'length', size: 1000 },
  mile: { dimension: 'length', size: 1609.344 },
  yard: { dimension: 'length', size: 0.9144 },
  foot: { dimension: 'length', size: 0.3048 },
  inch: { dimension: 'length', size: 0.0254 },
  hectare: { dimension: 'area', size: 10_000 },
  acre: { dimension: 'area', size: 4046.8564224 },
  kg: { dimension: 'mass', size: 1 },
  tonne: { dimension: 'mass', size: 1000 },
  litre: { dimension: 'volume', size: 1 },
  'km/h': { dimension: 'speed', size: 1 },
  mph: { dimension: 'speed', size: 1.609344 },
});

/**
 * The key under which a unit's figures are compared: what a convertible unit measures ("length"
 * for km, miles and feet), else the unit itself ('' for none).
 */
export function comparedUnit(unit: string | undefined): string {
  return (unit && CONVERTIBLE[unit]?.dimension) ?? unit ?? '';
}

/**
 * The values in the base unit of what it measures that a hedged figure in a convertible unit may
 * restate once converted ("more than 25 feet": about 6.9 to 8.4 metres; see relateConverted);
 * undefined for other figures.
 */
export function convertedWindow(value: FigureValue): Interval | undefined {
  const unit = value.unit ? CONVERTIBLE[value.unit] : undefined;
  if (!unit || !value.hedge || value.hedge === 'up to' || value.vague) return undefined;
  const i = quantityInterval(value);
  return {
    lo: i.lo * unit.size * (1 - CONVERSION_ROUNDING),
    hi: i.hi * unit.size * (1 + CONVERSION_ROUNDING),
  };
}

/** A quantity's number in the base unit of what it measures (km -> metres), for ordering by value. */
export function inBaseUnit(n: number, unit: string | undefined): number {
  return n * ((unit && CONVERTIBLE[unit]?.size) || 1);
}

/** A published conversion is rounded: "5 metres" is given as "16 feet" or "more than 15 feet". */
const CONVERSION_ROUNDING = 0.1;

/**
 * Two figures in different units of one dimension ("10 km" / "6 miles"): the same when their stated
 * numbers are within 5% once converted; they differ when the intervals, widened by the rounding a
 * conversion brings, overlap; else they conflict. Undefined when the units do not convert.
 */
function relateConverted(a: FigureValue, b: FigureValue): 'same' | 'differs' | 'conflict' | undefined {
  const ua = a.unit ? CONVERTIBLE[a.unit] : undefined;
  const ub = b.unit ? CONVERTIBLE[b.unit] : undefined;
  if (!ua || !ub || ua.dimension !== ub.dimension || a.unit === b.unit) return undefined;
  const mid = (v: FigureValue, size: number) => (((v.min ?? 0) + (v.max ?? v.min ?? 0)) / 2) * size;
  const x = mid(a, ua.size);
  const y = mid(b, ub.size);
  if (!a.hedge && !b.hedge && Math.abs(x - y) <= 0.05 * Math.max(x, y)) return 'same';
  const widened = (v: FigureValue, size: number): Interval => {
    const i = quantityInterval(v);
    return { lo: i.lo * size * (1 - CONVERSION_ROUNDING), hi: i.hi * size * (1 + CONVERSION_ROUNDING) };
  };
  // A plain figure and a converted one under a hedge or bound ("8 metres" / "more than 25 feet":
  // 26 feet, given as the last round figure passed): the same when the plain one, converted, lies in
  // the hedged interval widened by a conversion's rounding. "Up to" names a ceiling, not the figure.
  const plain = (v: FigureValue) => !v.hedge && !v.vague && (v.max ?? v.min) === v.min;
  const hedged = (v: FigureValue) => Boolean(v.hedge) && v.hedge !== 'up to' && !v.vague;
  for (const [h, hs, p, ps] of [
    [a, ua.size, b, ub.size],
    [b, ub.size, a, ua.size],
  ] as const) {
    if (!hedged(h) || !plain(p)) continue;
    const window = widened(h, hs);
    const value = (p.min ?? 0) * ps;
    if (window.lo <= value && value <= window.hi) return 'same';
  }
  if (a.vague || b.vague || overlaps(widened(a, ua.size), widened(b, ub.size))) return 'differs';
  return 'conflict';
}

/**
 * Whether two quantities are in one unit: the same unit, or a sum of money whose currency the text
 * does not name ("3 lakh compensation") and a sum in any currency.
 */
export function sameUnit(a: Mention, b: Mention): boolean {
  const [x, y] = [a.value.unit ?? '', b.value.unit ?? ''];
  return x === y || (a.kind === 'money' && b.kind === 'money' && (x === '' || y === ''));
}

/** Of two relations, the closer: same, then differs, then conflict. */
const CLOSENESS = { same: 0, differs: 1, conflict: 2 } as const;

const RESTATED_READINGS = new WeakMap<Mention, readonly Mention[]>();
/**
 * A mention's readings: its value, and the value a bracket restates it in ("190 miles (300 km)":
 * also 300 km; the hedge on the figure holds for its bracket too). Two mentions are as close as
 * their closest readings: a published conversion is rounded, so "180 miles" elsewhere may be the
 * same 300 km that "190 miles (300 km)" rounds otherwise.
 */
export function readingsOf(m: Mention): readonly Mention[] {
  const restated = m.value.restated;
  if (!restated) return [m];
  let readings = RESTATED_READINGS.get(m);
  if (!readings) {
    const value = restated.hedge || !m.value.hedge ? restated : { ...restated, hedge: m.value.hedge };
    readings = [m, { ...m, value }];
    RESTATED_READINGS.set(m, readings);
  }
  return readings;
}

/** Whether two mentions of the same kind can both be true (under any of their readings). */
export function compatible(a: Mention, b: Mention): boolean {
  if (!a.value.restated && !b.value.restated) return compatibleReadings(a, b);
  return readingsOf(a).some((x) => readingsOf(b).some((y) => compatibleReadings(x, y)));
}

function compatibleReadings(a: Mention, b: Mention): boolean {
  const percents = a.kind === b.kind ? undefined : asPercents(a, b);
  if (percents) return compatibleReadings(...percents);
  switch (a.kind) {
    case 'date':
      return datesCompatible(a.value, b.value);
    case 'time':
      return a.value.hour === b.value.hour && (a.value.minute ?? 0) === (b.value.minute ?? 0);
    case 'relative-time':
    case 'duration':
      // The slack is a conversion's: spans in one unit are compared as stated, so bounds on
      // opposite sides of one span ("nearly a week" / "more than a week") do not meet.
      if (a.value.unit === b.value.unit)
        return overlaps(quantityInterval(a.value), quantityInterval(b.value));
      return overlaps(widenedTime(a.value), widenedTime(b.value));
    case 'proportion':
      return overlaps(quantityInterval(a.value, true), quantityInterval(b.value, true));
    default: {
      const converted = relateConverted(a.value, b.value);
      if (converted) return converted !== 'conflict';
      if (!sameUnit(a, b)) return false;
      // Casualties (killed and injured) can only be as many as or more than the killed.
      if (a.role === 'casualties' && b.role === 'killed')
        return quantityInterval(a.value).hi >= quantityInterval(b.value).lo;
      if (b.role === 'casualties' && a.role === 'killed')
        return quantityInterval(b.value).hi >= quantityInterval(a.value).lo;
      return overlaps(quantityInterval(a.value), quantityInterval(b.value));
    }
  }
}

/** Whether a garbled timespan would be compatible under one of its other readings. */
export function compatibleAsAlternative(a: Mention, b: Mention): boolean {
  const readings = (m: Mention) => [m.value.unit, ...(m.value.alternatives ?? [])];
  return readings(a).some((ua) =>
    readings(b).some((ub) => overlaps(timeInterval(a.value, ua), timeInterval(b.value, ub))),
  );
}

/** Dates agree when every calendar component both give is the same; a weekday is checked against a date. */
function datesCompatible(a: FigureValue, b: FigureValue): boolean {
  for (const key of ['year', 'month', 'day', 'weekday'] as const) {
    if (a[key] !== undefined && b[key] !== undefined && a[key] !== b[key]) return false;
  }
  const weekdayCheck = (x: FigureValue, y: FigureValue) =>
    x.weekday === undefined ||
    y.year === undefined ||
    y.month === undefined ||
    y.day === undefined ||
    weekdayOf(y.year, y.month, y.day) === x.weekday;
  return weekdayCheck(a, b) && weekdayCheck(b, a);
}

/**
 * How two mentions of the same thing relate (the graded statuses of a figure):
 * - `same`: the same value, or the same number under a compatible hedge ("nearly 3,000" / "3,000"),
 *   or a vague amount that holds the other ("hundreds of tanks" / "240 tanks"),
 *   or numbers equal once the more precise is rounded as coarsely as the other and within 5% of it
 *   ("4.8 km" / "5 km"); dates and times that agree;
 * - `differs`: different stated values that hedges or rounding could reconcile: their intervals
 *   (hedges read as news usage, see quantityInterval) overlap ("about 550" / "about 590";
 *   "3,000" / "up to 3,500"); clock times within half an hour;
 * - `conflict`: both cannot be true of the same thing at the same time.
 */
export function relate(a: Mention, b: Mention): 'same' | 'differs' | 'conflict' {
  if (!a.value.restated && !b.value.restated) return relateReadings(a, b);
  let closest: 'same' | 'differs' | 'conflict' = 'conflict';
  for (const x of readingsOf(a))
    for (const y of readingsOf(b)) {
      const relation = relateReadings(x, y);
      if (CLOSENESS[relation] < CLOSENESS[closest]) closest = relation;
    }
  return closest;
}

/** How two readings relate (see relate). */
function relateReadings(a: Mention, b: Mention): 'same' | 'differs' | 'conflict' {
  // A share in words and a percentage ("a quarter" / "25 percent"), as percentages (roundings.ts).
  const percents = a.kind === b.kind ? undefined : asPercents(a, b);
  if (percents) return relateReadings(...percents);
  // A year alone and a span of years ("since 1985" / "four decades ago" / "for 40 years") share a
  // figure only when the value join set the year against the reports' present (compare.ts); a
  // value alone does not know it.
  if (yearAndSpan(a, b) || yearAndSpan(b, a)) return 'same';
  // So do a month alone and "last month" (value-joins.ts sets the month against the present).
  if (monthAndLast(a, b) || monthAndLast(b, a)) return 'same';
  switch (a.kind) {
    case 'date':
      return datesCompatible(a.value, b.value) ? 'same' : 'conflict';
    case 'time': {
      const minutes = (v: FigureValue) => (v.hour ?? 0) * 60 + (v.minute ?? 0);
      const gap = Math.abs(minutes(a.value) - minutes(b.value));
      if (gap === 0 || holdsTime(a.value, b.value) || holdsTime(b.value, a.value)) return 'same';
      return gap <= 30 ? 'differs' : 'conflict';
    }
    default: {
      // An age in years, unhedged, is stated exactly ("Maria Lopez, 64,"): 64 is no rounding of 63
      // (a thing's vague or hedged age, "century-old", "nearly century-old", keeps the rules below).
      if (exactAge(a) && exactAge(b)) return a.value.min === b.value.min ? 'same' : 'conflict';
      const converted = relateConverted(a.value, b.value);
      if (converted) return converted;
      // The same span in other units of time ("three decades" / "30 years", "two weeks" / "14
      // days"): units of time have sizes in days that do not divide evenly, so within 2%.
      if (sameSpan(a.value, b.value)) return 'same';
      // The same stated numbers agree whatever the hedges ("over 80" / "80"), in the same unit;
      // so do a decimal of a scale word and the precise number it rounds (roundings.ts).
      if (sameUnit(a, b) && sameNumbers(a.value, b.value)) return 'same';
      if (sameUnit(a, b) && (scaledRounding(a, b) || scaledRounding(b, a))) return 'same';
      if (sameUnit(a, b) && (boundPassed(a, b) || boundPassed(b, a))) return 'same';
      // A vague amount that holds the other value ("hundreds of tanks" / "240 tanks"; "mostly" /
      // "the vast majority") says the same, less precisely.
      if ((a.value.vague || b.value.vague) && (a.value.unit ?? '') === (b.value.unit ?? '')) {
        const fractional = a.kind === 'proportion';
        const x = quantityInterval(a.value, fractional);
        const y = quantityInterval(b.value, fractional);
        if ((x.lo <= y.lo && y.hi <= x.hi) || (y.lo <= x.lo && x.hi <= y.hi)) return 'same';
      }
      // The same for spans in two units of time ("decades" / "31 years"), in months.
      if (a.value.vague !== b.value.vague && vagueSpanHolds(a.value, b.value)) return 'same';
      if (a.kind === 'relative-time' && (windowHolds(a.value, b.value) || windowHolds(b.value, a.value)))
        return 'same';
      if (!compatible(a, b) && !a.value.vague && !b.value.vague && !agenciesMagnitudes(a, b))
        return 'conflict';
      return 'differs';
    }
  }
}

/** Minutes a hedged clock time reaches on its hedge's side ("just after 3pm": to 3:20). */
const CLOCK_HEDGE_MINUTES = 20;

/**
 * A clock time under a hedge holds a time near it on the hedge's side, as "nearly 3,000" holds
 * 3,000: "just after 3pm" (more than) holds 3:15, "shortly before 9" (nearly) holds 8:50, "about
 * 10:30" holds 10:20 to 10:40.
 */
function holdsTime(hedged: FigureValue, other: FigureValue): boolean {
  const d = (other.hour ?? 0) * 60 + (other.minute ?? 0) - ((hedged.hour ?? 0) * 60 + (hedged.minute ?? 0));
  switch (hedged.hedge) {
    case 'about':
      return Math.abs(d) <= CLOCK_HEDGE_MINUTES / 2;
    case 'more than':
    case 'at least':
      return d > 0 && d <= CLOCK_HEDGE_MINUTES;
    case 'nearly':
    case 'fewer than':
      return d < 0 && d >= -CLOCK_HEDGE_MINUTES;
    default:
      return false;
  }
}

/** A month alone ("in February"), of no day. */
export function monthAlone(m: Mention): boolean {
  return (
    m.kind === 'date' &&
    m.value.month !== undefined &&
    m.value.day === undefined &&
    m.value.weekday === undefined
  );
}

/** `month` is a month alone and `last` a window of the last month ("last month"). */
function monthAndLast(month: Mention, last: Mention): boolean {
  const { min, max, unit, relation } = last.value;
  return (
    monthAlone(month) &&
    last.kind === 'relative-time' &&
    unit === 'month' &&
    relation === 'last' &&
    min === 0 &&
    max === 1
  );
}

/** `year` is a year alone and `span` a span of years, decades or centuries. */
function yearAndSpan(year: Mention, span: Mention): boolean {
  return (
    year.kind === 'date' &&
    year.value.year !== undefined &&
    year.value.month === undefined &&
    (span.kind === 'relative-time' || span.kind === 'duration') &&
    ['year', 'decade', 'century'].includes(span.value.unit ?? '')
  );
}

/** Each unit of time and the next coarser one, in which a window of the coarser may hold it. */
const FINER: Record<string, string> = { day: 'week', week: 'month', month: 'year' };

/** The unit of the moments a window in `unit` may hold ("last week": days), if any. */
export function finerUnit(unit: string | undefined): string | undefined {
  return Object.keys(FINER).find((finer) => FINER[finer] === unit);
}

/**
 * A window up to now ("last week", "over the past week") that holds a moment ago inside it ("four
 * days ago") says the same time, less precisely, as a vague amount holds a figure. Only moments
 * counted in the next finer unit, more than one of it: "last week" holds "three days ago", but
 * "last month" says nothing of "yesterday" (any recent window holds it).
 */
export function windowHolds(window: FigureValue, moment: FigureValue): boolean {
  if (window.relation !== 'last' || moment.relation !== 'ago') return false;
  // "Over the past week" and "a week ago": the window of one unit up to now starts a unit ago.
  if (unitAgo(moment) && moment.unit === window.unit && (window.max ?? window.min) === 1) return true;
  if (!moment.unit || FINER[moment.unit] !== window.unit || (moment.min ?? 0) < 2) return false;
  const w = timeInterval(window);
  const m = timeInterval(moment);
  return w.lo <= m.lo && m.hi <= w.hi;
}

/** One unit of time ago, stated plainly ("a week ago", "one month ago"). */
export function unitAgo(v: FigureValue): boolean {
  return v.relation === 'ago' && !v.vague && !v.hedge && v.min === 1 && (v.max ?? 1) === 1;
}

/**
 * A person's age stated as one number of years, no hedge and not vague ("64-year-old soldier",
 * "Lopez, 64,"): of a name, or of a noun known to count people. A thing's age ("the 50-year-old
 * bridge", built 51 years ago) is often rounded, and keeps the rules of rounding.
 */
function exactAge(m: Mention): boolean {
  const v = m.value;
  const person = m.subjectClass?.startsWith('named ') || (m.subject !== null && countsPeople(m.subject));
  return (
    m.kind === 'age' && person && !v.hedge && !v.vague && v.min !== undefined && (v.max ?? v.min) === v.min
  );
}

/** The stated numbers are the same, hedges aside, or the same once rounded alike (within 5%). */
function sameNumbers(a: FigureValue, b: FigureValue): boolean {
  const [a0, a1] = [a.min ?? 0, a.max ?? a.min ?? 0];
  const [b0, b1] = [b.min ?? 0, b.max ?? b.min ?? 0];
  // Bounds on opposite sides of one number ("nearly a week" / "more than a week"), or below a number
  // no higher than the other's floor ("nearly 1,000" / "more than 1,010"), cannot both hold; "nearly
  // 31,000" / "more than 30,000" may (the rules below decide).
  if (oppositeBounds(a, b) && (BELOW.has(a.hedge) ? a0 <= b1 : b0 <= a1)) return false;
  if (a0 === b0 && a1 === b1) return true;
  // A stated range and a number inside it ("300 to 450 men" / "about 400 men").
  // Not a vague amount's range ("century-old": 100 to 199 years holds 100, not "nearly 100").
  const statedRange = (v: FigureValue) => !v.vague && (v.hedge === undefined || v.hedge === 'about');
  if (a0 < a1 && b0 === b1 && statedRange(a) && a0 <= b0 && b0 <= a1) return true;
  if (b0 < b1 && a0 === a1 && statedRange(b) && b0 <= a0 && a0 <= b1) return true;
  if (a0 !== a1 || b0 !== b1) return false;
  return roundedAlike(a0, b0);
}

/**
 * How far apart two magnitudes of one quake may be as estimates, not a contradiction: agencies
 * (a national one and an international one) and revisions of a first estimate commonly differ by
 * a few tenths (6.2 / 6.4).
 */
const MAGNITUDE_SPREAD = 0.3;
function agenciesMagnitudes(a: Mention, b: Mention): boolean {
  if (a.value.unit !== 'magnitude' || b.value.unit !== 'magnitude') return false;
  return Math.abs((a.value.min ?? 0) - (b.value.min ?? 0)) <= MAGNITUDE_SPREAD + 1e-9;
}

const BELOW = new Set<FigureValue['hedge']>(['nearly', 'fewer than']);
const ABOVE = new Set<FigureValue['hedge']>(['more than', 'at least']);
/** One value is bounded below its number, the other above it ("nearly 100" / "more than 100"). */
function oppositeBounds(a: FigureValue, b: FigureValue): boolean {
  return (BELOW.has(a.hedge) && ABOVE.has(b.hedge)) || (ABOVE.has(a.hedge) && BELOW.has(b.hedge));
}

/**
 * 9.8 and 10: the more precise rounded to the other's precision gives it, they are within 5%, and
 * the rounder one is a round figure (two significant digits at most: 1,234,560 is not rounded).
 */
function roundedAlike(x: number, y: number): boolean {
  if (Math.abs(x - y) > 0.05 * Math.max(Math.abs(x), Math.abs(y))) return false;
  const significant = (n: number) =>
    String(Math.abs(n)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
  // The precision a number is stated to: 10 for "430", 100 for "400", 0.1 for "9.8".
  const step = (n: number) => {
    const text = String(Math.abs(n));
    const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
    if (decimals > 0) return 10 ** -decimals;
    const zeros = /0*$/.exec(text)![0].length;
    return n === 0 ? 1 : 10 ** Math.min(zeros, text.length - 1);
  };
  const coarse = Math.max(step(x), step(y));
  if (significant(step(x) >= step(y) ? x : y) > 2) return false;
  return Math.round(x / coarse) === Math.round(y / coarse);
}
