// Whether one mention states the same value of a compatible referent as another's, across passages:
// the pairwise test of the value joins (value-joins.ts), long spans of time restated in another unit.
import { kindOf, knownClass, sameKind, TIME_UNITS } from '../lexicon/quantities.js';
import { dayNumber } from './dates.js';
import { distinctive, nearValues } from './groups.js';
import { NAMED } from './read-count.js';
import { asPercents } from './roundings.js';
import { type Slot, slotOf } from './slots.js';
import type { CalendarDate, Mention } from './types.js';
import { comparedUnit, monthAlone, readingsOf, relate, sameUnit } from './values.js';

/** One mention's bracket restates it in the other's unit ("US$3 billion (S$4.1 billion)" / "S$4.1 billion"). */
function restatedUnit(m: Mention, x: Mention): boolean {
  if (!m.value.restated && !x.value.restated) return false;
  return readingsOf(m).some((r) =>
    readingsOf(x).some((y) => comparedUnit(r.value.unit) === comparedUnit(y.value.unit)),
  );
}

/** Whether a mention's words hold another mention's counted thing ("Chilean nationals": "chilean"). */
export function namesThingOf(m: Mention, other: Mention): boolean {
  const text = m.text.toLowerCase();
  const holds = (word: string | null) =>
    word !== null &&
    word.length >= 4 &&
    text.includes(word.toLowerCase().slice(0, Math.max(4, word.length - 2)));
  return holds(other.subject) || holds(other.subjectClass);
}

/**
 * Whether another source's mention states the same value of a compatible referent: the values are
 * the same (relate; a vague amount and a figure only for one counted thing, role and group), the
 * slots are of one family (a date is any date, a timespan any timespan, whatever its relation),
 * and for quantities nothing tells the referents apart: no two different roles or groups, and the
 * counted things are of one kind ("60 planes" / "60 aircraft"); when one does not say what it
 * counts, the roles are the same and stated, or the value is distinctive (not a small or round
 * number: "47 onboard" / "47 people on board"); two different known classes never match.
 */
export function restates(
  m: Mention,
  x: Mention,
  present?: CalendarDate,
  contextOf?: (m: Mention) => ReadonlySet<string>,
): boolean {
  const spanned = spanRestates(m, x, present) ?? spanRestates(x, m, present);
  if (spanned !== undefined) return spanned;
  if (m.kind !== x.kind || !nearValues(m, x) || relate(m, x) !== 'same') return false;
  // The same age of a named person and of a person described ("Lopez, 64," / "the 64-year-old
  // candidate"), or of one name: the same figure.
  if (m.kind === 'age') {
    const named = (y: Mention) => Boolean(y.subjectClass?.startsWith(`${NAMED} `));
    return m.subjectClass === x.subjectClass || named(m) !== named(x);
  }
  if (m.kind === 'date' && (!weekdayNearPresent(m, x, present) || !weekdayNearPresent(x, m, present)))
    return false;
  const a = forecastRole(slotOf(m), slotOf(x));
  const b = forecastRole(slotOf(x), slotOf(m));
  // A vague amount ("a few months", "hundreds") holds a figure but does not state it, unless both
  // name the same counted thing in the same role and group ("hundreds of tanks" / "240 tanks"; not
  // "a gang of several dozen men" / "more than 20 guards injured": a range that wide holds
  // any count of that thing, so only the whole referent can say it is the same one).
  // A crowd of "people" and a crowd named by its class, one vague, in the same role and group, of
  // surrounding words that share a content word ("tens of thousands of people walked through the
  // old town" / "some 50,000 protesters walked through the old town"): "people" names no class.
  const vagueOne = Boolean(m.value.vague) !== Boolean(x.value.vague);
  const crowd =
    vagueOne && (crowdOf(m, x) || crowdOf(x, m)) && contextOf !== undefined && shareContext(m, x, contextOf);
  if (
    vagueOne &&
    (a.subject === null ||
      (a.subject !== b.subject && !crowd) ||
      a.role !== b.role ||
      a.container !== b.container)
  )
    return false;
  // A date is any date; a timespan is any timespan ("after 75 years" / "once every 75 years").
  const either = (prefix: string) => a.family.startsWith(prefix) && b.family.startsWith(prefix);
  if (!a.counted) return a.family === b.family || either('date:') || either('duration:');
  if ((a.unit !== b.unit && !sameUnit(m, x) && !restatedUnit(m, x)) || a.sum !== b.sum) return false;
  if (deadBodies(m, a, x, b) || deadBodies(x, b, m, a)) return true;
  if (a.role !== null && b.role !== null && a.role !== b.role) return false;
  if (a.container !== '' && b.container !== '' && a.container !== b.container) return false;
  // Shares of one count ("2.4 million residents, mostly of one faith" / "a population of
  // 2.4 million, the great majority of them ...") are the same referent, whatever noun follows.
  if (
    a.container.startsWith('of ') &&
    a.container === b.container &&
    (a.subject === null || b.subject === null)
  )
    return true;
  if (crowd) return true;
  if (a.subject !== null && b.subject !== null) {
    if (sameKind(a.subject, b.subject)) return true;
    // "People" names no class: a distinctive number of people and the same number of one class of
    // people, in the same role ("about 23 people" / "at least 23 soldiers" on one bus), is one figure.
    if (distinctive(m) && a.role === b.role && (peopleOf(m, x) || peopleOf(x, m))) return true;
    // A count whose words name the other's counted thing, in one stated role, of a distinctive or
    // the same vague value ("dozens of coastguard officers were killed" / "dozens of coastguards
    // were killed"): the same people, named by a modifier.
    if (
      a.role !== null &&
      a.role === b.role &&
      (distinctive(m) || (m.value.vague && x.value.vague)) &&
      (namesThingOf(m, x) || namesThingOf(x, m))
    )
      return true;
    // Two things each of a known class or kind, but not the same one ("43 passengers" / "43
    // bodies"), are different counts whatever the value. Either side's number may be the
    // distinctive one: "nearly 300 miners" rounds "291 people", which is not stated twice by chance.
    const known = (subject: string) => knownClass(subject) || kindOf(subject) !== undefined;
    if (!(distinctive(m) || distinctive(x)) || (known(a.subject) && known(b.subject)) || a.role !== b.role)
      return false;
    // A distinctive number met only rounded ("about 300 rescuers" / "291 people"): a round number
    // is stated often by chance, so the words around the two share a content word too.
    return sameStatedNumbers(m, x) || !contextOf || shareContext(m, x, contextOf);
  }
  // A distinctive number is evidence enough, unless one is a forecast and the other not ("the toll
  // could reach 60" / "60 vehicles on the road").
  return (a.role !== null && a.role === b.role) || distinctive(m);
}

