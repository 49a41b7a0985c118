import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectValidReport } from '../helpers/contract.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

// Every kind of input the robustness issue lists gets a tested outcome: it works, or one line on
// stderr and exit code 2. Inputs are never modified.
let dir: string;
const seed = (n: number) =>
  readFileSync(
    `${ROOT}seeds/${['000_ab7e6b656cab8f4b', '001_ba15d7545e409241', '002_1db38a4f1a6a5b35'][n]}.txt`,
    'utf8',
  );
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const fingerprint = (paths: string[]) =>
  paths.map((p) => `${statSync(p).mtimeMs}:${readFileSync(p).toString('base64')}`);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-inputs-'));
});

const works = (args: string[], input?: string) => {
  const result = runCli(['--json', ...args], input === undefined ? {} : { input });
  expect(result.stderr.replace(/^parallax: warning: .*\n/gm, '')).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as {
    sources: { id: string }[];
    passages: { members: { source: string; sentences: number[] }[] }[];
    figures: { status: string }[];
  };
};
const fails = (args: string[], pattern: RegExp, input?: string) => {
  const result = runCli(['--json', ...args], input === undefined ? {} : { input });
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  const errors = result.stderr.replace(/^parallax: warning: .*\n/gm, '');
  expect(errors).toMatch(pattern);
  expect(errors.trimEnd().split('\n')).toHaveLength(1);
};

describe('inputs', () => {
  it('reads CRLF and CR-only line endings, offsets into the text as read', () => {
    const crlf = file('crlf.txt', seed(0).replace(/\n/g, '\r\n'));
    const cr = file('cr.txt', seed(1).replace(/\n/g, '\r'));
    const before = fingerprint([crlf, cr]);
    const report = works([crlf, cr]);
    expectValidReport(report);
    expect(report.passages.some((p) => p.members.length === 2)).toBe(true);
    expect(fingerprint([crlf, cr])).toEqual(before);
  });

  it('reads UTF-16 LE and BE with a BOM, and Latin-1 with a warning', () => {
    const le = file('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed(0), 'utf16le')]));
    const be = file(
      'be.txt',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(seed(1), 'utf16le').swap16()]),
    );
    const latin = file(
      'latin.txt',
      Buffer.from('Le président a dit que 12 soldats étaient morts. Fin.\n', 'latin1'),
    );
    const report = works([le, be, latin]);
    // Sorted by id, whatever the order of the arguments.
    expect(report.sources.map((s) => s.id)).toEqual(['be', 'latin', 'le']);
    const result = runCli(['--json', le, latin]);
    expect(result.stderr).toMatch(/latin\.txt: not valid UTF-8, read as Windows-1252/);
  });

  it('compares two identical articles: everything aligned, nothing in conflict', () => {
    const a = file('same-a.txt', seed(2));
    const b = file('same-b.txt', seed(2));
    const report = works([a, b]);
    // Every passage holds the same sentences of both (a source may give a passage several members).
    for (const p of report.passages) {
      const of = (id: string) => p.members.filter((m) => m.source === id).flatMap((m) => m.sentences);
      expect(of('same-a').length).toBeGreaterThan(0);
      expect(of('same-a')).toEqual(of('same-b'));
    }
    expect(report.figures.some((f) => f.status === 'conflict')).toBe(false);
  });

  it('reads the same path once, and then needs a second article', () => {
    const a = file('once.txt', seed(0));
    fails([a, a], /only 1 article given/);
  });

  it('reads a FIFO', () => {
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const writer = spawnSync(
      'sh',
      [
        '-c',
        `cat '${ROOT}seeds/000_ab7e6b656cab8f4b.txt' > '${fifo}' & node '${ROOT}dist/cli.js' --json '${fifo}' '${ROOT}seeds/001_ba15d7545e409241.txt'`,
      ],
      { encoding: 'utf8' },
    );
    expect(writer.status).toBe(0);
    expect((JSON.parse(writer.stdout) as { sources: unknown[] }).sources).toHaveLength(2);
  });

  it('refuses empty or closed standard input, naming it', () => {
    fails(['seeds/000_ab7e6b656cab8f4b.txt', '-'], /^parallax: -: the article is empty/, '');
  });

  it('refuses a 50 MB article with the limit and the flag to raise it', () => {
    const big = file('big.txt', Buffer.alloc(50 * 1024 * 1024, 'word. '));
    fails(
      [big, 'seeds/000_ab7e6b656cab8f4b.txt'],
      /big\.txt: 50\.0 MB is over the 5\.0 MB limit per article; raise it with --max-size/,
    );
  });

  // Time is tracked by `npm run bench` (1 MB and 4 MB single lines), not asserted here.
  it('analyses a 1 MB line without newlines, a sentence per full stop before a capital', () => {
    const words = Array.from({ length: 160_000 }, (_, i) =>
      i % 17 === 16 ? 'Dalmor.' : ['boats', 'harbour', 'said', 'the', 'Vessia', 'police'][i % 6],
    );
    const line = file('line.txt', words.join(' '));
    const report = works([line, 'seeds/000_ab7e6b656cab8f4b.txt']);
    const sentencesOfLine = report.passages.flatMap((p) => p.members).filter((m) => m.source === 'line');
    // A full stop ends a sentence when a capitalised word follows ("Dalmor. Vessia"), not "Dalmor. the".
    const breaks = words.join(' ').match(/\. [A-Z]/g)?.length ?? 0;
    expect(breaks).toBeGreaterThan(1_000);
    expect(sentencesOfLine.flatMap((m) => m.sentences)).toHaveLength(breaks + 1);
    expectValidReport(report, (p) => readFileSync(p.startsWith('/') ? p : `${ROOT}${p}`, 'utf8'));
  });

  it('analyses 300 short articles', () => {
    const folder = join(dir, 'many');
    mkdirSync(folder);
    for (let i = 0; i < 300; i++) {
      writeFileSync(
        join(folder, `a${String(i).padStart(3, '0')}.txt`),
        `Report ${i}\n\nAbout ${100 + (i % 7)} people were evacuated from Marlow on Tuesday. The river rose ${i % 5} metres overnight.\n`,
      );
    }
    const report = works([folder]);
    expect(report.sources).toHaveLength(300);
    // One passage per line (the "Report N" headlines too), reported by all 300; the river's rise
    // differs between them.
    expect(report.passages.map((p) => p.members.length)).toEqual([300, 300, 300]);
    expect(report.figures.filter((f) => f.status === 'conflict')).toHaveLength(1);
  });
});

describe('an unreadable file', () => {
  const root = process.getuid?.() === 0;
  const runuser = spawnSync('runuser', ['--help']).status === 0;
  // Root reads everything: run the CLI as "nobody" (from a world-readable copy of dist/).
  it.runIf(root && runuser)('is refused by name with exit code 2, even when we are root', () => {
    const place = mkdtempSync(join(tmpdir(), 'parallax-perm-'));
    execFileSync('chmod', ['755', place]);
    execFileSync('cp', ['-r', `${ROOT}dist`, join(place, 'dist')]);
    execFileSync('chmod', ['-R', 'a+rX', place]);
    const secret = join(place, 'secret.txt');
    const other = join(place, 'other.txt');
    writeFileSync(secret, seed(0));
    writeFileSync(other, seed(1));
    execFileSync('chmod', ['000', secret]);
    execFileSync('chmod', ['644', other]);
    const result = spawnSync(
      'runuser',
      ['-u', 'nobody', '--', process.execPath, join(place, 'dist', 'cli.js'), '--json', secret, other],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`parallax: ${secret}: permission denied; check that you can read it\n`);
  });
});
