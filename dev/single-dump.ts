// Wrong "single-source" entries of the TUNING half, with what the other sources state: each entry's
// mentions (value, subject, role, attribution, sentence) and, for each gold quote of another source
// on the same side, the figures whose mentions hold it. Run: node scripts/build-dev.mjs && node .dev/single-dump.js [event]
import { analyze } from '../source/analysis/analyze.js';
import type { Figure, Mention } from '../source/figures/types.js';
import { eventsOf, loadEvent, root } from './dev-sets.js';
import { newsDay } from './event-days.js';
import { holds } from './figures-score.js';
import { locate } from './real-score.js';

const only = process.argv[2];
const show = (m: Mention) =>
  `[s${m.source}#${m.sentence}] "${m.text}" ${m.kind} ${JSON.stringify(m.value)} subj=${m.subject}/${m.subjectClass} role=${m.role} cont=${m.container}${m.attribution ? ` attr=${m.attribution}` : ''}${m.body ? ` body=${m.body}` : ''}${m.projected ? ' projected' : ''}`;
for (const event of eventsOf('tune')) {
  if (only && !event.includes(only)) continue;
  const { sources, gold } = await loadEvent(event);
  const comparison = analyze(sources, { asOf: newsDay(`${root}test/fixtures/real/${event}`) });
  const figures: Figure[] = comparison.figures;
  const groups = gold.figures.map((g) => ({
    ...g,
    located: g.sides.map((s) => s.map((e) => locate(sources, e))),
  }));
  const where = new Map<string, string[]>();
  for (const p of comparison.passages)
    for (const mem of p.members)
      for (const s of mem.sentences) {
        const k = `${mem.source}:${s}`;
        where.set(k, [...(where.get(k) ?? []), `${p.id}(${p.members.length})`]);
      }
  const pas = (source: number, sentence: number | null) =>
    (where.get(`${source}:${sentence}`) ?? []).join(',') || '-';
  for (const figure of figures) {
    if (figure.status !== 'single-source') continue;
    for (const g of groups)
      for (const side of g.located) {
        const mine = side.filter((l) => figure.mentions.some((m) => holds(m, l)));
        const written = (l: { source: number; figureStart: number; figureEnd: number }) =>
          sources[l.source]!.text.slice(l.figureStart, l.figureEnd).toLowerCase().replace(/[\s,]/g, '');
        const others = side.filter(
          (l) =>
            !mine.some((x) => x.source === l.source) &&
            mine.some((x) => g.label !== 'different-referent' || written(x) === written(l)),
        );
        if (!mine.length || !others.length) continue;
        console.log(`\n== ${event} ${figure.id} (${g.label}: ${g.about})`);
        for (const m of figure.mentions) {
          console.log(`  MINE ${show(m)} P=${pas(m.source, m.sentence)}`);
          console.log(`       ${sources[m.source]!.sentences[m.sentence]!.text}`);
        }
        for (const l of others) {
          const holders = figures.filter((f) => f.mentions.some((m) => holds(m, l)));
          console.log(`  OTHER ${l.label} P=${pas(l.source, l.sentence)}`);
          if (l.sentence !== null) console.log(`       ${sources[l.source]!.sentences[l.sentence]!.text}`);
          for (const f of holders)
            for (const m of f.mentions.filter((m) => holds(m, l)))
              console.log(`     in ${f.id} ${f.status}/${f.basis} ${show(m)}`);
          if (!holders.length) console.log('     (unread)');
        }
      }
  }
}
