#!/usr/bin/env node
import { analyze, type Progress } from './analysis/analyze.js';
import type { Comparison } from './analysis/types.js';
import { formatOf, parseFlags, showHelpOrVersion } from './cli/flags.js';
import { writeReportFile } from './cli/write.js';
import { loadSources } from './corpus/load.js';
import type { CalendarDate } from './figures/types.js';
import { InputError } from './text/errors.js';
import { type ColorChoice, wantsColor } from './text/style.js';

const COLORS = ['auto', 'always', 'never'];

/** A YYYY-MM-DD day that exists, or a usage error naming the flag. */
function parseDay(text: string): CalendarDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (!m || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    throw new InputError(`--as-of ${text}: give a day as YYYY-MM-DD, e.g. --as-of 2023-09-30`);
  return { year, month, day };
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const { flags, input } = parseFlags(argv);
  if (flags.help || flags.version) {
    await showHelpOrVersion(argv, import.meta);
    return 0;
  }
  const format = flags.json ? 'json' : formatOf(flags.format, flags.output);
  if (!format) throw new InputError(`--format ${flags.format}: unknown format; use text, markdown or json`);
  if (!COLORS.includes(flags.color))
    throw new InputError(`--color ${flags.color}: use auto, always or never`);
  if (!(flags.maxSize > 0)) throw new InputError('--max-size: give a positive number of megabytes');
  if (flags.output === '') throw new InputError('--output: give a file name');
  const asOf = flags.asOf === undefined ? null : parseDay(flags.asOf);
  if (input.length === 0)
    throw new InputError('no articles given; usage: parallax ARTICLE... | FOLDER (see --help)');

  // The interactive view's code (React, Ink) starts loading now, while the articles are read.
  const wantsReport = flags.report || flags.json || flags.output !== undefined;
  const interactive = !wantsReport && Boolean(process.stdout.isTTY && process.stdin.isTTY);
  const view = interactive ? loadView() : undefined;
  view?.catch(() => {}); // an error surfaces where it is awaited

  const sources = await loadSources(input, {
    maxBytes: Math.round(flags.maxSize * 1024 * 1024),
    readStdin,
    warn: (message) => process.stderr.write(`parallax: warning: ${message}\n`),
  });
  const inputs = sources.map((s) => s.path);
  const exitCodeFor = (comparison: Comparison) =>
    flags.exitCode && comparison.figures.some((f) => f.status === 'conflict') ? 1 : 0;

  if (view) {
    const { runInteractive } = await view;
    // A large corpus is analysed in a worker while the view shows a spinner and the stage.
    const large = sources.length >= PROGRESS_FROM;
    const { analyzeInBackground } = large
      ? await import('./analysis/background.js')
      : { analyzeInBackground: undefined };
    let ready: Comparison | undefined;
    const code = await runInteractive(
      analyzeInBackground
        ? (progress) =>
            analyzeInBackground({ sources, asOf }, progress, new URL('./analysis-worker.js', import.meta.url))
        : analyze(sources, { asOf }),
      {
        color: wantsColor(flags.color as ColorChoice, process.env, true),
        writeReport: () => writeReportNextTo(ready!, inputs),
        onReady: (comparison) => {
          ready = comparison;
        },
      },
    );
    return code || (ready ? exitCodeFor(ready) : 0);
  }
  const progress = progressLine(sources.length);
  const comparison = analyze(sources, { asOf, progress: progress.update });
  progress.done();
  const exitCode = exitCodeFor(comparison);
  const toFile = flags.output !== undefined;
  const terminal = !toFile && Boolean(process.stdout.isTTY);
  const report = await render(comparison, format, {
    width: terminal ? process.stdout.columns || 80 : 80,
    color: wantsColor(flags.color as ColorChoice, process.env, terminal),
  });
  if (toFile) {
    await writeReportFile(flags.output!, report, inputs);
    process.stderr.write(`parallax: report written to ${flags.output}\n`);
  } else {
    process.stdout.write(report);
  }
  return exitCode;
}

/**
 * A progress line on stderr for long analyses (many articles), when stderr is a terminal: it is
 * rewritten in place and cleared when the analysis ends.
 */
function progressLine(articles: number): { update: Progress; done: () => void } {
  if (!process.stderr.isTTY || articles < PROGRESS_FROM) return { update: () => {}, done: () => {} };
  let shown = false;
  return {
    update: (stage) => {
      shown = true;
      process.stderr.write(`\r\u001b[Kparallax: ${stage}…`);
    },
    done: () => {
      if (shown) process.stderr.write('\r\u001b[K');
    },
  };
}

/** Articles from which an analysis takes long enough to show progress. */
const PROGRESS_FROM = 50;

/** Renders a report; each format's code (and its libraries) is loaded only when asked for. */
async function render(
  comparison: Comparison,
  format: 'text' | 'markdown' | 'json',
  text: { width: number; color: boolean },
): Promise<string> {
  if (format === 'json') return (await import('./views/report/json.js')).renderJsonReport(comparison);
  if (format === 'markdown')
    return (await import('./views/report/markdown.js')).renderMarkdownReport(comparison);
  return (await import('./views/report/text.js')).renderTextReport(comparison, text);
}

/** Loads the interactive view's chunk. */
function loadView() {
  // Ink draws only a last frame when the environment says CI; a session at a terminal is
  // interactive whatever the environment says, so tell Ink before it loads.
  process.env.CI = 'false';
  process.env.CONTINUOUS_INTEGRATION = 'false';
  return import('./views/ui/run.js');
}

/** Writes the Markdown report to parallax-report.md in the working folder (numbered if taken). */
async function writeReportNextTo(comparison: Comparison, inputs: string[]): Promise<string> {
  const { existsSync } = await import('node:fs');
  let name = 'parallax-report.md';
  for (let n = 2; existsSync(name); n++) name = `parallax-report-${n}.md`;
  const { renderMarkdownReport } = await import('./views/report/markdown.js');
  await writeReportFile(name, renderMarkdownReport(comparison), inputs);
  return name;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Runs the CLI; user errors become one line and exit code 2, anything else says how to report it. */
async function run(): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`parallax: ${error.message}\n`);
      process.exitCode = error.exitCode;
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(
        `parallax: internal error: ${message}\nPlease report this with the command you ran.\n`,
      );
      process.exitCode = 70;
    }
  }
}

// EPIPE on stdout (e.g. `parallax --json seeds | head`) is a normal end, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

await run();
