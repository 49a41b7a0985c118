// Graded status of a figure: conflict, differs, update or agreement, from its readings, bodies,
// firm readings, running counts and days around midnight.
import type { Sentence } from '../corpus/types.js';
import { LASTING_EVENTS, RUNNING_ROLES, UPDATE_CUE } from '../lexicon/quantities.js';
import { readingKey } from './slots.js';
import type { Figure, Mention } from './types.js';
import { comparedUnit, quantityInterval, relate, weekdayOf } from './values.js';

/** Words that make a count an increment over another, not a total (general English). */
export const INCREMENT = /\b(?:other|another|more|additional|further|extra)\b/i;

/**
 * The graded status of a group: conflict when two readings cannot both be true (a conflict found
 * only by referent, across passages, is shown as differs unless both readings are firm), differs when hedges or rounding could
 * reconcile them, agreement when they are the same value; a running count (a toll, people missing)
 * whose values differ and whose sentences mark a latest figure ("rose to", "so far") is an update.
 */
export function gradedStatus(
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
      if (relation === 'conflict' && roundOneConversion(a.mention, b.mention, list)) relation = 'same';
      // Different bodies' estimates ("police said" / "organisers said") differ; they do not conflict.
      if (relation === 'conflict' && !otherBodies(a.bodies, b.bodies)) {
        worst = 'conflict';
        if (
          (firmReading(a.mention) && firmReading(b.mention)) ||
          oneSpeaker(a, b) ||
          farApart(a.mention, b.mention) ||
          oneFullName(a.mention, b.mention)
        ) {
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

/**
 * Two figures in one unit of measure that each round the figure another reading gives in another
 * unit ("180 miles" / "190 miles" / "300 km": 300 km is 186 miles): a published conversion is
 * rounded, and the outlets rounded the same figure differently, so they agree. All three are plain
 * numbers: a hedge on any of them ("about 300 km") widens what it holds past a rounding, so the
 * two could lie far apart ("160 miles" / "220 miles").
 */
function roundOneConversion(a: Mention, b: Mention, readings: readonly { mention: Mention }[]): boolean {
  if (a.kind !== 'measure' || b.kind !== 'measure' || a.value.unit !== b.value.unit) return false;
  if (!plainNumber(a) || !plainNumber(b)) return false;
  return readings.some(
    ({ mention: c }) =>
      c.kind === 'measure' &&
      plainNumber(c) &&
      c.value.unit !== a.value.unit &&
      comparedUnit(c.value.unit) === comparedUnit(a.value.unit) &&
      relate(a, c) === 'same' &&
      relate(b, c) === 'same',
  );
}

/** A number stated as it is: no hedge, not vague, not a range. */
function plainNumber(m: Mention): boolean {
  return !m.value.hedge && !m.value.vague && (m.value.max ?? m.value.min) === m.value.min;
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
 * Two ages given after the same full name, in either order ("Oren Valdis, 52," / "Valdis Oren, 53,"):
 * one person, not two who share a surname, so the two ages cannot both hold.
 */
function oneFullName(a: Mention, b: Mention): boolean {
  const name = fullNameKey(a);
  return name !== undefined && name === fullNameKey(b);
}

/**
 * The full name an age is given after, its two words in alphabetical order ("oren valdis" for
 * "Oren Valdis, 52," and "Valdis Oren, 53,"), or undefined for an age of no full name.
 */
export function fullNameKey(m: Mention): string | undefined {
  if (m.kind !== 'age' || !m.givenName || !m.subject) return undefined;
  return [m.givenName, m.subject].sort().join(' ');
}

/**
 * Hedges of approximation that bound a figure on both sides ("about 300", "some 300"; "nearly 300"
 * is below 300 and not far below): a bound open on one side ("at least", "more than", "up to") may
 * hold figures far past it, so it is never read twice as loosely here.
 */
const APPROXIMATE = new Set(['about', 'nearly']);

/**
 * Two readings, each firm but for a hedge of approximation, that the hedge read twice as loosely
 * still cannot reconcile ("nearly 150 kg" / "400 kg": 120-150 kg cannot reach 400): nothing but a
 * mistake reconciles them, as for two firm readings. A hedge that reaches the other figure once
 * widened ("some four" / "two") keeps them at differs: news hedges are loose.
 */
function farApart(a: Mention, b: Mention): boolean {
  if (!a.value.hedge && !b.value.hedge) return false;
  const loose = (m: Mention) =>
    (!m.value.hedge || APPROXIMATE.has(m.value.hedge)) &&
    firmReading({ ...m, value: { ...m.value, hedge: undefined } });
  if (!loose(a) || !loose(b) || (a.value.unit ?? '') !== (b.value.unit ?? '')) return false;
  const x = twiceHedged(a);
  const y = twiceHedged(b);
  return x.hi < y.lo || y.hi < x.lo;
}

/** The interval of a reading under its hedge read twice as loosely (see quantityInterval). */
function twiceHedged(m: Mention): { lo: number; hi: number } {
  const i = quantityInterval(m.value);
  const min = m.value.min ?? 0;
  const max = m.value.max ?? min;
  if (m.value.hedge === 'about') return { lo: min - 2 * (min - i.lo), hi: max + 2 * (i.hi - max) };
  if (m.value.hedge === 'nearly') return { lo: min - 2 * (min - i.lo), hi: min };
  return i;
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
export function organisation(body: string): string {
  return body.replace(SPEAKER, '');
}

/** Whether a group differs only because different bodies give different estimates. */
export function onlyEstimates(mentions: readonly Mention[]): boolean {
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

/** Whether a weekday is said to be late in the day ("late Tuesday", "Tuesday night") or early. */
export const DAY_PARTS = new WeakMap<Mention, 'late' | 'early' | undefined>();

/** Words before a weekday that put it late in the day or early (general English). */
const LATE_BEFORE = /\b(?:late|overnight)(?:\s+on)?\s*$/i;
const EARLY_BEFORE = /\b(?:early|in the early hours of)(?:\s+on)?\s*$/i;
/** Words after a weekday that put it late in the day or early. */
const LATE_AFTER = /^\s*(?:night|evening)\b/i;

export function readDayPart(m: Mention, sentence: Sentence): 'late' | 'early' | undefined {
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
export function aroundMidnight(a: Mention, b: Mention): boolean {
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
export function wrongWeekday(m: Mention): boolean {
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
