// Grid search of the grouping options on the TUNING half of the real development set (and the
// seeds): mean pair recall and strict precision per option set. Never reads the held-out half.
// Run: node scripts/build-dev.mjs && node .dev/align-tune.js
import { align } from '../source/align/align.js';
import type { GroupOptions } from '../source/align/group.js';
import { loadHalf, loadSeedSet } from './dev-sets.js';
import { scoreRealAlignment } from './real-score.js';

const sets = await loadHalf('tune');
const { sources: seeds, facts: seedFacts } = await loadSeedSet();

function run(options: GroupOptions) {
  let r = 0;
  let pr = 0;
  for (const set of sets) {
    const score = scoreRealAlignment(set.sources, align(set.sources, options), set.facts);
    r += score.recall;
    pr += score.precision;
  }
  const s = scoreRealAlignment(seeds, align(seeds, options), seedFacts);
  return `tune R ${(r / sets.length).toFixed(3)} P ${(pr / sets.length).toFixed(3)} | seeds R ${s.recall.toFixed(3)} P ${s.precision.toFixed(3)}`;
}

const grid = process.argv[2] ? JSON.parse(process.argv[2]) : {};
for (const edge of grid.edge ?? [0.5, 0.6, 0.7])
  for (const link of grid.link ?? [0.3, 0.4, 0.5])
    for (const maxPerSource of grid.max ?? [2, 3])
      for (const relative of grid.relative ?? [0])
        for (const span of grid.span ?? [2])
          for (const echo of grid.echo ?? [1])
            for (const far of grid.far ?? [undefined])
              console.log(
                `edge ${edge} link ${link} max ${maxPerSource} relative ${relative} span ${span} echo ${echo} far ${far}: ${run({ edge, link, maxPerSource, relative, span, echo, far })}`,
              );
