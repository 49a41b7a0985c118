// `npm run bench`: speed and memory of whole commands, as a user runs them. Every time is a whole
// process measured by hyperfine (min and median over a named number of runs, after warm-ups), with
// its baseline measured in the same hyperfine invocation; peak memory is GNU time's %M (maximum
// resident set size) over separate runs. Only key-to-frame latency is measured in process (Ink
// rendering into an in-memory terminal), because a keypress has no process of its own.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../source/analysis/analyze.js';
import { loadSources } from '../source/corpus/load.js';
import { segment } from '../source/corpus/segment.js';
import { keyLatencies } from './bench-keys.js';
import { generateCorpus } from './corpus-generator.js';

const WORDS_PER_ARTICLE = 800;
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const seeds = join(root, 'seeds');
const node = process.execPath;
/** `npm run bench -- --quick`: fewer runs and no 1,000-article corpus (a smoke test of the bench). */
const quick = process.argv.includes('--quick');

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

interface Timing {
  name: string;
  runs: number;
  /** Milliseconds. */
  min: number;
  median: number;
  /** Mean CPU time (user + system) of a run: less swayed by other load than the wall clock. */
  cpu: number;
}

/**
 * Times whole commands with hyperfine in one invocation (so they share the machine's state), each
 * `runs` times after `warmup` runs. A command is an argument vector, run without a shell; a shell
 * pipeline is given as ['sh', '-c', '...'] and then includes the shell's own start.
 */
