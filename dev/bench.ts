// `npm run bench`: speed and memory, each figure beside a baseline measured in the same run.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { align } from '../source/align/align.js';
import type { Passage } from '../source/align/types.js';
import { analyze } from '../source/analysis/analyze.js';
import { loadSources } from '../source/corpus/load.js';
import { segment } from '../source/corpus/segment.js';
import type { Source } from '../source/corpus/types.js';
import { findFigures } from '../source/figures/figures.js';
import { type GoldAlignment, resolveQuote } from './alignment-score.js';
import { keyLatencies } from './bench-keys.js';
import { generateCorpus } from './corpus-generator.js';

const SIZES = [25, 50, 100, 200, 1000];
const WORDS_PER_ARTICLE = 800;
const self = fileURLToPath(import.meta.url);
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
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
  /** Pairwise precision and recall of the alignment against the corpus's known origins. */
  precision: number;
  recall: number;
}

/**
 * The fact each seed sentence reports: its gold group in test/fixtures/gold/seeds-alignment.json,
 * or itself. Generated sentences inherit the fact of the seed sentence they were made from.
 */
function factOfPool(sources: Source[]): number[] {
  const gold = JSON.parse(
    readFileSync(join(root, 'test/fixtures/gold/seeds-alignment.json'), 'utf8'),
  ) as GoldAlignment;
  const offsets = sources.map((_, i) => sources.slice(0, i).reduce((n, s) => n + s.sentences.length, 0));
  const total = sources.reduce((n, s) => n + s.sentences.length, 0);
  const fact = Array.from({ length: total }, (_, i) => i);
  gold.groups.forEach((group, g) => {
    for (const [prefix, quote] of group.members) {
      if (prefix.startsWith('?')) continue;
      const [s, i] = resolveQuote(sources, prefix, quote).split(':').map(Number);
      fact[offsets[s!]! + i!] = total + g;
    }
  });
  return fact;
}

/**
 * Pairwise precision and recall of passages against the origins of their members: a pair is right
 * when both sentences come from the same seed sentence or from seed sentences of one gold fact;
 * recall counts the pairs of copies of one seed sentence (a passage holds one sentence per
 * article, so two different seed sentences of one fact cannot always share one).
 */
function originScore(
  passages: Passage[],
  originOf: (source: number, sentence: number) => number | undefined,
  fact: number[],
) {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  let predicted = 0;
  let right = 0;
  let copiesTogether = 0;
  const copies = new Map<number, number>();
  for (const passage of passages) {
    const facts = new Map<number, number>();
    const origins = new Map<number, number>();
    let known = 0;
    for (const member of passage.members) {
      const origin = originOf(member.source, member.sentences[0]!);
      if (origin === undefined) continue;
      known++;
      facts.set(fact[origin]!, (facts.get(fact[origin]!) ?? 0) + 1);
      origins.set(origin, (origins.get(origin) ?? 0) + 1);
      copies.set(origin, (copies.get(origin) ?? 0) + 1);
    }
    predicted += pairs(known);
    for (const n of facts.values()) right += pairs(n);
    for (const n of origins.values()) copiesTogether += pairs(n);
  }
  let truth = 0;
  for (const n of copies.values()) truth += pairs(n);
  return { precision: predicted ? right / predicted : 1, recall: truth ? copiesTogether / truth : 1 };
}

/** Child mode: analyse one generated corpus in a fresh process, print its timings and peak memory. */
async function child(size: number): Promise<void> {
  const sources = await loadSources([seeds]);
  const pool = sources.flatMap((s) => s.sentences.map((x) => x.text.replace(/\s+/g, ' ')));
  const origins: number[][] = [];
  const texts = size > 0 ? generateCorpus(pool, size, WORDS_PER_ARTICLE, undefined, origins) : [];
  const started = performance.now();
  const corpus = texts.map((text, i) => segment(`g${i}`, `g${i}.txt`, text, 'utf-8'));
  const passages = size > 0 ? align(corpus) : [];
  const aligned = performance.now();
  if (size > 0) findFigures(corpus, passages);
  const figuresMs = performance.now() - aligned;
  const rssKb = process.resourceUsage().maxRSS;
  // Where segmentation found the generated sentences one for one, each knows its seed sentence.
  const score = originScore(
    passages,
    (source, sentence) =>
      corpus[source]!.sentences.length === origins[source]!.length ? origins[source]![sentence] : undefined,
    factOfPool(sources),
  );
  const result: ChildResult = {
    words: texts.reduce((n, t) => n + t.split(/\s+/).length, 0),
    alignMs: aligned - started,
    figuresMs,
    rssKb,
    ...score,
  };
  process.stdout.write(JSON.stringify(result));
}

/** Wall time in ms of a command, median of `runs`. */
function wall(command: string, args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'ignore'] });
    if (result.error) return Number.NaN;
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Wall time (ms) and peak memory (MB) of one CLI run, read by GNU time when it is installed. */
function measured(args: string[]): { ms: number; mb: number } {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  const kb = result.error ? Number.NaN : Number(result.stderr.trim().split('\n').pop());
  return { ms, mb: kb / 1024 };
}

/**
 * Time from launch to the first full frame of the view on the seeds, in a pseudo-terminal
 * (util-linux script). Each run quits and exits before the next starts, so runs never overlap.
 */