/** Whether one of two mentions counts bodies and the other the killed (whatever the numbers). */
export function bodiesAndDead(m: Mention, x: Mention): boolean {
  const [a, b] = [slotOf(m), slotOf(x)];
  const bodies = (s: Slot) => s.subject !== null && kindOf(s.subject) === 'remains';
  return (bodies(a) && b.role === 'killed') || (bodies(b) && a.role === 'killed');
}

/**
 * Bodies are the dead: a count of bodies with no role or recovered ("more than 40 bodies had been
 * recovered") states the toll another source gives of people killed ("killed more than 40
 * workers") when the two state the same numbers under the same hedge, in no group. Another number
 * is a recovery count that runs behind the toll (lexicon/quantities.ts, remains).
 */
function deadBodies(bodies: Mention, b: Slot, dead: Mention, d: Slot): boolean {
  if (b.subject === null || kindOf(b.subject) !== 'remains' || (b.role !== null && b.role !== 'recovered'))
    return false;
  if (d.role !== 'killed' || b.container !== '' || d.container !== '' || bodies.projected || dead.projected)
    return false;
  if (d.subject !== null && kindOf(d.subject) === 'remains') return false;
  return sameStatedNumbers(bodies, dead) && (bodies.value.hedge ?? '') === (dead.value.hedge ?? '');
}

/**
 * A slot whose role is a forecast with no role named ("possible": "the toll could reach 60") takes
 * the role of another forecast that names one ("killed (possible)": "up to 60 may have died"): a
 * forecast that says nothing of what happened may be that forecast.
 */
function forecastRole(slot: Slot, other: Slot): Slot {
  return slot.role === 'possible' && other.role?.endsWith(' (possible)')
    ? { ...slot, role: other.role }
    : slot;
}

/**
 * A measure of nothing named, given in another unit by another source ("a wall eight metres high" /
 * "a wall more than 25 feet high"): the same value once converted (relate), and the words around the
 * two numbers share a content word, as a bare count needs (bareMatches): a number of metres alone
 * says nothing of what it measures.
 */
export function convertedMeasure(
  m: Mention,
  x: Mention,
  contextOf: (m: Mention) => ReadonlySet<string>,
): boolean {
  if (m.kind !== 'measure' || x.kind !== 'measure' || m.value.unit === x.value.unit) return false;
  if (comparedUnit(m.value.unit) !== comparedUnit(x.value.unit)) return false;
  if (m.subjectClass || x.subjectClass || m.role || x.role || relate(m, x) !== 'same') return false;
  return shareContext(m, x, contextOf);
}

/**
 * A share in words and another source's percentage of the same value ("a quarter of the homes" /
 * "some 25 percent of the homes": relate reads both as percentages), in no two different roles or
 * groups, whose surrounding words share a content word: a percentage often names nothing it is of.
 */
