import type { Passage } from '../align/types.js';
import type { Sentence, Source } from '../corpus/types.js';
import {
  kindOf,
  knownClass,
  LASTING_EVENTS,
  RUNNING_ROLES,
  sameKind,
  TIME_UNITS,
  UPDATE_CUE,
} from '../lexicon/quantities.js';
import { unicodeRegExp } from '../tokens/letters.js';
import { contentWords } from '../tokens/normalize.js';
import { bodiesAgree, splitByBody } from './bodies.js';
import { NAMED, roleOfNoun } from './read-count.js';
import type { CalendarDate, Figure, FigureKind, Mention } from './types.js';
import {
  comparedUnit,
  compatible,
  compatibleAsAlternative,
  convertedWindow,
  finerUnit,
  inBaseUnit,
  relate,
  sameUnit,
  timeInterval,
  weekdayOf,
  windowHolds,
} from './values.js';

/** The comparison slot a mention fills: mentions are only compared within one slot. */
interface Slot {
  /** What is measured: the kind, or a timespan's relation, or a date's part ("when", "date:day"). */
  family: string;
  /** A quantity's unit ('' for none). */
  unit: string;
  /** Whether the slot is a quantity of something (a count, money, a share...), with a subject. */
  counted: boolean;
  /** The counted subject's class, null when the text does not say. */
  subject: string | null;
  /**
   * What happened to it (roleClass: killed and casualties are one, so are deployed and taking
   * part), null when the text does not say.
   */
  role: string | null;
  /** The group it belongs to ('' for none). */
  container: string;
  /** Part of a sum of coordinated counts. */
  sum: boolean;
}

const SLOTS = new WeakMap<Mention, Slot>();
/** A mention's slot, computed once per mention. */
function slotOf(m: Mention): Slot {
  let slot = SLOTS.get(m);
  if (!slot) {
    slot = readSlot(m);
    SLOTS.set(m, slot);
  }
  return slot;
}

function readSlot(m: Mention): Slot {
  const plain = { unit: '', counted: false, subject: null, role: null, container: '', sum: false };
  switch (m.kind) {
    case 'relative-time':
      return {
        ...plain,
        family:
          m.value.relation === 'ago' || m.value.relation === 'last' ? 'when' : `when:${m.value.relation}`,
      };
    case 'duration':
      return { ...plain, family: `duration:${m.value.relation ?? ''}` };
    case 'date':
      // A month alone ("by November") is compared only with months alone: a month and a day or a
      // year in one passage are more often two moments of the story than one told twice.
      if (m.value.day === undefined && m.value.weekday === undefined)
        return {
          ...plain,
          family: m.value.year === undefined && m.value.month !== undefined ? 'date:month' : 'date:year',
        };
      return { ...plain, family: m.role === 'reported' ? 'date:reported' : 'date:day' };
    default:
      return {
        family: m.kind,
        unit: comparedUnit(m.value.unit),
        counted: true,
        subject: m.subjectClass,
        role: m.role === null ? null : roleClass(m.role),
        container: m.container ?? '',
        sum: Boolean(m.sumOf),
      };
  }
}

/** A slot as a map key (every field, in order). */
function slotKey(slot: Slot): string {
  return JSON.stringify([
    slot.family,
    slot.unit,
    slot.counted,
    slot.subject,
    slot.role,
    slot.container,
    slot.sum,
  ]);
}

/**
 * Killed and casualties compare with each other (casualties >= killed); so do the deployed and
 * those taking part ("sending 1,700 troops" / "1,900 troops will take part").
 */
function roleClass(role: string): string {
  return role === 'casualties' ? 'killed' : role === 'participated' ? 'deployed' : role;
}

/** A mention's role class, '?' when the text does not say. */
function roleOf(m: Mention): string {
  return m.role === null ? '?' : roleClass(m.role);
}

/** Mentions that may be compared across passages: a count that says what it counts and what happened. */
function crossKey(m: Mention): string | undefined {
  if (m.kind !== 'count' || !m.subjectClass) return undefined;
  return JSON.stringify([m.subjectClass, m.role ? roleClass(m.role) : '', m.container ?? '']);
}

/**
 * A group's referent for comparison across passages: the one crossKey of its mentions that say
 * what they count, when those that do not ("11 were wounded" after "11 service members") have the
 * same role and group.
 */
function groupReferent(mentions: readonly Mention[]): string | undefined {
  const said = mentions.filter((m) => m.subjectClass);
  const keys = new Set(said.map(crossKey));
  if (keys.size !== 1) return undefined;
  const key = [...keys][0];
  if (!key) return undefined;
  const { role, container } = said[0]!;
  const fits = (m: Mention) =>
    m.role !== null &&
    role !== null &&
    roleClass(m.role) === roleClass(role) &&
    (m.container ?? '') === (container ?? '');
  return mentions.every((m) => m.subjectClass || (m.kind === 'count' && fits(m))) ? key : undefined;
}

interface Group {
  mentions: Mention[];
  passages: Set<number>;
  basis: Figure['basis'];
  /**
   * The sources whose figures conflict inside an aligned passage, when the group also took in
   * figures of the same referent from other passages: the conflict stands.
   */
  aligned?: number[];
}

/** Order of figures: the most urgent first. */
export const RANK: Record<Figure['status'], number> = {
  conflict: 0,
  differs: 1,
  update: 2,
  agreement: 3,
  'single-source': 4,
};

/**
 * Groups mentions that speak of the same thing and grades how the sources relate. Inside an
 * aligned passage, mentions of the same slot (kind, counted subject, role, group) are compared
 * when each source gives one (or the same reading in each of its members, when it tells the fact in
 * two places); where a source gives several, only agreeing ones are joined (no guessed conflicts). Across passages: mentions of the same value join when nothing says they
 * count different things (so "only X says" means what it says), and counts of the same subject and
 * role are compared by that referent alone, at most as `differs` (two facts the alignment did not put
 * together may still be two different events) unless two firm readings cannot both hold.
 */
