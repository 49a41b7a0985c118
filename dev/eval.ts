// `npm run eval`: scores the analysis against gold annotations made by reading the articles.
// - seeds/ (the shipped articles; tuned on);
// - test/fixtures/heldout/quake (four constructed reports of another event; tuned on in v1, so it is
//   reported as a tuning set, not as held out);
// - test/fixtures/real/ (real published articles, one folder per event; splits.json says which half
//   is tuned on and which is held out; each event is analysed as of its README's news day). Options: --verbose lists misses and wrong pairs, but never
//   for the held-out half unless --show-heldout is given (reading them makes them tuning data);
//   --event TEXT scores only the real events whose folder name contains TEXT (MEAN lines then
//   cover those events only).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../source/analysis/analyze.js';
import { loadSources } from '../source/corpus/load.js';
import { newsDay } from './event-days.js';
import { type GoldFigures, scoreFigures } from './figures-score.js';
import {
  eventFiles,
  factsFromGroups,
  type GoldAlignment,
  type RealGold,
  scoreRealAlignment,
  scoreRealFigures,
} from './real-score.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const verbose = process.argv.includes('--verbose');
const showHeldout = process.argv.includes('--show-heldout');
const eventArg = process.argv.indexOf('--event');
const only = eventArg >= 0 ? process.argv[eventArg + 1] : undefined;
const f3 = (x: number) => x.toFixed(3);
const json = <T>(path: string) => JSON.parse(readFileSync(`${root}${path}`, 'utf8')) as T;

/** The v1 sets, scored as before (pairwise precision against groups with optional members). */
const V1_SETS = [
  { name: 'seeds', folder: 'seeds', alignment: 'seeds-alignment.json', figures: 'seeds-figures.json' },
  {
    name: 'quake',
    folder: 'test/fixtures/heldout/quake',
    alignment: 'quake-alignment.json',
    figures: 'quake-figures.json',
  },
];

for (const set of V1_SETS) {
  const sources = await loadSources([`${root}${set.folder}`]);
  const comparison = analyze(sources, { asOf: null });
  const goldAlignment = json<GoldAlignment>(`test/fixtures/gold/${set.alignment}`);
  const strict = scoreRealAlignment(sources, comparison.passages, factsFromGroups(goldAlignment));
  const figures = scoreFigures(
    sources,
    comparison.figures,
    json<GoldFigures>(`test/fixtures/gold/${set.figures}`),
  );
  console.log(`${set.name} (tuning): ${sources.length} sources, ${comparison.passages.length} passages`);
  console.log(
    `  alignment   pair recall ${f3(strict.recall)} (${strict.placed}/${strict.required})  strict precision ${f3(strict.precision)} (${strict.correct}/${strict.predicted})`,
  );
  // Wrong "single-source" entries, where gold lists the mentions that state one value.
  const goldFigures = json<GoldFigures>(`test/fixtures/gold/${set.figures}`);
  const single = goldFigures.same
    ? scoreRealFigures(
        sources,
        comparison.figures,
        goldFigures.same.map((g) => ({ about: g.about, label: 'agreement' as const, sides: [g.mentions] })),
      ).wrongSingle
    : undefined;
  console.log(
    `  conflicts   precision ${f3(figures.precision)}  recall ${f3(figures.recall)} (${figures.matched}/${figures.found} found are real, ${figures.gold} in gold)  compatible called conflicts: ${figures.violations.length}${single ? `  wrong single-source ${single.length}` : ''}`,
  );
  if (verbose) for (const l of single ?? []) console.log(`    wrong single-source: ${l}`);
  if (verbose) {
    for (const l of strict.missed) console.log(`    missed pair: ${l}`);
    for (const l of strict.wrong) console.log(`    wrong pair: ${l}`);
    for (const l of figures.missed) console.log(`    missed conflict: ${l}`);
    for (const l of figures.falseConflicts) console.log(`    false conflict: ${l}`);
    for (const l of figures.violations) console.log(`    compatible called conflict: ${l}`);
  }
}

