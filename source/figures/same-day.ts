import type { Passage } from '../align/types.js';
import type { Source } from '../corpus/types.js';
import { RANK } from './compare.js';
import type { CalendarDate, Figure, Mention } from './types.js';

/**
 * "Only X says" must be true of days too: a figure one source alone gives that names a day
 * ("yesterday", "on Tuesday", "September 11") is the same value as another source's figure that
 * names the same calendar day in other words, when the two are about one event. Mentions of
 * different kinds (a relative day and a date) are never compared by value, so this last pass
 * resolves each day mention to the calendar days it may be, against the reports' present, and joins
 * a single-source figure to the one agreeing figure (or single-source figure of another source)
 * whose days meet its own in exactly one day, when their mentions sit in one aligned passage.
 * Only figures whose readings all name that day are joined: a join adds a source to an agreement,
 * it never creates or hides a disagreement.
 */
export function joinSameDays(
  figures: readonly Figure[],
  sources: readonly Source[],
  passages: readonly Passage[],
  present: CalendarDate | undefined,
): Figure[] {
  if (!present) return [...figures];
  const passageOf = new Map<string, number>();
  passages.forEach((passage, p) => {
    for (const member of passage.members) {
      if (member.alsoIn) continue;
      for (const s of member.sentences) passageOf.set(`${member.source}:${s}`, p);
    }
  });
  const passageIndex = new Map(passages.map((passage, p) => [passage.id, p]));
  const now = dayNumber(present);
  /** The days a figure's mentions all may name (with what each needed), or undefined. */
  const daysOf = (figure: Figure): DayReading | undefined => {
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
  const live = [...figures];
  const removed = new Set<Figure>();
  const replaced = new Map<Figure, Figure>();
  const current = (f: Figure) => replaced.get(f) ?? f;
  for (const single of figures) {
    if (single.status !== 'single-source' || removed.has(single)) continue;
    const mine = daysOf(single);
    if (!mine) continue;
    const source = single.mentions[0]!.source;
    const ownPassages = new Set(
      single.mentions.flatMap((m) => passageOf.get(`${m.source}:${m.sentence}`) ?? []),
    );
    let target: { figure: Figure; day: number; nextDay: Set<number> } | undefined;
    for (const original of live) {
      const other = current(original);
      if (original === single || removed.has(original)) continue;
      if (other.status !== 'agreement' && other.status !== 'single-source') continue;
      if (!other.mentions.some((m) => m.source !== source)) continue;
      // One event: a mention of each sits in one aligned passage.
      if (!other.mentions.some((m) => ownPassages.has(passageOf.get(`${m.source}:${m.sentence}`) ?? -1)))
        continue;
      const theirs = daysOf(other);
      if (!theirs) continue;
      const shared = mine.days.filter((d) => theirs.days.includes(d));
      if (shared.length !== 1) continue;
      // The nearest in the list order (figures are ordered by urgency, then reading order).
      target = { figure: original, day: shared[0]!, nextDay: new Set([...mine.nextDay, ...theirs.nextDay]) };
      break;
    }
    if (!target) continue;
    const joined = joinFigures(
      current(target.figure),
      single,
      target.day,
      target.nextDay,
      present,
      passageIndex,
    );
    replaced.set(target.figure, joined);
    removed.add(single);
  }
  if (!removed.size) return [...figures];
  const firstPassage = (f: Figure) => Math.min(...f.passages.map((id) => passageIndex.get(id) ?? 0));
  return live
    .filter((f) => !removed.has(f))
    .map(current)
    .map((figure) => ({ figure, first: firstPassage(figure) }))
    .sort(
      (a, b) =>
        RANK[a.figure.status] - RANK[b.figure.status] ||
        a.first - b.first ||
        a.figure.mentions[0]!.source - b.figure.mentions[0]!.source ||
        a.figure.mentions[0]!.start - b.figure.mentions[0]!.start,
    )
    .map(({ figure }, i) => ({ ...figure, id: `F${i + 1}` }));
}

interface DayReading {
  /** Day numbers (days since 1970-01-01) the mentions may all name. */
  days: number[];
  /** Sources whose relative day names the day only if their report is of the day after the present. */
  nextDay: Set<number>;
}

/** Days since 1970-01-01 of a calendar date. */
function dayNumber(d: CalendarDate): number {
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}

/** The calendar date of a day number. */
function dateOf(n: number): CalendarDate & { weekday: number } {
  const d = new Date(n * 86_400_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

/** Words around a weekday that put it in a week to come ("next Monday", "until Monday next week"). */
const AHEAD_BEFORE = /\b(?:next|coming|until|till|through|by)\s+$/i;
const AHEAD_AFTER = /^\s*(?:next|of next)\b/i;

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
  if (m.kind === 'relative-time' && /^yesterday$/i.test(m.text.trim())) {
    const reports = reportDays(source, present);
    return { days: reports.map((r) => r.day - 1), nextDay: reports.some((r) => r.next) };
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
 * The agreement of a figure and a single-source figure that names its day in other words: one
 * reading (all the wordings name one day), and the day in the reasons, so the explanation says
 * what the match rests on.
 */
function joinFigures(
  target: Figure,
  single: Figure,
  day: number,
  nextDay: ReadonlySet<number>,
  present: CalendarDate,
  passageIndex: ReadonlyMap<string, number>,
): Figure {
  const mentions = [...target.mentions, ...single.mentions].sort(
    (a, b) => a.source - b.source || a.start - b.start,
  );
  const quote = (m: Mention) => m.text.replace(/\s+/g, ' ');
  const date = dateOf(day);
  // Only a source whose relative day needs the next-day reading to name this day is named as such.
  const after = dayNumber(present) + 1;
  const assumed = [...nextDay].filter((s) =>
    mentions.some(
      (m) =>
        m.source === s &&
        ((m.kind === 'relative-time' && day === after - 1) ||
          (m.kind === 'date' && m.value.day === undefined && day === after)),
    ),
  );
  return {
    ...target,
    status: 'agreement',
    basis: target.basis,
    passages: [...new Set([...target.passages, ...single.passages])].sort(
      (a, b) => (passageIndex.get(a) ?? 0) - (passageIndex.get(b) ?? 0),
    ),
    mentions,
    reasons: {
      ...target.reasons,
      rule: 'agreement',
      readings: [
        {
          sources: [...new Set(mentions.map((m) => m.source))],
          wordings: [...new Set(mentions.map(quote))],
          attributions: [...new Set(mentions.flatMap((m) => (m.attribution ? [m.attribution] : [])))].sort(),
        },
      ],
      sameDay: {
        year: date.year,
        month: date.month,
        day: date.day,
        weekday: date.weekday,
        ...(assumed.length ? { nextDay: assumed.sort((a, b) => a - b) } : {}),
      },
    },
  };
}
