import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectValidReport } from '../helpers/contract.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const expectUserError = (result: ReturnType<typeof runCli>, pattern: RegExp) => {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at /);
};

describe('parallax CLI', () => {
  it('prints usage for --help', () => {
    const result = runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('$ parallax ARTICLE... | FOLDER');
    expect(result.stdout).toContain('--json');
  });

  it('prints the package version for --version', () => {
    const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
    const result = runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });

  it('prints a JSON report that follows the contract, offsets exact', () => {
    const result = runCli(['--json', 'seeds']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as {
      sources: { id: string }[];
      passages: { members: unknown[] }[];
    };
    expectValidReport(report, (path) => readFileSync(`${ROOT}${path}`, 'utf8'));
    expect(report.sources.map((s) => s.id)).toEqual([
      '000_ab7e6b656cab8f4b',
      '001_ba15d7545e409241',
      '002_1db38a4f1a6a5b35',
      '003_ee7428e98142e6a9',
      '004_d2c904fb5d1ad043',
    ]);
    expect(report.passages.filter((p) => p.members.length === 5).length).toBeGreaterThanOrEqual(3);
  });

  it('gives the same bytes for the same inputs', () => {
    expect(runCli(['--json', 'seeds']).stdout).toBe(runCli(['--report', '--format', 'json', 'seeds']).stdout);
  });

  it('prints the text report instead of the interactive view when not in a terminal', () => {
    const result = runCli(['seeds']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^parallax report: 5 sources, \d+ passages/);
  });

  it('reads an article from standard input with "-"', () => {
    const result = runCli(['--json', 'seeds/000_ab7e6b656cab8f4b.txt', '-'], {
      input: readFileSync(`${ROOT}seeds/001_ba15d7545e409241.txt`),
    });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { sources: { id: string }[] };
    expect(report.sources.map((s) => s.id)).toEqual(['000_ab7e6b656cab8f4b', 'stdin']);
  });

  it('explains bad input in one line with exit code 2', () => {
    expectUserError(runCli(['seeds', 'missing.txt']), /^parallax: missing\.txt: no such file or folder/);
    expectUserError(runCli([]), /^parallax: no articles given/);
    expectUserError(runCli(['seeds/000_ab7e6b656cab8f4b.txt']), /only 1 article given/);
    expectUserError(runCli(['--format', 'yaml', 'seeds']), /--format yaml: unknown format/);
    expectUserError(runCli(['--max-size', '0', 'seeds']), /--max-size/);
  });

  it('rejects an unknown flag with exit code 2', () => {
    const result = runCli(['--frobnicate', 'seeds']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/frobnicate/);
  });

  it('gives the same bytes on any day: no wall clock (run as if it were 2040)', () => {
    // "Friday, September 29" in the seeds fits 2023 and also 2028, 2034 and 2045: a clock-bound
    // year inference would change with the day the tool runs.
    const clock = `--import=${ROOT}test/helpers/future-clock.mjs`;
    const later = runCli(['--json', 'seeds'], { env: { NODE_OPTIONS: clock } });
    expect(later.code).toBe(0);
    // The preload really moves the clock (else this test could not fail).
    const year = spawnSync(process.execPath, [clock, '-e', 'console.log(new Date().getFullYear())'], {
      encoding: 'utf8',
    });
    expect(year.stdout.trim()).toBe('2040');
    expect(later.stdout).toBe(runCli(['--json', 'seeds']).stdout);
  });

  it('lists the lines skipped as page furniture, with offsets, and says so in the text report', () => {
    const args = ['test/fixtures/corpus/web-debris.txt', 'seeds/000_ab7e6b656cab8f4b.txt'];
    const report = JSON.parse(runCli(['--json', ...args]).stdout) as {
      sources: { id: string; skipped: { text: string }[] }[];
    };
    expectValidReport(report as never, (path) => readFileSync(`${ROOT}${path}`, 'utf8'));
    const debris = report.sources.find((s) => s.id === 'web-debris')!;
    expect(debris.skipped.map((l) => l.text)).toContain('Share this:');
    expect(debris.skipped.map((l) => l.text)).not.toContain(
      'The meeting lasted three hours and ended without a deal.',
    );
    expect(runCli(['--report', ...args]).stdout).toContain(
      `${debris.skipped.length} lines skipped as page furniture`,
    );
  });
});
