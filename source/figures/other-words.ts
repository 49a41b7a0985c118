import type { Passage } from '../align/types.js';
import type { Source } from '../corpus/types.js';
import { peopleAndThings } from '../lexicon/quantities.js';
import { numberFigures, RANK } from './compare.js';
import { dateOf, dayNumber } from './dates.js';
import { wrongWeekday } from './grades.js';
import { canonicalOrder, homesOf, push } from './groups.js';
import { reasons } from './reasons.js';
import type { CalendarDate, Figure, Mention } from './types.js';
import { relate } from './values.js';

/**
 * "Only X says" must be true when another source states the same value in other words, which the
 * comparison by value (value-joins.ts) cannot see because the two mentions are of different kinds:
 * - one day: "yesterday", "on Tuesday", "September 11". Each day mention is resolved to the calendar
 *   days it may name, against the reports' present, and a single-source figure joins another
 *   source's figure whose days meet its own in exactly one day;
 * - one span: "since it began on March 2" and "over the past three weeks" (a date and a span);
 * - one number of a unit its sentence names before it: "cut the days it takes from 12 to 6" (a
 *   count of nothing named) and "ready in 10 days" (a duration);
 * - one number, three or more, of things the sources name differently ("seven coaches" / "seven
 *   carriages"), which the slots compare.ts compares by keep apart.
 * The two must be about one event: a mention of each sits in one aligned passage. Only figures
 * whose readings all agree (agreements and single-source figures) are joined, and the joined figure
 * is an agreement: a join adds a source to a value, it never creates or hides a disagreement. The
 * reasons say what the match rests on (see views/explain.ts).
 */
