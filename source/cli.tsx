#!/usr/bin/env node
import { analyze, type Progress } from './analysis/analyze.js';
import type { Comparison } from './analysis/types.js';
import { formatOf, parseFlags, showHelpOrVersion } from './cli/flags.js';
import { stdoutError, writeStdout } from './cli/stdout.js';
import {
  LARGE_INPUT_BYTES,
  letYoungGenerationGrow,
  optimizeFromNowOn,
  SMALL_INPUT_SENTENCES,
} from './cli/tiering.js';
import { writeReportFile } from './cli/write.js';
import { loadCorpus } from './corpus/load.js';
import { latestPublishedDay } from './corpus/provenance.js';
import type { CalendarDate } from './figures/types.js';
import { InputError } from './text/errors.js';
import { neutralizeInline } from './text/sanitize.js';
import { type ColorChoice, wantsColor } from './text/style.js';
import { STATUS, STATUSES, type Status } from './views/status.js';

const COLORS = ['auto', 'always', 'never'];
/** The statuses --fail-on takes; it fails on the one chosen and every more urgent one (status.ts). */
const FAIL_ON: readonly Status[] = ['conflict', 'differs', 'update'];

/** A YYYY-MM-DD day that exists, or a usage error naming the flag. */
function parseDay(text: string): CalendarDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (!m || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    throw new InputError(`--as-of ${text}: give a day as YYYY-MM-DD, e.g. --as-of 2025-03-04`);
  return { year, month, day };
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const { flags, input } = parseFlags(argv);
  if (flags.help || flags.version) {
    guardStdout();
    // Only the URL: meow looks for package.json from there (the bundle is CommonJS, see build.mjs).
    await showHelpOrVersion(argv, { url: import.meta.url } as ImportMeta);
    return 0;
  }
  const format = flags.json ? 'json' : formatOf(flags.format, flags.output);
  if (!format) throw new InputError(`--format ${flags.format}: unknown format; use text, markdown or json`);
  const failOn = (flags.failOn ?? 'conflict') as Status;
  if (!FAIL_ON.includes(failOn))
    throw new InputError(`--fail-on ${flags.failOn}: use conflict, differs or update`);
  if (!COLORS.includes(flags.color))
    throw new InputError(`--color ${flags.color}: use auto, always or never`);
  if (!(flags.maxSize > 0)) throw new InputError('--max-size: give a positive number of megabytes');
  if (!(flags.maxTotal > 0)) throw new InputError('--max-total: give a positive number of megabytes');
  if (flags.output === '') throw new InputError('--output: give a file name');
  if (flags.saveText === '') throw new InputError('--save-text: give a folder name');
  if (!(flags.timeout > 0)) throw new InputError('--timeout: give a positive number of seconds');
  const givenAsOf = flags.asOf === undefined ? null : parseDay(flags.asOf);
  if (input.length === 0)
    throw new InputError('no articles given; usage: parallax ARTICLE... | FOLDER (see --help)');

  // The interactive view's code (React, Ink) starts loading now, while the articles are read.
  const wantsReport = flags.report || flags.json || flags.output !== undefined;
  const interactive = !wantsReport && Boolean(guardStdout().isTTY && process.stdin.isTTY);
  if (interactive) optimizeFromNowOn();
  const view = interactive ? loadView() : undefined;
  view?.catch(() => {}); // an error surfaces where it is awaited

  const fetching = statusLine();
  const { sources, files: inputs } = await loadCorpus(input, {
    maxBytes: Math.round(flags.maxSize * 1024 * 1024),
    maxTotalBytes: Math.round(flags.maxTotal * 1024 * 1024),
    timeoutMs: flags.timeout * 1000,
    readStdin,
    warn: (message) => say(`warning: ${message}`),
    progress: (message) => (message === null ? fetching.done() : fetching.update(message)),
    sized: (bytes) => {
      if (bytes >= LARGE_INPUT_BYTES) optimizeFromNowOn();
    },
  });
  if (sources.reduce((n, source) => n + source.sentences.length, 0) > SMALL_INPUT_SENTENCES)
    letYoungGenerationGrow();
  if (flags.saveText !== undefined) {
    const { saveTexts } = await import('./cli/save-text.js');
    await saveTexts(flags.saveText, sources, inputs);
  }
  // Pages that say when they were published date the reports: their latest day is the present.
  const asOf = givenAsOf ?? latestPublishedDay(sources);
  // --exit-code: 1 when conflicts were found; --fail-on differs (or update) also counts those.
  const failing = new Set<string>(STATUSES.filter((s) => STATUS[s].rank <= STATUS[failOn].rank));
  const exitCodeFor = (comparison: Comparison) =>
    (flags.exitCode || flags.failOn !== undefined) && comparison.figures.some((f) => failing.has(f.status))
      ? 1
      : 0;

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
        ? (progress, signal) =>
            analyzeInBackground(
              { sources, asOf },
              progress,
              // The bundled worker.ts beside the bundle (an ES module: .mjs, see scripts/build.mjs).
              new URL('./analysis-worker.mjs', import.meta.url),
              signal,
            )
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
  // The JSON report needs no width or colour: it never touches process.stdout (a stream costly to
  // create, see cli/stdout.ts).
  const terminal = !toFile && format !== 'json' && Boolean(guardStdout().isTTY);
  const report = await render(comparison, format, {
    width: terminal ? process.stdout.columns || 80 : 80,
    color: wantsColor(flags.color as ColorChoice, process.env, terminal),
  });
  if (toFile) {
    await writeReportFile(flags.output!, report, inputs);
    say(`report written to ${flags.output}`);
  } else {
    // A reader that closes the pipe early (`| head`) is a normal end, with the result's code.
    process.exitCode = exitCode;
    await writeStdout(report);
  }
  reportDone = true;
  return exitCode;
}

