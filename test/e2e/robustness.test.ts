import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  lstatSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';

// End-to-end cases of issue 17 (robustness, second pass): each failed before and passes now.
const SEEDS = `${ROOT}seeds`;
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-robust-'));
});
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
/** A file whose name is raw bytes (not necessarily valid UTF-8). */
const rawFile = (name: Buffer, content: string) => {
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), name]), content);
};
const ARTICLE_A = 'Officials said 12 people were hurt in the blast at the port on Monday.\n';
const ARTICLE_B = 'Twelve people were hurt in the blast at the port, officials said.\n';
/** Exit code 2 and exactly one line on stderr, matching `pattern`. */
const refused = (result: { code: number | null; stderr: string }, pattern: RegExp) => {
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
};

describe('--output writes only a regular file or a new path', () => {
  it('refuses a FIFO and leaves it a FIFO', () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    refused(runCli(['--report', '-o', fifo, SEEDS]), /--output .*pipe: is a device, FIFO or socket/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it.skipIf(process.getuid?.() !== 0)('refuses a character device (a null device made here, as root)', () => {
    const device = join(dir, 'null');
    execFileSync('mknod', [device, 'c', '1', '3']);
    refused(runCli(['--report', '-o', device, SEEDS]), /is a device, FIFO or socket/);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
  });

  it('follows a symbolic link to a device and refuses it, the link untouched', () => {
    const link = join(dir, 'null-link');
    symlinkSync('/dev/null', link);
    refused(runCli(['--report', '-o', link, SEEDS]), /is a device, FIFO or socket/);
    expect(readlinkSync(link)).toBe('/dev/null');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('writes through a symbolic link to a file: the link stays, the file gets the report', () => {
    const real = file('real.txt', 'old');
    const link = join(dir, 'link.txt');
    symlinkSync(real, link);
    expect(runCli(['--report', '-o', link, SEEDS]).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toMatch(/^parallax report: 5 sources/);
  });

  it('refuses a link to nothing, a folder and a read-only file, which stays as it was', () => {
    const dangling = join(dir, 'dangling.md');
    symlinkSync(join(dir, 'missing.md'), dangling);
    refused(runCli(['--report', '-o', dangling, SEEDS]), /is a symbolic link to nothing/);
    refused(runCli(['--report', '-o', dir, SEEDS]), /is a folder; give a file name/);
    const locked = file('locked.txt', 'keep me');
    chmodSync(locked, 0o444);
    refused(runCli(['--report', '-o', locked, SEEDS]), /is read-only/);
    expect(readFileSync(locked, 'utf8')).toBe('keep me');
    expect(statSync(locked).mode & 0o777).toBe(0o444);
  });

  it("keeps an existing file's permissions", () => {
    const kept = file('kept.txt', 'old');
    chmodSync(kept, 0o640);
    expect(runCli(['--report', '-o', kept, SEEDS]).code).toBe(0);
    expect(statSync(kept).mode & 0o777).toBe(0o640);
    expect(readFileSync(kept, 'utf8')).toMatch(/^parallax report/);
  });

  it('reports user path errors with exit code 2, never as internal errors', () => {
    const plain = file('plain.txt', 'x');
    refused(
      runCli(['--report', '-o', `${plain}/r.md`, SEEDS]),
      /r\.md: cannot write the report: a part of the path is not a folder/,
    );
    refused(runCli(['--report', '-o', join(dir, `${'n'.repeat(300)}.md`), SEEDS]), /the name is too long/);
    // A name just under the limit is fine: the temporary file beside it has a short name of its own.
    expect(runCli(['--report', '-o', join(dir, `${'n'.repeat(240)}.md`), SEEDS]).code).toBe(0);
    refused(runCli(['--report', '-o', join(dir, 'no', 'such', 'r.md'), SEEDS]), /its folder does not exist/);
  });
});

describe('standard output', () => {
  it('a full disk (/dev/full) is one line and exit code 2, not a stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [`${ROOT}dist/cli.js`, '--report', SEEDS], {
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
      });
      refused({ code: result.status, stderr: result.stderr }, /^parallax: standard output: no space left/);
    } finally {
      closeSync(full);
    }
  });
});

describe('names from outside never act on the terminal', () => {
  it('folder entries with escape sequences are shown, not obeyed, in every report and on stderr', () => {
    file('\u001b]52;c;cHduZWQ=\u0007one.txt', ARTICLE_A);
    file('\u001b]0;PWNED\u0007two.txt', ARTICLE_B);
    for (const args of [['--report'], ['--format', 'markdown'], ['--json']]) {
      const result = runCli([...args, dir]);
      expect(result.code).toBe(0);
      expect(result.stdout).not.toMatch(CONTROLS);
    }
    const written = runCli(['--report', '-o', join(dir, '\u001b]52;c;eA==\u0007.md'), dir]);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain('␛]52;c;eA==␇.md');
    expect(written.stderr).not.toMatch(CONTROLS);
  });

  it('a missing file whose name holds an escape sequence is named safely', () => {
    const result = runCli(['--report', `${dir}/\u001b]52;c;cHduZWQ=\u0007gone.txt`, SEEDS]);
    refused(result, /␛\]52;c;cHduZWQ=␇gone\.txt: no such file/);
    expect(result.stderr).not.toMatch(CONTROLS);
  });

  it('a label taken from a file name cannot open a Markdown heading or list', () => {
    file('# PWNED one.txt', ARTICLE_A.replace('12', '14'));
    file('1. two.txt', ARTICLE_B);
    const { stdout, code } = runCli(['--format', 'markdown', dir]);
    expect(code).toBe(0);
    const tokens = new MarkdownIt().parse(stdout, {});
    const headings = tokens.filter((t) => t.type === 'heading_open').length;
    expect(headings).toBe(stdout.split('\n').filter((line) => /^#{1,3} /.test(line)).length);
    expect(tokens.some((t) => t.type === 'ordered_list_open')).toBe(false);
    expect(stdout).toContain('\\# PWNED');
  });
});

describe('bounded reads', () => {
  it('stops reading /dev/zero at --max-size and names it', () => {
    refused(
      runCli(['--json', '--max-size', '1', '/dev/zero', SEEDS]),
      /^parallax: \/dev\/zero: goes on past the 1\.0 MB limit/,
    );
  });

  it('stops reading a FIFO fed without end at --max-size (the writer then gets a broken pipe)', async () => {
    const fifo = join(dir, 'endless.txt');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `yes 'Some words in a sentence.' > '${fifo}'`], { stdio: 'ignore' });
    const ended = new Promise((resolve) => writer.on('exit', resolve));
    refused(
      runCli(['--json', '--max-size', '1', fifo, SEEDS]),
      /endless\.txt: goes on past the 1\.0 MB limit/,
    );
    await ended;
  });

  it('stops reading standard input at --max-size', () => {
    const result = runCli(['--json', '--max-size', '1', '-', SEEDS], {
      input: Buffer.alloc(3 * 1024 * 1024, 65),
    });
    refused(result, /^parallax: -: goes on past the 1\.0 MB limit per article/);
  });

  it('keeps a total budget across articles', () => {
    refused(
      runCli(['--json', '--max-total', '0.01', SEEDS]),
      /the articles together are over the 0\.0 MB total limit/,
    );
  });
});

