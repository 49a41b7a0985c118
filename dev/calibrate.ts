// Calibration of alignment confidence: for every link that joined two sentences into a passage (its
// score is the pair model's probability), whether gold says the two sentences share a fact (pairs
// where both sentences are labelled). Prints the empirical rate per score bin for the TUNING half
// plus the seeds (what source/align/confidence.ts is fitted on) and, apart, the aggregate for the
// held-out half (never per item). Run: node scripts/build-dev.mjs && node .dev/calibrate.js
import { align } from '../source/align/align.js';
import { linkRate, strengthOf } from '../source/align/confidence.js';
import type { Source } from '../source/corpus/types.js';
import { loadHalf, loadSeedSet } from './dev-sets.js';
import { factsBySentence, type RealGold } from './real-score.js';

const BINS = [0, 0.7, 0.8, 0.9, 0.95, 0.98, 1.0001];

interface Outcome {
  score: number;
  right: boolean;
}

function outcomes(sources: Source[], facts: RealGold['facts']): Outcome[] {
  const factsOf = factsBySentence(sources, facts);
  const out: Outcome[] = [];
  for (const passage of align(sources)) {
    const members = passage.members.filter((m) => !m.alsoIn);
    // Each link joins one sentence of each side; score it against the labels of the members' sentences.
    for (const link of passage.links) {
      const a = members.find((m) => m.source === link.from);
      const b = members.find((m) => m.source === link.to);
      if (!a || !b) continue;
      const fa = new Set(a.sentences.flatMap((s) => [...(factsOf.get(`${a.source}:${s}`) ?? [])]));
      const fb = new Set(b.sentences.flatMap((s) => [...(factsOf.get(`${b.source}:${s}`) ?? [])]));
      if (fa.size === 0 || fb.size === 0) continue;
      out.push({ score: link.score, right: [...fa].some((f) => fb.has(f)) });
    }
  }
  return out;
}

function table(name: string, data: Outcome[]): void {
  console.log(`${name}: ${data.length} labelled links`);
  for (let i = 0; i + 1 < BINS.length; i++) {
    const inBin = data.filter((d) => d.score >= BINS[i]! && d.score < BINS[i + 1]!);
    if (inBin.length === 0) continue;
    const right = inBin.filter((d) => d.right).length;
    const mean = inBin.reduce((s, d) => s + d.score, 0) / inBin.length;
    console.log(
      `  score ${BINS[i]!.toFixed(2)}-${Math.min(1, BINS[i + 1]!).toFixed(2)}  n ${String(inBin.length).padStart(4)}  mean score ${mean.toFixed(3)}  right ${(right / inBin.length).toFixed(3)}`,
    );
  }
}

/** Rates per bin made non-decreasing by pooling adjacent bins that violate the order. */
function isotonic(data: Outcome[]): { from: number; rate: number }[] {
  let blocks: { from: number; right: number; n: number }[] = [];
  for (let i = 0; i + 1 < BINS.length; i++) {
    const inBin = data.filter((d) => d.score >= BINS[i]! && d.score < BINS[i + 1]!);
    if (inBin.length)
      blocks.push({ from: BINS[i]!, right: inBin.filter((d) => d.right).length, n: inBin.length });
  }
  for (let merged = true; merged; ) {
    merged = false;
    for (let i = 0; i + 1 < blocks.length; i++)
      if (blocks[i]!.right / blocks[i]!.n > blocks[i + 1]!.right / blocks[i + 1]!.n) {
        const [x, y] = [blocks[i]!, blocks[i + 1]!];
        blocks = [
          ...blocks.slice(0, i),
          { from: x.from, right: x.right + y.right, n: x.n + y.n },
          ...blocks.slice(i + 2),
        ];
        merged = true;
        break;
      }
  }
  return blocks.map((b) => ({ from: b.from, rate: Math.round((1000 * b.right) / b.n) / 1000 }));
}

const tune: Outcome[] = [];
for (const set of [...(await loadHalf('tune')), await loadSeedSet()])
  tune.push(...outcomes(set.sources, set.facts));
table('tuning half + seeds', tune);
console.log(`  isotonic fit (pool adjacent violators): ${JSON.stringify(isotonic(tune))}`);
const held: Outcome[] = [];
for (const set of await loadHalf('heldout')) held.push(...outcomes(set.sources, set.facts));
table('held-out half (aggregate)', held);

/** How often links of each strength (by their own rate, as the view words it) were right. */
function byStrength(label: string, outcomes: readonly Outcome[]): void {
  const parts = (['strong', 'fair', 'weak'] as const).map((strength) => {
    const of = outcomes.filter((o) => strengthOf(linkRate(o.score)) === strength);
    const right = of.filter((o) => o.right).length;
    return `${strength} ${of.length ? (right / of.length).toFixed(2) : '-'} (n ${of.length})`;
  });
  console.log(`${label}, links by strength: ${parts.join(', ')}`);
}
byStrength('tuning half + seeds', tune);
byStrength('held-out half (aggregate)', held);
