// Fits the pair model's weights (source/align/model.ts, PAIR_WEIGHTS) by logistic regression on the
// TUNING half of the real development set only, and reports leave-one-event-out estimates. Labels:
// a pair of sentences from different sources is positive when gold says they share a fact; every
// other cross-source pair is negative (gold lists every fact at least two sources report).
// Run: node scripts/build-dev.mjs && node .dev/train-align.js
import { buildFeatures } from '../source/align/features.js';
import {
  FEATURE_COUNT,
  PAIR_FEATURES,
  pairEvidence,
  pairFeatures,
  probability,
  relativeScore,
} from '../source/align/model.js';
import { type DevSet, loadHalf, loadSeedSet } from './dev-sets.js';
import { factsBySentence } from './real-score.js';

interface Example {
  x: Float64Array;
  y: number;
  event: number;
  labelled: boolean;
}

/** The tuning half of the real set, plus the seeds (near-copies: translations of one wire story). */
export const TRAINING: DevSet[] = [...(await loadHalf('tune')), await loadSeedSet()];

export function examples(sets: readonly DevSet[]): Example[] {
  const out: Example[] = [];
  for (const [e, { sources, facts: gold }] of sets.entries()) {
    const facts = factsBySentence(sources, gold);
    const table = buildFeatures(sources);
    const s = table.sentences;
    const maxIdf = Math.max(...table.idf);
    const ev = s.map((a) => s.map((b) => (a.source === b.source ? undefined : pairEvidence(table, a, b))));
    const bestIn = (i: number, source: number) => {
      let best = -1;
      for (let j = 0; j < s.length; j++)
        if (s[j]!.source === source && (best < 0 || ev[i]![j]!.cosine > ev[i]![best]!.cosine)) best = j;
      return best;
    };
    const bests = s.map((_, i) =>
      table.sourceLengths.map((__, source) => (source === s[i]!.source ? -1 : bestIn(i, source))),
    );
    for (let i = 0; i < s.length; i++)
      for (let j = i + 1; j < s.length; j++) {
        if (s[i]!.source === s[j]!.source) continue;
        const fa = facts.get(`${s[i]!.source}:${s[i]!.sentence}`);
        const fb = facts.get(`${s[j]!.source}:${s[j]!.sentence}`);
        const y = fa && fb && [...fa].some((f) => fb.has(f)) ? 1 : 0;
        const bi = bests[i]![s[j]!.source] === j;
        const bj = bests[j]![s[i]!.source] === i;
        const cos = (x: number, y: number) => (y < 0 ? 0 : ev[x]![y]!.cosine);
        const relative = relativeScore(
          ev[i]![j]!.cosine,
          cos(i, bests[i]![s[j]!.source]!),
          cos(j, bests[j]![s[i]!.source]!),
        );
        const x = Float64Array.from(
          pairFeatures(table, s[i]!, s[j]!, ev[i]![j]!, bi || bj, bi && bj, maxIdf, relative),
        );
        out.push({ x, y, event: e, labelled: Boolean(fa && fb) });
      }
  }
  return out;
}

/** Batch gradient descent on the log loss with a small L2 penalty; positives weighted up. */
function fitWeights(data: readonly Example[], iterations = 3000, rate = 0.5, l2 = 1e-3): number[] {
  const w = new Array<number>(FEATURE_COUNT).fill(0);
  const pos = data.filter((d) => d.y === 1).length;
  const posWeight = (data.length - pos) / Math.max(1, pos) / 2;
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(FEATURE_COUNT).fill(0);
    let total = 0;
    for (const d of data) {
      const p = probability(d.x, w);
      const weight = d.y ? posWeight : 1;
      total += weight;
      for (let k = 0; k < FEATURE_COUNT; k++) grad[k]! += weight * (p - d.y) * d.x[k]!;
    }
    for (let k = 0; k < FEATURE_COUNT; k++) w[k]! -= rate * (grad[k]! / total + (k ? l2 * w[k]! : 0));
  }
  return w;
}

function curve(data: readonly Example[], w: readonly number[]): string {
  const lab = data.filter((d) => d.labelled);
  const pos = lab.filter((d) => d.y).length;
  return [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]
    .map((t) => {
      const sel = lab.filter((d) => probability(d.x, w) >= t);
      const tp = sel.filter((d) => d.y).length;
      return `${t}: P ${(tp / Math.max(1, sel.length)).toFixed(2)} R ${(tp / Math.max(1, pos)).toFixed(2)}`;
    })
    .join(' | ');
}

const data = examples(TRAINING);
console.log(
  `${data.length} pairs, ${data.filter((d) => d.y).length} positive, ${data.filter((d) => d.labelled).length} labelled`,
);
const w = fitWeights(data);
console.log('fitted on all tuning events:');
console.log(`  ${curve(data, w)}`);
console.log(`  weights: [${w.map((v) => v.toFixed(2)).join(', ')}]`);
for (const [k, name] of PAIR_FEATURES.entries()) console.log(`    ${name.padEnd(12)} ${w[k]!.toFixed(2)}`);
console.log('leave one tuning event out:');
const pooled: { p: number; y: number; labelled: boolean }[] = [];
for (const [e, { name: event }] of TRAINING.entries()) {
  const wi = fitWeights(
    data.filter((d) => d.event !== e),
    1500,
  );
  console.log(
    `  ${event.padEnd(42)} ${curve(
      data.filter((d) => d.event === e),
      wi,
    )}`,
  );
  if (event !== 'seeds')
    for (const d of data)
      if (d.event === e) pooled.push({ p: probability(d.x, wi), y: d.y, labelled: d.labelled });
}
{
  const lab = pooled.filter((d) => d.labelled);
  const pos = lab.filter((d) => d.y).length;
  const at = (t: number) => {
    const sel = lab.filter((d) => d.p >= t);
    const tp = sel.filter((d) => d.y).length;
    return `${t}: P ${(tp / Math.max(1, sel.length)).toFixed(2)} R ${(tp / Math.max(1, pos)).toFixed(2)}`;
  };
  console.log(`pooled over the real tuning events: ${[0.5, 0.6, 0.7, 0.8, 0.9].map(at).join(' | ')}`);
}
