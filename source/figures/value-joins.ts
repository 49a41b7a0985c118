// Joins across passages by value: groups of one value and referent, near-equal precise figures, a
// figure one source alone gives that another source restates, and one source's own restatements.
import type { Sentence } from '../corpus/types.js';
import { sameKind } from '../lexicon/quantities.js';
import { contentWords } from '../tokens/normalize.js';
import { bodiesAgree } from './bodies.js';
import type { Group } from './groups.js';
import {
  distinctive,
  forEachLivePair,
  isBare,
  isWindow,
  push,
  significantDigits,
  sourcesOf,
  statesNumber,
  valueKey,
} from './groups.js';
import {
  acrossSpanKinds,
  bodiesAndDead,
  calendarLast,
  convertedMeasure,
  lastCalendar,
  namesThingOf,
  restates,
  sameClock,
  shareAsPercent,
  spanSlack,
  spanYears,
  vagueTimeAgo,
  yearAlone,
} from './restates.js';
import { readingKey, roleOf, slotOf } from './slots.js';
import type { CalendarDate, Mention } from './types.js';
import {
  comparedUnit,
  convertedWindow,
  finerUnit,
  inBaseUnit,
  monthAlone,
  relate,
  timeInterval,
  unitAgo,
  readingsOf as valueReadings,
  weekdayOf,
  windowHolds,
} from './values.js';

/** Up to CANDIDATES mentions of a list sorted by `mid` whose mid is from `lo` to `hi` and that pass `test`. */
function within(
  list: readonly { mid: number; mention: Mention }[],
  lo: number,
  hi: number,
  test: (m: Mention) => boolean = () => true,
): Mention[] {
  const found: Mention[] = [];
  for (let k = lowerBound(list, lo); k < list.length && list[k]!.mid <= hi && found.length < CANDIDATES; k++)
    if (test(list[k]!.mention)) found.push(list[k]!.mention);
  return found;
}

/** The first index of a list sorted by `mid` whose mid is at least `lo` (binary search). */
function lowerBound(list: readonly { mid: number }[], lo: number): number {
  let first = 0;
  let last = list.length;
  while (first < last) {
    const k = (first + last) >> 1;
    if (list[k]!.mid < lo) first = k + 1;
    else last = k;
  }
  return first;
}

/**
 * "Only X says" must be true: a figure that one source alone gives joins a group in which another
 * source states the same value of a compatible referent anywhere in the event (see restates), unless
 * the join would put a contradiction in that group. The joined figure's basis says what the match
 * rests on. Candidates are bucketed by kind and order of magnitude, so this stays near linear.
 */
