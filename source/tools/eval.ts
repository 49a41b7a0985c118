// `npm run eval`: scores the analysis of seeds/ against gold annotations made by reading the articles.
import { readFileSync } from 'node:fs';
import { align } from '../align/align.js';
import { loadSources } from '../corpus/load.js';
import { type GoldAlignment, scoreAlignment } from './alignment-score.js';

const verbose = process.argv.includes('--verbose');
const sources = await loadSources(['seeds']);
const gold = JSON.parse(readFileSync('test/fixtures/gold/seeds-alignment.json', 'utf8')) as GoldAlignment;
const started = performance.now();
const passages = align(sources);
const ms = performance.now() - started;
const score = scoreAlignment(sources, passages, gold);

const pct = (x: number) => x.toFixed(3);
console.log('Alignment of seeds/ against test/fixtures/gold/seeds-alignment.json (sentence pairs)');
console.log(
  `  precision ${pct(score.precision)}  (${score.truePositives} of ${score.predicted} predicted pairs accepted)`,
);
console.log(`  recall    ${pct(score.recall)}  (of ${score.required} required gold pairs)`);
console.log(`  F1        ${pct(score.f1)}`);
console.log(
  `  passages  ${passages.length} (${passages.filter((p) => p.members.length > 1).length} multi-source), ${ms.toFixed(1)} ms`,
);
if (verbose || score.falsePairs.length + score.missedPairs.length <= 12) {
  for (const line of score.falsePairs) console.log(`  false: ${line}`);
  for (const line of score.missedPairs) console.log(`  missed: ${line}`);
} else {
  console.log(
    `  (${score.falsePairs.length} false, ${score.missedPairs.length} missed pairs: --verbose lists them)`,
  );
}