const splits = json<{ tune: string[]; heldout: string[] }>('test/fixtures/real/splits.json');
const onDisk = readdirSync(`${root}test/fixtures/real`, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`${root}test/fixtures/real/${d.name}/gold.json`))
  .map((d) => d.name)
  .sort();
const unsplit = onDisk.filter((e) => !splits.tune.includes(e) && !splits.heldout.includes(e));
if (unsplit.length) throw new Error(`splits.json does not place: ${unsplit.join(', ')}`);

interface Row {
  recall: number;
  precision: number;
  mustSee: number;
  mustSeeFound: number;
  conflicts: number;
  conflictsFound: number;
  falseConflicts: number;
  wrongSingle: number;
  unreadFigures: number;
}

for (const [half, events] of [
  ['tuning half', splits.tune],
  ['held-out half', splits.heldout],
] as const) {
  console.log(`\nreal development set, ${half} (${events.length} events)`);
  const rows: Row[] = [];
  for (const event of events.filter((e) => onDisk.includes(e) && (!only || e.includes(only)))) {
    const gold = json<RealGold>(`test/fixtures/real/${event}/gold.json`);
    const folder = `${root}test/fixtures/real/${event}`;
    const sources = await loadSources(eventFiles(folder));
    // The reports' present is the event's news day, as a user would give it with --as-of.
    const comparison = analyze(sources, { asOf: newsDay(folder) });
    const a = scoreRealAlignment(sources, comparison.passages, gold.facts);
    const f = scoreRealFigures(sources, comparison.figures, gold.figures);
    rows.push({
      recall: a.recall,
      precision: a.precision,
      mustSee: f.mustSee,
      mustSeeFound: f.mustSeeFound,
      conflicts: f.conflicts,
      conflictsFound: f.conflictsFound,
      falseConflicts: f.falseConflicts.length,
      wrongSingle: f.wrongSingle.length,
      unreadFigures: f.unread.length,
    });
    console.log(
      `  ${event.padEnd(42)} recall ${f3(a.recall)} (${a.placed}/${a.required})  precision ${f3(a.precision)} (${a.correct}/${a.predicted})  unread quotes ${a.unread}  must-see ${f.mustSeeFound}/${f.mustSee}  conflicts ${f.conflictsFound}/${f.conflicts}  false conflicts ${f.falseConflicts.length}  wrong single-source ${f.wrongSingle.length}  unread figures ${f.unread.length}`,
    );
    if (verbose && (half === 'tuning half' || showHeldout)) {
      for (const l of a.missed) console.log(`    missed pair: ${l}`);
      for (const l of a.wrong) console.log(`    wrong pair: ${l}`);
      for (const l of f.missed) console.log(`    missed figure: ${l}`);
      for (const l of f.falseConflicts) console.log(`    false conflict: ${l}`);
      for (const l of f.wrongSingle) console.log(`    wrong single-source: ${l}`);
      for (const l of f.unread) console.log(`    unread figure: ${l}`);
    }
  }
  if (!rows.length) continue;
  const mean = (pick: (r: Row) => number) => rows.reduce((s, r) => s + pick(r), 0) / rows.length;
  const sum = (pick: (r: Row) => number) => rows.reduce((s, r) => s + pick(r), 0);
  console.log(
    `  MEAN ${half}: pair recall ${f3(mean((r) => r.recall))}  strict precision ${f3(mean((r) => r.precision))}  must-see recall ${f3(
      sum((r) => r.mustSeeFound) /
        Math.max(
          1,
          sum((r) => r.mustSee),
        ),
    )} (${sum((r) => r.mustSeeFound)}/${sum((r) => r.mustSee)})  conflicts ${sum((r) => r.conflictsFound)}/${sum((r) => r.conflicts)}  false conflicts/event ${f3(mean((r) => r.falseConflicts))}  wrong single-source ${sum((r) => r.wrongSingle)}  unread figures ${sum((r) => r.unreadFigures)}`,
  );
}