export function joinRestatedValues(
  groups: Group[],
  absorbed: Set<Group>,
  join: (target: Group, other: Group) => void,
  contextOf: (m: Mention) => ReadonlySet<string>,
  present: CalendarDate | undefined,
  groupOrder: (g: Group) => number,
): void {
  // Every mention of a live group, by where its value sits: quantities sorted by value within
  // their kind and unit, dates and times by bucket. `owner` follows mentions into joined groups.
  const owner = new Map<Mention, Group>();
  const sorted = new Map<string, { mid: number; mention: Mention }[]>();
  const bucketed = new Map<string, Mention[]>();
  for (const group of groups) {
    if (absorbed.has(group)) continue;
    for (const m of group.mentions) {
      owner.set(m, group);
      const mid = middle(m);
      if (mid === undefined) for (const bucket of valueBuckets(m)) push(bucketed, bucket, m);
      else push(sorted, `${m.kind}|${comparedUnit(m.value.unit)}`, { mid, mention: m });
      // A figure restated in brackets is found under the bracket's value too ("US$3 billion
      // (S$4.1 billion)" under S$4.1 billion).
      const restated = m.value.restated && valueReadings(m)[1]!;
      const restatedMid = restated && middle(restated);
      if (restated && restatedMid !== undefined)
        push(sorted, `${m.kind}|${comparedUnit(restated.value.unit)}`, { mid: restatedMid, mention: m });
    }
  }
  for (const list of sorted.values()) list.sort((a, b) => a.mid - b.mid);
  // Long spans of time by their size in whole years, and years alone by their number: a span
  // restated in another unit or kind ("for 40 years" / "four decades ago" / "since 1985").
  const spans = new Map<number, Mention[]>();
  const years = new Map<number, Mention[]>();
  for (const group of groups) {
    if (absorbed.has(group)) continue;
    for (const m of group.mentions) {
      const size = spanYears(m);
      if (size !== undefined) push(spans, Math.round(size), m);
      else if (yearAlone(m)) push(years, m.value.year!, m);
    }
  }
  // "Last year" and "last month" (restates.ts calendarLast), and months alone by their number: the
  // year or month before the present's, in other words.
  const lasts: Mention[] = [];
  const months = new Map<number, Mention[]>();
  for (const group of groups) {
    if (absorbed.has(group)) continue;
    for (const m of group.mentions) {
      if (calendarLast(m)) lasts.push(m);
      else if (monthAlone(m)) push(months, m.value.month!, m);
    }
  }
  /** The year or month a "last year" or "last month" names, and the "last" that names m's. */
  const lastCandidates = (m: Mention): Mention[] => {
    if (!present) return [];
    const unit = calendarLast(m);
    if (unit === 'year') return (years.get(present.year - 1) ?? []).slice(0, CANDIDATES);
    if (unit === 'month')
      return (months.get(present.month === 1 ? 12 : present.month - 1) ?? []).slice(0, CANDIDATES);
    return yearAlone(m) || monthAlone(m)
      ? lasts.filter((x) => lastCalendar(m, x, present)).slice(0, CANDIDATES)
      : [];
  };
  /** Long spans and years another kind or unit of which may restate m. */
  const restatedSpans = (m: Mention): Mention[] => {
    // At most CANDIDATES, taken in order (performance: a story repeated many times gives lists of
    // thousands, which are never copied whole).
    const found: Mention[] = [];
    const take = (list: readonly Mention[] | undefined, ago: boolean) => {
      for (const x of list ?? []) {
        if (found.length >= CANDIDATES) return;
        if (!ago || x.value.relation === 'ago') found.push(x);
      }
    };
    const size = spanYears(m);
    if (size !== undefined) {
      take(spans.get(Math.round(size)), false);
      if (present && m.value.relation === 'ago') {
        const slack = spanSlack(m);
        for (let y = Math.ceil(size - slack); y <= size + slack; y++)
          take(years.get(present.year - y), false);
      }
      return found;
    }
    if (!present || !yearAlone(m)) return [];
    const ago = present.year - m.value.year!;
    for (let y = Math.floor(ago * 0.95) - 1; y <= Math.ceil(ago * 1.05) + 1; y++) take(spans.get(y), true);
    return found;
  };
  /** Mentions whose value may restate m's: at most CANDIDATES, nearest values first. */
  /** Percentages that a share in words may state, and shares a percentage may ("a quarter" / "25%"). */
  const shareCandidates = (m: Mention): Mention[] => {
    const mid = middle(m);
    if (mid === undefined || m.value.vague) return [];
    if (m.kind === 'proportion')
      return within(sorted.get('percent|percent') ?? [], mid * 100 - 1, mid * 100 + 1);
    if (m.kind === 'percent')
      return within(sorted.get('proportion|share') ?? [], (mid - 1) / 100, (mid + 1) / 100);
    return [];
  };
  const candidates = (m: Mention): Mention[] => [
    ...valueCandidates(m),
    ...shareCandidates(m),
    ...(m.value.restated ? valueCandidates(valueReadings(m)[1]!) : []),
    ...restatedSpans(m),
    ...lastCandidates(m),
  ];
  const valueCandidates = (m: Mention): Mention[] => {
    const mid = middle(m);
    if (mid === undefined) {
      const found = new Set<Mention>();
      for (const bucket of valueBuckets(m))
        for (const x of bucketed.get(bucket) ?? []) {
          if (found.size >= CANDIDATES * 4) break;
          found.add(x);
        }
      return [...found];
    }
    // A sum whose currency the text does not name may restate a sum in any currency.
    const list =
      m.kind === 'money' && !m.value.unit
        ? [...sorted.entries()]
            .filter(([key]) => key.startsWith('money|'))
            .flatMap(([, l]) => l)
            .sort((p, q) => p.mid - q.mid)
        : (sorted.get(`${m.kind}|${comparedUnit(m.value.unit)}`) ?? []);
    // A window up to now ("last week") holds moments ago in the next finer unit ("three days ago"):
    // those from two units up to the window's end.
    if (isWindow(m)) {
      // "Over the past week" and "a week ago" (windowHolds).
      const unit = inBaseUnit(1, m.value.unit);
      const ago = within(list, unit, unit, (x) => unitAgo(x.value) && x.value.unit === m.value.unit);
      const finer = finerUnit(m.value.unit);
      const fine = finer ? (sorted.get(`relative-time|${finer}`) ?? []) : [];
      const end = finer ? timeInterval(m.value).hi * (1 / timeInterval({ min: 1 }, finer).hi) : 0;
      return [...ago, ...within(fine, 2, end, (x) => windowHolds(m.value, x.value))];
    }
    // "A week ago" may restate a window of a week up to now ("over the past week"), and the
    // window it: the same unit's windows and moments a unit ago.
    if (m.kind === 'relative-time' && unitAgo(m.value)) {
      const half = inBaseUnit(0.5, m.value.unit);
      return within(
        list,
        half,
        half,
        (x) => isWindow(x) && x.value.max === 1 && x.value.unit === m.value.unit,
      );
    }
    const converted = m.kind === 'measure' ? convertedWindow(m.value) : undefined;
    const [lo, hi] = m.value.vague
      ? [inBaseUnit(m.value.min!, m.value.unit), inBaseUnit(m.value.max!, m.value.unit)]
      : converted
        ? [
            Math.min(converted.lo, mid - 0.05 * Math.abs(mid)),
            Math.max(converted.hi, mid + 0.05 * Math.abs(mid)),
          ]
        : [mid - 0.05 * Math.abs(mid), mid + 0.05 * Math.abs(mid)];
    return within(list, lo, hi);
  };
  const conflicts = (a: Mention, b: Mention) => a.kind === b.kind && relate(a, b) === 'conflict';
  // Each group's distinct readings, until it takes more mentions.
  const readingsOf = new Map<Group, Mention[]>();
  for (const group of groups) {
    if (absorbed.has(group) || sourcesOf(group).size !== 1) continue;
    const source = group.mentions[0]!.source;
    let target: Group | undefined;
    const tried = new Set<Group>();
    for (const m of group.mentions) {
      for (const x of candidates(m)) {
        const other = owner.get(x);
        if (!other || other === group || absorbed.has(other) || tried.has(other)) continue;
        // Another source's value; or the source's own restatement in another kind ("since 1985" /
        // "four decades ago") of a figure that other sources give too: one value of one referent
        // from one source is in one figure.
        if (x.source === source && !(acrossSpanKinds(m, x) && sourcesOf(other).size > 1)) continue;
        if (
          !restates(m, x, present, contextOf) &&
          !convertedMeasure(m, x, contextOf) &&
          !sameClock(m, x, contextOf) &&
          !vagueTimeAgo(m, x, contextOf) &&
          !shareAsPercent(m, x, contextOf) &&
          !lastCalendar(m, x, present)
        )
          continue;
        // Bodies state a toll only where their source gives no other value of it ("27 died at
        // the church" / "a further 25 bodies at the mortuary": another 25 is another count).
        if (
          bodiesAndDead(m, x) &&
          other.mentions.some((y) => y.source === m.source && relate(y, m) !== 'same')
        )
          continue;
        if (isBare(m) && !bareEvidence(m, x, other, contextOf)) continue;
        if (isBare(x) && !bareEvidence(x, m, group, contextOf)) continue;
        tried.add(other);
        // No new contradiction: whatever the joined mentions contradict, the value they restate
        // already contradicted (a group that already shows "21" against "23" may take another "21").
        let readings = readingsOf.get(other);
        if (!readings) {
          readings = distinctReadings(other.mentions);
          readingsOf.set(other, readings);
        }
        if (group.mentions.some((n) => readings.some((y) => conflicts(n, y) && !conflicts(x, y)))) continue;
        if (!target || groupOrder(other) < groupOrder(target)) target = other;
      }
    }
    if (!target) continue;
    // A figure that one source gave until now rests on the value match; one that several sources
    // gave in a passage keeps its basis (the joined mention only adds a restatement).
    const alone = sourcesOf(target).size === 1;
    const passagesBefore = new Set(target.passages);
    join(target, group);
    readingsOf.delete(target);
    for (const m of group.mentions) owner.set(m, target);
    if (alone && [...group.passages].some((p) => !passagesBefore.has(p))) target.basis = 'value';
  }
}

