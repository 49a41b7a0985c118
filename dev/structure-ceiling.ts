// What the passage structure allows: pair recall and strict precision of the grouping on the TUNING
// half when the pair model is perfect (p = 1 for two sentences that share a gold fact, 0 otherwise;
// every such pair is a candidate), under today's grouping options and looser ones. A recall target
// above what a perfect model reaches under some options cannot be met by better pair evidence alone.
// Run: node scripts/build-dev.mjs && node .dev/structure-ceiling.js

import { DEFAULT_GROUP_OPTIONS } from '../source/align/align.js';
import type { ScoredCandidates } from '../source/align/candidates.js';
import { buildFeatures } from '../source/align/features.js';
import { groupSentences, type PairModel } from '../source/align/group.js';
import type { Passage } from '../source/align/types.js';
import { loadHalf, loadSeedSet } from './dev-sets.js';
import { factsBySentence, scoreRealAlignment } from './real-score.js';

const sets = process.argv.includes('--seeds') ? [await loadSeedSet()] : await loadHalf('tune');
// [most sentences of a source per passage, widest span, echo bar (1: no echoes)]
const variants = [
  [DEFAULT_GROUP_OPTIONS.maxPerSource, DEFAULT_GROUP_OPTIONS.span, DEFAULT_GROUP_OPTIONS.echo ?? 1],
  [DEFAULT_GROUP_OPTIONS.maxPerSource, DEFAULT_GROUP_OPTIONS.span, 1],
  [3, 100, 0.9],
  [10, 1000, 0.9],
  [10, 1000, 1],
] as const;
for (const [max, span, echo] of variants) {
  let r = 0;
  let pr = 0;
  for (const { sources, facts: goldFacts } of sets) {
    const facts = factsBySentence(sources, goldFacts);
    const table = buildFeatures(sources);
    const fOf = (id: number) => {
      const s = table.sentences[id]!;
      return facts.get(`${s.source}:${s.sentence}`);
    };
    const pf = (a: number, b: number) => {
      const fa = fOf(a);
      const fb = fOf(b);
      return fa &&
        fb &&
        table.sentences[a]!.source !== table.sentences[b]!.source &&
        [...fa].some((f) => fb.has(f))
        ? 1
        : 0;
    };
    const labelled = table.sentences.filter((s) => fOf(s.id)).map((s) => s.id);
    const scored: ScoredCandidates = table.sentences.map((s) => {
      const ids = labelled.filter(
        (x) => x !== s.id && table.sentences[x]!.source !== s.source && pf(s.id, x),
      );
      return { ids: Int32Array.from(ids), scores: Float64Array.from(ids, () => 1) };
    });
    const model: PairModel = {
      p: pf,
      relative: () => 1,
      candidate: (a, k) => pf(a, scored[a]!.ids[k]!),
      mutual: () => true,
    };
    const options = { ...DEFAULT_GROUP_OPTIONS, maxPerSource: max, span, echo };
    const groups = groupSentences(table, scored, model, options);
    const passages: Passage[] = groups.map((g) => {
      const bySource = new Map<number, number[]>();
      for (const id of [...g.ids, ...(g.echoes ?? [])]) {
        const s = table.sentences[id]!;
        bySource.set(s.source, [...(bySource.get(s.source) ?? []), s.sentence]);
      }
      return {
        members: [...bySource].map(([source, sentences]) => ({ source, sentences })),
      } as unknown as Passage;
    });
    const score = scoreRealAlignment(sources, passages, goldFacts);
    r += score.recall;
    pr += score.precision;
  }
  console.log(
    `perfect pairs, max ${max} span ${span} echo ${echo}: R ${(r / sets.length).toFixed(3)} P ${(pr / sets.length).toFixed(3)}`,
  );
}
