// Why gold same-fact pairs of the TUNING half end up apart: not proposed as candidates, scored below
// the edge bar, below the relative bar, or scored high enough but kept apart by grouping.
// Run: node scripts/build-dev.mjs && node .dev/miss-causes.js
import { align, DEFAULT_GROUP_OPTIONS } from '../source/align/align.js';
import { scoreCandidates } from '../source/align/candidates.js';
import { buildFeatures } from '../source/align/features.js';
import { groupSentences, pairProbabilities } from '../source/align/group.js';
import { loadHalf } from './dev-sets.js';
import { locate } from './real-score.js';

const total = { pairs: 0, together: 0, candidate: 0, edge: 0, relative: 0, grouping: 0 };
// Pairs kept apart by grouping, by what stops their groups joining now: a source's slots or span
// (slot), the groups' mean probability below the link bar (link), both, or neither (order: the
// groups could join now, but the edge came when one of them was different).
const kept = { slot: 0, link: 0, both: 0, neither: 0 };
const linkMeans: number[] = [];
const bins = [0, 0.1, 0.3, 0.5, 0.7, 1.01];
const hist = new Array(bins.length - 1).fill(0);
for (const { sources, gold } of await loadHalf('tune')) {
  const table = buildFeatures(sources);
  const offset: number[] = [];
  let at = 0;
  for (const s of sources) {
    offset.push(at);
    at += s.sentences.length;
  }
  const scored = scoreCandidates(table);
  const model = pairProbabilities(table, scored);
  const passages = align(sources);
  const groups = groupSentences(table, scored, model, DEFAULT_GROUP_OPTIONS);
  const groupOf = new Map<number, number[]>();
  for (const g of groups) for (const id of g.ids) groupOf.set(id, g.ids);
  const members = (id: number) => groupOf.get(id) ?? [id];
  const home = new Map<number, Set<number>>();
  passages.forEach((p, i) => {
    for (const m of p.members)
      for (const s of m.sentences) {
        const id = offset[m.source]! + s;
        if (!home.has(id)) home.set(id, new Set());
        home.get(id)!.add(i);
      }
  });
  const seen = new Set<string>();
  for (const fact of gold.facts) {
    const located = fact.members
      .map((e) => locate(sources, e))
      .filter((l) => l.sentence !== null && !l.optional);
    for (let i = 0; i < located.length; i++)
      for (let j = i + 1; j < located.length; j++) {
        const a = located[i]!;
        const b = located[j]!;
        if (a.source === b.source) continue;
        const x = offset[a.source]! + a.sentence!;
        const y = offset[b.source]! + b.sentence!;
        const key = `${Math.min(x, y)}|${Math.max(x, y)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        total.pairs++;
        if ([...home.get(x)!].some((p) => home.get(y)!.has(p))) {
          total.together++;
          continue;
        }
        if (!scored[x]!.ids.includes(y) && !scored[y]!.ids.includes(x)) {
          total.candidate++;
          continue;
        }
        const p = model.p(x, y);
        hist[bins.findIndex((lo, k) => p >= lo && p < bins[k + 1]!)]++;
        if (p < DEFAULT_GROUP_OPTIONS.edge) total.edge++;
        else if (model.relative(x, y) < DEFAULT_GROUP_OPTIONS.relative) total.relative++;
        else {
          total.grouping++;
          const gx = members(x);
          const gy = members(y);
          const src = (id: number) => table.sentences[id]!;
          let slot = false;
          for (const s of new Set(gx.map((id) => src(id).source))) {
            const mine = [...gx, ...gy].filter((id) => src(id).source === s).map((id) => src(id).sentence);
            if (mine.length > DEFAULT_GROUP_OPTIONS.maxPerSource) slot = true;
            if (Math.max(...mine) - Math.min(...mine) > DEFAULT_GROUP_OPTIONS.span) slot = true;
          }
          let sum = 0;
          let count = 0;
          for (const a of gx)
            for (const b of gy)
              if (src(a).source !== src(b).source) {
                sum += model.p(a, b);
                count++;
              }
          const mean = count ? sum / count : 0;
          linkMeans.push(mean);
          const low = mean < DEFAULT_GROUP_OPTIONS.link;
          kept[slot && low ? 'both' : slot ? 'slot' : low ? 'link' : 'neither']++;
        }
      }
  }
}
console.log(total);
console.log('kept apart by grouping:', kept);
const linkBins = [0, 0.3, 0.5, 0.6, 0.7, 0.75, 1.01];
console.log(
  'mean probability between their groups:',
  linkBins
    .slice(0, -1)
    .map((b, k) => `${b}+: ${linkMeans.filter((m) => m >= b && m < linkBins[k + 1]!).length}`)
    .join('  '),
);
console.log(
  'probabilities of missed candidate pairs:',
  bins
    .slice(0, -1)
    .map((b, k) => `${b}+: ${hist[k]}`)
    .join('  '),
);