/**
 * One value of one referent from one source is in one figure, also when two figures each come from
 * several sources: two agreements of counts of one stated value, where one source states that value
 * in both, of things of one kind, and no two different roles, groups or bodies tell them apart, are
 * one figure ("two blasts" agreed in one passage and "twin bombings" in another, one outlet writing
 * both). Buckets by value keep it linear.
 */
export function joinSharedRestatements(
  groups: Group[],
  absorbed: Set<Group>,
  join: (target: Group, other: Group) => void,
  statusOf: (g: Group) => string,
): void {
  const statedValue = (g: Group): string | undefined => {
    if (!g.mentions.every((m) => m.kind === 'count' && !m.sumOf)) return undefined;
    const keys = new Set(
      g.mentions
        .filter(statesNumber)
        .map((m) => `${m.value.unit ?? ''}|${m.value.min}|${m.value.max ?? m.value.min}`),
    );
    return keys.size === 1 ? [...keys][0] : undefined;
  };
  const byValue = new Map<string, Group[]>();
  for (const group of groups) {
    if (absorbed.has(group) || sourcesOf(group).size < 2 || statusOf(group) !== 'agreement') continue;
    const key = statedValue(group);
    if (key) push(byValue, key, group);
  }
  /** The non-null values of one field over a group's mentions. */
  const named = (g: Group, field: (m: Mention) => string | null) =>
    new Set(g.mentions.flatMap((m) => (field(m) === null ? [] : [field(m)!])));
  const compatible = (a: Set<string>, b: Set<string>) =>
    a.size === 0 || b.size === 0 || (a.size === b.size && [...a].every((x) => b.has(x)));
  const sameThing = (a: Group, b: Group) =>
    a.mentions.some(
      (x) =>
        statesNumber(x) &&
        b.mentions.some((y) => {
          if (y.source !== x.source || !statesNumber(y)) return false;
          const [sx, sy] = [slotOf(x).subject, slotOf(y).subject];
          return sx !== null && sy !== null && sameKind(sx, sy);
        }),
    );
  const sameFields = (a: Group, b: Group, field: (m: Mention) => string | null) =>
    compatible(named(a, field), named(b, field));
  forEachLivePair(byValue, absorbed, (target, other) => {
    if (!sameThing(target, other)) return;
    if (!sameFields(target, other, (m) => m.role) || !sameFields(target, other, (m) => m.container)) return;
    if (!bodiesAgree(target.mentions, other.mentions)) return;
    const joined = { ...target, mentions: [...target.mentions, ...other.mentions] };
    if (statusOf(joined) === 'agreement') join(target, other);
  });
}

