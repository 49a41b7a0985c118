import { parseArgs } from 'node:util';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_TOTAL_BYTES, DEFAULT_TIMEOUT_SECONDS } from '../corpus/load.js';
import { InputError } from '../text/errors.js';
import { wordTable } from '../text/table.js';

/** The command line's options, as the rest of the CLI uses them. */
export interface Flags {
  report: boolean;
  /** As given; undefined: from the output file's extension, else text. */
  format: string | undefined;
  json: boolean;
  output: string | undefined;
  color: string;
  exitCode: boolean;
  failOn: string | undefined;
  maxSize: number;
  maxTotal: number;
  asOf: string | undefined;
  saveText: string | undefined;
  timeout: number;
  help: boolean;
  version: boolean;
}

/** The usage text (printed by meow for --help). */
export const HELP = `
  Usage
    $ parallax ARTICLE... | FOLDER

  Compares several outlets' reports of the same event: aligns the passages that report the same
  fact, shows them side by side with word diffs, and finds where their figures disagree.

  Inputs
    Files, folders (their .txt, .md, .html and .htm files), http(s) URLs, or - for
    standard input. At least two articles in total; sources are sorted by id, so argument
    order never matters. HTML pages (by extension, Content-Type, or content on standard
    input) are read as the article extracted from them.

  Options
    --report               Print the report instead of opening the interactive view
                           (also the default when stdout or stdin is not a terminal)
    --format text|markdown|json
                           Report format (default: from the extension of --output,
                           .md markdown, .json json, else text; md is short for markdown)
    --json                 Short for --report --format json
    --output FILE, -o      Write the report to FILE (atomically; a regular file or a new
                           path, never a device, a read-only file or an input)
    --color auto|always|never
                           Colour in the text report (default auto: on in a terminal;
                           NO_COLOR and FORCE_COLOR are honoured)
    --exit-code            Exit with 1 when conflicts were found, 0 when none
    --fail-on STATUS       With conflict, differs or update: exit 1 when figures of that
                           status or a more urgent one were found (implies --exit-code)
    --max-size MB          Largest article or page accepted, in megabytes (default ${DEFAULT_MAX_BYTES / 1024 / 1024})
    --max-total MB         Largest total of all articles, in megabytes (default ${DEFAULT_MAX_TOTAL_BYTES / 1024 / 1024})
    --timeout SECONDS      Time limit for fetching each URL (default ${DEFAULT_TIMEOUT_SECONDS})
    --save-text DIR        Write each article's text as read (for HTML: the extracted text,
                           which the report's offsets index) to DIR/ID.txt
    --as-of YYYY-MM-DD     The reports' present: dates like "Tuesday, March 4" take
                           the latest year that fits up to it (default: the latest
                           publication date of the pages, else the latest full date the
                           articles state; never today's date)
    --help                 Show this help
    --version              Show the version

  Exit codes
    0  done (no conflicts, with --exit-code)
    1  conflicts found (only with --exit-code)
    2  bad input or usage (one line on stderr says what to fix)

  Examples
    $ parallax seeds/
    $ parallax --report --format markdown -o report.md a.txt b.txt c.txt
    $ parallax --json seeds | jq '.figures[] | select(.status == "conflict")'
    $ parallax https://example.com/a.html page.html notes.txt
`;

/** The options, one table: parsed by node:util on every run, described to meow for --help. */
export const OPTIONS = {
  report: { type: 'boolean', default: false },
  format: { type: 'string' },
  json: { type: 'boolean', default: false },
  output: { type: 'string', short: 'o' },
  color: { type: 'string', default: 'auto' },
  'exit-code': { type: 'boolean', default: false },
  'fail-on': { type: 'string' },
  'max-size': { type: 'string', default: String(DEFAULT_MAX_BYTES / 1024 / 1024) },
  'max-total': { type: 'string', default: String(DEFAULT_MAX_TOTAL_BYTES / 1024 / 1024) },
  'as-of': { type: 'string' },
  'save-text': { type: 'string' },
  timeout: { type: 'string', default: String(DEFAULT_TIMEOUT_SECONDS) },
  help: { type: 'boolean', default: false },
  version: { type: 'boolean', default: false },
} as const;

