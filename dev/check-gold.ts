// Checks an event folder's gold.json against its articles without running the analysis (segmentation
// only, so a collector may run it before the gold is final): every quote occurs exactly once in its
// file and starts inside a sentence the tool reads; a figure quote's first number is printed so the
// collector can see the figure the scorer will locate.
// Run: node scripts/build-dev.mjs && node .dev/check-gold.js test/fixtures/real/EVENT
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSources } from '../source/corpus/load.js';
import { eventFiles, locate, type RealGold } from './real-score.js';

const folder = process.argv[2];
if (!folder) throw new Error('usage: node .dev/check-gold.js FOLDER');
const sources = await loadSources(eventFiles(folder));
const gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')) as RealGold;
let problems = 0;
const check = (entry: [string, string], where: string) => {
  try {
    const l = locate(sources, entry);
    if (l.sentence === null) {
      problems++;
      console.log(`${where}: not inside a sentence the tool reads: ${entry[0]} "${entry[1]}"`);
    }
    return l;
  } catch (error) {
    problems++;
    console.log(`${where}: ${(error as Error).message}`);
    return null;
  }
};
for (const fact of gold.facts) for (const m of fact.members) check(m, fact.id);
for (const group of gold.figures)
  for (const side of group.sides)
    for (const m of side) {
      const l = check(m, `figure "${group.about}"`);
      if (l && process.argv.includes('--figures'))
        console.log(
          `  ${group.about}: ${m[0]} -> ${sources[l.source]!.text.slice(l.figureStart, l.figureEnd)}`,
        );
    }
console.log(`${gold.facts.length} facts, ${gold.figures.length} figure groups, ${problems} problems`);
process.exitCode = problems ? 1 : 0;
