// Why a figure has its status, as data for the views: its readings, the rule, bounds, garbled phrases.
import { aroundMidnight, onlyEstimates, wrongWeekday } from './grades.js';
import { nearValues, push } from './groups.js';
import { readingKey } from './slots.js';
import type { Figure, Mention } from './types.js';
import { comparedUnit, compatible, compatibleAsAlternative, relate, weekdayOf } from './values.js';

/**
 * Why a figure has its status, as data (the views put it into words, see views/explain.ts): the
 * readings (sources that give one value, with their wordings), the rule applied, garbled phrases
 * whose other reading would agree, and dates whose weekday is not the weekday of their date.
 * `mentions` come in the contents' order (compareMentions), which decides how readings are merged
 * and which bound is quoted; what is listed is in the sources' order.
 */
export function reasons(
  mentions: readonly Mention[],
  state: Figure['status'],
  basis: Figure['basis'],
  aligned?: readonly number[],
): Figure['reasons'] {
  const quote = (m: Mention) => m.text.replace(/\s+/g, ' ');
  const bySource = (a: Mention, b: Mention) => a.source - b.source || a.start - b.start;
  const listed = [...mentions].sort(bySource);
  const wrongWeekdays = listed.filter(wrongWeekday).map((m) => {
    const { year, month, day } = m.value as Required<Mention['value']>;
    return { source: m.source, text: quote(m), year, month, day, weekday: weekdayOf(year, month, day) };
  });
  // Sources whose mentions are the same value form one reading (distinct values compared once).
  const distinct = new Map<string, Mention[]>();
  for (const m of mentions) push(distinct, readingKey(m), m);
  const grouped: Mention[][] = [];
  for (const same of distinct.values()) {
    const home = grouped.find((r) => r.every((x) => relate(x, same[0]!) === 'same'));
    if (home) home.push(...same);
    else grouped.push([...same]);
  }
  const readings = grouped
    .map((reading) => [...reading].sort(bySource))
    .sort((a, b) => bySource(a[0]!, b[0]!))
    .map((reading) => ({
      sources: [...new Set(reading.map((m) => m.source))],
      wordings: [...new Set(reading.map(quote))],
      attributions: [...new Set(reading.flatMap((m) => (m.attribution ? [m.attribution] : [])))].sort(),
    }));
  const firstReadings = grouped.map((reading) => reading[0]!);
  const bound = state === 'conflict' ? boundConflict(firstReadings) : undefined;
  const rule: Figure['reasons']['rule'] =
    state === 'conflict' && bound
      ? 'bounds'
      : state === 'agreement' || state === 'single-source' || state === 'conflict'
        ? state
        : state === 'update'
          ? 'running-count'
          : basis === 'referent'
            ? 'same-referent'
            : mentions.some((a) => mentions.some((b) => aroundMidnight(a, b)))
              ? 'midnight'
              : onlyEstimates(mentions)
                ? 'estimates'
                : mentions.some((m) => m.value.vague)
                  ? 'vague'
                  : farApart(firstReadings)
                    ? 'far-apart'
                    : 'reconcilable';
  const garbled = listed
    .filter((g) => g.value.alternatives?.length)
    .filter((g) => mentions.every((m) => m === g || compatible(m, g) || compatibleAsAlternative(g, m)))
    .map((g) => ({ source: g.source, alternative: g.value.alternatives![0]! }));
  return {
    rule,
    readings,
    garbled,
    wrongWeekdays,
    ...(aligned ? { aligned: [...aligned] } : {}),
    ...(state !== 'conflict' && converted(mentions) ? { converted: true } : {}),
    ...(bound ? { bound } : {}),
  };
}

/**
 * Whether the mentions give their figure in more than one unit of one measure ("10 km" / "six
 * miles"), or one of them restates it in brackets in another unit ("190 miles (300 km)").
 */
function converted(mentions: readonly Mention[]): boolean {
  if (mentions.some((m) => m.value.restated && m.value.restated.unit !== m.value.unit)) return true;
  const units = new Set(mentions.map((m) => m.value.unit ?? ''));
  return units.size > 1 && new Set(mentions.map((m) => comparedUnit(m.value.unit))).size < units.size;
}

/** Hedges that bound a figure on one side (numbers.md: the last round figure passed). */
const BOUNDS = new Set(['at least', 'more than', 'nearly', 'fewer than']);

/**
 * The bound that makes two readings conflict: a pair of readings that conflict, one of them under a
 * bound ("at least 14" / "at least 21": 14 or a little more is not 21 or a little more); the bound
 * of the lower figure is the one quoted.
 */
function boundConflict(readings: readonly Mention[]): { hedge: string; value: number } | undefined {
  for (let i = 0; i < readings.length; i++)
    for (let j = i + 1; j < readings.length; j++) {
      const pair = [readings[i]!, readings[j]!].sort((a, b) => (a.value.min ?? 0) - (b.value.min ?? 0));
      if (pair.every((m) => !m.value.hedge || !BOUNDS.has(m.value.hedge))) continue;
      // Only where logic alone would let both hold (16 or more includes 25; 89 or more excludes 75).
      if (relate(pair[0]!, pair[1]!) !== 'conflict' || !logicallyOverlap(pair[0]!, pair[1]!)) continue;
      const m = pair.find((x) => x.value.hedge && BOUNDS.has(x.value.hedge))!;
      return { hedge: m.value.hedge!, value: m.value.min! };
    }
  return undefined;
}

/** Two quantities' intervals read as logic, a bound open on its far side ("at least 14": 14 and up). */
function logicallyOverlap(a: Mention, b: Mention): boolean {
  const interval = (m: Mention): [number, number] => {
    const lo = m.value.min ?? 0;
    const hi = m.value.max ?? lo;
    const hedge = m.value.hedge;
    if (hedge === 'at least' || hedge === 'more than') return [lo, Number.POSITIVE_INFINITY];
    if (hedge === 'nearly' || hedge === 'fewer than') return [Number.NEGATIVE_INFINITY, hi];
    return [lo, hi];
  };
  const [x0, x1] = interval(a);
  const [y0, y1] = interval(b);
  return x0 <= y1 && y0 <= x1;
}

/**
 * Readings whose stated numbers are far apart (over 30%) though hedges could reconcile them
 * ("35,000" / "up to 52,000"): more likely two different things counted than one figure rounded.
 */
function farApart(readings: readonly Mention[]): boolean {
  return readings.some((a) =>
    readings.some((b) => a !== b && a.kind === b.kind && !nearValues(a, b) && relate(a, b) === 'differs'),
  );
}
