// How many figures of a counted thing with no role each source gives, counting the figures in which
// the source names the thing beside other sources' counts that name nothing ("12,400 people" agreed
// with a bare "12,400"): compare.ts compares two such figures only when each is its source's one
// figure of the thing, and a figure of bare counts is no figure of the thing, but its source still
// gave one ("12,400 people marched, compared to 11,000 last time": the 11,000 is another group's).
import type { Group } from './groups.js';
import type { Mention } from './types.js';

/** By key of the counted thing (`keyOf`), by source: how many such figures name it. */
export function namedBesideBare(
  groups: readonly Group[],
  absorbed: ReadonlySet<Group>,
  keyOf: (m: Mention) => string | undefined,
): Map<string, Map<number, number>> {
  const out = new Map<string, Map<number, number>>();
  for (const group of groups) {
    if (absorbed.has(group) || group.mentions.some((m) => m.sumOf || m.role)) continue;
    if (group.mentions.every((m) => m.subjectClass)) continue;
    const seen = new Set<string>();
    for (const m of group.mentions) {
      const key = m.kind === 'count' && m.subjectClass ? keyOf(m) : undefined;
      if (key === undefined || seen.has(`${m.source} ${key}`)) continue;
      seen.add(`${m.source} ${key}`);
      const bySource = out.get(key) ?? new Map<number, number>();
      out.set(key, bySource);
      bySource.set(m.source, (bySource.get(m.source) ?? 0) + 1);
    }
  }
  return out;
}
