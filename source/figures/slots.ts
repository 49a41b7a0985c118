// What a mention is compared as: its slot (kind, unit, counted thing, role, group), its reading
// (role and value), and whether two dates share anything to check.
import type { Mention } from './types.js';
import { comparedUnit } from './values.js';

/** The comparison slot a mention fills: mentions are only compared within one slot. */
export interface Slot {
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
export function slotOf(m: Mention): Slot {
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
      // A statement's day, the day of what came after the event ("searched Thursday after a
      // fire") or of a figure compared with ("up from 7,000 on March 2"), is compared only with
      // days of its own sort, never with the event's day.
      return {
        ...plain,
        family:
          m.role === 'reported' || m.role === 'later' || m.role === 'compared'
            ? `date:${m.role}`
            : 'date:day',
      };
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
export function slotKey(slot: Slot): string {
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
export function roleClass(role: string): string {
  return role === 'casualties' ? 'killed' : role === 'participated' ? 'deployed' : role;
}

/** A mention's role class, '?' when the text does not say. */
export function roleOf(m: Mention): string {
  return m.role === null ? '?' : roleClass(m.role);
}

const READING_KEYS = new WeakMap<Mention, string>();
/** What makes two mentions the same reading: role and value (computed once per mention). */
export function readingKey(m: Mention): string {
  let key = READING_KEYS.get(m);
  if (key === undefined) {
    key = `${m.role}|${JSON.stringify(m.value)}`;
    READING_KEYS.set(m, key);
  }
  return key;
}

/**
 * Whether anything checks two dates against each other: a calendar part both give (year, month,
 * day or weekday), or a weekday against a full date. "Thursday" and "October 7" with no year
 * share nothing: they neither agree nor conflict. Other kinds are always checkable.
 */
export function checkable(a: Mention, b: Mention): boolean {
  if (a.kind !== 'date' || b.kind !== 'date') return true;
  const x = a.value;
  const y = b.value;
  for (const key of ['year', 'month', 'day', 'weekday'] as const)
    if (x[key] !== undefined && y[key] !== undefined) return true;
  const full = (v: typeof x) => v.year !== undefined && v.month !== undefined && v.day !== undefined;
  return (x.weekday !== undefined && full(y)) || (y.weekday !== undefined && full(x));
}

/**
 * Whether every two mentions of a list (each with itself too) are checkable, in time linear in the
 * list (performance: a slot of a fact that hundreds of sources report was checked pair by pair,
 * quadratic in the articles). checkable reads only whether a mention is a date and which calendar
 * parts it gives, so one mention of each such shape stands for all of that shape.
 */
export function allCheckable(list: readonly Mention[]): boolean {
  // Other kinds are always checkable (and most slots have no date: nothing to allocate for them).
  if (!list.some((m) => m.kind === 'date')) return true;
  const shapes = new Map<number, Mention>();
  for (const m of list) {
    const v = m.value;
    const shape =
      m.kind !== 'date'
        ? -1
        : (v.year !== undefined ? 1 : 0) |
          (v.month !== undefined ? 2 : 0) |
          (v.day !== undefined ? 4 : 0) |
          (v.weekday !== undefined ? 8 : 0);
    if (!shapes.has(shape)) shapes.set(shape, m);
  }
  const one = [...shapes.values()];
  return one.every((a) => one.every((b) => checkable(a, b)));
}