/**
 * One value of one referent from one source is in one figure: a figure one source alone gives
 * ("two Chilean nationals") joins the figure in which the same source gives the same stated value,
 * in the same role and group, of the thing its words name ("two Chileans": the words of one hold
 * the counted thing of the other), when exactly one figure does. Another thing of the same value
 * ("four children" / "four toddlers") names neither and stays apart. A bare count ("of the 30")
 * joins the one figure in which its source gives that value of a named thing, and a count with no
 * role the one in which its source gives that value of the same thing in a role. A measure its
 * source repeats ("plunge 200ft" in the headline, "plummeted 200ft" in the lead) joins the one
 * figure where that source gives that measure, also when that figure is a disagreement.
 */
export function joinOwnRestatements(
  groups: Group[],
  absorbed: Set<Group>,
  join: (target: Group, other: Group) => void,
): void {
  const stated = (m: Mention) => (m.kind === 'count' || m.kind === 'measure') && statesNumber(m);
  const key = (m: Mention) =>
    `${m.source}|${m.value.unit ?? ''}|${m.value.min}|${m.value.max ?? m.value.min}`;
  // Mentions of figures that several sources give, by source and stated numbers.
  const owners = new Map<string, { mention: Mention; group: Group }[]>();
  for (const group of groups) {
    if (absorbed.has(group) || sourcesOf(group).size < 2) continue;
    for (const m of group.mentions)
      if (stated(m) && (m.subjectClass || m.kind === 'measure')) push(owners, key(m), { mention: m, group });
  }
  for (const group of groups) {
    if (absorbed.has(group) || sourcesOf(group).size !== 1) continue;
    // The figures each mention may join; the group joins the one all its mentions may join.
    let homes: Set<Group> | undefined;
    for (const m of group.mentions) {
      const mine = new Set<Group>();
      if (stated(m))
        for (const { mention: y, group: home } of owners.get(key(m)) ?? []) {
          if (absorbed.has(home) || relate(m, y) !== 'same') continue;
          // A bare count ("Of the 30, most were women") restates its own source's named count; a
          // count with no role, its own source's count of that thing in a role.
          // A measure (a height, a distance) has no counted thing: the same value in the same unit
          // from the same source is taken as the same measure when one figure alone has it.
          const fits =
            (m.kind === 'measure' && y.kind === 'measure') ||
            isBare(m) ||
            (m.subjectClass !== null &&
              (roleOf(y) === roleOf(m) || m.role === null) &&
              (y.container ?? '') === (m.container ?? '') &&
              (m.subjectClass === y.subjectClass || namesThingOf(m, y) || namesThingOf(y, m)));
          if (fits) mine.add(home);
        }
      homes = homes ? new Set([...homes].filter((h) => mine.has(h))) : mine;
    }
    if (homes?.size === 1) join([...homes][0]!, group);
  }
}

