import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../source/analysis/analyze.js';
import type { Comparison } from '../../source/analysis/types.js';
import { loadSources } from '../../source/corpus/load.js';
import type { Source } from '../../source/corpus/types.js';

// Input order must not change results (issue 17). Loading sorts sources by id, so the CLI is
// order-independent whatever the stages do (test/e2e/robustness.test.ts checks the bytes). These
// properties go one level down: the analysis itself, given the sources in another order, should
// find the same passages and figures, named by source id rather than position.

/** The comparison with positions replaced by ids, every list sorted: what must not depend on order. */
function canonical(comparison: Comparison) {
  const id = (i: number) => comparison.sources[i]!.id;
  const passages = comparison.passages
    .map((p) =>
      p.members
        .map((m) => `${id(m.source)}:${m.start}-${m.end}`)
        .sort()
        .join(' '),
    )
    .sort();
  const figures = comparison.figures
    .map(
      (f) =>
        `${f.status} ${f.mentions
          .map((m) => `${id(m.source)}:${m.start}-${m.end}`)
          .sort()
          .join(' ')}`,
    )
    .sort();
  return { passages, figures };
}

const REAL = new URL('../fixtures/real/', import.meta.url).pathname;
let seeds: Source[];
let corpora: Source[][];
beforeAll(async () => {
  seeds = await loadSources([new URL('../../seeds', import.meta.url).pathname]);
  const quake = await loadSources([new URL('../fixtures/heldout/quake', import.meta.url).pathname]);
  const real = await Promise.all(
    readdirSync(REAL, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => {
        const folder = join(REAL, entry.name);
        const articles = readdirSync(folder).filter((name) => name.endsWith('.txt'));
        return loadSources(articles.map((name) => join(folder, name)));
      }),
  );
  corpora = [seeds, quake, ...real];
});

describe('order independence of the analysis', () => {
  it('loading sorts the sources, so any argument order gives the same sources', async () => {
    const paths = seeds.map((s) => s.path);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(paths, { minLength: paths.length }), async (order) => {
        expect((await loadSources(order)).map((s) => s.id)).toEqual(seeds.map((s) => s.id));
      }),
      { numRuns: 10 },
    );
  });

  // analyze() orders its sources by id itself (as loading does), so positions cannot decide ties.
  // Eight random orders of the seeds and the quake set, three of each real event (the cost grows
  // with the development set; test/robustness/renamed.test.ts renames every event's files, and
  // `node .dev/renamed.js --all` tries every order).
  it('the analysis finds the same passages and figures for any order of its sources', () => {
    for (const [k, corpus] of corpora.entries()) {
      const reference = canonical(analyze(corpus));
      const positions = corpus.map((_, i) => i);
      fc.assert(
        fc.property(fc.shuffledSubarray(positions, { minLength: positions.length }), (order) => {
          expect(canonical(analyze(order.map((i) => corpus[i]!)))).toEqual(reference);
        }),
        { numRuns: k < 2 ? 8 : 3 },
      );
    }
  });
});