function hyperfine(commands: { name: string; argv: string[] }[], runs: number, warmup: number): Timing[] {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-hyperfine-'));
  const out = join(dir, 'out.json');
  try {
    const quote = (arg: string) => (/^[\w./=@:,+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);
    const args = ['-N', '--style', 'none', '--runs', String(runs), '--warmup', String(warmup)];
    for (const c of commands) args.push('-n', c.name, c.argv.map(quote).join(' '));
    execFileSync('hyperfine', [...args, '--export-json', out], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const results = (
      JSON.parse(readFileSync(out, 'utf8')) as {
        results: { times: number[]; user: number; system: number }[];
      }
    ).results;
    return results.map((r, i) => ({
      name: commands[i]!.name,
      runs: r.times.length,
      min: Math.min(...r.times) * 1000,
      median: median(r.times) * 1000,
      cpu: (r.user + r.system) * 1000,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Times commands run in alternation, round by round (A then B, then B then A, ...), so a change in
 * the machine's load while measuring falls on all of them alike. hyperfine runs each command's runs
 * as one batch: on a loaded machine a batch of bare node starts measured 63 ms in one run of the
 * bench and 87 ms in the next, which moves a ratio of medians by a third. The start-up verdict
 * rests on this paired measurement.
 */
function alternated(commands: { name: string; argv: string[] }[], rounds: number, warmup: number): Timing[] {
  const times: number[][] = commands.map(() => []);
  for (let round = 0; round < warmup + rounds; round++) {
    const order = commands.map((_, i) => i);
    if (round % 2) order.reverse();
    for (const i of order) {
      const [command, ...args] = commands[i]!.argv;
      const start = process.hrtime.bigint();
      spawnSync(command!, args, { cwd: root, stdio: 'ignore' });
      if (round >= warmup) times[i]!.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return commands.map((c, i) => ({
    name: c.name,
    runs: rounds,
    min: Math.min(...times[i]!),
    median: median(times[i]!.map((t) => t / 1000)) * 1000,
    cpu: Number.NaN,
  }));
}

/** Peak resident memory (MB) of a command: GNU time's %M, the largest of `runs` runs. */
function peakMb(argv: string[], runs: number): number {
  let peak = Number.NaN;
  for (let i = 0; i < runs; i++) {
    const result = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    const kb = Number(result.stderr.trim().split('\n').pop());
    if (Number.isFinite(kb)) peak = Number.isNaN(peak) ? kb / 1024 : Math.max(peak, kb / 1024);
  }
  return peak;
}

const ms = (value: number) =>
  !Number.isFinite(value)
    ? 'n/a'
    : value >= 1000
      ? `${(value / 1000).toFixed(2)} s`
      : `${value.toFixed(0)} ms`;
const row = (t: Timing, note = '') =>
  `  ${t.name.padEnd(44)} min ${ms(t.min).padStart(8)}   median ${ms(t.median).padStart(8)}   cpu ${ms(t.cpu).padStart(8)}   (${t.runs} runs)${note}`;
const ratio = (a: Timing, b: Timing) => `${(a.median / b.median).toFixed(2)}x`;
const verdict = (ok: boolean) => (ok ? 'holds' : 'MISSED');

function has(command: string): boolean {
  return spawnSync(command, ['--version'], { stdio: 'ignore' }).error === undefined;
}

/** Writes a generated corpus of `size` articles into `folder`; returns its word count. */
function writeCorpus(pool: string[], size: number, folder: string): number {
  mkdirSync(folder, { recursive: true });
  let words = 0;
  generateCorpus(pool, size, WORDS_PER_ARTICLE).forEach((text, i) => {
    words += text.split(/\s+/).length;
    writeFileSync(join(folder, `a${String(i).padStart(4, '0')}.txt`), text);
  });
  return words;
}

async function main(): Promise<void> {
  if (!has('hyperfine')) {
    console.error('bench: hyperfine is needed (apt-get install hyperfine, or cargo install hyperfine)');
    process.exit(2);
  }
  const [load1, load5] = loadavg();
  console.log('parallax benchmark: whole-process times by hyperfine (min and median of the runs named,');
  console.log('and the mean CPU time, user + system, which other load on the machine sways less),');
  console.log(
    'baselines in the same hyperfine invocation; peak memory by GNU time (%M, largest of the runs).',
  );
  console.log(
    `machine: ${cpus().length} cores, ${cpus()[0]?.model ?? '?'}, Node ${process.version}; load average ${load1!.toFixed(2)} / ${load5!.toFixed(2)} (1 / 5 min) at start`,
  );

  const sources = await loadSources([seeds]);
  const pool = sources.flatMap((s) => s.sentences.map((x) => x.text.replace(/\s+/g, ' ')));
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  try {
    // 1. Start-up: the seeds report against a bare node start.
    console.log('');
    console.log('Start-up (5 seed articles, JSON report to /dev/null):');
    const [bare, json] = hyperfine(
      [
        { name: "bare node -e ''", argv: [node, '-e', ''] },
        { name: 'parallax --json seeds', argv: [node, cli, '--json', 'seeds'] },
      ],
      quick ? 10 : 40,
      5,
    );
    console.log(row(bare!, '   baseline (hyperfine, one batch each)'));
    console.log(row(json!, `   ${ratio(json!, bare!)} of bare node (batches: not the verdict)`));
    const [pairedBare, pairedJson] = alternated(
      [
        { name: "bare node -e '' (alternated)", argv: [node, '-e', ''] },
        { name: 'parallax --json seeds (alternated)', argv: [node, cli, '--json', 'seeds'] },
      ],
      quick ? 10 : 60,
      2,
    );
    console.log(row(pairedBare!, '   baseline'));
    console.log(
      row(
        pairedJson!,
        `   ${ratio(pairedJson!, pairedBare!)} of bare node, min ${(pairedJson!.min / pairedBare!.min).toFixed(2)}x (target <= 2.0x, paired median: ${verdict(pairedJson!.median <= 2 * pairedBare!.median)})`,
      ),
    );

    // 2. Scale: generated corpora, whole CLI.
    console.log('');
    console.log(
      `Scale: generated corpora (~${WORDS_PER_ARTICLE} words an article, fixed seed), parallax --json FOLDER:`,
    );
    const sizes = quick ? [50, 200] : [200, 500, 1000];
    const points: { x: number; y: number }[] = [];
    for (const size of sizes) {
      const folder = join(dir, `g${size}`);
      const words = writeCorpus(pool, size, folder);
      const runs = size >= 1000 ? 3 : 5;
      const [t] = hyperfine(
        [{ name: `${size} articles (${words} words)`, argv: [node, cli, '--json', folder] }],
        runs,
        1,
      );
      const peak = peakMb([node, cli, '--json', folder], 2);
      points.push({ x: words, y: t!.median });
      const target =
        size === 200
          ? `   (target <= 2.0 s: ${verdict(t!.median <= 2000)})`
          : size === 1000
            ? `   (targets <= 8 s, <= 600 MB: ${verdict(t!.median <= 8000 && peak <= 600)})`
            : '';
      console.log(`${row(t!)}   peak ${peak.toFixed(0)} MB${target}`);
    }
    const fit = exponent(points);
    console.log(
      `  time grows as words^${fit.toFixed(2)} (least squares over the medians above; 1.00 is linear; target <= 1.0: ${verdict(fit <= 1.0)})`,
    );

    // 3. One huge paragraph: a single line of news prose (the seeds' sentences over and over, no
    // newline), analysed with one seed article.
    console.log('');
    console.log('One article as a single line (seed prose repeated, no newline) beside one seed article:');
    const line = pool.join(' ');
    const companion = join(
      seeds,
      readdirSync(seeds)
        .filter((f) => f.endsWith('.txt'))
        .sort()[0]!,
    );
    const huge: { kb: number; t: Timing }[] = [];
    for (const kb of quick ? [250, 1000] : [250, 500, 1000, 4000]) {
      const file = join(dir, `line-${kb}k.txt`);
      writeFileSync(file, line.repeat(Math.ceil((kb * 1000) / line.length)).slice(0, kb * 1000));
      const [t] = hyperfine(
        [
          {
            name: `${kb >= 1000 ? `${kb / 1000} MB` : `${kb} KB`} line`,
            argv: [node, cli, '--json', file, companion],
          },
        ],
        kb >= 4000 ? 3 : 5,
        1,
      );
      huge.push({ kb, t: t! });
      const target =
        kb === 1000
          ? `   (target <= 2 s: ${verdict(t!.median <= 2000)})`
          : kb === 4000
            ? `   (target <= 8 s: ${verdict(t!.median <= 8000)})`
            : '';
      console.log(`${row(t!)}${target}`);
    }
    const lineFit = exponent(huge.map((h) => ({ x: h.kb, y: h.t.median })));
    console.log(`  time grows as size^${lineFit.toFixed(2)} (1.00 is linear)`);

    // 3b. Figure comparison at scale: many short paragraphs that are nothing but figures of one
    // referent (the shape that used to be quadratic in the comparison), doubled twice.
    console.log('');
    console.log(
      'Figure comparison: two articles of N one-figure paragraphs each ("12 troops were deployed."):',
    );
    const figurePoints: { x: number; y: number }[] = [];
    for (const n of quick ? [500, 1000] : [1250, 2500, 5000]) {
      const paragraphs = (word: string, step: number) =>
        Array.from({ length: n }, (_, i) => `${(i % step) + 3} ${word}.`).join('\n\n');
      const a = join(dir, `fig-a-${n}.txt`);
      const b = join(dir, `fig-b-${n}.txt`);
      writeFileSync(a, paragraphs('troops were deployed', 50));
      writeFileSync(b, paragraphs('soldiers were killed', 47));
      const [t] = hyperfine([{ name: `${n} paragraphs each`, argv: [node, cli, '--json', a, b] }], 3, 1);
      figurePoints.push({ x: n, y: t!.median });
      console.log(row(t!));
    }
    console.log(
      `  time grows as paragraphs^${exponent(figurePoints).toFixed(2)} (1.00 is linear; the issue measured 2.4 / 8.8 / 37.8 s, ~1.9)`,
    );

    // 4. Key-to-frame latency, in process.
    console.log('');
    console.log('Interactive view, keypress to the frame that shows it (in process: Ink into an in-memory');
    console.log(
      'terminal, 100x24; 120 keys after one warm-up pass of the 25-key sequence, which is reported',
    );
    console.log(
      'apart; a key that brings no new frame is not timed; targets: median <= 8 ms, p99 <= 33 ms):',
    );
    const big = generateCorpus(pool, 200, WORDS_PER_ARTICLE).map((text, i) =>
      segment(`g${i}`, `g${i}.txt`, text, 'utf-8'),
    );
    for (const [name, corpus] of [
      ['seeds', sources],
      ['200 articles', big],
    ] as const) {
      const { times, unchanged, cold } = await keyLatencies(analyze(corpus));
      const med = median(times);
      const p99 = percentile(times, 99);
      console.log(
        `  ${name.padEnd(14)} median ${med.toFixed(1).padStart(5)} ms   p99 ${p99.toFixed(1).padStart(5)} ms   max ${Math.max(
          ...times,
        )
          .toFixed(1)
          .padStart(
            5,
          )} ms   (${times.length} keys timed, ${unchanged} changed nothing: ${verdict(med <= 8 && p99 <= 33)}); the first ${cold.length} keys (cold): median ${median(cold).toFixed(1)} ms, max ${Math.max(...cold).toFixed(1)} ms`,
      );
    }

    // 5. Peers: two-way word diffs need 10 runs for the 10 pairs of the 5 seeds; each peer's 10 runs
    // are one shell command, timed whole like parallax's one run.
    console.log('');
    console.log(
      'Word diff of the 5 seeds: parallax aligns all 5 in one run; two-way tools need 10 runs (one',
    );
    console.log('shell command each, so its time includes one sh start):');
    const files = readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => `seeds/${f}`);
    const pairs = files.flatMap((a, i) => files.slice(i + 1).map((b) => `${a} ${b}`));
    const loop = (command: string) =>
      ['sh', '-c', `${pairs.map((pair) => `${command} ${pair} >/dev/null`).join('; ')}; exit 0`] as string[];
    const peers = [{ name: 'parallax --json seeds', argv: [node, cli, '--json', 'seeds'] }];
    peers.push({
      name: 'git diff --no-index --word-diff x10',
      argv: loop('git diff --no-index --word-diff'),
    });
    if (has('dwdiff')) peers.push({ name: 'dwdiff x10', argv: loop('dwdiff') });
    const peerTimes = hyperfine(peers, quick ? 10 : 20, 3);
    console.log(row(peerTimes[0]!, '   baseline'));
    for (const t of peerTimes.slice(1))
      console.log(row(t, `   parallax takes ${ratio(peerTimes[0]!, t)} of it`));
    if (!has('dwdiff')) console.log('  dwdiff x10: not installed (apt-get install dwdiff)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const [end1] = loadavg();
  console.log('');
  console.log(`load average ${end1!.toFixed(2)} (1 min) at the end`);
}

await main();