/**
 * Set once a report run has handed its whole report over (to the file or standard output, whose
 * writes have completed): nothing is left to do, so the process exits at once rather than wait for
 * the collector's pending work and the heap's teardown (start-up is a feature: a few ms a run).
 */
let reportDone = false;

/**
 * A status line on stderr, when stderr is a terminal: rewritten in place, cleared when done.
 * Callers pass text already made safe to print.
 */
function statusLine(): { update: Progress; done: () => void } {
  // Whether stderr is a terminal is asked at the first update (performance: process.stderr is a
  // stream, created when first used; most runs never show a status).
  let shown = false;
  return {
    update: (stage) => {
      if (!process.stderr.isTTY) return;
      shown = true;
      process.stderr.write(`\r\u001b[Kparallax: ${stage}…`);
    },
    done: () => {
      if (shown) process.stderr.write('\r\u001b[K');
      shown = false;
    },
  };
}

/** A progress line for long analyses (many articles). */
function progressLine(articles: number): { update: Progress; done: () => void } {
  return articles < PROGRESS_FROM ? { update: () => {}, done: () => {} } : statusLine();
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
async function writeReportNextTo(
  comparison: Comparison,
  inputs: readonly (string | Buffer)[],
): Promise<string> {
  const { existsSync } = await import('node:fs');
  let name = 'parallax-report.md';
  for (let n = 2; existsSync(name); n++) name = `parallax-report-${n}.md`;
  const { renderMarkdownReport } = await import('./views/report/markdown.js');
  await writeReportFile(name, renderMarkdownReport(comparison), inputs);
  return name;
}

/** Reads standard input, stopping one byte past `limit` (an endless stream is not read to its end). */
async function readStdin(limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length > limit) break; // leaving the loop destroys the stream: nothing more is read
  }
  return Buffer.concat(chunks, length).subarray(0, limit + 1);
}

/**
 * Writes one line on stderr. Messages name files, folders and system errors, all from outside
 * the program, so they pass through the same sanitiser as article text: a file name holding an
 * escape sequence is shown, never obeyed.
 */
function say(message: string): void {
  process.stderr.write(`parallax: ${neutralizeInline(message)}\n`);
}

/** Runs the CLI; user errors become one line and exit code 2, anything else says how to report it. */
async function run(): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof InputError) {
      // One line per problem (several URLs may fail at once).
      for (const line of error.message.split('\n')) say(line);
      process.exitCode = error.exitCode;
    } else {
      const message = error instanceof Error ? error.message : String(error);
      say(`internal error: ${message}`);
      process.stderr.write('Please report this with the command you ran.\n');
      process.exitCode = 70;
    }
  }
}

/**
 * process.stdout, with its failures handled: EPIPE (e.g. `parallax seeds | head`) is a normal end,
 * not a crash; any other failure to write (a closed descriptor, a full disk) is one line and exit
 * code 2. Called before anything uses the stream (performance: creating it runs Node's stream
 * code, which a JSON report written with writeStdout never needs).
 */
function guardStdout(): NodeJS.WriteStream {
  if (!stdoutGuarded) {
    stdoutGuarded = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      say(stdoutError(error.code).message);
      process.exit(2);
    });
  }
  return process.stdout;
}
let stdoutGuarded = false;

// Not awaited at the top level: the bundle is CommonJS (scripts/build.mjs).
void run().then(() => {
  if (reportDone) process.exit();
});
