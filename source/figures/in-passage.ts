// Inside one aligned passage: counts that do not say what they count join the one slot that does, and
// a slot a source gives several times splits into agreeing clusters.
import { push } from './groups.js';
import type { Slot } from './slots.js';
import { checkable, readingKey } from './slots.js';
import type { Mention } from './types.js';
import { compatible } from './values.js';

/**
 * A count that does not say what it counts ("Five of them were hurt") joins the one slot of the same
 * passage with the same kind, role and group whose subject is known, when there is exactly one.
 */
export function adoptUnknownSubjects(slots: Map<string, { slot: Slot; mentions: Mention[] }>): void {
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
export function agreeingClusters(slot: readonly Mention[]): Mention[][] {
  // Clusters are found by value first (most mentions repeat a value), so that a slot with
  // thousands of mentions (a table of figures, a 20,000-word paragraph) stays near linear.
  // Each cluster's readings, one mention each (performance: whether a mention agrees with a cluster
  // depends only on the readings there, as compatible and checkable read the kind, role and value
  // alone, one kind to a slot; a cluster of hundreds of sources holds a few readings).
  const clusters: {
    mentions: Mention[];
    sources: Set<number>;
    key: string;
    readings: Map<string, Mention>;
  }[] = [];
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
          [...c.readings.values()].every((x) => compatible(x, m) && checkable(x, m))
        ) {
          home = c;
          break;
        }
      }
    }
    if (home) {
      home.mentions.push(m);
      home.sources.add(m.source);
      if (!home.readings.has(key)) home.readings.set(key, m);
    } else {
      const cluster = { mentions: [m], sources: new Set([m.source]), key, readings: new Map([[key, m]]) };
      clusters.push(cluster);
      push(open, key, cluster);
    }
  }
  return clusters.map((c) => c.mentions);
}