/** How many mentions a value join looks at around a value (tables of figures stay near linear). */
const CANDIDATES = 64;

/** A quantity's middle value; undefined for dates and times. */
function middle(m: Mention): number | undefined {
  if (m.kind === 'date' || m.kind === 'time' || m.value.min === undefined) return undefined;
  return inBaseUnit((m.value.min + (m.value.max ?? m.value.min)) / 2, m.value.unit);
}

/** One mention per distinct reading (role and value) of a group. */
function distinctReadings(mentions: readonly Mention[]): Mention[] {
  const seen = new Map<string, Mention>();
  for (const m of mentions) {
    const key = readingKey(m);
    if (!seen.has(key)) seen.set(key, m);
  }
  return [...seen.values()];
}

/**
 * Precise figures (five significant digits or more, unhedged) of one kind and unit whose values are
 * within 0.1% of each other but not equal ("7,204,815 votes" / "7,204,812 votes") are one figure
 * reported differently: two different things almost never come out that close. Their groups join
 * wherever they sit, and the difference is a conflict (basis 'value').
 */
export function joinNearPrecise(
  groups: Group[],
  absorbed: Set<Group>,
  join: (target: Group, other: Group) => void,
  groupOrder: (g: Group) => number,
): void {
  const precise = groups
    .filter((g) => !absorbed.has(g))
    .map((g) => ({ g, key: valueKey(g), m: g.mentions[0]! }))
    .filter(
      ({ key, m }) =>
        key !== undefined &&
        m.value.min !== undefined &&
        m.value.min === m.value.max &&
        !m.value.hedge &&
        !m.value.vague &&
        significantDigits(m.value.min) >= 5,
    )
    .sort((a, b) => a.m.value.min! - b.m.value.min! || groupOrder(a.g) - groupOrder(b.g));
  for (let i = 0; i + 1 < precise.length; i++) {
    const a = precise[i]!;
    const b = precise[i + 1]!;
    if (
      absorbed.has(a.g) ||
      absorbed.has(b.g) ||
      a.m.kind !== b.m.kind ||
      (a.m.value.unit ?? '') !== (b.m.value.unit ?? '')
    )
      continue;
    const x = a.m.value.min!;
    const y = b.m.value.min!;
    if (x === y || Math.abs(x - y) > 0.001 * Math.max(x, y)) continue;
    if (a.g.mentions.some((m) => b.g.mentions.some((n) => n.source === m.source))) continue;
    const agree = (p: string | null, q: string | null) => p === null || q === null || p === q;
    if (!agree(a.m.subjectClass, b.m.subjectClass) || !agree(a.m.role, b.m.role)) continue;
    join(a.g, b.g);
    a.g.basis = 'value';
    precise[i + 1] = a;
  }
}

