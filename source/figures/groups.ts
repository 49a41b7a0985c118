// Groups of mentions as the comparison builds them into figures, what they say (sources, values,
// magnitude), and the order in which joins take them: from the contents, never from source ids.
import type { Passage } from '../align/types.js';
import type { Source } from '../corpus/types.js';
import type { Figure, FigureValue, Mention } from './types.js';
import { inBaseUnit, readingsOf } from './values.js';

export interface Group {
  mentions: Mention[];
  passages: Set<number>;
  basis: Figure['basis'];
  /**
   * The sources whose figures conflict inside an aligned passage, when the group also took in
   * figures of the same referent from other passages: the conflict stands.
   */
  aligned?: number[];
}

/** Significant digits of a stated figure (5,214,307: 7; 5.2 million: 2). */
export function significantDigits(n: number): number {
  return String(Math.abs(n)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/**
 * The order in which joins take sources, passages and groups, from their contents alone: sources by
 * their text (two sources of one text are interchangeable), passages by their first member in that
 * order, groups by their first passage, then their first mention. Sources' ids and places, which
 * renaming the files changes, decide nothing.
 */
export function canonicalOrder(sources: readonly Source[], passages: readonly Passage[]) {
  const byText = sources
    .map((_, i) => i)
    .sort((a, b) => compareText(sources[a]!.text, sources[b]!.text) || a - b);
  const source = new Array<number>(sources.length);
  byText.forEach((s, rank) => {
    source[s] = rank;
  });
  // A passage's first member: its lowest source in that order, at its earliest offset (each sentence
  // is a member of one passage, apart from echoes shown again in another).
  const firstOf = (p: Passage) => {
    let best = Number.POSITIVE_INFINITY;
    for (const member of p.members)
      if (!member.alsoIn) best = Math.min(best, source[member.source]! * 1e10 + member.start);
    return best;
  };
  const keys = passages.map(firstOf);
  const byFirst = passages.map((_, p) => p).sort((a, b) => keys[a]! - keys[b]! || a - b);
  const passage = new Array<number>(passages.length);
  byFirst.forEach((p, rank) => {
    passage[p] = rank;
  });
  const group = (g: Group) => {
    const first = g.mentions.reduce((a, b) =>
      (source[a.source]! - source[b.source]! || a.start - b.start) <= 0 ? a : b,
    );
    let p = Number.POSITIVE_INFINITY;
    for (const x of g.passages) p = Math.min(p, passage[x]!);
    return p * 1e9 + source[first.source]! * 1e7 + first.start;
  };
  return { source, passage, group };
}

/**
 * Where each sentence ("source:sentence") is an ordinary member: its passage (index) and which
 * member of it (a source that reports the passage's fact in two places of its article has one
 * member per place). A sentence shown in a second passage (alsoIn) is compared in its own only.
 */
export function homesOf(passages: readonly Passage[]): {
  passageOf: Map<string, number>;
  memberOf: Map<string, number>;
} {
  const passageOf = new Map<string, number>();
  const memberOf = new Map<string, number>();
  passages.forEach((passage, p) => {
    passage.members.forEach((member, k) => {
      if (member.alsoIn) return;
      for (const s of member.sentences) {
        passageOf.set(`${member.source}:${s}`, p);
        memberOf.set(`${member.source}:${s}`, k);
      }
    });
  });
  return { passageOf, memberOf };
}

/** Strings by their UTF-16 code units: a total order that no locale changes. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A count that says neither what it counts, nor what happened to it, nor what group it is of. */
export function isBare(m: Mention): boolean {
  return m.kind === 'count' && !m.subjectClass && !m.role && !m.container && !m.sumOf;
}

/** A cheap test before relate: quantities whose middles are far apart (over 30%) are not the same. */
export function nearValues(m: Mention, x: Mention): boolean {
  if (m.value.min === undefined || x.value.min === undefined || m.value.vague || x.value.vague) return true;
  if (isWindow(m) || isWindow(x)) return true;
  if (m.value.restated || x.value.restated)
    return readingsOf(m).some((a) => readingsOf(x).some((b) => nearReadings(a.value, b.value)));
  return nearReadings(m.value, x.value);
}

/** Middles within 30%, in the base unit of what they measure ("60 miles" / "100 km"). */
function nearReadings(m: FigureValue, x: FigureValue): boolean {
  if (m.min === undefined || x.min === undefined) return true;
  const a = inBaseUnit((m.min + (m.max ?? m.min)) / 2, m.unit);
  const b = inBaseUnit((x.min + (x.max ?? x.min)) / 2, x.unit);
  return Math.abs(a - b) <= 0.3 * Math.max(Math.abs(a), Math.abs(b));
}

/** A window of time up to now ("last week", "over the past week"): it holds the moments inside it. */
export function isWindow(m: Mention): boolean {
  return m.kind === 'relative-time' && m.value.relation === 'last';
}

/** A value that is unlikely to be stated twice by chance: 11-999 but not a multiple of ten, or 1,000 and more. */
export function distinctive(m: Mention): boolean {
  const { min, max, vague } = m.value;
  if (vague || min === undefined || min !== (max ?? min)) return false;
  return min >= 1000 || (min >= 11 && min % 10 !== 0);
}

/** Most that two reports of one figure differ by across passages (16 killed, then 68). */
export const REFERENT_RATIO = 5;

/** A stated quantity's middle value in its own unit (a range's midpoint). */
const middleValue = (m: Mention) => ((m.value.min ?? 0) + (m.value.max ?? m.value.min ?? 0)) / 2;

const MEDIANS = new WeakMap<Group, { size: number; median: number }>();
/** The median of a group's middle values, computed again only when the group took more mentions. */
function medianOf(g: Group): number {
  const known = MEDIANS.get(g);
  if (known && known.size === g.mentions.length) return known.median;
  const values = g.mentions.map(middleValue).sort((x, y) => x - y);
  const median = values[values.length >> 1]!;
  MEDIANS.set(g, { size: g.mentions.length, median });
  return median;
}

/**
 * Counts of one thing that no role ties to one moment or event ("17 shelters" / "340 shelters"
 * in one passage), each source's orders of magnitude apart from every other's
 * (more than REFERENT_RATIO): a part and a whole, or two scopes (a town's and a region's), not two
 * reports of one figure.
 */
export function rolelessScopes(mentions: readonly Mention[]): boolean {
  if (!mentions.every((m) => m.kind === 'count' && m.role === null && !m.value.vague)) return false;
  // Every two sources' counts that far apart. In order of value, the closest two counts of
  // different sources are neighbours (between any two, the source changes at some step no wider),
  // so neighbours alone are checked: n log n, as a passage of a thousand sources needs.
  if (new Set(mentions.map((m) => m.source)).size < 2) return true;
  const values = mentions.map((m) => ({ at: middleValue(m), source: m.source })).sort((a, b) => a.at - b.at);
  if (values[0]!.at <= 0) return false;
  for (let k = 1; k < values.length; k++) {
    const [x, y] = [values[k - 1]!, values[k]!];
    if (x.source !== y.source && y.at / x.at <= REFERENT_RATIO) return false;
  }
  return true;
}

/** The groups' values are within REFERENT_RATIO of each other. */
export function sameMagnitude(a: Group, b: Group): boolean {
  const [x, y] = [medianOf(a), medianOf(b)];
  return x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) <= REFERENT_RATIO;
}

/** How many orders of magnitude two groups' medians are apart (0 for the same median). */
export function magnitudeGap(a: Group, b: Group): number {
  return Math.abs(Math.log(medianOf(a) / medianOf(b)));
}

/** The sources a group's mentions come from. */
export function sourcesOf(g: Group): Set<number> {
  return new Set(g.mentions.map((m) => m.source));
}

/** Whether two groups have a source in common. */
export function shareASource(a: Group, b: Group): boolean {
  const own = sourcesOf(b);
  return [...sourcesOf(a)].some((x) => own.has(x));
}

/** A stated number, not a vague amount that merely holds it ("dozens" holds 36). */
export function statesNumber(m: Mention): boolean {
  return !m.value.vague && m.value.min !== undefined;
}

/**
 * Each pair of groups of one bucket, in list order, while neither has been absorbed (a visit may
 * join the second into the first).
 */
export function forEachLivePair(
  buckets: ReadonlyMap<string, Group[]>,
  absorbed: ReadonlySet<Group>,
  visit: (target: Group, other: Group) => void,
): void {
  for (const list of buckets.values())
    for (let i = 0; i < list.length; i++) {
      if (absorbed.has(list[i]!)) continue;
      for (let j = i + 1; j < list.length && !absorbed.has(list[i]!); j++)
        if (!absorbed.has(list[j]!)) visit(list[i]!, list[j]!);
    }
}

/**
 * Live groups by the one key their mentions give: `keyOf` returns a key, null for a mention that
 * rules the group out, undefined for one that says nothing; a group is bucketed when its mentions
 * give exactly one key.
 */
export function byOnlyKey(
  groups: readonly Group[],
  absorbed: ReadonlySet<Group>,
  keyOf: (m: Mention) => string | null | undefined,
): Map<string, Group[]> {
  const buckets = new Map<string, Group[]>();
  for (const group of groups) {
    if (absorbed.has(group)) continue;
    const keys = new Set<string | null>();
    for (const m of group.mentions) {
      const key = keyOf(m);
      if (key !== undefined) keys.add(key);
    }
    const only = keys.size === 1 ? [...keys][0] : null;
    if (only) push(buckets, only, group);
  }
  return buckets;
}

/** A group's one value (kind, unit and numbers or calendar parts), or undefined when it has several. */
export function valueKey(group: Group): string | undefined {
  const keys = new Set(
    group.mentions.map((m) => {
      const { hedge: _hedge, alternatives: _alternatives, ...value } = m.value;
      return `${m.kind}|${JSON.stringify(value)}`;
    }),
  );
  return keys.size === 1 ? [...keys][0] : undefined;
}

/** Appends to a list in a map of lists. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