describe('inputs that were mishandled', () => {
  it('reads a file whose name is not valid UTF-8, without a warning', () => {
    file('a.txt', ARTICLE_A);
    rawFile(Buffer.from([0x62, 0xe9, 0x2e, 0x74, 0x78, 0x74]), ARTICLE_B);
    const result = runCli(['--json', dir]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect((JSON.parse(result.stdout) as { sources: unknown[] }).sources).toHaveLength(2);
  });

  it('keeps a one-line article that ends in a copyright footer', () => {
    const a = file('a.txt', `${ARTICLE_A.trim()} © 2023 Reuters. All rights reserved.\n`);
    const b = file('b.txt', ARTICLE_B);
    const result = runCli(['--json', a, b]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { passages: { members: { text: string }[] }[] };
    expect(report.passages.some((p) => p.members.length === 2)).toBe(true);
    expect(JSON.stringify(report.passages)).not.toContain('All rights reserved');
  });

  it('a thin-space thousands separator agrees with a comma: no false conflict', () => {
    const a = file('a.txt', 'Police said 4\u2009000 people marched through the capital on Sunday.\n');
    const b = file('b.txt', 'Some 4,000 people marched through the capital on Sunday, police said.\n');
    const result = runCli(['--json', '--exit-code', a, b]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      figures: { status: string; mentions: { text: string }[] }[];
    };
    const counts = report.figures.filter((f) => f.mentions.some((m) => /4.000/.test(m.text)));
    expect(counts.map((f) => f.status)).toEqual(['agreement']);
  });
});

describe('order independence', () => {
  it('the same articles in any order give the same report, byte for byte', () => {
    const paths = readdirSync(SEEDS).map((name) => `${SEEDS}/${name}`);
    const reference = runCli(['--json', ...paths]).stdout;
    fc.assert(
      fc.property(fc.shuffledSubarray(paths, { minLength: paths.length }), (order) => {
        expect(runCli(['--json', ...order]).stdout).toBe(reference);
      }),
      { numRuns: 6 },
    );
  });
});