/**
 * Parses the command line with node:util (no start-up cost). Unknown options and missing values
 * are user errors (exit code 2).
 */
export function parseFlags(argv: string[]): { flags: Flags; input: string[] } {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed =
      parseSimply(argv) ?? parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(message);
    const missing = /Option '(?:-\w, )?(-[\w-]+)[^']*' argument missing/.exec(message);
    if (unknown) throw new InputError(`${unknown[1]}: unknown option; see parallax --help`);
    if (missing) throw new InputError(`${missing[1]}: needs a value; see parallax --help`);
    throw new InputError(`${message.split('\n')[0]!.replace(/\.$/, '')}; see parallax --help`);
  }
  const v = parsed.values;
  const maxSize = Number(v['max-size']);
  return {
    input: parsed.positionals,
    flags: {
      report: v.report,
      format: v.format,
      json: v.json,
      output: v.output,
      color: v.color,
      exitCode: v['exit-code'],
      failOn: v['fail-on'],
      maxSize,
      maxTotal: Number(v['max-total']),
      asOf: v['as-of'],
      saveText: v['save-text'],
      timeout: Number(v.timeout),
      help: v.help,
      version: v.version,
    },
  };
}

/**
 * What parseArgs gives for a command line of the common shapes only (`--json seeds`, `--as-of DAY
 * a.txt b.txt`): long options of the table, each string option with a value that does not start
 * with "-", and names that do not start with "-". Undefined for anything else (short options,
 * `--name=value`, `--`, "-" for stdin, unknown options), which parseArgs then reads. Performance:
 * node:util loads and compiles its parser on first use (about 3.5M instructions of every run).
 */
export function parseSimply(
  argv: readonly string[],
): ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>> | undefined {
  const values: Record<string, string | boolean> = {};
  for (const [name, option] of Object.entries(OPTIONS))
    if ('default' in option) values[name] = option.default;
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (!arg.startsWith('--') || !Object.hasOwn(OPTIONS, name)) return undefined;
    if (OPTIONS[name as keyof typeof OPTIONS].type === 'boolean') {
      values[name] = true;
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('-')) return undefined;
    values[name] = value;
    i++;
  }
  return { values, positionals } as unknown as ReturnType<
    typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
  >;
}

/** Prints help or the version through meow, loaded only for this (it costs ~25 ms to load). */
export async function showHelpOrVersion(argv: string[], importMeta: ImportMeta): Promise<void> {
  const { default: meow } = await import('meow');
  const flags = Object.fromEntries(
    Object.entries(OPTIONS).map(([name, option]) => [
      name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
      { type: option.type, ...('short' in option ? { shortFlag: option.short } : {}) },
    ]),
  );
  const cli = meow(HELP, { importMeta, argv, flags: flags as never, autoHelp: false, autoVersion: false });
  if (argv.includes('--help')) cli.showHelp(0);
  else cli.showVersion();
}

const FORMATS = wordTable<'text' | 'markdown' | 'json'>({
  text: 'text',
  markdown: 'markdown',
  md: 'markdown',
  json: 'json',
});
/** Report formats by the extension of the output file. */
const EXTENSIONS = wordTable<'text' | 'markdown' | 'json'>({
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
  '.txt': 'text',
});

/** The report format: --format when given, else the output file's extension, else text. */
export function formatOf(
  given: string | undefined,
  output: string | undefined,
): 'text' | 'markdown' | 'json' | undefined {
  if (given !== undefined) return FORMATS[given];
  const extension = /\.[^./\\]+$/.exec(output ?? '')?.[0]?.toLowerCase() ?? '';
  return EXTENSIONS[extension] ?? 'text';
}