/**
 * The buckets of a date or time for value joins: a date under the weekday it names or falls on,
 * and under its month and day when it has them (a date written without its weekday or year, "the
 * 24th of May" or "May 24", must meet "Sunday, May 24" of another source); else under its parts
 * (a month of a year also under its year).
 * Times by the hour (quantities are found by value in sorted lists instead).
 */
function valueBuckets(m: Mention): string[] {
  const v = m.value;
  if (m.kind === 'date') {
    const weekday =
      v.weekday ??
      (v.year !== undefined && v.month !== undefined && v.day !== undefined
        ? weekdayOf(v.year, v.month, v.day)
        : undefined);
    const buckets: string[] = [];
    if (weekday !== undefined) buckets.push(`date|w${weekday}`);
    if (v.month !== undefined && v.day !== undefined) buckets.push(`date|${v.month}-${v.day}`);
    if (!buckets.length) buckets.push(`date|${v.year ?? ''}-${v.month ?? ''}-${v.day ?? ''}`);
    // A month of a year ("in May 2009") is found under its year alone too ("since 2009"): the
    // year holds it, as a vague amount holds a figure.
    if (v.year !== undefined && v.month !== undefined && v.day === undefined && v.weekday === undefined)
      buckets.push(`date|${v.year}--`);
    return buckets;
  }
  if (m.kind === 'time') return [`time|${v.hour}`];
  return [`${m.kind}|${v.unit ?? ''}|${JSON.stringify(v)}`];
}

/**
 * Two groups may join by their value across passages when neither is made of bare counts alone,
 * or when a bare count of one has stronger evidence in the other (see bareEvidence).
 */
export function bareJoins(a: Group, b: Group, contextOf: (m: Mention) => ReadonlySet<string>): boolean {
  const check = (bare: Group, other: Group) =>
    !bare.mentions.every(isBare) ||
    bare.mentions.some(
      (m) => bareBacked(m, other) || other.mentions.some((x) => bareMatches(m, x, contextOf)),
    );
  return check(a, b) && check(b, a);
}

/**
 * A bare count ("the rest 29 were treated") states the value of another passage's figure only on
 * stronger evidence than a small value (bareBacked, bareMatches). A bare small number that only
 * matches a value is as likely another count of the story (a different year's toll, patients
 * still in hospital).
 */
function bareEvidence(
  bare: Mention,
  named: Mention,
  group: Group,
  contextOf: (m: Mention) => ReadonlySet<string>,
): boolean {
  return bareBacked(bare, group) || bareMatches(bare, named, contextOf);
}

/**
 * Evidence for a bare count from its value and the figure it would join: its own source gives that
 * value of a named thing in the figure (it repeats its own count), or the value is 1,000 or more or
 * stated to three significant digits or more (4,302,117; 47,000; 365 rarely repeat by chance).
 */