export function compareMentions(
  sources: readonly Source[],
  passages: readonly Passage[],
  mentions: readonly Mention[],
  present?: CalendarDate,
): Figure[] {
  const passageOf = new Map<string, number>();
  // Which member of its passage a sentence is in: a source that reports the passage's fact in two
  // places of its article has one member per place.
  const memberOf = new Map<string, number>();
  passages.forEach((passage, p) => {
    passage.members.forEach((member, k) => {
      // A sentence shown in a second passage (alsoIn) is compared in its own passage only.
      if (member.alsoIn) return;
      for (const s of member.sentences) {
        passageOf.set(`${member.source}:${s}`, p);
        memberOf.set(`${member.source}:${s}`, k);
      }
    });
  });
  /**
   * Whether a source's mentions of a slot in a passage give it once: one mention, or the same
   * reading in each of its members (a fact told in two places of the article, its figure restated).
   */
  const givesOnce = (ms: readonly Mention[]) =>
    ms.length === 1 ||
    (new Set(ms.map((m) => memberOf.get(`${m.source}:${m.sentence}`))).size === ms.length &&
      new Set(ms.map(readingKey)).size === 1);
  for (const m of mentions) {
    if (m.kind !== 'date' || m.value.weekday === undefined) continue;
    const sentence = sources[m.source]!.sentences[m.sentence];
    if (sentence) DAY_PARTS.set(m, readDayPart(m, sentence));
  }
  const byPassage = new Map<number, Mention[]>();
  for (const m of mentions) {
    const p = passageOf.get(`${m.source}:${m.sentence}`);
    if (p === undefined) continue;
    push(byPassage, p, m);
  }
  const sentenceText = (m: Mention) => sources[m.source]!.sentences[m.sentence]?.text ?? '';
  const contexts = new Map<Mention, Set<string>>();
  const contextOf = (m: Mention) => {
    let keys = contexts.get(m);
    if (!keys) {
      keys = contextKeys(m, sources[m.source]!.sentences[m.sentence]);
      contexts.set(m, keys);
    }
    return keys;
  };
  const statusOf = (g: Group) => gradedStatus(g.mentions, sentenceText, g.basis);

  const groups: Group[] = [];
  for (const [p, list] of [...byPassage.entries()].sort((a, b) => a[0] - b[0])) {
    const slots = new Map<string, { slot: Slot; mentions: Mention[] }>();
    for (const m of list) {
      const slot = slotOf(m);
      const key = slotKey(slot);
      const entry = slots.get(key);
      if (entry) entry.mentions.push(m);
      else slots.set(key, { slot, mentions: [m] });
    }
    adoptUnknownSubjects(slots);
    for (const slot of [...slots.values()].flatMap((s) => splitByBody(s.mentions))) {
      const perSource = new Map<number, Mention[]>();
      for (const m of slot) push(perSource, m.source, m);
      // A bare count (nothing says what it counts or what happened to it) is too vague to
      // contradict anything: it joins only what it agrees with.
      const bare = slot[0]!.kind === 'count' && !slot[0]!.subjectClass && !slot[0]!.role;
      if (
        !bare &&
        perSource.size > 1 &&
        [...perSource.values()].every(givesOnce) &&
        slot.every((a) => slot.every((b) => checkable(a, b)))
      ) {
        groups.push({ mentions: slot, passages: new Set([p]), basis: 'passage' });
        continue;
      }
      // Several mentions of one slot in a source: join only compatible ones, one per source.
      for (const cluster of agreeingClusters(slot))
        groups.push({ mentions: cluster, passages: new Set([p]), basis: 'passage' });
    }
  }

  const absorbed = new Set<Group>();
  const join = (target: Group, other: Group) => {
    target.mentions = [...target.mentions, ...other.mentions];
    for (const p of other.passages) target.passages.add(p);
    absorbed.add(other);
  };
  // Joins groups of one referent across passages: the figure rests on the referent when it then
  // spans several sources and passages; a conflict of an aligned passage it takes in stands
  // (unless its sentences say a running count was updated: then it is an update).
  const joinReferent = (target: Group, other: Group) => {
    // Counts that name different bodies ("three Navy sailors" / "nine Marines") are different people.
    if (!bodiesAgree(target.mentions, other.mentions)) return;
    for (const g of [target, other])
      if (!g.aligned && g.basis === 'passage' && statusOf(g) === 'conflict')
        g.aligned = [...sourcesOf(g)].sort((a, b) => a - b);
    const aligned = [...(target.aligned ?? []), ...(other.aligned ?? [])];
    join(target, other);
    if (aligned.length) target.aligned = [...new Set(aligned)].sort((a, b) => a - b);
    if (target.basis !== 'referent' && target.passages.size > 1 && sourcesOf(target).size > 1)
      target.basis = 'referent';
  };

  // Across passages, the same value: groups whose readings are one value join when no subject or
  // role tells them apart ("60 dead" and "60 wounded" stay apart). Buckets by value keep it linear.
  const byValue = new Map<string, Group[]>();
  for (const group of groups) {
    const key = valueKey(group);
    if (key) push(byValue, key, group);
  }
  forEachLivePair(byValue, absorbed, (target, other) => {
    if (!sameReferent(target.mentions, other.mentions) || !bareJoins(target, other, contextOf)) return;
    // As in joinRestatedValues: figures that one source each gave, joined across passages,
    // rest on the value match and say so (one that several sources gave in an aligned passage
    // keeps its basis: the joined figure only restates it).
    const single = (g: Group) => sourcesOf(g).size === 1;
    const across =
      single(target) &&
      single(other) &&
      target.mentions[0]!.source !== other.mentions[0]!.source &&
      [...other.passages].some((p) => !target.passages.has(p));
    const aligned = !single(other) && other.basis === 'passage';
    join(target, other);
    if (across && target.basis === 'passage') target.basis = 'value';
    else if (aligned && target.basis === 'value') target.basis = 'passage';
  });

  joinNearPrecise(groups, absorbed, join);

  // Across passages, the same referent (a count that says what it counts and what happened to
  // it): groups of one subject, role and group are compared, at most as `differs` (firm readings
  // aside, see firmReading), unless one of
  // them holds a conflict of an aligned passage: one disagreement is one figure, so that group
  // joins the others and its conflict stands (its sources are kept to say so).
  const byReferent = new Map<string, Group[]>();
  for (const group of groups) {
    if (absorbed.has(group)) continue;
    const key = groupReferent(group.mentions);
    if (key) push(byReferent, key, group);
  }
  const rolelessKey = (key: string) => (JSON.parse(key) as string[])[1] === '';
  const referentClusters = new Map<string, Group[]>();
  const referentClusterSet = new Set<Group>();
  for (const [key, list] of byReferent.entries()) {
    if (rolelessKey(key)) continue;
    const open = list.filter((g) => !g.mentions.some((m) => m.sumOf));
    // Figures of one referent that are orders of magnitude apart are different events (a day's
    // toll and a war's; a contingent of 3,200 and an exercise of 300,000), not two reports of one
    // figure: each group joins the first cluster of its magnitude, or starts one.
    const clusters: Group[] = [];
    for (const group of open) {
      const home = clusters.find((c) => sameMagnitude(c, group) && bodiesAgree(c.mentions, group.mentions));
      if (home) joinReferent(home, group);
      else clusters.push(group);
    }
    referentClusters.set(key, clusters);
    for (const c of clusters) referentClusterSet.add(c);
  }
  // A count that says what it counts but not what happened ("40 service members among the
  // casualties") restates, where its sources give the same value of that thing in a role, that
  // figure: the one cluster of its subject and group in which each of its sources that appears
  // there gives its value (one value of one referent from one source is in one figure).
  // So does a count that says what happened but not what it counts ("over 4,000 were killed"):
  // the one cluster of its role and group in which its sources give its value.
  const clustersOfRole = (role: string, container: string) =>
    [...referentClusters.entries()].flatMap(([k, clusters]) => {
      const [, r, c] = JSON.parse(k) as string[];
      return r === role && c === container ? clusters : [];
    });
  for (const group of groups) {
    if (absorbed.has(group) || referentClusterSet.has(group)) continue;
    const first = group.mentions[0]!;
    if (
      first.role === null ||
      !group.mentions.every(
        (m) =>
          m.kind === 'count' &&
          !m.subjectClass &&
          !m.sumOf &&
          m.role !== null &&
          roleClass(m.role) === roleClass(first.role!) &&
          (m.container ?? '') === (first.container ?? ''),
      )
    )
      continue;
    const ofRole = clustersOfRole(roleClass(first.role), first.container ?? '').filter(
      (home) => !absorbed.has(home),
    );
    const fits = ofRole.filter((home) => restatedBySameSources(group, home));
    if (fits.length === 1) joinReferent(fits[0]!, group);
    else if (fits.length === 0 && RUNNING_ROLES.has(first.role)) {
      // A running count that names no counted thing ("officials earlier put the toll at 5,500")
      // and the one figure of that role in the event of its magnitude: the same toll, given at
      // another time or by another body.
      const near = ofRole.filter((home) => sameMagnitude(home, group));
      if (near.length === 1) joinReferent(near[0]!, group);
    }
  }
  for (const [key, list] of byReferent.entries()) {
    if (!rolelessKey(key)) continue;
    const [subject, , container] = JSON.parse(key) as string[];
    const homes = [...referentClusters.entries()].flatMap(([k, clusters]) => {
      const [s, role, c] = JSON.parse(k) as string[];
      return s === subject && c === container && role !== '' ? clusters : [];
    });
    for (const group of list) {
      if (absorbed.has(group) || group.mentions.some((m) => m.sumOf)) continue;
      const fits = homes.filter((home) => !absorbed.has(home) && restatedBySameSources(group, home));
      if (fits.length === 1) joinReferent(fits[0]!, group);
    }
  }

  // Across passages, the days of one event ("the crush happened on Friday" / "a crush on
  // Saturday"): date groups of one event class are compared (a conflict only of firm readings).
  const byEvent = new Map<string, Group[]>();
  for (const group of groups) {
    if (absorbed.has(group) || group.mentions[0]!.kind !== 'date') continue;
    const events = new Set(group.mentions.flatMap((m) => (m.subjectClass ? [m.subjectClass] : [])));
    if (events.size === 1) push(byEvent, [...events][0]!, group);
  }
  for (const list of byEvent.values()) {
    const open = list.filter((g) => !absorbed.has(g) && statusOf(g) !== 'conflict');
    if (open.length < 2) continue;
    const target = open[0]!;
    for (const other of open.slice(1))
      if (target.mentions.some((a) => other.mentions.some((b) => checkable(a, b)))) join(target, other);
    if (sourcesOf(target).size > 1 && target.passages.size > 1) target.basis = 'referent';
  }

  joinOwnRestatements(groups, absorbed, join);
  joinRestatedValues(groups, absorbed, join, contextOf, present);
  joinSharedRestatements(groups, absorbed, join, statusOf);
  // Without a role ("two toddlers" / "four toddlers"), the counted thing alone is a weak referent:
  // compared only when the event gives exactly two figures of it, one value each (a third figure
  // usually means the thing is counted for different groups: each candidate's votes). A figure
  // one source alone gives, when that source also gives another figure of the thing, is that
  // source's count of another group (an earlier crash's foreign nationals) and is not counted.
  // A figure whose mentions name the thing in two classes ("12 foreigners" / "12 foreign
  // nationals", joined by value) is a figure of each class most of its mentions name; an increment
  // ("one further blast") is not a figure of the thing.
  const roleless = new Map<string, Group[]>();
  for (const group of groups) {
    if (absorbed.has(group) || group.mentions.some((m) => m.sumOf)) continue;
    if (!group.mentions.every((m) => m.kind === 'count' && m.subjectClass && !m.role)) continue;
    // An increment ("one further blast", "40 more troops") is not a figure of the whole.
    if (group.mentions.some((m) => INCREMENT.test(m.text))) continue;
    const counts = new Map<string, number>();
    for (const m of group.mentions) {
      const key = crossKey(m);
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const most = Math.max(...counts.values());
    for (const [key, n] of counts) if (n === most) push(roleless, key, group);
  }
  for (const list of roleless.values()) {
    const live = list.filter((g) => !absorbed.has(g) && statusOf(g) !== 'conflict');
    // How many of the thing's figures each source gives (linear: a table of figures stays fast).
    const perSource = new Map<number, number>();
    for (const g of live) for (const x of sourcesOf(g)) perSource.set(x, (perSource.get(x) ?? 0) + 1);
    const open = live.filter((g) => {
      const own = sourcesOf(g);
      return own.size > 1 || perSource.get([...own][0]!)! === 1;
    });
    if (open.length !== 2 || open.some((g) => !valueKey(g))) continue;
    const [a, b] = open as [Group, Group];
    if (!shareASource(a, b) && sameMagnitude(a, b)) joinReferent(a, b);
  }
  // Across passages, the ages given after one name ("Maria Lopez, 64," / "Lopez, 65,"): a person
  // has one age, so every such figure of one name is compared (at most as differs: two people may
  // share a surname). Ages of a kind of person ("a 64-year-old man") are compared inside passages only.
  // A mention other than an age rules a group out; a described person's age says nothing of the name.
  const ages = byOnlyKey(groups, absorbed, (m) =>
    m.kind !== 'age' ? null : m.subjectClass?.startsWith(`${NAMED} `) ? m.subjectClass : undefined,
  );
  for (const list of ages.values()) {
    const open = list.filter((g) => !absorbed.has(g));
    for (const other of open.slice(1)) joinReferent(open[0]!, other);
  }
  // Across passages, how long one kind of thing lasts ("the week-long drills" / "the exercises will
  // last nine days"): as for counts without a role, compared when the event gives exactly two
  // figures of it, from different sources (a story that names several truces gives more).
  const lengths = byOnlyKey(groups, absorbed, (m) =>
    m.kind === 'duration' && m.value.relation === 'for' ? m.subjectClass : null,
  );
  for (const list of lengths.values()) {
    const open = list.filter((g) => !absorbed.has(g) && statusOf(g) !== 'conflict');
    if (open.length !== 2) continue;
    const [a, b] = open as [Group, Group];
    if (!shareASource(a, b)) joinReferent(a, b);
  }

  const bySentence = new Map<string, Mention[]>();
  for (const m of mentions) push(bySentence, `${m.source}:${m.sentence}`, m);
  const revised = joinRevisions(sources, groups, absorbed, bySentence, join);
  const figures = groups
    .filter((g) => !absorbed.has(g))
    .map((g) => {
      const ordered = [...g.mentions].sort((a, b) => a.source - b.source || a.start - b.start);
      // A conflict inside an aligned passage stands in the figure that took in the same referent.
      const graded = gradedStatus(ordered, sentenceText, g.basis);
      // A conflict of an aligned passage stands, unless the figure is a running count that its
      // sentences say was updated ("raised the toll to ..."): then the figure is an update.
      const state =
        revised.has(g) && sourcesOf(g).size > 1
          ? 'update'
          : g.aligned && graded !== 'update'
            ? 'conflict'
            : graded;
      const first = Math.min(...g.passages);
      return {
        first,
        figure: {
          id: '',
          status: state,
          basis: g.basis,
          kind: ordered[0]!.kind,
          subject: describeSubject(ordered, bySentence, (m) => sources[m.source]!.sentences[m.sentence]),
          passages: [...g.passages].sort((a, b) => a - b).map((p) => passages[p]!.id),
          mentions: ordered,
          reasons: reasons(ordered, state, g.basis, state === 'conflict' ? g.aligned : undefined),
        } satisfies Figure,
      };
    })
    .sort(
      (a, b) =>
        RANK[a.figure.status] - RANK[b.figure.status] ||
        a.first - b.first ||
        a.figure.mentions[0]!.source - b.figure.mentions[0]!.source ||
        a.figure.mentions[0]!.start - b.figure.mentions[0]!.start,
    );
  return figures.map(({ figure }, i) => ({ ...figure, id: `F${i + 1}` }));
}

/**
 * Words between two counts of one sentence that set the first against an earlier figure of the same
 * thing: "upwards of 600, far higher than the first estimate of 90", "a much greater number than
 * the 90 given earlier", "500 homes, up from 120". General news English for a revision.
 */
const REVISION =
  /^[^.;]{0,40}?\b(?:(?:higher|lower|greater|larger|smaller|fewer)\b[^.;]{0,40}?\bthan|(?:up|down) from)\b[^.;]{0,50}$/i;

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
 * A sentence that revises a count ("upwards of 600, far higher than the first estimate of 90")
 * says its two figures are one referent at two times: the figures holding each join, and are
 * an update when several sources give them. Returns the groups so joined.
 */
function joinRevisions(
  sources: readonly Source[],
  groups: readonly Group[],
  absorbed: Set<Group>,
  bySentence: ReadonlyMap<string, Mention[]>,
  join: (target: Group, other: Group) => void,
): Set<Group> {
  const revised = new Set<Group>();
  const owner = new Map<Mention, Group>();
  for (const g of groups) if (!absorbed.has(g)) for (const m of g.mentions) owner.set(m, g);
  // A count of another year ("killed (1972)", figures.ts) or a possible one ("killed (possible)",
  // modality.ts): its role carries the qualifier in brackets; neither revises this event's count.
  const qualified = (m: Mention) => Boolean(m.role?.includes('('));
  for (const list of bySentence.values()) {
    // A sentence that names a year sets the count against another time's ("more than the 140 lost
    // in 2018"), not against an earlier count of this one.
    if (list.some((m) => m.kind === 'date' && m.value.year !== undefined)) continue;
    const counts = list.filter((m) => m.kind === 'count' && !qualified(m)).sort((a, b) => a.start - b.start);
    for (let i = 0; i + 1 < counts.length; i++) {
      const [later, earlier] = [counts[i]!, counts[i + 1]!];
      if (!REVISION.test(sources[later.source]!.text.slice(later.end, earlier.start))) continue;
      const a = slotOf(later);
      const b = slotOf(earlier);
      if (a.subject !== null && b.subject !== null && !sameKind(a.subject, b.subject)) continue;
      if (a.role !== null && b.role !== null && a.role !== b.role) continue;
      if (relate(later, earlier) === 'same') continue;
      const target = owner.get(later);
      const other = owner.get(earlier);
      if (!target || !other || absorbed.has(target) || absorbed.has(other)) continue;
      if (target !== other) {
        join(target, other);
        for (const m of other.mentions) owner.set(m, target);
        if (target.passages.size > 1 && sourcesOf(target).size > 1) target.basis = 'referent';
      }
      revised.add(target);
    }
  }
  return revised;
}

/**
 * "Only X says" must be true: a figure that one source alone gives joins a group in which another
 * source states the same value of a compatible referent anywhere in the event (see restates), unless
 * the join would put a contradiction in that group. The joined figure's basis says what the match
 * rests on. Candidates are bucketed by kind and order of magnitude, so this stays near linear.
 */
function joinRestatedValues(
  groups: Group[],
  absorbed: Set<Group>,
  join: (target: Group, other: Group) => void,
  contextOf: (m: Mention) => ReadonlySet<string>,
  present: CalendarDate | undefined,
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
      if (mid === undefined) push(bucketed, valueBucket(m), m);
      else push(sorted, `${m.kind}|${comparedUnit(m.value.unit)}`, { mid, mention: m });
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
  const candidates = (m: Mention): Mention[] => [...valueCandidates(m), ...restatedSpans(m)];
  const valueCandidates = (m: Mention): Mention[] => {
    const mid = middle(m);
    if (mid === undefined) return (bucketed.get(valueBucket(m)) ?? []).slice(0, CANDIDATES * 4);
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
      const finer = finerUnit(m.value.unit);
      const list = finer ? (sorted.get(`relative-time|${finer}`) ?? []) : [];
      const end = finer ? timeInterval(m.value).hi * (1 / timeInterval({ min: 1 }, finer).hi) : 0;
      const inside: Mention[] = [];
      for (let k = lowerBound(list, 2); k < list.length && list[k]!.mid <= end; k++) {
        if (windowHolds(m.value, list[k]!.mention.value)) inside.push(list[k]!.mention);
        if (inside.length >= CANDIDATES) break;
      }
      return inside;
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
    const found: Mention[] = [];
    for (
      let k = lowerBound(list, lo);
      k < list.length && list[k]!.mid <= hi && found.length < CANDIDATES;
      k++
    )
      found.push(list[k]!.mention);
    return found;
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
        if (!restates(m, x, present) && !convertedMeasure(m, x, contextOf) && !sameClock(m, x, contextOf))
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
function joinSharedRestatements(
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

/** Words that make a count an increment over another, not a total (general English). */
const INCREMENT = /\b(?:other|another|more|additional|further|extra)\b/i;

/**
 * One value of one referent from one source is in one figure: a figure one source alone gives
 * ("two Chilean nationals") joins the figure in which the same source gives the same stated value,
 * in the same role and group, of the thing its words name ("two Chileans": the words of one hold
 * the counted thing of the other), when exactly one figure does. Another thing of the same value
 * ("four children" / "four toddlers") names neither and stays apart. A bare count ("of the 30")
 * joins the one figure in which its source gives that value of a named thing, and a count with no
 * role the one in which its source gives that value of the same thing in a role.
 */
function joinOwnRestatements(
  groups: Group[],
  absorbed: Set<Group>,
  join: (target: Group, other: Group) => void,
): void {
  const stated = (m: Mention) => m.kind === 'count' && statesNumber(m);
  const key = (m: Mention) =>
    `${m.source}|${m.value.unit ?? ''}|${m.value.min}|${m.value.max ?? m.value.min}`;
  // Mentions of figures that several sources give, by source and stated numbers.
  const owners = new Map<string, { mention: Mention; group: Group }[]>();
  for (const group of groups) {
    if (absorbed.has(group) || sourcesOf(group).size < 2) continue;
    for (const m of group.mentions)
      if (stated(m) && m.subjectClass) push(owners, key(m), { mention: m, group });
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
          const fits =
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

/** Whether a mention's words hold another mention's counted thing ("Chilean nationals": "chilean"). */
function namesThingOf(m: Mention, other: Mention): boolean {
  const text = m.text.toLowerCase();
  const holds = (word: string | null) =>
    word !== null &&
    word.length >= 4 &&
    text.includes(word.toLowerCase().slice(0, Math.max(4, word.length - 2)));
  return holds(other.subject) || holds(other.subjectClass);
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

/** Significant digits of a stated figure (6,101,533: 7; 6.1 million: 2). */
function significantDigits(n: number): number {
  return String(Math.abs(n)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/**
 * Precise figures (five significant digits or more, unhedged) of one kind and unit whose values are
 * within 0.1% of each other but not equal ("7,204,815 votes" / "7,204,812 votes") are one figure
 * reported differently: two different things almost never come out that close. Their groups join
 * wherever they sit, and the difference is a conflict (basis 'value').
 */
function joinNearPrecise(
  groups: Group[],
  absorbed: Set<Group>,
  join: (target: Group, other: Group) => void,
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

/** A stable order of groups (their first passage, then their first mention). */
function groupOrder(g: Group): number {
  const first = g.mentions.reduce((a, b) => ((a.source - b.source || a.start - b.start) <= 0 ? a : b));
  return Math.min(...g.passages) * 1e9 + first.source * 1e7 + first.start;
}

/**
 * The bucket of a date or time for value joins: dates by the weekday they name or fall on, else
 * by their parts; times by the hour (quantities are found by value in sorted lists instead).
 */
function valueBucket(m: Mention): string {
  const v = m.value;
  if (m.kind === 'date') {
    const weekday =
      v.weekday ??
      (v.year !== undefined && v.month !== undefined && v.day !== undefined
        ? weekdayOf(v.year, v.month, v.day)
        : undefined);
    return weekday !== undefined
      ? `date|w${weekday}`
      : `date|${v.year ?? ''}-${v.month ?? ''}-${v.day ?? ''}`;
  }
  if (m.kind === 'time') return `time|${v.hour}`;
  return `${m.kind}|${v.unit ?? ''}|${JSON.stringify(v)}`;
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
function restates(m: Mention, x: Mention, present?: CalendarDate): boolean {
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
  const a = slotOf(m);
  const b = slotOf(x);
  // A vague amount ("a few months", "hundreds") holds a figure but does not state it, unless both
  // name the same counted thing in the same role and group ("hundreds of tanks" / "240 tanks"; not
  // "a gang of several dozen men" / "more than 20 guards injured": a range that wide holds
  // any count of that thing, so only the whole referent can say it is the same one).
  if (
    Boolean(m.value.vague) !== Boolean(x.value.vague) &&
    (a.subject === null || a.subject !== b.subject || a.role !== b.role || a.container !== b.container)
  )
    return false;
  // A date is any date; a timespan is any timespan ("after 75 years" / "once every 75 years").
  const either = (prefix: string) => a.family.startsWith(prefix) && b.family.startsWith(prefix);
  if (!a.counted) return a.family === b.family || either('date:') || either('duration:');
  if ((a.unit !== b.unit && !sameUnit(m, x)) || a.sum !== b.sum) return false;
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
    // bodies"), are different counts whatever the value.
    const known = (subject: string) => knownClass(subject) || kindOf(subject) !== undefined;
    return distinctive(m) && !(known(a.subject) && known(b.subject)) && a.role === b.role;
  }
  return (a.role !== null && a.role === b.role) || distinctive(m);
}

/**
 * A measure of nothing named, given in another unit by another source ("waves seven metres high" /
 * "waves more than 20 feet high"): the same value once converted (relate), and the words around the
 * two numbers share a content word, as a bare count needs (bareMatches): a number of metres alone
 * says nothing of what it measures.
 */
function convertedMeasure(m: Mention, x: Mention, contextOf: (m: Mention) => ReadonlySet<string>): boolean {
  if (m.kind !== 'measure' || x.kind !== 'measure' || m.value.unit === x.value.unit) return false;
  if (comparedUnit(m.value.unit) !== comparedUnit(x.value.unit)) return false;
  if (m.subjectClass || x.subjectClass || m.role || x.role || relate(m, x) !== 'same') return false;
  return shareContext(m, x, contextOf);
}

/**
 * Two clock times of the same moment by relate ("just after 3pm" / "about 3:15 p.m."), another
 * source's, whose surrounding words share a content word ("the blast ... just after 3pm on Monday"
 * / "the blast came at about 3:15 p.m."): a time says nothing of what happened at it.
 */
function sameClock(m: Mention, x: Mention, contextOf: (m: Mention) => ReadonlySet<string>): boolean {
  return m.kind === 'time' && x.kind === 'time' && relate(m, x) === 'same' && shareContext(m, x, contextOf);
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
function spanYears(m: Mention): number | undefined {
  const { min, max, unit, relation, vague, alternatives } = m.value;
  if (m.kind === 'duration' ? relation !== 'for' && relation !== 'last' : m.kind !== 'relative-time')
    return undefined;
  if (m.kind === 'relative-time' && relation !== 'ago' && relation !== 'last') return undefined;
  if (!unit || !LONG_UNITS.has(unit) || vague || alternatives?.length || min === undefined) return undefined;
  if (min !== (max ?? min) || min < 1) return undefined;
  return (min * (TIME_UNITS[unit]?.months ?? 12)) / 12;
}

/** How many years a span ago in a round unit may be off the year it puts ("three decades ago": 1). */
function spanSlack(m: Mention): number {
  return m.value.unit === 'year' ? 0 : Math.floor(0.05 * (spanYears(m) ?? 0));
}

/** A year alone and a long span ago, in either order. */
function acrossSpanKinds(m: Mention, x: Mention): boolean {
  return (yearAlone(m) && spanYears(x) !== undefined) || (yearAlone(x) && spanYears(m) !== undefined);
}

/** A year alone ("since 1985", "in 2002"). */
function yearAlone(m: Mention): boolean {
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
  const days = Math.abs(
    Date.UTC(year, month! - 1, day!) - Date.UTC(present.year, present.month - 1, present.day),
  );
  return days <= WEEK_MS;
}
const WEEK_MS = 7 * 24 * 3600 * 1000;

/**
 * Every source of `group` that gives figures in `home` gives there a value that is the same as
 * each of its own in `group` (relate), and at least one such source does.
 */
function restatedBySameSources(group: Group, home: Group): boolean {
  let shared = false;
  for (const m of group.mentions) {
    const theirs = home.mentions.filter((x) => x.source === m.source);
    if (!theirs.length) continue;
    if (
      !theirs.some((x) => x.kind === m.kind && statesNumber(x) && statesNumber(m) && relate(m, x) === 'same')
    )
      return false;
    shared = true;
  }
  return shared;
}

/** A count that says neither what it counts, nor what happened to it, nor what group it is of. */
function isBare(m: Mention): boolean {
  return m.kind === 'count' && !m.subjectClass && !m.role && !m.container && !m.sumOf;
}

/**
 * Two groups may join by their value across passages when neither is made of bare counts alone,
 * or when a bare count of one has stronger evidence in the other (see bareEvidence).
 */
function bareJoins(a: Group, b: Group, contextOf: (m: Mention) => ReadonlySet<string>): boolean {
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

/** The keys of the content words (not numbers) around a mention in its sentence. */
function contextKeys(m: Mention, sentence: Sentence | undefined): Set<string> {
  if (!sentence) return new Set();
  const words = contentWords(sentence.text);
  const [start, end] = [m.start - sentence.start, m.end - sentence.start];
  const before = words.filter((w) => w.end <= start && !w.number).slice(-CONTEXT_WORDS);
  const after = words.filter((w) => w.start >= end && !w.number).slice(0, CONTEXT_WORDS);
  return new Set([...before, ...after].map((w) => w.key));
}

/** A cheap test before relate: quantities whose middles are far apart (over 30%) are not the same. */
function nearValues(m: Mention, x: Mention): boolean {
  if (m.value.min === undefined || x.value.min === undefined || m.value.vague || x.value.vague) return true;
  if (isWindow(m) || isWindow(x)) return true;
  const a = (m.value.min + (m.value.max ?? m.value.min)) / 2;
  const b = (x.value.min + (x.value.max ?? x.value.min)) / 2;
  return Math.abs(a - b) <= 0.3 * Math.max(Math.abs(a), Math.abs(b));
}

/** A window of time up to now ("last week", "over the past week"): it holds the moments inside it. */
function isWindow(m: Mention): boolean {
  return m.kind === 'relative-time' && m.value.relation === 'last';
}

/** A value that is unlikely to be stated twice by chance: 11-999 but not a multiple of ten, or 1,000 and more. */
function distinctive(m: Mention): boolean {
  const { min, max, vague } = m.value;
  if (vague || min === undefined || min !== (max ?? min)) return false;
  return min >= 1000 || (min >= 11 && min % 10 !== 0);
}

/** Most that two reports of one figure differ by across passages (16 killed, then 68). */
const REFERENT_RATIO = 5;

const MEDIANS = new WeakMap<Group, { size: number; median: number }>();
/** The median of a group's middle values, computed again only when the group took more mentions. */
function medianOf(g: Group): number {
  const known = MEDIANS.get(g);
  if (known && known.size === g.mentions.length) return known.median;
  const values = g.mentions
    .map((m) => ((m.value.min ?? 0) + (m.value.max ?? m.value.min ?? 0)) / 2)
    .sort((x, y) => x - y);
  const median = values[values.length >> 1]!;
  MEDIANS.set(g, { size: g.mentions.length, median });
  return median;
}

/** The groups' values are within REFERENT_RATIO of each other. */
function sameMagnitude(a: Group, b: Group): boolean {
  const [x, y] = [medianOf(a), medianOf(b)];
  return x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) <= REFERENT_RATIO;
}

/** The sources a group's mentions come from. */
function sourcesOf(g: Group): Set<number> {
  return new Set(g.mentions.map((m) => m.source));
}

/** Whether two groups have a source in common. */
function shareASource(a: Group, b: Group): boolean {
  const own = sourcesOf(b);
  return [...sourcesOf(a)].some((x) => own.has(x));
}

/** A stated number, not a vague amount that merely holds it ("dozens" holds 36). */
function statesNumber(m: Mention): boolean {
  return !m.value.vague && m.value.min !== undefined;
}

/**
 * Each pair of groups of one bucket, in list order, while neither has been absorbed (a visit may
 * join the second into the first).
 */
function forEachLivePair(
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
function byOnlyKey(
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
function valueKey(group: Group): string | undefined {
  const keys = new Set(
    group.mentions.map((m) => {
      const { hedge: _hedge, alternatives: _alternatives, ...value } = m.value;
      return `${m.kind}|${JSON.stringify(value)}`;
    }),
  );
  return keys.size === 1 ? [...keys][0] : undefined;
}

/**
 * Nothing tells two groups' referents apart: subjects and groups agree wherever both are stated,
 * and roles are the same (an unstated role matches only an unstated one: "60 dead" and "60" stay apart).
 */
function sameReferent(a: readonly Mention[], b: readonly Mention[]): boolean {
  const agree = (x: string | null, y: string | null) => x === null || y === null || x === y;
  return a.every((x) =>
    b.every(
      (y) =>
        agree(x.subjectClass, y.subjectClass) && roleOf(x) === roleOf(y) && agree(x.container, y.container),
    ),
  );
}

/**
 * A count that does not say what it counts ("Five of them were hurt") joins the one slot of the same
 * passage with the same kind, role and group whose subject is known, when there is exactly one.
 */
function adoptUnknownSubjects(slots: Map<string, { slot: Slot; mentions: Mention[] }>): void {
  for (const [key, { slot, mentions }] of [...slots]) {
    if (!slot.counted || slot.subject !== null || slot.role === null) continue;
    const homes = [...slots.entries()].filter(
      ([other, { slot: s }]) =>
        other !== key &&
        s.counted &&
        s.family === slot.family &&
        s.unit === slot.unit &&
        s.subject !== null &&
        s.role === slot.role &&
        s.container === slot.container &&
        s.sum === slot.sum,
    );
    if (homes.length !== 1) continue;
    homes[0]![1].mentions.push(...mentions);
    slots.delete(key);
  }
}

/** Splits a slot's mentions into groups of mutually compatible mentions, at most one per source. */
function agreeingClusters(slot: readonly Mention[]): Mention[][] {
  // Clusters are found by value first (most mentions repeat a value), so that a slot with
  // thousands of mentions (a table of figures, a 20,000-word paragraph) stays near linear.
  const clusters: { mentions: Mention[]; sources: Set<number>; key: string }[] = [];
  const open = new Map<string, (typeof clusters)[number][]>();
  for (const m of slot) {
    const key = readingKey(m);
    let home = open.get(key)?.find((c) => !c.sources.has(m.source));
    if (!home) {
      // Another value may still agree ("about 400" with "300 to 450"): try each value's newest cluster.
      for (const list of open.values()) {
        const c = list[list.length - 1]!;
        if (
          c.key !== key &&
          !c.sources.has(m.source) &&
          c.mentions.every((x) => compatible(x, m) && checkable(x, m))
        ) {
          home = c;
          break;
        }
      }
    }
    if (home) {
      home.mentions.push(m);
      home.sources.add(m.source);
    } else {
      const cluster = { mentions: [m], sources: new Set([m.source]), key };
      clusters.push(cluster);
      push(open, key, cluster);
    }
  }
  return clusters.map((c) => c.mentions);
}

const READING_KEYS = new WeakMap<Mention, string>();
/** What makes two mentions the same reading: role and value (computed once per mention). */
function readingKey(m: Mention): string {
  let key = READING_KEYS.get(m);
  if (key === undefined) {
    key = `${m.role}|${JSON.stringify(m.value)}`;
    READING_KEYS.set(m, key);
  }
  return key;
}

/** Appends to a list in a map of lists. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The graded status of a group: conflict when two readings cannot both be true (a conflict found
 * only by referent, across passages, is shown as differs unless both readings are firm), differs when hedges or rounding could
 * reconcile them, agreement when they are the same value; a running count (a toll, people missing)
 * whose values differ and whose sentences mark a latest figure ("rose to", "so far") is an update.
 */
function gradedStatus(
  mentions: readonly Mention[],
  sentenceText: (m: Mention) => string,
  basis: Figure['basis'],
): Figure['status'] {
  if (mentions.some(wrongWeekday)) return 'conflict';
  if (new Set(mentions.map((m) => m.source)).size < 2) return 'single-source';
  // Compare distinct readings, not every pair of mentions: a fact repeated by hundreds of sources
  // usually takes a handful of forms.
  const readings = new Map<
    string,
    { mention: Mention; sources: Set<number>; bodies: Set<string | undefined> }
  >();
  for (const m of mentions) {
    const key = readingKey(m);
    const reading = readings.get(key);
    if (reading) {
      reading.sources.add(m.source);
      reading.bodies.add(m.attribution);
    } else readings.set(key, { mention: m, sources: new Set([m.source]), bodies: new Set([m.attribution]) });
  }
  const list = [...readings.values()];
  let worst: 'same' | 'differs' | 'conflict' = 'same';
  // Whether a conflicting pair is of two firm readings (see firmReading): across passages, such a
  // pair of one referent is a conflict too. Any such pair counts, not only the first conflicting
  // pair met (readings are in source order: the status must not depend on it).
  let firm = false;
  for (let i = 0; i < list.length && !(worst === 'conflict' && firm); i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      const oneSource =
        a.sources.size === 1 && b.sources.size === 1 && [...a.sources][0] === [...b.sources][0];
      if (oneSource) continue;
      let relation = relate(a.mention, b.mention);
      if (relation === 'conflict' && aroundMidnight(a.mention, b.mention)) relation = 'differs';
      // Different bodies' estimates ("police said" / "organisers said") differ; they do not conflict.
      if (relation === 'conflict' && !otherBodies(a.bodies, b.bodies)) {
        worst = 'conflict';
        if ((firmReading(a.mention) && firmReading(b.mention)) || oneSpeaker(a, b)) {
          firm = true;
          break;
        }
        continue;
      }
      if (relation !== 'same' && worst !== 'conflict') worst = 'differs';
    }
  }
  if (mentions.some(lastingDay)) firm = false;
  if (worst === 'same') return 'agreement';
  const running = mentions.some((m) => m.role && RUNNING_ROLES.has(m.role));
  if (running && mentions.some((m) => UPDATE_CUE.test(sentenceText(m)))) return 'update';
  // Across passages, precise figures joined by their near-equal values (basis 'value') conflict, and
  // so do two firm readings of one referent; other readings of one referent only differ.
  if (worst === 'conflict' && (basis === 'passage' || basis === 'value' || firm)) return 'conflict';
  return 'differs';
}

/** A day of an event that goes on for days ("the fire" / "the floods" on Monday): see LASTING_EVENTS. */
function lastingDay(m: Mention): boolean {
  return m.kind === 'date' && m.subjectClass !== null && LASTING_EVENTS.has(m.subjectClass);
}

/**
 * A reading that states one fixed fact as it is: no hedge, bound or vague amount, not garbled, not a
 * forecast, and not a running count (a toll, people missing or arrested), which a later report may
 * give higher. Two firm readings of one referent that cannot both hold are a conflict even across
 * passages ("two toddlers" / "four toddlers" on board; "the nine-day drills" / "the drills last six
 * days"; the crash "on Monday" / "on Sunday"): nothing but a mistake reconciles them.
 */
function firmReading(m: Mention): boolean {
  return (
    // Ages of one name stay at most differs: two people may share a surname.
    m.kind !== 'age' &&
    !m.value.hedge &&
    !m.value.vague &&
    !m.value.alternatives?.length &&
    !m.projected &&
    // An increment ("3,000 more troops") may be set against a total: another referent.
    !INCREMENT.test(m.text) &&
    !(m.role && RUNNING_ROLES.has(m.role))
  );
}

/**
 * Two readings of a running count (a toll) that every mention gives to one and the same body's
 * speaker ("a ministry spokesperson cited 60 wounded" / "a spokesman for the ministry said 52 were
 * wounded"): one source's figures, so a later report does not explain the gap; they conflict as two
 * firm readings do. Hedged or vague readings stay apart (they may be reconciled).
 */
function oneSpeaker(
  a: { mention: Mention; bodies: ReadonlySet<string | undefined> },
  b: { mention: Mention; bodies: ReadonlySet<string | undefined> },
): boolean {
  const plain = (m: Mention) =>
    !m.value.hedge && !m.value.vague && !m.value.alternatives?.length && !m.projected;
  if (!plain(a.mention) || !plain(b.mention)) return false;
  if (!(a.mention.role && RUNNING_ROLES.has(a.mention.role))) return false;
  const all = [...a.bodies, ...b.bodies];
  if (all.some((body) => body === undefined)) return false;
  return new Set(all.map((body) => organisation(body!))).size === 1;
}

/** Two readings that every mention attributes, each to bodies the other never names. */
function otherBodies(a: ReadonlySet<string | undefined>, b: ReadonlySet<string | undefined>): boolean {
  if (a.has(undefined) || b.has(undefined)) return false;
  const theirs = new Set([...b].map((body) => organisation(body!)));
  for (const body of a) if (theirs.has(organisation(body!))) return false;
  return true;
}

/** Words for who speaks for a body, not the body ("police official", "army spokesman"). */
const SPEAKER = /\s+(?:official|spokesman|spokeswoman|spokesperson|source|officer)$/;

/** The body an attribution names: "police official" and "police source" speak for the police. */
function organisation(body: string): string {
  return body.replace(SPEAKER, '');
}

/** Whether a group differs only because different bodies give different estimates. */
function onlyEstimates(mentions: readonly Mention[]): boolean {
  const readings = new Map<string, { mention: Mention; bodies: Set<string | undefined> }>();
  for (const m of mentions) {
    const key = readingKey(m);
    const reading = readings.get(key);
    if (reading) reading.bodies.add(m.attribution);
    else readings.set(key, { mention: m, bodies: new Set([m.attribution]) });
  }
  const list = [...readings.values()];
  let estimates = false;
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      if (relate(list[i]!.mention, list[j]!.mention) !== 'conflict') continue;
      if (!otherBodies(list[i]!.bodies, list[j]!.bodies)) return false;
      estimates = true;
    }
  return estimates;
}

const KIND_SUBJECT: Partial<Record<FigureKind, string>> = {
  date: 'date',
  time: 'time of day',
  'relative-time': 'when',
  duration: 'how long',
};

/**
 * The body a figure's counts name, when most of its mentions name one and none another, and the
 * label does not already say it: two figures of one class and role (troops killed) are told apart
 * by whose they are ("marine troops killed" / "american troops killed").
 */
function bodyLabel(group: readonly Mention[], what: string | null): string {
  const bodies = new Set(group.flatMap((m) => (m.body ? [m.body] : [])));
  if (bodies.size !== 1) return '';
  const body = [...bodies][0]!;
  if (group.filter((m) => m.body).length * 2 < group.length) return '';
  if (what && (what.includes(body) || body.includes(what))) return '';
  return `${body} `;
}

/** What a figure is about, in plain words: "attackers killed", "troops", "when (troops)". */
function describeSubject(
  group: readonly Mention[],
  bySentence: ReadonlyMap<string, Mention[]>,
  sentenceOf: (m: Mention) => Sentence | undefined,
): string {
  const m = labelMention(group) ?? group[0]!;
  if (m.kind === 'count' || m.kind === 'proportion' || m.kind === 'money' || m.kind === 'percent') {
    const subject = m.subjectClass ? plainWord(m.subjectClass) : null;
    const what =
      m.kind === 'proportion'
        ? subject
          ? `share (${subject})`
          : 'share'
        : (subject ?? (m.kind === 'count' ? 'number' : m.kind));
    // Casualties and a possibility with no other role are qualifiers: "people (casualties)".
    const role =
      m.role === 'casualties' || m.role === 'possible' ? ` (${m.role})` : m.role ? ` ${m.role}` : '';
    // "the bodies of 40 passengers": the counted thing is the bodies, of passengers.
    const counted = countedContainer(m, sentenceOf(m));
    if (counted && !m.sumOf) return `${counted} of ${writtenNoun(m) ?? what}${role}`;
    // A group noun ("in a battalion"), or a share of a count or part of a group ("of 40,000"); a
    // part of the very thing counted ("six of the deceased") says nothing more.
    // "six of the deceased": part of the dead, whom the role already names.
    const partOfItself =
      m.container !== null &&
      (m.container === `part of ${m.subject}` ||
        m.container === `part of ${m.subjectClass}` ||
        (m.role !== null && roleOfNoun(m.container.replace(/^part of /, '')) === m.role));
    const container =
      !m.container || partOfItself
        ? ''
        : /^(?:part )?of /.test(m.container)
          ? ` ${m.container}`
          : ` (in a ${m.container})`;
    return `${bodyLabel(group, what)}${m.sumOf ? 'people' : what}${role}${container}`;
  }
  // A timespan's subject: what the sentence counted just before it ("half the troops ... months ago").
  const base = KIND_SUBJECT[m.kind] ?? m.kind;
  if (m.kind === 'date' || m.kind === 'time') return base;
  if (m.kind === 'age') return m.subject ? `age (${plainWord(m.subject)})` : 'age';
  // What lasts, when the text names it ("how long (exercises)"); a count or length before it names
  // something else ("3 million people visited over the past two weeks" is not how long people last).
  if (m.kind === 'duration' && m.value.relation === 'every') return 'how often';
  if (m.kind === 'duration') return m.subjectClass ? `${base} (${plainWord(m.subjectClass)})` : base;
  const neighbour = bySentence
    .get(`${m.source}:${m.sentence}`)
    ?.find((x) => x.subjectClass && x.end <= m.start && m.start - x.end < 60);
  return neighbour ? `${base} (${plainWord(neighbour.subjectClass!)})` : base;
}

/**
 * The mention whose counted thing names the figure: the class most of the figure's mentions count
 * (the first on a tie), as a mention names it in its own words ("two Chileans", not the "two" of
 * "two from Chile", whose subject is read from the country nearby); a class no mention names in its
 * own words is a label only when no class is.
 */
function labelMention(group: readonly Mention[]): Mention | undefined {
  const named = group.filter((x) => x.subjectClass);
  const own = named.filter(namesItsThing);
  const counts = new Map<string, number>();
  for (const x of named) counts.set(x.subjectClass!, (counts.get(x.subjectClass!) ?? 0) + 1);
  let best: Mention | undefined;
  for (const x of own.length ? own : named)
    if (!best || counts.get(x.subjectClass!)! > counts.get(best.subjectClass!)!) best = x;
  return best;
}

/** Whether a mention's own words hold its counted thing (its lemma or class, give or take an ending). */
function namesItsThing(m: Mention): boolean {
  const text = m.text.toLowerCase();
  const holds = (word: string | null) =>
    word !== null && text.includes(word.toLowerCase().slice(0, Math.max(3, word.length - 2)));
  return holds(m.subject) || holds(m.subjectClass);
}

/** A word as a label shows it: no possessive or stray punctuation at its ends ("nigeria'" is "nigeria"). */
function plainWord(word: string): string {
  // Performance: a plain ASCII word (most labels) has nothing to strip.
  if (/^[a-z0-9](?:[a-z0-9 -]*[a-z0-9])?$/.test(word)) return word;
  return word.replace(/['’]s?$/u, '').replace(END_PUNCTUATION(), '');
}

// Unicode classes: compiled on first use, as plain twins on plain text (performance: tokens/letters.ts).
const END_PUNCTUATION = unicodeRegExp(String.raw`^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$`, 'gu');
const NOUN_OF = unicodeRegExp(String.raw`(\p{L}+)\s+of\s+(?:the\s+)?$`, 'u');
const LAST_WORD = unicodeRegExp(String.raw`(\p{L}+)\W*$`, 'u');

/**
 * Nouns that stand one for one for the people they are of (a body per passenger): "the bodies of 22
 * passengers" counts bodies. General English, not a list of any article's words; other plural
 * nouns before "of" ("reports of 60 killed") do not count themselves.
 */
const ONE_FOR_ONE = /^(?:bodies|corpses|remains|coffins)$/;

/**
 * The container as written when it is what is counted: a plural noun that stands one for one for
 * the counted people, before "of" and the number ("the bodies of 40 passengers"), not a group that
 * holds the count ("a battalion of 500 men") nor a report of it.
 */
function countedContainer(m: Mention, sentence: Sentence | undefined): string | undefined {
  if (!m.container || !sentence || /^(?:part )?of /.test(m.container)) return undefined;
  const before = sentence.text.slice(0, m.start - sentence.start);
  const word = NOUN_OF().exec(before)?.[1]?.toLowerCase();
  if (!word || !/s$/.test(word) || !ONE_FOR_ONE.test(word)) return undefined;
  const stem = m.container.toLowerCase().slice(0, Math.max(3, m.container.length - 2));
  return word.startsWith(stem) && word !== m.container.toLowerCase() ? word : undefined;
}

/** The counted noun as the mention writes it, lower case ("40 passengers": "passengers"). */
function writtenNoun(m: Mention): string | undefined {
  const last = LAST_WORD().exec(m.text)?.[1]?.toLowerCase();
  return last && namesItsThing(m) ? last : undefined;
}

/**
 * Whether anything checks two dates against each other: a calendar part both give (year, month,
 * day or weekday), or a weekday against a full date. "Thursday" and "October 7" with no year
 * share nothing: they neither agree nor conflict. Other kinds are always checkable.
 */
function checkable(a: Mention, b: Mention): boolean {
  if (a.kind !== 'date' || b.kind !== 'date') return true;
  const x = a.value;
  const y = b.value;
  for (const key of ['year', 'month', 'day', 'weekday'] as const)
    if (x[key] !== undefined && y[key] !== undefined) return true;
  const full = (v: typeof x) => v.year !== undefined && v.month !== undefined && v.day !== undefined;
  return (x.weekday !== undefined && full(y)) || (y.weekday !== undefined && full(x));
}

/** Whether a weekday is said to be late in the day ("late Tuesday", "Tuesday night") or early. */
const DAY_PARTS = new WeakMap<Mention, 'late' | 'early' | undefined>();

/** Words before a weekday that put it late in the day or early (general English). */
const LATE_BEFORE = /\b(?:late|overnight)(?:\s+on)?\s*$/i;
const EARLY_BEFORE = /\b(?:early|in the early hours of)(?:\s+on)?\s*$/i;
/** Words after a weekday that put it late in the day or early. */
const LATE_AFTER = /^\s*(?:night|evening)\b/i;

function readDayPart(m: Mention, sentence: Sentence): 'late' | 'early' | undefined {
  const before = sentence.text.slice(0, m.start - sentence.start);
  const after = sentence.text.slice(m.end - sentence.start);
  const own = m.text.toLowerCase();
  if (LATE_BEFORE.test(before) || LATE_AFTER.test(after) || /\b(?:late|night|evening)\b/.test(own))
    return 'late';
  if (EARLY_BEFORE.test(before) || /\bearly\b/.test(own)) return 'early';
  return undefined;
}

/**
 * Late one day and early the next ("late Tuesday" / "early Wednesday") are around midnight: they
 * may be the same time, told in different time zones or on either side of midnight.
 */
function aroundMidnight(a: Mention, b: Mention): boolean {
  const x = a.value.weekday;
  const y = b.value.weekday;
  if (a.kind !== 'date' || b.kind !== 'date' || x === undefined || y === undefined) return false;
  const next = (d: number) => (d + 1) % 7;
  return (
    (next(x) === y && DAY_PARTS.get(a) === 'late' && DAY_PARTS.get(b) === 'early') ||
    (next(y) === x && DAY_PARTS.get(b) === 'late' && DAY_PARTS.get(a) === 'early')
  );
}

/** A date whose stated weekday is not the weekday of its (stated or inferred) calendar date. */
function wrongWeekday(m: Mention): boolean {
  const { weekday, year, month, day } = m.value;
  return (
    m.kind === 'date' &&
    weekday !== undefined &&
    year !== undefined &&
    month !== undefined &&
    day !== undefined &&
    weekdayOf(year, month, day) !== weekday
  );
}

/**
 * Why a figure has its status, as data (the views put it into words, see views/explain.ts): the
 * readings (sources that give one value, with their wordings), the rule applied, garbled phrases
 * whose other reading would agree, and dates whose weekday is not the weekday of their date.
 */
function reasons(
  mentions: readonly Mention[],
  state: Figure['status'],
  basis: Figure['basis'],
  aligned?: readonly number[],
): Figure['reasons'] {
  const quote = (m: Mention) => m.text.replace(/\s+/g, ' ');
  const wrongWeekdays = mentions.filter(wrongWeekday).map((m) => {
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
  const readings = grouped.map((reading) => ({
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
  const garbled = mentions
    .filter((g) => g.value.alternatives?.length)
    .filter((g) => mentions.every((m) => m === g || compatible(m, g) || compatibleAsAlternative(g, m)))
    .map((g) => ({ source: g.source, alternative: g.value.alternatives![0]! }));
  return {
    rule,
    readings,
    garbled,
    wrongWeekdays,
    ...(aligned ? { aligned: [...aligned] } : {}),
    ...(bound ? { bound } : {}),
  };
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
 * ("35,000" / "up to 61,000"): more likely two different things counted than one figure rounded.
 */
function farApart(readings: readonly Mention[]): boolean {
  return readings.some((a) =>
    readings.some((b) => a !== b && a.kind === b.kind && !nearValues(a, b) && relate(a, b) === 'differs'),
  );
}
