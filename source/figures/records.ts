// How far back a superlative's record runs ("the deadliest attack since 2007" / "the worst attack
// in decades"), compared across passages: a story states its record once, each source in its own
// words, usually in sentences the alignment does not pair.
import { TIME_UNITS } from '../lexicon/quantities.js';
import type { Group } from './groups.js';
import { readingKey } from './slots.js';
import type { CalendarDate, Figure, Mention } from './types.js';

/** Years either way that a year or a span in years may be off the other ("since 2007" in 2020: 12-14). */
const SLACK_YEARS = 1;

/**
 * How many years back a record's baseline runs, as an interval: a year from the reports' present,
 * a span ago or "in" a span from its size, widened by its hedge ("nearly four decades": 32-40).
 */
export function yearsBack(m: Mention, present: CalendarDate): [number, number] | undefined {
  const { min, max, unit, hedge, year } = m.value;
  if (m.kind === 'date')
    return year === undefined
      ? undefined
      : [present.year - year - SLACK_YEARS, present.year - year + SLACK_YEARS];
  const size = unit ? TIME_UNITS[unit] : undefined;
  if (!size || min === undefined) return undefined;
  const years = size.months / 12;
  let lo = min * years;
  let hi = (max ?? min) * years;
  if (hedge === 'nearly') lo *= 0.8;
  else if (hedge === 'more than' || hedge === 'at least') hi *= 1.25;
  else if (hedge === 'about') [lo, hi] = [lo * 0.9, hi * 1.1];
  return [lo - SLACK_YEARS, hi + SLACK_YEARS];
}

/**
 * Joins the groups that give how far back a record runs ("since 2007", "in decades": a baseline,
 * extract.ts, with any mention of the same value an aligned passage put with it), when the
 * sources give one each: a source that states two different baselines speaks of two records, and
 * its groups stay apart. The joined figure agrees when every pair of baselines may run back as far
 * (1979 in 2020 is "decades"; two years only when the same), and differs otherwise: never a
 * conflict, since a record's baseline moves as a toll rises and outlets write at different times.
 * Returns the joined groups with their status.
 */
export function joinRecords(
  groups: readonly Group[],
  absorbed: ReadonlySet<Group>,
  join: (target: Group, other: Group) => void,
  present: CalendarDate | undefined,
): Map<Group, Figure['status']> {
  const decided = new Map<Group, Figure['status']>();
  if (!present) return decided;
  // A group that holds a baseline, of years and spans only, each a baseline or restating one's
  // value ("the largest since 1979" and another source's "in 1979" said of the same benchmark, in
  // one passage). A year or a span of another value that an aligned passage put with a baseline
  // ("since 2009" / "last attacked in 2017", "four decades ago" / "fought for 40 years") is a
  // figure of its own: the group keeps the rules of its passage.
  const key = (m: Mention) => `${m.kind}|${readingKey(m)}`;
  const open = groups.filter((g) => {
    if (absorbed.has(g)) return false;
    const baselines = new Set(g.mentions.flatMap((m) => (m.baseline ? [key(m)] : [])));
    return (
      baselines.size > 0 &&
      g.mentions.every(
        (m) =>
          (m.baseline || baselines.has(key(m))) &&
          yearsBack(m, present) &&
          (m.kind === 'date' || m.kind === 'duration' || m.kind === 'relative-time'),
      )
    );
  });
  const readings = new Map<number, Set<string>>();
  for (const g of open)
    for (const m of g.mentions) {
      if (!m.baseline) continue;
      const set = readings.get(m.source) ?? new Set<string>();
      set.add(key(m));
      readings.set(m.source, set);
    }
  const kept = open.filter((g) => g.mentions.every((m) => (readings.get(m.source)?.size ?? 1) === 1));
  if (new Set(kept.flatMap((g) => g.mentions.map((m) => m.source))).size < 2) return decided;
  const [target, ...others] = kept as [Group, ...Group[]];
  for (const other of others) join(target, other);
  if (target.passages.size > 1) target.basis = 'referent';
  // Two years agree only when they are the same year ("since 2009" / "since 2011" differ): the
  // slack is for a year against a span ("since 2007" / "in 13 years").
  const overlap = target.mentions.every((a) =>
    target.mentions.every((b) => {
      if (a.kind === 'date' && b.kind === 'date') return a.value.year === b.value.year;
      const [lo, hi] = yearsBack(a, present)!;
      const [lo2, hi2] = yearsBack(b, present)!;
      return lo <= hi2 && lo2 <= hi;
    }),
  );
  decided.set(target, overlap ? 'agreement' : 'differs');
  return decided;
}
