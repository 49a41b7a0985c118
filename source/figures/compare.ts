import type { Passage } from '../align/types.js';
import type { Source } from '../corpus/types.js';
import { RUNNING_ROLES } from '../lexicon/quantities.js';
import { bodiesAgree, rivalEstimates, splitByBody, splitByPlace } from './bodies.js';
import { DAY_PARTS, fullNameKey, gradedStatus, INCREMENT, organisation, readDayPart } from './grades.js';
import type { Group } from './groups.js';
import {
  byOnlyKey,
  canonicalOrder,
  forEachLivePair,
  homesOf,
  magnitudeGap,
  push,
  rolelessScopes,
  sameMagnitude,
  shareASource,
  sourcesOf,
  statesNumber,
  valueKey,
} from './groups.js';
import { adoptUnknownSubjects, agreeingClusters } from './in-passage.js';
import { describeSubject } from './labels.js';
import { namedBesideBare } from './named-beside.js';
import { NAMED } from './read-count.js';
import { reasons } from './reasons.js';
import { joinRecords } from './records.js';
import { joinRevisions } from './revisions.js';
import type { Slot } from './slots.js';
import { allCheckable, checkable, readingKey, roleClass, slotKey, slotOf } from './slots.js';
import type { CalendarDate, Figure, Mention } from './types.js';
import {
  bareJoins,
  contextKeys,
  joinNearPrecise,
  joinOwnRestatements,
  joinRestatedValues,
  joinSharedRestatements,
  sameReferent,
} from './value-joins.js';
import { comparedUnit, relate } from './values.js';

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
  // Greedy joins take groups and mentions in order, so that order comes from the contents, never
  // from the sources' ids or places (renaming the files must not regroup the figures).
  const order = canonicalOrder(sources, passages);
  const canonical = [...mentions].sort((a, b) => order.source[a.source]! - order.source[b.source]!);
  const groupOrder = (g: Group) => order.group(g);
  const { passageOf, memberOf } = homesOf(passages);
  /**
   * Whether a source's mentions of a slot in a passage give it once: one mention, or the same
   * reading in each of its members (a fact told in two places of the article, its figure restated).
   */
  const givesOnce = (ms: readonly Mention[]) =>
    ms.length === 1 ||
    (new Set(ms.map((m) => memberOf.get(`${m.source}:${m.sentence}`))).size === ms.length &&
      new Set(ms.map(readingKey)).size === 1);
  for (const m of canonical) {
    if (m.kind !== 'date' || m.value.weekday === undefined) continue;
    const sentence = sources[m.source]!.sentences[m.sentence];
    if (sentence) DAY_PARTS.set(m, readDayPart(m, sentence));
  }
  const byPassage = new Map<number, Mention[]>();
  for (const m of canonical) {
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
  for (const [p, list] of [...byPassage.entries()].sort(
    (a, b) => order.passage[a[0]]! - order.passage[b[0]]!,
  )) {
    const slots = new Map<string, { slot: Slot; mentions: Mention[] }>();
    for (const m of list) {
      const slot = slotOf(m);
      const key = slotKey(slot);
      const entry = slots.get(key);
      if (entry) entry.mentions.push(m);
      else slots.set(key, { slot, mentions: [m] });
    }
    adoptUnknownSubjects(slots);
    const parts = [...slots.values()].flatMap((s) => splitByBody(s.mentions)).flatMap(splitByPlace);
    for (const slot of parts) {
      const perSource = new Map<number, Mention[]>();
      for (const m of slot) push(perSource, m.source, m);
      // A bare count (nothing says what it counts or what happened to it) is too vague to
      // contradict anything: it joins only what it agrees with.
      const bare = slot[0]!.kind === 'count' && !slot[0]!.subjectClass && !slot[0]!.role;
      // A source's rival estimates (each value another body's) are compared as one figure too.
      const once = (ms: readonly Mention[]) => givesOnce(ms) || rivalEstimates(ms, slot, organisation);
      if (
        !bare &&
        perSource.size > 1 &&
        [...perSource.values()].every(once) &&
        allCheckable(slot) &&
        !rolelessScopes(slot)
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

  joinNearPrecise(groups, absorbed, join, groupOrder);

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
    // Figures several sources give are the firmer ones: clusters start from them (a stable sort,
    // so groups of as many sources keep their order).
    const open = list
      .filter((g) => !g.mentions.some((m) => m.sumOf))
      .sort((a, b) => sourcesOf(b).size - sourcesOf(a).size);
    // Figures of one referent that are orders of magnitude apart are different events (a day's
    // toll and a war's; a contingent of 3,200 and an exercise of 300,000), not two reports of one
    // figure: each group joins the cluster nearest its magnitude, or starts one (a toll of 2,700
    // in reach of both a count of 640 and one of 6,130 is an earlier report of the 6,130, not
    // of the count four times smaller).
    const clusters: Group[] = [];
    for (const group of open) {
      let home: Group | undefined;
      for (const c of clusters)
        if (
          sameMagnitude(c, group) &&
          bodiesAgree(c.mentions, group.mentions) &&
          (!home || magnitudeGap(c, group) < magnitudeGap(home, group))
        )
          home = c;
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
  joinRestatedValues(groups, absorbed, join, contextOf, present, groupOrder);
  joinSharedRestatements(groups, absorbed, join, statusOf);
  // Across passages, how far back a superlative's record runs ("since 2007" / "in decades").
  const records = joinRecords(groups, absorbed, join, present);
  // Without a role ("two toddlers" / "four toddlers"), the counted thing alone is a weak referent:
  // compared only when the event gives exactly two figures of it, one value each (a third figure
  // usually means the thing is counted for different groups: each candidate's votes). A figure
  // one source alone gives, when that source also gives another figure of the thing, is that
  // source's count of another group (an earlier crash's foreign nationals) and is not counted.
  // A figure whose mentions name the thing in two classes ("12 foreigners" / "12 foreign
  // nationals", joined by value) is a figure of each class most of its mentions name; an increment
  // ("one further blast") is not a figure of the thing.
  const roleless = new Map<string, Group[]>();
  const namedBeside = namedBesideBare(groups, absorbed, crossKey);
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
  for (const [key, list] of roleless.entries()) {
    const live = list.filter((g) => !absorbed.has(g) && statusOf(g) !== 'conflict');
    // How many of the thing's figures each source gives (linear: a table of figures stays fast).
    // (And the figures where a source names the thing beside bare counts: named-beside.ts.)
    const perSource = new Map(namedBeside.get(key));
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
  // has one age, so every such figure of one name is compared (after a surname alone at most as
  // differs: two people may share it; a full name in either order is one person: grades.ts). Ages
  // of a kind of person ("a 64-year-old man") are compared inside passages only.
  // A mention other than an age rules a group out; a described person's age says nothing of the name.
  const sameName = namesInEitherOrder(groups.flatMap((g) => g.mentions));
  const ages = byOnlyKey(groups, absorbed, (m) =>
    m.kind !== 'age'
      ? null
      : m.subjectClass?.startsWith(`${NAMED} `)
        ? (sameName.get(m.subjectClass) ?? m.subjectClass)
        : undefined,
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

  // Across passages, the weight of one named substance ("450 kg of explosives" / "nearly 250 kg
  // explosives"): as for lengths, compared when the event gives exactly two figures of it, from
  // different sources (a story of several seizures gives more).
  const weights = byOnlyKey(groups, absorbed, (m) =>
    m.kind === 'measure' && m.subjectClass ? `${comparedUnit(m.value.unit)}|${m.subjectClass}` : null,
  );
  for (const list of weights.values()) {
    const open = list.filter((g) => !absorbed.has(g) && statusOf(g) !== 'conflict');
    if (open.length !== 2) continue;
    const [a, b] = open as [Group, Group];
    if (!shareASource(a, b)) joinReferent(a, b);
  }

  const bySentence = new Map<string, Mention[]>();
  for (const m of canonical) push(bySentence, `${m.source}:${m.sentence}`, m);
  const revised = joinRevisions(sources, groups, absorbed, bySentence, join);
  const figures = groups
    .filter((g) => !absorbed.has(g))
    .map((g) => {
      const ordered = [...g.mentions].sort((a, b) => a.source - b.source || a.start - b.start);
      // What decides the label on a tie is the contents' order, not the sources'.
      const inCanonicalOrder = [...g.mentions].sort(
        (a, b) => order.source[a.source]! - order.source[b.source]! || a.start - b.start,
      );
      // A conflict inside an aligned passage stands in the figure that took in the same referent.
      const graded = gradedStatus(inCanonicalOrder, sentenceText, g.basis);
      // A conflict of an aligned passage stands, unless the figure is a running count that its
      // sentences say was updated ("raised the toll to ..."): then the figure is an update.
      const state =
        records.get(g) ??
        (revised.has(g) && sourcesOf(g).size > 1
          ? 'update'
          : g.aligned && graded !== 'update'
            ? 'conflict'
            : graded);
      const first = Math.min(...g.passages);
      const why = reasons(inCanonicalOrder, state, g.basis, state === 'conflict' ? g.aligned : undefined);
      return {
        first,
        figure: {
          id: '',
          status: state,
          basis: g.basis,
          kind: ordered[0]!.kind,
          subject: describeSubject(
            inCanonicalOrder,
            bySentence,
            (m) => sources[m.source]!.sentences[m.sentence],
          ),
          passages: [...g.passages].sort((a, b) => a - b).map((p) => passages[p]!.id),
          mentions: ordered,
          // "Not in aligned passages": only a record joined across passages (referent) says so.
          reasons:
            records.has(g) && state === 'differs' && g.basis === 'referent'
              ? { ...why, rule: 'record' }
              : why,
        } satisfies Figure,
      };
    });
  return numberFigures(figures);
}

/**
 * Figures in list order, numbered F1, F2...: the most urgent first (RANK), then by their first
 * passage (`first`, its place in reading order), then by their first mention's source and offset.
 * The comparison and the last pass (other-words.ts) both number figures so.
 */
export function numberFigures(list: readonly { figure: Figure; first: number }[]): Figure[] {
  return [...list]
    .sort(
      (a, b) =>
        RANK[a.figure.status] - RANK[b.figure.status] ||
        a.first - b.first ||
        a.figure.mentions[0]!.source - b.figure.mentions[0]!.source ||
        a.figure.mentions[0]!.start - b.figure.mentions[0]!.start,
    )
    .map(({ figure }, i) => ({ ...figure, id: `F${i + 1}` }));
}

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

/**
 * The classes of named ages whose full names some mentions write in the other order ("Oren Valdis"
 * / "Valdis Oren": family name first or last), each to one class of the two: one person.
 */
function namesInEitherOrder(mentions: readonly Mention[]): Map<string, string> {
  // The surnames each full name is written with: two means both orders.
  const surnames = new Map<string, Set<string>>();
  for (const m of mentions) {
    const key = fullNameKey(m);
    if (key === undefined) continue;
    const seen = surnames.get(key);
    if (seen) seen.add(m.subject!);
    else surnames.set(key, new Set([m.subject!]));
  }
  const same = new Map<string, string>();
  for (const [key, seen] of surnames) {
    if (seen.size < 2) continue;
    const [one, other] = key.split(' ') as [string, string];
    same.set(`${NAMED} ${other}`, `${NAMED} ${one}`);
  }
  return same;
}