export function joinOtherWords(
  figures: readonly Figure[],
  sources: readonly Source[],
  passages: readonly Passage[],
  present: CalendarDate | undefined,
): Figure[] {
  const { passageOf } = homesOf(passages);
  const passageIndex = new Map(passages.map((passage, p) => [passage.id, p]));
  const now = present ? dayNumber(present) : undefined;
  // Where each mention with a unit ends ("two days"), by source: such a unit word is that number's.
  const unitEnds = new Set(
    figures.flatMap((f) => f.mentions.flatMap((m) => (m.value.unit ? [`${m.source}:${m.end}`] : []))),
  );
  /**
   * The days a figure's mentions all may name (with what each needed), or undefined: read once per
   * figure (performance: a figure that many sources give is tried against every single-source
   * figure of its passages; reading its mentions again each time was quadratic in the articles).
   * A figure is never changed once made (a join makes a new one), so its days stay what they were.
   */
  const dayReadings = new Map<Figure, DayReading | undefined>();
  const daysOf = (figure: Figure): DayReading | undefined => {
    if (dayReadings.has(figure)) return dayReadings.get(figure);
    const reading = readDays(figure);
    dayReadings.set(figure, reading);
    return reading;
  };
  const readDays = (figure: Figure): DayReading | undefined => {
    if (now === undefined) return undefined;
    let days: number[] | undefined;
    const nextDay = new Set<number>();
    for (const m of figure.mentions) {
      const own = dayCandidates(m, sources[m.source]!, now);
      if (!own) return undefined;
      days = days ? days.filter((d) => own.days.includes(d)) : own.days;
      if (own.nextDay) nextDay.add(m.source);
      if (!days.length) return undefined;
    }
    return days ? { days, nextDay } : undefined;
  };
  /** What makes `other` state the value of `single` in other words, if anything. */
  const match = (single: Figure, other: Figure): Match | undefined => {
    const mine = daysOf(single);
    const theirs = mine && daysOf(other);
    if (mine && theirs) {
      const shared = mine.days.filter((d) => theirs.days.includes(d));
      if (shared.length !== 1) return undefined;
      return { day: shared[0]!, nextDay: new Set([...mine.nextDay, ...theirs.nextDay]) };
    }
    if (now !== undefined) {
      const elapsed = elapsedSpan(single, other, sources, now) ?? elapsedSpan(other, single, sources, now);
      if (elapsed) return { elapsed };
    }
    if (sameNumber(single, statedNumbersOf(other))) return { sameNumber: true };
    const unit = unitNamed(single, other, sources, unitEnds);
    return unit ? { unit } : undefined;
  };
  // Each figure's stated numbers, indexed once (performance: see sameNumber).
  const statedNumbers = new Map<Figure, Map<string, Mention[]>>();
  const statedNumbersOf = (figure: Figure) => {
    let index = statedNumbers.get(figure);
    if (!index) {
      index = new Map();
      for (const x of figure.mentions) if (!x.value.vague) push(index, numberKey(x), x);
      statedNumbers.set(figure, index);
    }
    return index;
  };
  // Figures are visited, and targets tried, in an order of their contents (figures.ts's list order
  // follows the sources' ids, which renaming the files changes): status, then first mention.
  const order = canonicalOrder(sources, passages);
  // Once per figure (performance: the sort below asks for it on every comparison).
  const firstKeys = new Map<Figure, number>();
  const firstKey = (f: Figure) => {
    let key = firstKeys.get(f);
    if (key === undefined) {
      key = Math.min(...f.mentions.map((m) => order.source[m.source]! * 1e10 + m.start));
      firstKeys.set(f, key);
    }
    return key;
  };
  const live = [...figures].sort((a, b) => RANK[a.status] - RANK[b.status] || firstKey(a) - firstKey(b));
  const removed = new Set<Figure>();
  const replaced = new Map<Figure, Figure>();
  const current = (f: Figure) => replaced.get(f) ?? f;
  const passagesOf = (f: Figure) =>
    new Set(f.mentions.flatMap((m) => passageOf.get(`${m.source}:${m.sentence}`) ?? []));
  // The figures (by their place in the list) with a mention in each passage: a join looks only
  // at the figures of its own passages (linear in the figures, however many there are).
  const inPassage = new Map<number, Set<number>>();
  const place = (k: number, passagesHere: Iterable<number>) => {
    for (const p of passagesHere) {
      const set = inPassage.get(p);
      if (set) set.add(k);
      else inPassage.set(p, new Set([k]));
    }
  };
  live.forEach((f, k) => {
    place(k, passagesOf(f));
  });
  /**
   * The days that the mentions of a figure which name days all may name, when two sources' mentions
   * do (a mention that names none, "later Tuesday" of a day to come, says nothing against them).
   */
  const agreedDays = new Map<Figure, DayReading | undefined>();
  const agreedDaysOf = (figure: Figure): DayReading | undefined => {
    if (agreedDays.has(figure)) return agreedDays.get(figure);
    let reading: DayReading | undefined;
    if (now !== undefined) {
      let days: number[] | undefined;
      const nextDay = new Set<number>();
      const naming = new Set<number>();
      for (const m of figure.mentions) {
        const own = dayCandidates(m, sources[m.source]!, now);
        if (!own) continue;
        naming.add(m.source);
        days = days ? days.filter((d) => own.days.includes(d)) : own.days;
        if (own.nextDay) nextDay.add(m.source);
      }
      if (days?.length && naming.size > 1) reading = { days, nextDay };
    }
    agreedDays.set(figure, reading);
    return reading;
  };
  // Figures with a day mention, by their place in the list: the figures agreedDay looks at.
  const dayPlaces = [...live.keys()].filter((k) =>
    live[k]!.mentions.some((m) => m.kind === 'date' || m.kind === 'relative-time'),
  );
  /**
   * The agreement of several sources, outside `near`, whose one day a figure's days hold, when
   * they hold one such day.
   */
  const agreedDay = (
    single: Figure,
    source: number,
    near: ReadonlySet<number>,
    i: number,
  ): { index: number; match: Match } | undefined => {
    if (!daysOf(single)) return undefined;
    let found: { index: number; match: Match } | undefined;
    for (const k of dayPlaces) {
      const candidate = live[k]!;
      if (k === i || near.has(k) || removed.has(candidate)) continue;
      const other = current(candidate);
      if (other.status !== 'agreement' || other.reasons.readings.length !== 1) continue;
      if (!other.mentions.some((m) => m.source !== source)) continue;
      const theirs = agreedDaysOf(other);
      if (theirs?.days.length !== 1) continue;
      const mine = daysOf(single)!;
      if (!mine.days.includes(theirs.days[0]!)) continue;
      // Two figures of the one day: the first takes it; two days: neither.
      if (found && 'day' in found.match && found.match.day !== theirs.days[0]) return undefined;
      found ??= {
        index: k,
        match: { day: theirs.days[0]!, nextDay: new Set([...mine.nextDay, ...theirs.nextDay]) },
      };
    }
    return found;
  };
  for (const [i, original] of live.entries()) {
    // A figure that took in another is an agreement now; one that joined another is gone.
    const single = current(original);
    if (single.status !== 'single-source' || removed.has(original)) continue;
    const source = single.mentions[0]!.source;
    const ownPassages = passagesOf(single);
    // One event: a mention of each sits in one aligned passage.
    const near = new Set<number>();
    for (const p of ownPassages) for (const k of inPassage.get(p) ?? []) near.add(k);
    let target: { index: number; match: Match } | undefined;
    // A disagreement one side of which states its number (see sideOf), the first in the list order.
    let side: { index: number; reading: number } | undefined;
    for (const k of [...near].sort((a, b) => a - b)) {
      const candidate = live[k]!;
      const other = current(candidate);
      if (k === i || removed.has(candidate)) continue;
      if (other.status !== 'agreement' && other.status !== 'single-source') {
        if (!side) {
          const reading = sideOf(single, other, statedNumbersOf(other));
          if (reading !== undefined) side = { index: k, reading };
        }
        continue;
      }
      // Only a figure of one value (one reading) takes in another source's value.
      if (other.reasons.readings.length !== 1) continue;
      if (!other.mentions.some((m) => m.source !== source)) continue;
      const found = match(single, other);
      if (!found) continue;
      // The first in the list order (figures are ordered by urgency, then reading order).
      target = { index: k, match: found };
      break;
    }
    // No figure of one value takes it in: a disagreement one of whose sides states the same number
    // of a thing named otherwise, in the same aligned passage, does. "Only X says" would be untrue;
    // the join adds a source to that side and changes neither the status nor the other sides.
    if (!target && side) {
      const home = live[side.index]!;
      replaced.set(home, joinSide(current(home), single, side.reading, passageIndex));
      removed.add(original);
      place(side.index, ownPassages);
      continue;
    }
    // Outside its passages, a day in other words joins the one day that several sources agree on
    // and it may name ("yesterday" in a report of the next day, the event's Tuesday given in
    // another paragraph): a day is a day wherever it is said, as the value joins take any date
    // for another source's same date; a second such day it may name leaves it alone.
    target ??= agreedDay(single, source, near, i);
    if (!target) continue;
    const home = live[target.index]!;
    // The joined figure keeps the label of the figure with more sources, or of the one whose first
    // mention comes first in the contents' order (so which of the two took in the other is moot).
    const other = current(home);
    const sourcesIn = (f: Figure) => new Set(f.mentions.map((m) => m.source)).size;
    const keepOther =
      sourcesIn(other) > sourcesIn(single) ||
      (sourcesIn(other) === sourcesIn(single) && firstKey(other) < firstKey(single));
    const joined = keepOther
      ? joinFigures(other, single, target.match, now, passageIndex)
      : joinFigures(single, other, target.match, now, passageIndex);
    replaced.set(home, joined);
    removed.add(original);
    place(target.index, ownPassages);
  }
  return renumbered(figures, removed, replaced, passageIndex);
}

