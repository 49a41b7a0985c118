#!/usr/bin/env node
import meow from 'meow';
import { analyze } from './analysis/analyze.js';
import { DEFAULT_MAX_BYTES, loadSources } from './corpus/load.js';
import { InputError } from './errors.js';
import { renderJsonReport } from './report/json.js';
import { renderTextReport } from './report/text.js';

const cli = meow(
  `
  Usage
    $ parallax ARTICLE... | FOLDER

  Compares several outlets' reports of the same event: aligns the passages that report the same
  fact, shows them side by side with word diffs, and finds where their figures disagree.

  Inputs
    Files, folders (their .txt and .md files, sorted by name) or - for standard input.
    At least two articles in total.

  Options
    --report          Print the report instead of opening the interactive view
                      (also the default when stdout or stdin is not a terminal)
    --format NAME     Report format: text (default) or json
    --json            Short for --report --format json
    --max-size MB     Largest article accepted, in megabytes (default ${DEFAULT_MAX_BYTES / 1024 / 1024})
    --help            Show this help
    --version         Show the version

  Exit codes
    0  done            2  bad input or usage (one line on stderr says what to fix)

  Examples
    $ parallax seeds/
    $ parallax --json a.txt b.txt c.txt > report.json
`,
  {
    importMeta: import.meta,
    allowUnknownFlags: false,
    flags: {
      report: { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      json: { type: 'boolean', default: false },
      maxSize: { type: 'number', default: DEFAULT_MAX_BYTES / 1024 / 1024 },
    },
  },
);

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

async function main(): Promise<number> {
  const { flags, input } = cli;
  const format = (flags.json ? 'json' : flags.format) as Format;
  if (!FORMATS.includes(format)) {
    throw new InputError(`--format ${flags.format}: unknown format; use one of ${FORMATS.join(', ')}`);
  }
  if (!(flags.maxSize > 0)) throw new InputError('--max-size: give a positive number of megabytes');
  if (input.length === 0)
    throw new InputError('no articles given; usage: parallax ARTICLE... | FOLDER (see --help)');

  const sources = await loadSources(input, {
    maxBytes: Math.round(flags.maxSize * 1024 * 1024),
    readStdin,
    warn: (message) => process.stderr.write(`parallax: warning: ${message}\n`),
  });
  const comparison = analyze(sources);

  const interactive = !flags.report && !flags.json && process.stdout.isTTY && process.stdin.isTTY;
  if (interactive) {
    const { runInteractive } = await import('./ui/run.js');
    return runInteractive(comparison);
  }
  const output = format === 'json' ? renderJsonReport(comparison) : renderTextReport(comparison);
  process.stdout.write(output);
  return 0;
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
