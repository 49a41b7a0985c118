// `npm run eval`: scores the analysis against gold annotations made by reading the articles:
// seeds/ (the shipped articles) and test/fixtures/heldout/ (reports of other events, not used for tuning).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../analysis/analyze.js';
import { loadSources } from '../corpus/load.js';
import { type GoldAlignment, scoreAlignment } from './alignment-score.js';
import { type GoldFigures, scoreFigures } from './figures-score.js';

/** The evaluation sets: folder and gold files, relative to the repository. */
export const EVAL_SETS = [
  { name: 'seeds', folder: 'seeds', alignment: 'seeds-alignment.json', figures: 'seeds-figures.json' },
  {
    name: 'heldout/quake',
    folder: 'test/fixtures/heldout/quake',
    alignment: 'quake-alignment.json',
    figures: 'quake-figures.json',
  },
];

const root = fileURLToPath(new URL('..', import.meta.url));
const verbose = process.argv.includes('--verbose');
const pct = (x: number) => x.toFixed(3);
const gold = <T>(name: string) => JSON.parse(readFileSync(`${root}test/fixtures/gold/${name}`, 'utf8')) as T;

for (const set of EVAL_SETS) {
  const sources = await loadSources([`${root}${set.folder}`]);
  const started = performance.now();
  const comparison = analyze(sources);
  const ms = performance.now() - started;
  const alignment = scoreAlignment(sources, comparison.passages, gold<GoldAlignment>(set.alignment));
  const figures = scoreFigures(sources, comparison.figures, gold<GoldFigures>(set.figures));
  const count = (status: string) => comparison.figures.filter((f) => f.status === status).length;
  console.log(
    `${set.name}: ${sources.length} sources, ${comparison.passages.length} passages, analysed in ${ms.toFixed(1)} ms`,
  );
  console.log(
    `  alignment   precision ${pct(alignment.precision)}  recall ${pct(alignment.recall)}  F1 ${pct(alignment.f1)}  (${alignment.truePositives}/${alignment.predicted} predicted pairs right, ${alignment.required} gold pairs)`,
  );
  console.log(
    `  conflicts   precision ${pct(figures.precision)}  recall ${pct(figures.recall)}  (${figures.matched}/${figures.found} found are real, ${figures.gold} in gold)  compatible wordings called conflicts: ${figures.violations.length}`,
  );
  console.log(
    `  figures     ${count('conflict')} conflicts, ${count('agreement')} agreements, ${count('single-source')} single-source`,
  );
  const details = [
    ...alignment.falsePairs.map((l) => `false pair: ${l}`),
    ...alignment.missedPairs.map((l) => `missed pair: ${l}`),
    ...figures.falseConflicts.map((l) => `false conflict: ${l}`),
    ...figures.missed.map((l) => `missed conflict: ${l}`),
    ...figures.violations.map((l) => `compatible called conflict: ${l}`),
  ];
  if (verbose) for (const line of details) console.log(`    ${line}`);
  else if (details.length) console.log(`    (${details.length} details: npm run eval -- --verbose)`);
}
