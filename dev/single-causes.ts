// Why "single-source" entries of the TUNING half are wrong (another source on the same gold side
// states the value), counted by cause; with --heldout, the held-out half's counts too: a breakdown
// of its MEAN line that names no item (reading it to choose a rule makes that rule tuned on the
// held-out half, so say so). Each wrong entry is counted once, by the first cause that fits its
// nearest other-source quote: unread, another kind, same kind but another value, then by what
// differs between the two mentions (counted thing, role, unit) and whether they share a passage.
// Run: node scripts/build-dev.mjs && node .dev/single-causes.js [--heldout]
import { analyze } from '../source/analysis/analyze.js';
import type { Mention } from '../source/figures/types.js';
import { peopleAndThings } from '../source/lexicon/quantities.js';
import { eventsOf, loadEvent, root } from './dev-sets.js';
import { newsDay } from './event-days.js';
import { holds } from './figures-score.js';
import { locate } from './real-score.js';

const halves = process.argv.includes('--heldout') ? (['tune', 'heldout'] as const) : (['tune'] as const);
for (const half of halves) {
  const causes = new Map<string, number>();
  let total = 0;
  for (const event of eventsOf(half)) {
    const { sources, gold } = await loadEvent(event);
    const comparison = analyze(sources, { asOf: newsDay(`${root}test/fixtures/real/${event}`) });
    const passagesOf = (m: Mention) =>
      comparison.passages.flatMap((p, i) =>
        p.members.some((x) => x.source === m.source && x.start <= m.start && m.start < x.end) ? [i] : [],
      );
    const groups = gold.figures.map((g) => ({
      ...g,
      located: g.sides.map((s) => s.map((e) => locate(sources, e))),
    }));
    const written = (l: { source: number; figureStart: number; figureEnd: number }) =>
      sources[l.source]!.text.slice(l.figureStart, l.figureEnd).toLowerCase().replace(/[\s,]/g, '');
    for (const figure of comparison.figures) {
      if (figure.status !== 'single-source') continue;
      const found: string[] = [];
      for (const g of groups)
        for (const side of g.located) {
          const mine = side.filter((l) => figure.mentions.some((m) => holds(m, l)));
          const others = side.filter(
            (l) =>
              !mine.some((x) => x.source === l.source) &&
              mine.some((x) => g.label !== 'different-referent' || written(x) === written(l)),
          );
          if (!mine.length || !others.length) continue;
          const m = figure.mentions.find((x) => mine.some((l) => holds(x, l)))!;
          for (const l of others) {
            const ns = comparison.figures.flatMap((f) => f.mentions.filter((x) => holds(x, l)));
            if (!ns.length) {
              found.push('the other quote is not read');
              continue;
            }
            const n = ns[0]!;
            const together = passagesOf(m).some((p) => passagesOf(n).includes(p));
            const where = together ? 'one passage' : 'different passages';
            if (n.kind !== m.kind)
              found.push(`other kinds (${[m.kind, n.kind].sort().join(' / ')}), ${where}`);
            else if (
              n.value.min !== m.value.min ||
              n.value.max !== m.value.max ||
              n.value.unit !== m.value.unit
            )
              found.push(`${m.kind}: other numbers as read, ${where}`);
            else if (JSON.stringify(n.value) !== JSON.stringify(m.value)) {
              const parts = (v: Mention['value']) => JSON.stringify(Object.entries(v).sort());
              const holder = comparison.figures.find((f) => f.mentions.includes(n))!;
              found.push(
                `${m.kind}: same numbers, ${
                  parts(n.value) === parts(m.value)
                    ? `same reading (roles ${m.role}/${n.role}; other in a ${holder.status})`
                    : `other ${[...new Set([...Object.keys(m.value), ...Object.keys(n.value)])]
                        .filter(
                          (k) =>
                            JSON.stringify((m.value as Record<string, unknown>)[k]) !==
                            JSON.stringify((n.value as Record<string, unknown>)[k]),
                        )
                        .sort()
                        .join('+')}; roles ${m.role}/${n.role}; other in a ${holder.status}`
                }, ${where}`,
              );
            } else if ((n.subjectClass ?? '') !== (m.subjectClass ?? '')) {
              const holder = comparison.figures.find((f) => f.mentions.includes(n))!;
              const why = [
                (m.value.min ?? 0) < 3 ? 'under 3' : '',
                m.subjectClass && n.subjectClass && peopleAndThings(m.subjectClass, n.subjectClass)
                  ? 'people/things'
                  : '',
                (m.role ?? '') !== (n.role ?? '') ? 'roles' : '',
                (m.container ?? '') !== (n.container ?? '') ? 'groups' : '',
                holder.status !== 'agreement' && holder.status !== 'single-source'
                  ? `in a ${holder.status}`
                  : '',
                holder.reasons.readings.length > 1 ? 'several readings' : '',
              ].filter(Boolean);
              found.push(
                `${m.kind}: same value, other counted thing (${m.subjectClass && n.subjectClass ? 'both named' : 'one named'}; ${why.join(', ') || 'no reason seen'}), ${where}`,
              );
            } else if ((n.role ?? '') !== (m.role ?? ''))
              found.push(`${m.kind}: same value and thing, other role, ${where}`);
            else found.push(`${m.kind}: same value, thing and role, ${where}`);
          }
        }
      if (!found.length) continue;
      total++;
      // The cause nearest to a join: same value first, then same kind, then the rest.
      const rank = (c: string) =>
        c.includes('same value')
          ? 0
          : c.includes('other numbers') || c.includes('same numbers')
            ? 1
            : c.includes('other kinds')
              ? 2
              : 3;
      const cause = [...found].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))[0]!;
      causes.set(cause, (causes.get(cause) ?? 0) + 1);
    }
  }
  console.log(`${half}: ${total} wrong single-source entries`);
  for (const [cause, n] of [...causes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
    console.log(`  ${String(n).padStart(3)}  ${cause}`);
}