export function shareAsPercent(
  m: Mention,
  x: Mention,
  contextOf: (m: Mention) => ReadonlySet<string>,
): boolean {
  if (!asPercents(m, x) || relate(m, x) !== 'same') return false;
  const differ = (p: string | null, q: string | null) => p !== null && q !== null && p !== q;
  if (
    differ(m.role, x.role) ||
    differ(m.container, x.container) ||
    Boolean(m.projected) !== Boolean(x.projected)
  )
    return false;
  return shareContext(m, x, contextOf);
}

/**
 * Two clock times of the same moment by relate ("just after 3pm" / "about 3:15 p.m."), another
 * source's, whose surrounding words share a content word ("the blast ... just after 3pm on Monday"
 * / "the blast came at about 3:15 p.m."): a time says nothing of what happened at it.
 */
export function sameClock(m: Mention, x: Mention, contextOf: (m: Mention) => ReadonlySet<string>): boolean {
  return m.kind === 'time' && x.kind === 'time' && relate(m, x) === 'same' && shareContext(m, x, contextOf);
}

/**
 * A vague time ago and another source's figure in the same unit that it holds ("a few weeks ago" /
 * "two or three weeks ago": relate), whose surrounding words share a content word ("the garrison
 * ... two or three weeks ago" / "the garrison ... a few weeks ago"). restates keeps a vague amount
 * apart from a figure unless both name one counted thing; a time names none, so the words around it
 * say what it dates, as for clock times.
 */
export function vagueTimeAgo(
  m: Mention,
  x: Mention,
  contextOf: (m: Mention) => ReadonlySet<string>,
): boolean {
  if (m.kind !== 'relative-time' || x.kind !== 'relative-time') return false;
  if (Boolean(m.value.vague) === Boolean(x.value.vague)) return false;
  if (m.value.relation !== 'ago' || x.value.relation !== 'ago' || m.value.unit !== x.value.unit) return false;
  return relate(m, x) === 'same' && shareContext(m, x, contextOf);
}

/** The same stated numbers, hedges aside ("291" / "at least 291"). */
function sameStatedNumbers(m: Mention, x: Mention): boolean {
  return m.value.min === x.value.min && (m.value.max ?? m.value.min) === (x.value.max ?? x.value.min);
}

/** The content words around two mentions share one. */
function shareContext(m: Mention, x: Mention, contextOf: (m: Mention) => ReadonlySet<string>): boolean {
  const near = contextOf(x);
  for (const key of contextOf(m)) if (near.has(key)) return true;
  return false;
}

/**
 * Units of time of a year or more. Spans of them are a story's background (how long a conflict has
 * lasted, when it began), of which a story gives few; spans of days and weeks are its own schedule
 * (a two-day visit, two days ago), of which it gives many, so only long spans join across kinds.
 */
const LONG_UNITS = new Set(['year', 'decade', 'century']);

/**
 * The size in years of a long span of time stated as a number ("for 40 years", "four decades ago",
 * "over the past 30 years"): a duration or a span ago or up to now; undefined for anything else.
 */
export function spanYears(m: Mention): number | undefined {
  const { min, max, unit, relation, vague, alternatives } = m.value;
  if (m.kind === 'duration' ? relation !== 'for' && relation !== 'last' : m.kind !== 'relative-time')
    return undefined;
  if (m.kind === 'relative-time' && relation !== 'ago' && relation !== 'last') return undefined;
  if (!unit || !LONG_UNITS.has(unit) || vague || alternatives?.length || min === undefined) return undefined;
  if (min !== (max ?? min) || min < 1) return undefined;
  return (min * (TIME_UNITS[unit]?.months ?? 12)) / 12;
}

/** How many years a span ago in a round unit may be off the year it puts ("three decades ago": 1). */
export function spanSlack(m: Mention): number {
  return m.value.unit === 'year' ? 0 : Math.floor(0.05 * (spanYears(m) ?? 0));
}

/** A year alone and a long span ago, in either order. */
export function acrossSpanKinds(m: Mention, x: Mention): boolean {
  return (yearAlone(m) && spanYears(x) !== undefined) || (yearAlone(x) && spanYears(m) !== undefined);
}

/**
 * The calendar unit a "last year" or "last month" names (the year or month before the present's),
 * not a window up to now ("over the last year", read the same way): undefined for anything else.
 */
