// A study tool (not part of the product): how well pair scores separate same-fact sentence pairs
// from different-fact pairs on the tuning half of the real development set. Prints, per threshold,
// pairwise precision and recall over labelled sentences, for the current features and for best-match
// rules. Run: node scripts/build-dev.mjs && node .dev/align-study.js
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildFeatures } from '../source/align/features.js';
import { scorePair } from '../source/align/score.js';
import { loadSources } from '../source/corpus/load.js';
import { eventFiles, locate, type RealGold } from './real-score.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const splits = JSON.parse(readFileSync(`${root}test/fixtures/real/splits.json`, 'utf8')) as {
  tune: string[];
};
interface Pair {
  score: number;
  positive: boolean;
  best: boolean;
  mutual: boolean;
}
const pairs: Pair[] = [];
for (const event of splits.tune) {
  const gold = JSON.parse(readFileSync(`${root}test/fixtures/real/${event}/gold.json`, 'utf8')) as RealGold;
  const sources = await loadSources(eventFiles(`${root}test/fixtures/real/${event}`));
  const facts = new Map<string, Set<string>>();
  for (const fact of gold.facts)
    for (const entry of fact.members) {
      const l = locate(sources, entry);
      if (l.sentence === null) continue;
      const key = `${l.source}:${l.sentence}`;
      if (!facts.has(key)) facts.set(key, new Set());
      facts.get(key)!.add(fact.id);
    }
  const table = buildFeatures(sources);
  const s = table.sentences;
  const score = (i: number, j: number) => scorePair(table, s[i]!, s[j]!).score;
  // best match of each sentence in each other source
  const bestIn = new Map<string, number>();
  for (let i = 0; i < s.length; i++)
    for (let j = 0; j < s.length; j++) {
      if (s[i]!.source === s[j]!.source) continue;
      const k = `${i}>${s[j]!.source}`;
      const cur = bestIn.get(k);
      if (cur === undefined || score(i, j) > score(i, cur)) bestIn.set(k, j);
    }
  for (let i = 0; i < s.length; i++)
    for (let j = i + 1; j < s.length; j++) {
      if (s[i]!.source === s[j]!.source) continue;
      const fa = facts.get(`${s[i]!.source}:${s[i]!.sentence}`);
      const fb = facts.get(`${s[j]!.source}:${s[j]!.sentence}`);
      if (!fa || !fb) continue;
      const positive = [...fa].some((f) => fb.has(f));
      const bi = bestIn.get(`${i}>${s[j]!.source}`) === j;
      const bj = bestIn.get(`${j}>${s[i]!.source}`) === i;
      pairs.push({ score: score(i, j), positive, best: bi || bj, mutual: bi && bj });
    }
}
const pos = pairs.filter((p) => p.positive).length;
console.log(`labelled cross-source pairs ${pairs.length}, positive ${pos}`);
for (const [name, keep] of [
  ['any', (_: Pair) => true],
  ['best either way', (p: Pair) => p.best],
  ['mutual best', (p: Pair) => p.mutual],
] as const) {
  const row: string[] = [];
  for (const t of [0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.14, 0.18, 0.25]) {
    const sel = pairs.filter((p) => keep(p) && p.score >= t);
    const tp = sel.filter((p) => p.positive).length;
    row.push(`${t}: P ${(tp / Math.max(1, sel.length)).toFixed(2)} R ${(tp / pos).toFixed(2)}`);
  }
  console.log(`${name.padEnd(16)} ${row.join(' | ')}`);
}
