// Why gold must-see disagreements (conflicts and updates) of the TUNING half are missed, counted by
// cause (with --heldout, the held-out half's counts too: a breakdown of its MEAN line that names no
// item; reading it to choose a rule makes that rule tuned on the held-out half, so say so).
// Run: node scripts/build-dev.mjs && node .dev/must-see-causes.js
import { analyze } from '../source/analysis/analyze.js';
import type { Mention } from '../source/figures/types.js';
import { eventsOf, loadEvent, root } from './dev-sets.js';
import { newsDay } from './event-days.js';
import { holds } from './figures-score.js';
import { locate } from './real-score.js';

const SHOWN = new Set(['conflict', 'differs', 'update']);

const halves = process.argv.includes('--heldout') ? (['tune', 'heldout'] as const) : (['tune'] as const);
for (const half of halves) {
  const causes = new Map<string, number>();
  const add = (cause: string) => causes.set(cause, (causes.get(cause) ?? 0) + 1);
  const details = new Map<string, number>();
  const detail = (cause: string) => details.set(cause, (details.get(cause) ?? 0) + 1);
  let total = 0;
  for (const event of eventsOf(half)) {
    const { sources, gold } = await loadEvent(event);
    const comparison = analyze(sources, { asOf: newsDay(`${root}test/fixtures/real/${event}`) });
    const mentions = comparison.figures.flatMap((f) => f.mentions.map((m) => ({ m, f })));
    // The passages a mention's text sits in (a sentence may serve two: an echo).
    const passagesOf = (m: Mention) =>
      comparison.passages.flatMap((p, i) =>
        p.members.some((x) => x.source === m.source && x.start <= m.start && m.start < x.end) ? [i] : [],
      );
    for (const group of gold.figures) {
      if (group.label !== 'conflict' && group.label !== 'update') continue;
      total++;
      const sides = group.sides.map((side) => side.map((e) => locate(sources, e)));
      const read = sides.map((side) => mentions.filter(({ m }) => side.some((l) => holds(m, l))));
      const crossing = comparison.figures.filter(
        (f) => sides.filter((side) => side.some((l) => f.mentions.some((m) => holds(m, l)))).length >= 2,
      );
      if (crossing.some((f) => SHOWN.has(f.status))) continue;
      if (read.filter((r) => r.length > 0).length < 2) {
        add('a side is not read');
        continue;
      }
      if (crossing.length) {
        add(`in one figure, shown as ${crossing[0]!.status}`);
        continue;
      }
      // Read on two sides, in different figures: were any two of their mentions in one passage?
      const [x, y] = read.filter((r) => r.length > 0) as [(typeof read)[0], (typeof read)[0]];
      const together = x.some(({ m }) =>
        y.some(({ m: n }) => n.source !== m.source && passagesOf(m).some((p) => passagesOf(n).includes(p))),
      );
      const sameKind = x.some(({ m }) => y.some(({ m: n }) => n.kind === m.kind));
      const sameThing = x.some(({ m }) =>
        y.some(({ m: n }) => n.kind === m.kind && (n.subjectClass ?? null) === (m.subjectClass ?? null)),
      );
      const sameRole = x.some(({ m }) =>
        y.some(
          ({ m: n }) =>
            n.kind === m.kind && (n.subjectClass ?? null) === (m.subjectClass ?? null) && n.role === m.role,
        ),
      );
      // For counts of one thing and role apart: what keeps the referent join from them.
      if (!together && sameRole && x[0]!.m.kind === 'count') {
        const pairs = x.flatMap(({ m, f }) =>
          y.flatMap(({ m: n, f: g }) =>
            n.kind === m.kind && (n.subjectClass ?? null) === (m.subjectClass ?? null) && n.role === m.role
              ? [{ m, n, f, g }]
              : [],
          ),
        );
        const why = pairs.map(({ m, n, f, g }) => {
          if ((m.container ?? '') !== (n.container ?? '')) return 'other group';
          if ((m.body ?? '') !== (n.body ?? '')) return 'other body';
          if (m.role === null)
            return m.subjectClass ? 'no role, a counted thing' : 'no role, nothing counted named';
          const mid = (v: Mention) => ((v.value.min ?? 0) + (v.value.max ?? v.value.min ?? 0)) / 2;
          const r = Math.max(mid(m), mid(n)) / Math.max(1e-9, Math.min(mid(m), mid(n)));
          if (r > 5) return 'magnitude';
          const keys = (ms: readonly Mention[]) =>
            new Set(
              ms.filter((v) => v.subjectClass).map((v) => `${v.subjectClass}|${v.role}|${v.container ?? ''}`),
            ).size;
          if (keys(f.mentions) > 1 || keys(g.mentions) > 1) return 'a figure mixes referents';
          return `joined elsewhere (${f.status} / ${g.status})`;
        });
        detail(`count apart, same thing and role: ${[...new Set(why)].sort().join(', ')}`);
      }
      add(
        `${x[0]!.m.kind}: apart, ${together ? 'in one passage' : 'in different passages'}, ${
          !sameKind
            ? 'different kinds'
            : !sameThing
              ? 'same kind, other thing'
              : !sameRole
                ? 'same thing, other role'
                : 'same thing and role'
        }`,
      );
    }
  }
  const missed = [...causes.values()].reduce((a, b) => a + b, 0);
  console.log(`${half}: ${total} must-see, ${missed} missed`);
  for (const [cause, n] of [...causes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
    console.log(`  ${String(n).padStart(3)}  ${cause}`);
  for (const [cause, n] of [...details].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
    console.log(`       of which ${n}: ${cause}`);
}
