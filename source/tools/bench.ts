// `npm run bench`: speed and memory, each figure beside a baseline measured in the same run.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { align } from '../align/align.js';
import { analyze } from '../analysis/analyze.js';
import { loadSources } from '../corpus/load.js';
import { segment } from '../corpus/segment.js';
import { findFigures } from '../figures/figures.js';
import { keyLatencies } from './bench-keys.js';
import { generateCorpus } from './corpus-generator.js';

const SIZES = [25, 50, 100, 200];
const WORDS_PER_ARTICLE = 800;
const self = fileURLToPath(import.meta.url);
const seeds = fileURLToPath(new URL('../seeds', import.meta.url));

/** Median of a list of numbers. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The p-th percentile (0-100) of a list of numbers. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Least-squares slope of log(y) against log(x): 1.0 means linear growth. */
function exponent(points: { x: number; y: number }[]): number {
  const xs = points.map((p) => Math.log(p.x));
  const ys = points.map((p) => Math.log(p.y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  return xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
}

interface ChildResult {
  words: number;
  alignMs: number;
  figuresMs: number;
  rssKb: number;
}

/** Child mode: analyse one generated corpus in a fresh process, print its timings and peak memory. */
async function child(size: number): Promise<void> {
  const sources = await loadSources([seeds]);
  const pool = sources.flatMap((s) => s.sentences.map((x) => x.text.replace(/\s+/g, ' ')));
  const texts = size > 0 ? generateCorpus(pool, size, WORDS_PER_ARTICLE) : [];
  const started = performance.now();
  const corpus = texts.map((text, i) => segment(`g${i}`, `g${i}.txt`, text, 'utf-8'));
  const passages = size > 0 ? align(corpus) : [];
  const aligned = performance.now();
  if (size > 0) findFigures(corpus, passages);
  const result: ChildResult = {
    words: texts.reduce((n, t) => n + t.split(/\s+/).length, 0),
    alignMs: aligned - started,
    figuresMs: performance.now() - aligned,
    rssKb: process.resourceUsage().maxRSS,
  };
  process.stdout.write(JSON.stringify(result));
}

const runChild = (size: number) =>
  JSON.parse(
    execFileSync(process.execPath, [self, '--child', String(size)], { encoding: 'utf8' }),
  ) as ChildResult;

async function main(): Promise<void> {
  const sources = await loadSources([seeds]);
  const alignRuns: number[] = [];
  const figureRuns: number[] = [];
  for (let i = 0; i < 25; i++) {
    const started = performance.now();
    const passages = align(sources);
    const aligned = performance.now();
    findFigures(sources, passages);
    alignRuns.push(aligned - started);
    figureRuns.push(performance.now() - aligned);
  }
  console.log('parallax benchmark (medians; baselines measured in this same run)');
  console.log('');
  console.log('seeds/ (5 articles), once loaded, median of 25 runs:');
  console.log(
    `  alignment                      ${median(alignRuns).toFixed(1).padStart(6)} ms   (target < 50 ms)`,
  );
  console.log(
    `  figures (extract + compare)    ${median(figureRuns).toFixed(1).padStart(6)} ms   (target < 50 ms)`,
  );
  console.log('');
  console.log('Generated corpora (~800 words per article, fixed seed), one fresh process each:');
  console.log(
    '  articles     words   align ms   figures ms   total ms   ms/1k words   peak RSS MB   RSS over empty run MB',
  );
  const empty = runChild(0);
  const rows: (ChildResult & { size: number })[] = [];
  for (const size of SIZES) {
    const r = { size, ...runChild(size) };
    rows.push(r);
    const total = r.alignMs + r.figuresMs;
    console.log(
      [
        String(size).padStart(10),
        String(r.words).padStart(9),
        r.alignMs.toFixed(0).padStart(10),
        r.figuresMs.toFixed(0).padStart(12),
        total.toFixed(0).padStart(10),
        ((total / r.words) * 1000).toFixed(1).padStart(13),
        (r.rssKb / 1024).toFixed(0).padStart(13),
        ((r.rssKb - empty.rssKb) / 1024).toFixed(0).padStart(23),
      ].join(''),
    );
  }
  const fit = exponent(rows.map((r) => ({ x: r.words, y: r.alignMs + r.figuresMs })));
  const largest = rows[rows.length - 1]!;
  console.log(
    `  time grows as words^${fit.toFixed(2)} (1.00 is linear); ${largest.size} articles aligned in ${largest.alignMs.toFixed(0)} ms (target < 2000 ms)`,
  );
  console.log('');
  console.log('Interactive view, keypress to new frame (Ink rendering into an in-memory terminal, 100x24):');
  const seedsKeys = await keyLatencies(analyze(sources));
  const pool = sources.flatMap((s) => s.sentences.map((x) => x.text.replace(/\s+/g, ' ')));
  const big = generateCorpus(pool, 200, WORDS_PER_ARTICLE).map((text, i) =>
    segment(`g${i}`, `g${i}.txt`, text, 'utf-8'),
  );
  const bigKeys = await keyLatencies(analyze(big));
  for (const [name, times] of [
    ['seeds', seedsKeys],
    ['200 articles', bigKeys],
  ] as const) {
    console.log(
      `  ${name.padEnd(14)} median ${median(times).toFixed(1).padStart(5)} ms   p99 ${percentile(times, 99).toFixed(1).padStart(5)} ms   (${times.length} keys; targets: median < 16 ms, p99 < 33 ms)`,
    );
  }
}

const at = process.argv.indexOf('--child');
if (at >= 0) await child(Number(process.argv[at + 1]));
else await main();