/**
 * Words right before a date that make it the day a thing began ("it opened on May 3"), after
 * the word that names the thing (captured; an auxiliary may come between: "it has begun on").
 */
const START_BEFORE =
  /\b([\w’'-]+)\s+(?:(?:has|have|had|was|were|is|are)\s+)?(?:began|begun|begins|started|starts|opened|opens|kicked off)\s+(?:on\s+)?$/i;
/** Words right before a date that make it the day a thing ends ("before it closes on May 31"). */
const END_BEFORE =
  /\b([\w’'-]+)\s+(?:(?:has|have|had|was|were|is|are|will)\s+)?(?:ends|ended|ending|end|closes|closed|concludes|concluded|runs until|run until|until|till)\s+(?:on\s+)?$/i;
/**
 * Words that name, before "began" or "ends", a thing named earlier: pronouns and relative
 * pronouns ("since it began", "the fair, which ends on"), general English, so that another
 * noun ("the talks began", "the truce ends") makes the day another thing's.
 */
const THING_PRONOUNS = new Set(['it', 'they', 'which', 'that']);

/**
 * A thing's length ("a four-week fair") and the day it began and the day it ends, each stated
 * by a source ("since it opened on May 3", "before it closes on May 31"): when the dates
 * are that length apart (give or take half a unit), the three are one span in other words and
 * one figure, an agreement whose reasons give the dates. A length that one source alone gives
 * joins the one pair of such dates, of figures whose readings agree, said of its thing (by a
 * pronoun or its own noun: "the fair closes on") and given by two sources at least; several
 * pairs that fit leave it alone.
 */
export function joinSpans(
  figures: readonly Figure[],
  sources: readonly Source[],
  passages: readonly Passage[],
): Figure[] {
  const passageIndex = new Map(passages.map((passage, p) => [passage.id, p]));
  /**
   * The day number of a full date mention after words that make it a start or an end, and the
   * word (lower case) that names what starts or ends.
   */
  const marked = (m: Mention, words: RegExp) => {
    const { year, month, day } = m.value;
    if (m.kind !== 'date' || year === undefined || month === undefined || day === undefined) return [];
    const sentence = sources[m.source]!.sentences[m.sentence];
    const found = sentence && words.exec(sentence.text.slice(0, m.start - sentence.start));
    return found ? [{ day: dayNumber({ year, month, day }), thing: found[1]!.toLowerCase() }] : [];
  };
  /** The one day a figure's marked mentions name, when they name one, and what they say starts or ends. */
  const dayOf = (f: Figure, words: RegExp) => {
    const found = f.mentions.flatMap((m) => marked(m, words));
    const days = new Set(found.map((x) => x.day));
    return days.size === 1 ? { day: [...days][0]!, things: new Set(found.map((x) => x.thing)) } : undefined;
  };
  const agreeing = (f: Figure) => f.status === 'agreement' || f.status === 'single-source';
  const starts = figures.filter(agreeing).flatMap((f) => {
    const day = dayOf(f, START_BEFORE);
    return day === undefined ? [] : [{ figure: f, ...day }];
  });
  const ends = figures.filter(agreeing).flatMap((f) => {
    const day = dayOf(f, END_BEFORE);
    return day === undefined ? [] : [{ figure: f, ...day }];
  });
  /** Whether a start or an end is said of the length's thing: by a pronoun, or by its own noun. */
  const ofThing = (x: { things: ReadonlySet<string> }, thing: string | undefined) =>
    [...x.things].some((t) => THING_PRONOUNS.has(t) || t === thing);
  if (!starts.length || !ends.length) return [...figures];
  const removed = new Set<Figure>();
  const replaced = new Map<Figure, Figure>();
  for (const length of figures) {
    if (length.status !== 'single-source') continue;
    const m = length.mentions[0]!;
    const { min, max, unit, relation, vague } = m.value;
    const size = unit ? UNIT_DAYS[unit] : undefined;
    const thing = m.subject?.toLowerCase();
    if (
      !length.mentions.every((x) => x.kind === 'duration' && readingKeyOf(x) === readingKeyOf(m)) ||
      relation !== 'for' ||
      vague ||
      size === undefined ||
      min === undefined ||
      min !== (max ?? min)
    )
      continue;
    const fits = starts.flatMap((s) =>
      ends
        .filter(
          (e) =>
            e.figure !== s.figure &&
            !removed.has(e.figure) &&
            !removed.has(s.figure) &&
            ofThing(s, thing) &&
            ofThing(e, thing) &&
            // An agreement is of two sources at least: one source's own dates and length are its own.
            new Set([s.figure, e.figure, length].flatMap((f) => f.mentions.map((x) => x.source))).size > 1 &&
            Math.abs(e.day - s.day - min * size) <= size / 2,
        )
        .map((e) => ({ start: s, end: e })),
    );
    if (fits.length !== 1) continue;
    const { start, end } = fits[0]!;
    const home = replaced.get(start.figure) ?? start.figure;
    const mentions = [...home.mentions, ...end.figure.mentions, ...length.mentions].sort(
      (a, b) => a.source - b.source || a.start - b.start,
    );
    const from = dateOf(start.day);
    const to = dateOf(end.day);
    replaced.set(
      start.figure,
      agreed(home, mentions, [...end.figure.passages, ...length.passages], passageIndex, {
        span: {
          from: { year: from.year, month: from.month, day: from.day },
          to: { year: to.year, month: to.month, day: to.day },
          days: end.day - start.day,
        },
      }),
    );
    removed.add(end.figure);
    removed.add(length);
  }
  return renumbered(figures, removed, replaced, passageIndex);
}

/** Verbs that date when a thing was made, earlier in the clause of a date ("built in 1911"). */
const MADE_BEFORE = /\b(?:built|constructed|erected|completed|opened|inaugurated|founded)\b[^,;:.]{0,40}$/i;

/**
 * A thing's age ("a century-old footbridge") and the date another source says it was made ("the
 * footbridge was opened on May 4, 1911"), of a sentence that names the thing: when the
 * age holds the years from that date to the reports' present, one age in other words, an
 * agreement whose reasons give the year and the years. A date one source alone gives joins the
 * first such figure of ages (a figure whose readings agree) from another source.
 */
export function joinMadeAges(
  figures: readonly Figure[],
  sources: readonly Source[],
  passages: readonly Passage[],
  present: CalendarDate | undefined,
): Figure[] {
  if (!present) return [...figures];
  const passageIndex = new Map(passages.map((passage, p) => [passage.id, p]));
  const ages = figures.filter(
    (f) =>
      f.status !== 'conflict' &&
      f.mentions.every(
        (m) => m.kind === 'age' && m.subject !== null && m.subjectClass === f.mentions[0]!.subjectClass,
      ),
  );
  if (!ages.length) return [...figures];
  const removed = new Set<Figure>();
  const replaced = new Map<Figure, Figure>();
  for (const made of figures) {
    if (made.status !== 'single-source' || made.mentions.length !== 1) continue;
    const m = made.mentions[0]!;
    const { year, month, day } = m.value;
    if (m.kind !== 'date' || year === undefined || year >= present.year) continue;
    const sentence = sources[m.source]!.sentences[m.sentence];
    if (!sentence || !MADE_BEFORE.test(sentence.text.slice(0, m.start - sentence.start))) continue;
    // Whole years from the date to the present (a date later in its year than the present's
    // day has one year fewer).
    const later =
      month !== undefined && (month > present.month || (month === present.month && (day ?? 1) > present.day));
    const years = present.year - year - (later ? 1 : 0);
    const said = sentence.text.toLowerCase();
    const home = ages.find((f) => {
      const current = replaced.get(f) ?? f;
      if (removed.has(f) || current.mentions.every((x) => x.source === m.source)) return false;
      const thing = current.mentions[0]!.subject!.toLowerCase();
      if (!new RegExp(`\\b${thing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(said)) return false;
      return current.mentions.some((x) => x.source !== m.source && holds(x, years));
    });
    if (!home) continue;
    const current = replaced.get(home) ?? home;
    const mentions = [...current.mentions, m].sort((a, b) => a.source - b.source || a.start - b.start);
    // The date joins the reading of the ages that hold its years; a figure whose ages differ
    // ("century-old" / "nearly century-old") keeps its status, the date beside the age it gives.
    const held = new Set(current.mentions.filter((x) => holds(x, years)).map(quote));
    const readings = current.reasons.readings.map((r) =>
      r.wordings.some((w) => held.has(w))
        ? {
            ...r,
            sources: [...new Set([...r.sources, m.source])].sort((a, b) => a - b),
            wordings: [...r.wordings, quote(m)],
          }
        : r,
    );
    if (current.status !== 'agreement' && current.status !== 'single-source') {
      replaced.set(home, {
        ...current,
        passages: [...new Set([...current.passages, ...made.passages])].sort(
          (a, b) => (passageIndex.get(a) ?? 0) - (passageIndex.get(b) ?? 0),
        ),
        mentions,
        reasons: { ...current.reasons, readings, madeAgo: { year, years } },
      });
      removed.add(made);
      continue;
    }
    replaced.set(home, agreed(current, mentions, made.passages, passageIndex, { madeAgo: { year, years } }));
    removed.add(made);
  }
  return renumbered(figures, removed, replaced, passageIndex);
}

/** An age that holds a number of years ("century-old" holds 143). */
function holds(m: Mention, years: number): boolean {
  return m.kind === 'age' && relate(m, { ...m, value: { min: years, max: years, unit: 'year' } }) === 'same';
}

/**
 * The figures after a join pass: those taken into another left out, those that took them replaced,
 * numbered again in passage order (the figures unchanged when nothing was joined).
 */
function renumbered(
  figures: readonly Figure[],
  removed: ReadonlySet<Figure>,
  replaced: ReadonlyMap<Figure, Figure>,
  passageIndex: ReadonlyMap<string, number>,
): Figure[] {
  if (!removed.size) return [...figures];
  const firstPassage = (f: Figure) => Math.min(...f.passages.map((id) => passageIndex.get(id) ?? 0));
  return numberFigures(
    figures
      .filter((f) => !removed.has(f))
      .map((f) => replaced.get(f) ?? f)
      .map((figure) => ({ figure, first: firstPassage(figure) })),
  );
}

/** A mention's words as a reading shows them (runs of white space as one space). */
const quote = (m: Mention) => m.text.replace(/\s+/g, ' ');

/**
 * A figure made the agreement of these mentions, in one reading (all the wordings state one value),
 * over its passages and those given, with what the join rests on added to its reasons.
 */
function agreed(
  base: Figure,
  mentions: Mention[],
  passages: readonly string[],
  passageIndex: ReadonlyMap<string, number>,
  rests: Partial<Figure['reasons']>,
): Figure {
  return {
    ...base,
    status: 'agreement',
    passages: [...new Set([...base.passages, ...passages])].sort(
      (a, b) => (passageIndex.get(a) ?? 0) - (passageIndex.get(b) ?? 0),
    ),
    mentions,
    reasons: {
      ...base.reasons,
      rule: 'agreement',
      readings: [
        {
          sources: [...new Set(mentions.map((m) => m.source))],
          wordings: [...new Set(mentions.map(quote))],
          attributions: [...new Set(mentions.flatMap((m) => (m.attribution ? [m.attribution] : [])))].sort(),
        },
      ],
      ...rests,
    },
  };
}

/** A mention's value as a key (one reading). */
const readingKeyOf = (m: Mention) => JSON.stringify(m.value);

/**
 * A date whose stated weekday is not its date's ("Tuesday (March 12)" when March 12 was a Wednesday)
 * says two days; when another source's figure states the day its weekday names (March 11, the
 * Tuesday of that week), the two figures are one: a conflict, shown with the self-contradiction,
 * since the sources agree only if the weekday was meant and the date is wrong.
 */
export function joinMisdatedWeekdays(figures: readonly Figure[], passages: readonly Passage[]): Figure[] {
  const passageIndex = new Map(passages.map((passage, p) => [passage.id, p]));
  const dayOf = (m: Mention) => {
    const { year, month, day } = m.value;
    return m.kind === 'date' && year !== undefined && month !== undefined && day !== undefined
      ? dayNumber({ year, month, day })
      : undefined;
  };
  const removed = new Set<Figure>();
  const replaced = new Map<Figure, Figure>();
  for (const figure of figures) {
    const source = figure.mentions[0]!.source;
    if (figure.mentions.some((m) => m.source !== source)) continue;
    const misdated = figure.mentions.find(wrongWeekday);
    const stated = misdated && dayOf(misdated);
    if (!misdated || stated === undefined) continue;
    // The day of the stated weekday nearest the stated date (within three days either way).
    let named: number | undefined;
    for (let d = stated - 3; d <= stated + 3; d++)
      if (dateOf(d).weekday === misdated.value.weekday) named = d;
    if (named === undefined) continue;
    const target = figures.find(
      (other) =>
        other !== figure &&
        !removed.has(other) &&
        !replaced.has(other) &&
        (other.status === 'agreement' || other.status === 'single-source') &&
        other.mentions.some((m) => m.source !== source) &&
        other.mentions.every((m) => dayOf(m) === named),
    );
    if (!target) continue;
    const mentions = [...target.mentions, ...figure.mentions].sort(
      (a, b) => a.source - b.source || a.start - b.start,
    );
    replaced.set(target, {
      ...target,
      status: 'conflict',
      basis: 'value',
      passages: [...new Set([...target.passages, ...figure.passages])].sort(
        (a, b) => (passageIndex.get(a) ?? 0) - (passageIndex.get(b) ?? 0),
      ),
      mentions,
      reasons: reasons(mentions, 'conflict', 'value'),
    });
    removed.add(figure);
  }
  return renumbered(figures, removed, replaced, passageIndex);
}

/**
 * What a join in other words rests on: one calendar day, one span, one number of a named unit, or
 * one number of things named differently.
 */
type Match =
  | { day: number; nextDay: Set<number> }
  | { sameNumber: true }
  | { elapsed: { since: CalendarDate; days: number; nextDay?: number[] } }
  | { unit: { source: number; unit: string } };

/** Days in a unit of time, for spans up to now counted in days, weeks or months. */
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30.44 };

/** The word "since" earlier in the clause of a date ("since it began on March 2"). */
const SINCE_BEFORE = /\bsince\b[^,;.:]{0,40}$/i;

/**
 * A figure of dates, each after "since" in its clause ("since it began on March 2"), and a
 * figure of spans up to now ("over the past three weeks") that, counted from that date to the reports'
 * present (or the day after, a next-day print), is as long: the same span in other words, as
 * restates.ts reads "since 1985" and "four decades ago" for years. A span of N units holds N units
 * give or take half a unit ("two weeks": 11 to 17 days).
 */
function elapsedSpan(
  dates: Figure,
  spans: Figure,
  sources: readonly Source[],
  now: number,
): { since: CalendarDate; days: number; nextDay?: number[] } | undefined {
  let since: number | undefined;
  for (const m of dates.mentions) {
    const { year, month, day, weekday } = m.value;
    if (m.kind !== 'date' || year === undefined || month === undefined || day === undefined) return undefined;
    if (weekday !== undefined && dateOf(dayNumber({ year, month, day })).weekday !== weekday)
      return undefined;
    const sentence = sources[m.source]!.sentences[m.sentence];
    if (!sentence || !SINCE_BEFORE.test(sentence.text.slice(0, m.start - sentence.start))) return undefined;
    const d = dayNumber({ year, month, day });
    if (since !== undefined && since !== d) return undefined;
    since = d;
  }
  if (since === undefined || since >= now) return undefined;
  // Sources whose span is as long only counted to the day after the present (a next-day print).
  const nextDay = new Set<number>();
  for (const m of spans.mentions) {
    const { min, max, unit, relation, vague } = m.value;
    if (m.kind !== 'duration' && m.kind !== 'relative-time') return undefined;
    if (relation !== 'last' || vague || min === undefined || min !== (max ?? min) || min < 1)
      return undefined;
    const size = unit ? UNIT_DAYS[unit] : undefined;
    if (size === undefined) return undefined;
    const fits = (e: number) => Math.abs(e - min * size) <= size / 2;
    if (fits(now - since)) continue;
    if (!fits(now + 1 - since)) return undefined;
    nextDay.add(m.source);
  }
  const date = dateOf(since);
  return {
    since: { year: date.year, month: date.month, day: date.day },
    days: now - since,
    ...(nextDay.size ? { nextDay: [...nextDay].sort((a, b) => a - b) } : {}),
  };
}

/**
 * A figure of counts of nothing named, from one source, whose sentences name a unit of time before
 * the number ("the days it takes ... from 12 to 6"), and another figure all of whose mentions are
 * durations of that many of that unit ("within 10 days"): the same number of the same unit. Only a
 * unit named in the same sentence, with no other number between it and the count, and not the unit of
 * another number ("Two days after ..."), is read so.
 */
function unitNamed(
  single: Figure,
  other: Figure,
  sources: readonly Source[],
  /** Where mentions with a unit end, as `source:offset`. */
  unitEnds: ReadonlySet<string>,
): { source: number; unit: string } | undefined {
  const first = other.mentions[0]!;
  const unit = first.value.unit;
  if (!unit || !TIME_UNIT_NAMES.has(unit)) return undefined;
  const n = first.value.min;
  const same = (m: Mention) =>
    !m.value.vague && m.value.min !== undefined && m.value.min === (m.value.max ?? m.value.min);
  if (
    !other.mentions.every(
      (m) => m.kind === 'duration' && m.value.unit === unit && same(m) && m.value.min === n,
    )
  )
    return undefined;
  const named = new RegExp(`\\b${unit}s?\\b(?=[^\\d]*$)`, 'gi');
  for (const m of single.mentions) {
    if (m.kind !== 'count' || m.subjectClass || m.value.hedge || !same(m) || m.value.min !== n)
      return undefined;
    const sentence = sources[m.source]!.sentences[m.sentence];
    if (!sentence) return undefined;
    // The last naming of the unit before the count, unless it is another number's unit ("Two days
    // after the flood, ... said 15 had been evacuated").
    const word = [...sentence.text.slice(0, m.start - sentence.start).matchAll(named)].at(-1);
    if (!word || unitEnds.has(`${m.source}:${sentence.start + word.index + word[0].length}`))
      return undefined;
  }
  return { source: single.mentions[0]!.source, unit };
}

/**
 * A figure each of whose mentions has, in the other figure, another source's mention of the same
 * kind and unit stating exactly the same number, three or more ("seven coaches" / "seven
 * carriages"; "43 tourists" / "at least 43 foreigners"), neither a vague amount nor a forecast the
 * other is not, with no two different roles or groups. The alignment says the two sentences report
 * one fact; the same stated number in both is then one figure whose counted thing the sources name
 * in different words (the slots compare.ts compares by did not recognise it). "One" and "two" are
 * stated twice by chance even in one fact ("two soldiers" / "two officials") and are left apart.
 */
function sameNumber(single: Figure, numbers: ReadonlyMap<string, readonly Mention[]>): boolean {
  const differ = (a: string | null | undefined, b: string | null | undefined) =>
    a !== null && a !== undefined && b !== null && b !== undefined && a !== b;
  // The other figure's mentions of one kind, unit, value and forecast or not come from its index
  // (performance: a figure that many sources give was read whole for each single-source figure
  // tried against it, quadratic in the articles; the index holds what the test compares).
  return single.mentions.every(
    (m) =>
      m.kind !== 'date' &&
      m.kind !== 'time' &&
      statedNumber(m) &&
      (numbers.get(numberKey(m)) ?? []).some(
        (x) =>
          x.source !== m.source &&
          !differ(m.role, x.role) &&
          !differ(m.container, x.container) &&
          !otherKinds(m.subjectClass, x.subjectClass),
      ),
  );
}

/**
 * The reading of a disagreement (a conflict, differs or update) that a single-source figure's
 * number restates, by sameNumber's test (three or more, the same kind, unit and number, of a thing
 * named otherwise), when the figure's source gives nothing in it and the mentions that state the
 * number are all of that one reading; else undefined.
 */
function sideOf(
  single: Figure,
  other: Figure,
  numbers: ReadonlyMap<string, readonly Mention[]>,
): number | undefined {
  const source = single.mentions[0]!.source;
  if (other.mentions.some((m) => m.source === source) || !sameNumber(single, numbers)) return undefined;
  const stating = single.mentions.flatMap((m) => numbers.get(numberKey(m)) ?? []);
  const readings = new Set(
    stating.map((x) =>
      other.reasons.readings.findIndex((r) => r.sources.includes(x.source) && r.wordings.includes(quote(x))),
    ),
  );
  const [reading] = readings;
  return readings.size === 1 && reading !== undefined && reading >= 0 ? reading : undefined;
}

/**
 * A disagreement that takes in a single-source figure on the side whose number it states (sideOf):
 * that reading gains the source, its wordings and attributions; the status and rule stay.
 */
function joinSide(
  target: Figure,
  single: Figure,
  reading: number,
  passageIndex: ReadonlyMap<string, number>,
): Figure {
  const mentions = [...target.mentions, ...single.mentions].sort(
    (a, b) => a.source - b.source || a.start - b.start,
  );
  const readings = target.reasons.readings.map((r, k) =>
    k !== reading
      ? r
      : {
          sources: [...new Set([...r.sources, ...single.mentions.map((m) => m.source)])].sort(
            (a, b) => a - b,
          ),
          wordings: [...new Set([...r.wordings, ...single.mentions.map(quote)])],
          attributions: [
            ...new Set([
              ...r.attributions,
              ...single.mentions.flatMap((m) => (m.attribution ? [m.attribution] : [])),
            ]),
          ].sort(),
        },
  );
  return {
    ...target,
    passages: [...new Set([...target.passages, ...single.passages])].sort(
      (a, b) => (passageIndex.get(a) ?? 0) - (passageIndex.get(b) ?? 0),
    ),
    mentions,
    reasons: { ...target.reasons, readings, sameNumber: true },
  };
}

/**
 * Counted people and things ("100 people" / "100 structures"): the same number in other words is
 * never one figure of both. Things of no known kind may be named otherwise.
 */
function otherKinds(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && peopleAndThings(a, b);
}

/**
 * What two mentions must share to state the same number for sameNumber: kind, unit, the value
 * (low and high ends) and whether it is a forecast.
 */
function numberKey(m: Mention): string {
  let key = NUMBER_KEYS.get(m);
  if (key === undefined) {
    const { unit, min, max } = m.value;
    // Numbers as String writes them: exact, and unlike JSON no two values (Infinity, NaN, a missing
    // end) read the same.
    key = JSON.stringify([m.kind, unit ?? '', String(min), String(max ?? min), Boolean(m.projected)]);
    NUMBER_KEYS.set(m, key);
  }
  return key;
}
/** numberKey of each mention, made once (a single-source figure is tried against many others). */
const NUMBER_KEYS = new WeakMap<Mention, string>();

/** The smallest number that two sources stating it in one fact is evidence of one figure. */
const LEAST_SHARED = 3;

/** One stated number (not a vague amount or a range), of at least LEAST_SHARED. */
function statedNumber(m: Mention): boolean {
  const { min, max, vague } = m.value;
  return !vague && min !== undefined && min === (max ?? min) && min >= LEAST_SHARED;
}

/** Units of time a count's sentence may name for it (read-time.ts gives durations these units). */
const TIME_UNIT_NAMES = new Set(['minute', 'hour', 'day', 'week', 'month', 'year']);

interface DayReading {
  /** Day numbers (days since 1970-01-01) the mentions may all name. */
  days: number[];
  /** Sources whose relative day names the day only if their report is of the day after the present. */
  nextDay: Set<number>;
}

/** Days either way of N weeks back that "N weeks ago" may name (under half a week: weeks stay apart). */
const WEEK_SLACK = 3;

/** Words around a weekday that put it in a week to come ("next Monday", "until Friday next week"). */
const AHEAD_BEFORE = /\b(?:next|coming|until|till|through|by)\s+$/i;
const AHEAD_AFTER = /^\s*(?:next|of next)\b/i;
/**
 * An auxiliary of the future earlier in the weekday's clause ("talks will resume on Monday", "is due
 * to open on Friday"): the weekday is one to come, whatever the tense of the other reports.
 */
const FUTURE_BEFORE =
  /(?:\b(?:will|shall)|['’]ll|\b(?:due|set|scheduled|expected|planned|plans?) to)\b[^,;:.]*$/i;

/**
 * The calendar days a mention may name, its report being of the present or of the day after (a
 * print edition carries the next day's date; a report with its own published date is of that day):
 * a full date names its day; "yesterday" the day before the report; a weekday alone the day of that
 * weekday in the week up to the report's day. Anything else (a month, a window, a weekday in a week
 * to come) names no one day: undefined.
 */
function dayCandidates(
  m: Mention,
  source: Source,
  present: number,
): { days: number[]; nextDay: boolean } | undefined {
  const v = m.value;
  if (m.kind === 'date') {
    if (v.year !== undefined && v.month !== undefined && v.day !== undefined)
      return { days: [dayNumber({ year: v.year, month: v.month, day: v.day })], nextDay: false };
    if (v.weekday === undefined || v.day !== undefined || v.month !== undefined || v.year !== undefined)
      return undefined;
    const sentence = source.sentences[m.sentence];
    if (sentence) {
      const before = sentence.text.slice(
        Math.max(0, m.start - sentence.start - 12),
        m.start - sentence.start,
      );
      const after = sentence.text.slice(m.end - sentence.start, m.end - sentence.start + 12);
      if (AHEAD_BEFORE.test(before) || AHEAD_AFTER.test(after)) return undefined;
      if (FUTURE_BEFORE.test(sentence.text.slice(0, m.start - sentence.start))) return undefined;
    }
    const days: number[] = [];
    let nextDay = false;
    for (const report of reportDays(source, present))
      for (let d = report.day - 6; d <= report.day; d++)
        if (dateOf(d).weekday === v.weekday && !days.includes(d)) {
          days.push(d);
          if (report.next) nextDay = true;
        }
    return { days: days.sort((a, b) => a - b), nextDay };
  }
  // "Last night" is the evening of the day before the report, as "yesterday" is its day.
  if (m.kind === 'relative-time' && /^(?:yesterday|last\s+night)$/i.test(m.text.trim())) {
    const reports = reportDays(source, present);
    return { days: reports.map((r) => r.day - 1), nextDay: reports.some((r) => r.next) };
  }
  // "Nine days ago" counted back from the report's day, as "yesterday" is one day back; "two weeks
  // ago", whose days news copy rounds to whole weeks, any day within half a week of it; a hedged or
  // vague number ("about ten days ago", "a few days ago") names no one day.
  const { min, max, unit, relation, hedge, vague, alternatives } = v;
  if (
    m.kind === 'relative-time' &&
    relation === 'ago' &&
    (unit === 'day' || unit === 'week') &&
    !hedge &&
    !vague &&
    !alternatives?.length &&
    min !== undefined &&
    Number.isInteger(min) &&
    min >= 1 &&
    min === (max ?? min)
  ) {
    const reports = reportDays(source, present);
    if (unit === 'day')
      return { days: reports.map((r) => r.day - min), nextDay: reports.some((r) => r.next) };
    const days = new Set<number>();
    for (const r of reports) for (let d = -WEEK_SLACK; d <= WEEK_SLACK; d++) days.add(r.day - 7 * min + d);
    return { days: [...days].sort((a, b) => a - b), nextDay: reports.some((r) => r.next) };
  }
  return undefined;
}

/**
 * The days a report may be of: its published date when its page states one, else the present or
 * the day after (a next-day print of the present's news).
 */
function reportDays(source: Source, present: number): { day: number; next: boolean }[] {
  const published = /^(\d{4})-(\d{2})-(\d{2})/.exec(source.provenance.published ?? '');
  if (published)
    return [
      {
        day: dayNumber({
          year: Number(published[1]),
          month: Number(published[2]),
          day: Number(published[3]),
        }),
        next: false,
      },
    ];
  return [
    { day: present, next: false },
    { day: present + 1, next: true },
  ];
}

/**
 * Whether a day in other words ("yesterday", "nine days ago", "two weeks ago") names `day` only when
 * counted back from `after`, the day after the reports' (a next-day print): weeks ago name a window
 * of days (WEEK_SLACK), so the day must lie outside the same-day reading's window.
 */
function onlyNextDay(m: Mention, day: number, after: number): boolean {
  const n = m.value.min ?? 1;
  if (m.value.unit !== 'week') return day === after - n;
  const near = (from: number) => Math.abs(day - (from - 7 * n)) <= WEEK_SLACK;
  return near(after) && !near(after - 1);
}

/**
 * The agreement of a figure and a single-source figure that states its value in other words: one
 * reading (all the wordings state one value), and what the match rests on in the reasons, so the
 * explanation can say it.
 */
function joinFigures(
  target: Figure,
  single: Figure,
  match: Match,
  now: number | undefined,
  passageIndex: ReadonlyMap<string, number>,
): Figure {
  const mentions = [...target.mentions, ...single.mentions].sort(
    (a, b) => a.source - b.source || a.start - b.start,
  );
  const rests: Pick<Figure['reasons'], 'sameDay' | 'unitNamed' | 'elapsed' | 'sameNumber'> = {};
  if ('day' in match) {
    const date = dateOf(match.day);
    // Only a source whose relative day needs the next-day reading to name this day is named as such.
    const after = (now ?? match.day) + 1;
    const assumed = [...match.nextDay].filter((s) =>
      mentions.some(
        (m) =>
          m.source === s &&
          ((m.kind === 'relative-time' && onlyNextDay(m, match.day, after)) ||
            (m.kind === 'date' && m.value.day === undefined && match.day === after)),
      ),
    );
    rests.sameDay = {
      year: date.year,
      month: date.month,
      day: date.day,
      weekday: date.weekday,
      ...(assumed.length ? { nextDay: assumed.sort((a, b) => a - b) } : {}),
    };
  } else if ('elapsed' in match) rests.elapsed = match.elapsed;
  else if ('sameNumber' in match) rests.sameNumber = true;
  else rests.unitNamed = match.unit;
  return agreed(target, mentions, single.passages, passageIndex, rests);
}