function bareBacked(bare: Mention, group: Group): boolean {
  const value = bare.value.min;
  if (
    !bare.value.vague &&
    value !== undefined &&
    (value >= 1000 || significantDigits(value) >= PRECISE_DIGITS)
  )
    return true;
  return group.mentions.some((y) => y.source === bare.source && !isBare(y) && relate(y, bare) === 'same');
}

/**
 * Evidence for a bare count from one mention it would join: that is a bare count too and the value
 * distinctive (the same unlikely number stated twice, no referent claimed), or the words around the
 * two numbers share a content word ("the bus crashed with 47 onboard" / "47 people on the bus").
 */
function bareMatches(bare: Mention, other: Mention, contextOf: (m: Mention) => ReadonlySet<string>): boolean {
  if (isBare(other) && distinctive(bare)) return true;
  const near = contextOf(other);
  for (const key of contextOf(bare)) if (near.has(key)) return true;
  return false;
}

/** Significant digits from which a bare count's value is evidence enough to join by it. */
const PRECISE_DIGITS = 3;

/** How many content words on each side of a number are its context. */
const CONTEXT_WORDS = 4;

/**
 * Words of attribution: news copy puts them beside any figure ("officials said", "according to a
 * statement", "a spokesman told reporters"), so two figures that share only such a word share
 * nothing of what they count or date. General news English, no article's words.
 */
const ATTRIBUTION =
  'official officials said says say told according report reports reported statement spokesman spokeswoman spokesperson source sources agency reporters added'.split(
    ' ',
  );
let attributionKeys: Set<string> | undefined;

/** The keys of the content words (not numbers, nor words of attribution) around a mention in its sentence. */
export function contextKeys(m: Mention, sentence: Sentence | undefined): Set<string> {
  if (!sentence) return new Set();
  attributionKeys ??= new Set(contentWords(ATTRIBUTION.join(' ')).map((w) => w.key));
  const words = contentWords(sentence.text).filter((w) => !w.number && !attributionKeys!.has(w.key));
  const [start, end] = [m.start - sentence.start, m.end - sentence.start];
  const before = words.filter((w) => w.end <= start).slice(-CONTEXT_WORDS);
  const after = words.filter((w) => w.start >= end).slice(0, CONTEXT_WORDS);
  return new Set([...before, ...after].map((w) => w.key));
}

/**
 * Nothing tells two groups' referents apart: subjects and groups agree wherever both are stated,
 * and roles are the same (an unstated role matches only an unstated one: "60 dead" and "60" stay apart).
 */
export function sameReferent(a: readonly Mention[], b: readonly Mention[]): boolean {
  // Every pair of a and b agrees: read as what each list states, in time linear in the lists
  // (performance: figures that hundreds of sources give were compared pair by pair, quadratic in
  // the articles). The roles of all of both lists are one role; a subject (or group) stated in
  // both lists is one subject (a list may state several where the other states none).
  if (a.length === 0 || b.length === 0) return true;
  const role = roleOf(a[0]!);
  if (!a.every((m) => roleOf(m) === role) || !b.every((m) => roleOf(m) === role)) return false;
  return statedAgree(a, b, (m) => m.subjectClass) && statedAgree(a, b, (m) => m.container);
}

/**
 * Whether each value two lists state (null: not stated) agrees across them: either list states
 * none, or each states one and the same (as every pair checked with null matching anything).
 */
function statedAgree<T>(
  a: readonly Mention[],
  b: readonly Mention[],
  field: (m: Mention) => T | null,
): boolean {
  const x = statedValues(a, field);
  const y = statedValues(b, field);
  return x.length === 0 || y.length === 0 || (x.length === 1 && y.length === 1 && x[0] === y[0]);
}

/** The values a list states (null: not stated), up to two distinct ones (more change nothing above). */
function statedValues<T>(list: readonly Mention[], field: (m: Mention) => T | null): T[] {
  const found: T[] = [];
  for (const m of list) {
    const value = field(m);
    if (value === null || (found.length > 0 && value === found[0])) continue;
    found.push(value);
    if (found.length === 2) break;
  }
  return found;
}