function firstFrame(): Promise<number> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('script', ['-qfec', `${process.execPath} ${cli} seeds`, '/dev/null'], {
      cwd: root,
      env: { ...process.env, COLUMNS: '120', LINES: '40' },
    });
    let out = '';
    let frame = Number.NaN;
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.on('error', () => resolve(Number.NaN));
    child.stdout.on('data', (data: Buffer) => {
      out += data.toString();
      if (Number.isNaN(frame) && out.includes('next passage')) {
        frame = performance.now() - started;
        child.stdin.write('q');
      }
    });
    child.on('exit', () => {
      clearTimeout(killer);
      resolve(frame);
    });
  });
}

const ratio = (value: number, base: number) =>
  Number.isFinite(value) && base > 0 ? `${(value / base).toFixed(2)}x` : 'n/a';
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : 'n/a');

/** The start-up, first-frame, scale and word-diff figures of the performance issue, with baselines. */
async function startupAndScale(pool: string[]): Promise<void> {
  console.log('');
  console.log('Start-up and scale (whole CLI runs, medians; the baseline is measured in this run):');
  const bare = wall(process.execPath, ['-e', ''], 10);
  const json = wall(process.execPath, [cli, '--json', 'seeds'], 10);
  const frames: number[] = [];
  for (let i = 0; i < 9; i++) frames.push(await firstFrame());
  const frame = median(frames);
  console.log(`  bare node -e ''                        ${ms(bare).padStart(9)}   (baseline)`);
  console.log(
    `  parallax --json seeds                  ${ms(json).padStart(9)}   ${ratio(json, bare)} of bare node (target <= 1.5x)`,
  );
  console.log(
    `  first full frame of the view, seeds    ${ms(frame).padStart(9)}   ${ratio(frame, bare)} of bare node (target <= 300 ms)`,
  );

  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  const points: { x: number; y: number }[] = [];
  try {
    for (const size of [100, 250, 500, 1000]) {
      const folder = join(dir, String(size));
      mkdirSync(folder);
      let words = 0;
      generateCorpus(pool, size, WORDS_PER_ARTICLE).forEach((text, i) => {
        words += text.split(/\s+/).length;
        writeFileSync(join(folder, `a${String(i).padStart(4, '0')}.txt`), text);
      });
      const run = measured(['--json', folder]);
      points.push({ x: words, y: run.ms });
      console.log(
        `  --json, ${String(size).padStart(4)} articles (${String(words).padStart(6)} words) ${ms(run.ms).padStart(9)}   peak ${Number.isFinite(run.mb) ? `${run.mb.toFixed(0)} MB` : 'n/a'}${size === 1000 ? ' (targets: < 10 s, < 1024 MB)' : ''}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `  time grows as words^${exponent(points).toFixed(2)} from 100 to 1,000 articles (1.00 is linear)`,
  );

  console.log('');
  console.log('Word diff on the seeds: parallax aligns and diffs all 5 at once; two-way tools need 10 runs:');
  const files = [...Array(5).keys()].map(
    (i) =>
      `seeds/${['000_ab7e6b656cab8f4b', '001_ba15d7545e409241', '002_1db38a4f1a6a5b35', '003_ee7428e98142e6a9', '004_d2c904fb5d1ad043'][i]}.txt`,
  );
  const pairs = files.flatMap((a, i) => files.slice(i + 1).map((b) => [a, b] as const));
  const sum = (command: string, args: (a: string, b: string) => string[]) =>
    pairs.reduce((total, [a, b]) => total + wall(command, args(a, b), 3), 0);
  const git = sum('git', (a, b) => ['diff', '--no-index', '--word-diff', a, b]);
  const dwdiff = sum('dwdiff', (a, b) => [a, b]);
  console.log(`  parallax --json seeds (5-way)          ${ms(json).padStart(9)}   (baseline)`);
  console.log(
    `  git diff --no-index --word-diff x10    ${ms(git).padStart(9)}   parallax takes ${ratio(json, git)} of it`,
  );
  console.log(
    `  dwdiff x10                             ${ms(dwdiff).padStart(9)}   parallax takes ${ratio(json, dwdiff)} of it${Number.isFinite(dwdiff) ? '' : ' (dwdiff not installed)'}`,
  );
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
  console.log(
    'Generated corpora (~800 words per article, fixed seed), one fresh process each; "pairs P / R" is the',
  );
  console.log(
    'alignment against the known origin of every generated sentence (its seed sentence, or the gold fact):',
  );
  console.log(
    '  articles     words   align ms   figures ms   total ms   ms/1k words   peak RSS MB   RSS over empty run MB   pairs P / R',
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
        `${r.precision.toFixed(2)} / ${r.recall.toFixed(2)}`.padStart(14),
      ].join(''),
    );
  }
  const fit = exponent(rows.map((r) => ({ x: r.words, y: r.alignMs + r.figuresMs })));
  const at200 = rows.find((r) => r.size === 200)!;
  console.log(
    `  time grows as words^${fit.toFixed(2)} (1.00 is linear); 200 articles aligned in ${at200.alignMs.toFixed(0)} ms (target < 2000 ms)`,
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
  await startupAndScale(pool);
}

const at = process.argv.indexOf('--child');
if (at >= 0) await child(Number(process.argv[at + 1]));
else await main();