export function calendarLast(m: Mention): 'year' | 'month' | undefined {
  const { relation, min, max } = m.value;
  if (m.kind !== 'relative-time' || relation !== 'last' || min !== 0 || max !== 1) return undefined;
  const said = /^last (year|month)(?:['’]s)?$/i.exec(m.text.trim());
  return said ? (said[1]!.toLowerCase() as 'year' | 'month') : undefined;
}

/**
 * "Last year" and the year before the present's ("in 2023" in 2024), "last month" and the month
 * before the present's ("in February" in March): one time in other words, in either order.
 */
export function lastCalendar(m: Mention, x: Mention, present: CalendarDate | undefined): boolean {
  if (!present) return false;
  const names = (last: Mention, date: Mention) => {
    const unit = calendarLast(last);
    if (unit === 'year') return yearAlone(date) && date.value.year === present.year - 1;
    if (unit !== 'month' || !monthAlone(date)) return false;
    const [year, month] = present.month === 1 ? [present.year - 1, 12] : [present.year, present.month - 1];
    return date.value.month === month && (date.value.year === undefined || date.value.year === year);
  };
  return names(m, x) || names(x, m);
}

/** A year alone ("since 1985", "in 2002"). */
export function yearAlone(m: Mention): boolean {
  return (
    m.kind === 'date' &&
    m.value.year !== undefined &&
    m.value.month === undefined &&
    m.value.day === undefined
  );
}

/**
 * Whether a long span restates another long span of another kind or unit ("for 40 years" / "four
 * decades ago": the same size, a span's unit converted) or, the present known, the year a span ago
 * puts ("four decades ago" / "since 1985" in 2025); undefined when `m` is not a long span or the
 * pair is of one kind and unit (compared as any other values).
 */
function spanRestates(m: Mention, x: Mention, present?: CalendarDate): boolean | undefined {
  const size = spanYears(m);
  if (size === undefined) return undefined;
  if (yearAlone(x)) {
    if (!present || m.value.relation !== 'ago') return false;
    return Math.abs(present.year - x.value.year! - size) <= spanSlack(m);
  }
  const other = spanYears(x);
  if (other === undefined) return undefined;
  if (m.kind === x.kind && m.value.unit === x.value.unit) return undefined;
  return relate(m, x) === 'same';
}

/** Words that count people without saying which people: general English. */
const GENERIC_PEOPLE = new Set(['person', 'people', 'individual']);

/**
 * Comparison classes and kinds (lexicon/quantities.ts) that name people of one sort: soldiers,
 * police, attackers, protesters, children and the like, the usual subjects of a news count.
 */
const PEOPLE_CLASSES = new Set([
  'troops',
  'police officers',
  'attackers',
  'people',
  'protesters',
  'children',
]);

/**
 * `generic` counts people without saying which and `other` a crowd of a civilian class: protesters,
 * or a class of the people kind (pilgrims, spectators, workers); not soldiers, police or attackers.
 */
function crowdOf(generic: Mention, other: Mention): boolean {
  if (generic.subject === null || !GENERIC_PEOPLE.has(generic.subject.toLowerCase())) return false;
  const cls = other.subjectClass;
  if (cls === null || GENERIC_PEOPLE.has((other.subject ?? '').toLowerCase())) return false;
  return cls === 'protesters' || (cls !== 'people' && kindOf(cls) === 'people');
}

/** `generic` counts people without saying which ("23 people") and `other` counts people of a class. */
function peopleOf(generic: Mention, other: Mention): boolean {
  if (generic.subject === null || !GENERIC_PEOPLE.has(generic.subject.toLowerCase())) return false;
  const cls = other.subjectClass;
  if (cls === null || GENERIC_PEOPLE.has((other.subject ?? '').toLowerCase())) return false;
  return (
    PEOPLE_CLASSES.has(cls) ||
    PEOPLE_CLASSES.has(kindOf(cls) ?? '') ||
    PEOPLE_CLASSES.has(kindOf(other.subject ?? '') ?? '')
  );
}

/**
 * Whether two dates may be one stated value across passages as far as a weekday alone goes: unless
 * `a` is a weekday alone and `b` a calendar date with no weekday, always; then only when the date is
 * within a week of the reports' present. News names the days of the week around its own day by
 * their weekday, so "on Wednesday" is that date only near the present; a date weeks away that merely
 * falls on a Wednesday (a closing date, an opening long ago) is another day of the story.
 */
function weekdayNearPresent(a: Mention, b: Mention, present: CalendarDate | undefined): boolean {
  const weekdayAlone = (m: Mention) => m.value.weekday !== undefined && m.value.day === undefined;
  const calendarOnly = (m: Mention) =>
    m.value.weekday === undefined && m.value.day !== undefined && m.value.month !== undefined;
  if (!(weekdayAlone(a) && calendarOnly(b))) return true;
  const { year, month, day } = b.value;
  if (!present || year === undefined) return false;
  return Math.abs(dayNumber({ year, month: month!, day: day! }) - dayNumber(present)) <= 7;
}
