// `npm run bench`: speed and memory, each figure beside a baseline measured in the same run.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { align } from '../align/align.js';
import { loadSources } from '../corpus/load.js';
import { segment } from '../corpus/segment.js';
import type { Source } from '../corpus/types.js';
import { generateCorpus } from './corpus-generator.js';

const SIZES = [25, 50, 100, 200];
const WORDS_PER_ARTICLE = 800;
const self = fileURLToPath(import.meta.url);

/** Median of a list of numbers. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function seedPool(): Promise<{ sources: Source[]; pool: string[] }> {
  const sources = await loadSources([fileURLToPath(new URL('../seeds', import.meta.url))]);
  return { sources, pool: sources.flatMap((s) => s.sentences.map((x) => x.text.replace(/\s+/g, ' '))) };
}

/** Child mode: segment and align one generated corpus, print {ms, words, rss} as JSON. */
async function child(size: number): Promise<void> {
  const { pool } = await seedPool();
  const texts = size > 0 ? generateCorpus(pool, size, WORDS_PER_ARTICLE) : [];
  const baseline = process.resourceUsage().maxRSS;
  const started = performance.now();
  const sources = texts.map((text, i) => segment(`g${i}`, `g${i}.txt`, text, 'utf-8'));
  const passages = size > 0 ? align(sources) : [];
  const ms = performance.now() - started;
  const words = texts.reduce((n, t) => n + t.split(/\s+/).length, 0);
  const rss = process.resourceUsage().maxRSS;
  process.stdout.write(
    JSON.stringify({ ms, words, rssKb: rss, baselineKb: baseline, passages: passages.length }),
  );
}

async function main(): Promise<void> {
  const { sources } = await seedPool();
  const runs: number[] = [];
  for (let i = 0; i < 25; i++) {
    const started = performance.now();
    align(sources);
    runs.push(performance.now() - started);
  }
  console.log('parallax benchmark (medians; every ratio is against a baseline from this same run)');
  console.log('');
  console.log(
    `Alignment of seeds/ (5 articles), once loaded: median ${median(runs).toFixed(1)} ms of 25 runs (target < 50 ms)`,
  );
  console.log('');
  console.log(
    'Generated corpora (~800 words per article, fixed seed), segmentation + alignment, one process each:',
  );
  console.log('  articles     words     time ms   ms/1k words   peak RSS MB   over empty process MB');
  const rows: { words: number; ms: number }[] = [];
  const empty = JSON.parse(execFileSync(process.execPath, [self, '--child', '0'], { encoding: 'utf8' })) as {
    rssKb: number;
  };
  for (const size of SIZES) {
    const result = JSON.parse(
      execFileSync(process.execPath, [self, '--child', String(size)], { encoding: 'utf8' }),
    ) as {
      ms: number;
      words: number;
      rssKb: number;
    };
    rows.push(result);
    console.log(
      `  ${String(size).padStart(8)}  ${String(result.words).padStart(8)}  ${result.ms.toFixed(0).padStart(10)}  ${((result.ms / result.words) * 1000).toFixed(1).padStart(12)}  ${(result.rssKb / 1024).toFixed(0).padStart(12)}  ${((result.rssKb - empty.rssKb) / 1024).toFixed(0).padStart(22)}`,
    );
  }
  // Least-squares slope of log(time) against log(words): 1.0 is linear.
  const xs = rows.map((r) => Math.log(r.words));
  const ys = rows.map((r) => Math.log(r.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const slope =
    xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  console.log(
    `  time grows as words^${slope.toFixed(2)} (fitted exponent; 1.00 is linear). Target: 200 articles < 2000 ms.`,
  );
}

const at = process.argv.indexOf('--child');
if (at >= 0) await child(Number(process.argv[at + 1]));
else await main();
