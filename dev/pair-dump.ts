// Dev aid: lists a tuning event's sentence pairs the pair model gets most wrong (gold positives it
// scores low, negatives it scores high). Tuning events only. Run: node .dev/pair-dump.js EVENT
import { buildFeatures } from '../source/align/features.js';
import { pairEvidence, pairFeatures, probability } from '../source/align/model.js';
import { eventsOf, loadEvent } from './dev-sets.js';
import { factsBySentence } from './real-score.js';

const event = process.argv[2]!;
if (!eventsOf('tune').includes(event)) throw new Error('tuning events only');
const { sources, gold } = await loadEvent(event);
const facts = factsBySentence(sources, gold.facts);
const table = buildFeatures(sources);
const s = table.sentences;
const maxIdf = Math.max(...table.idf);
const rows: { p: number; y: number; a: string; b: string; f: string }[] = [];
for (let i = 0; i < s.length; i++)
  for (let j = i + 1; j < s.length; j++) {
    if (s[i]!.source === s[j]!.source) continue;
    const fa = facts.get(`${s[i]!.source}:${s[i]!.sentence}`);
    const fb = facts.get(`${s[j]!.source}:${s[j]!.sentence}`);
    if (!fa || !fb) continue;
    const y = [...fa].some((f) => fb.has(f)) ? 1 : 0;
    const ev = pairEvidence(table, s[i]!, s[j]!);
    const x = pairFeatures(table, s[i]!, s[j]!, ev, false, false, maxIdf, 0.5);
    const text = (k: number) => sources[s[k]!.source]!.sentences[s[k]!.sentence]!.text.slice(0, 160);
    rows.push({
      p: probability(x),
      y,
      a: text(i),
      b: text(j),
      f: `${[...fa].join(',')} / ${[...fb].join(',')} mean ${ev.meaning.toFixed(2)} cos ${ev.cosine.toFixed(2)}`,
    });
  }
const mode = process.argv[3] ?? 'pos';
const list =
  mode === 'pos'
    ? rows.filter((r) => r.y).sort((a, b) => a.p - b.p)
    : rows.filter((r) => !r.y).sort((a, b) => b.p - a.p);
for (const r of list.slice(0, Number(process.argv[4] ?? 15)))
  console.log(`p=${r.p.toFixed(2)} ${r.f}\n  A: ${r.a}\n  B: ${r.b}`);
