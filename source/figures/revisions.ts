// Revisions: a sentence that sets a count against an earlier one ("up from") joins the two as an update.
import type { Source } from '../corpus/types.js';
import { sameKind } from '../lexicon/quantities.js';
import type { Group } from './groups.js';
import { sourcesOf } from './groups.js';
import { slotOf } from './slots.js';
import type { Mention } from './types.js';
import { relate } from './values.js';

/**
 * Words between two counts of one sentence that set the first against an earlier figure of the same
 * thing: "upwards of 600, far higher than the first estimate of 90", "a much greater number than
 * the 90 given earlier", "500 homes, up from 120". General news English for a revision.
 */
const REVISION =
  /^[^.;]{0,40}?\b(?:(?:higher|lower|greater|larger|smaller|fewer)\b[^.;]{0,40}?\bthan|(?:up|down) from)\b[^.;]{0,50}$/i;

/**
 * Words right before the second count that set the first in its place: "exercises on five ranges,
 * rather than four ranges", "eight flights instead of five". General English for a
 * figure that replaces another.
 */
const REPLACING = /^[^.;]{0,60}?\b(?:rather than|instead of)\s+(?:the\s+)?$/i;

/**
 * A sentence that revises a count ("upwards of 600, far higher than the first estimate of 90")
 * says its two figures are one referent at two times: the figures holding each join, and are
 * an update when several sources give them. Returns the groups so joined.
 */
export function joinRevisions(
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
      const between = sources[later.source]!.text.slice(later.end, earlier.start);
      if (!REVISION.test(between) && !REPLACING.test(between)) continue;
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
