import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { expectValidReport } from '../helpers/contract.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const ESC = '\u001b';

describe('text report', () => {
  const { stdout, code } = runCli(['--report', 'seeds']);

  it('summarises, then lists conflicts with every source quoted and the figure marked', () => {
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^parallax report: 5 sources, \d+ passages \(\d+ reported by several sources\)\nAlignments: \d+ strong, \d+ fair, \d+ weak\n/,
    );
    expect(stdout).toMatch(
      /Figures: 1 conflict, (?:\d+ [a-z ]+, )*\d+ agreements, \d+ stated by one source only/,
    );
    const conflicts = stdout.slice(stdout.indexOf('Conflicts (1)'), stdout.indexOf('Stated by one source'));
    expect(conflicts.replace(/\s+/g, ' ')).toContain(
      '001, 004 say two or three months ago / a few months ago; 003 says two or three years ago months',
    );
    expect(conflicts).toContain('[two or three months ago]');
    expect(conflicts.replace(/\s+/g, ' ')).toContain('[two or three years ago months]');
  });

  it('shows single-source figures, agreements and a coverage matrix', () => {
    expect(stdout).toMatch(/Stated by one source only \(\d+\)\n {2}F\d+ +\d{3} /);
    expect(stdout).toMatch(/Agreements \(\d+\)/);
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      'troops (in a battalion): [about 500 to 650 men] / [approximately 500 to 650 men] / [500-650 troops]',
    );
    const coverage = stdout.slice(stdout.indexOf('Coverage'));
    expect(coverage).toMatch(/\n {2}P\d+ +█ +█ +█ +█ +█ +\S/);
    expect(coverage).toMatch(/\n {2}P\d+ +! [█·]/);
  });

  it('wraps to 80 columns when piped, and is the same bytes every run', () => {
    for (const line of stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(runCli(['--report', 'seeds']).stdout).toBe(stdout);
  });
});

describe('colour', () => {
  it('is off when piped, and NO_COLOR keeps it off', () => {
    expect(runCli(['--report', 'seeds']).stdout).not.toContain(ESC);
    expect(runCli(['--report', 'seeds'], { env: { NO_COLOR: '1' } }).stdout).not.toContain(ESC);
  });
  it('is on with --color=always or FORCE_COLOR, marking figures without brackets', () => {
    const always = runCli(['--report', '--color=always', 'seeds']).stdout;
    expect(always).toContain(`${ESC}[1m${ESC}[31mtwo or three months ago${ESC}[39m${ESC}[22m`);
    expect(runCli(['--report', 'seeds'], { env: { FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(
      runCli(['--report', '--color=never', 'seeds'], { env: { FORCE_COLOR: '1' } }).stdout,
    ).not.toContain(ESC);
  });
  it('never colours JSON or Markdown', () => {
    expect(runCli(['--json', '--color=always', 'seeds']).stdout).not.toContain(ESC);
    expect(runCli(['--format', 'markdown', '--color=always', 'seeds']).stdout).not.toContain(ESC);
  });
});

describe('Markdown report', () => {
  const { stdout } = runCli(['--report', '--format', 'markdown', 'seeds']);
  const tokens = new MarkdownIt().parse(stdout, {});

  it('renders as CommonMark with GFM tables and lists', () => {
    const types = tokens.map((t) => t.type);
    expect(types.filter((t) => t === 'table_open').length).toBe(5);
    expect(types).toContain('bullet_list_open');
    // Every table row has as many cells as its header.
    let columns = 0;
    let cells = 0;
    for (const t of tokens) {
      if (t.type === 'thead_open') columns = -1;
      if (t.type === 'tr_open') cells = 0;
      if (t.type === 'th_open' || t.type === 'td_open') cells++;
      if (t.type === 'tr_close') {
        if (columns === -1) columns = cells;
        else expect(cells).toBe(columns);
      }
    }
    const headings = tokens.filter(
      (t) => t.type === 'inline' && tokens[tokens.indexOf(t) - 1]?.type === 'heading_open',
    );
    expect(headings.map((h) => h.content)).toEqual([
      'parallax report',
      'Sources',
      expect.stringMatching(/^Quantities \(\d+\)$/),
      'Conflicts (1)',
      'F1: when (troops)',
      // "mostly" against "a third" of the same count: a difference shown below the conflicts.
      'Figures that differ (1)',
      'F2: share of 120,000',
      expect.stringMatching(/^Stated by one source only \(\d+\)$/),
      expect.stringMatching(/^Agreements \(\d+\)$/),
      'Coverage',
    ]);
  });

  it('puts every figure of a conflict in bold inside its sentence', () => {
    const html = new MarkdownIt().render(stdout);
    expect(html).toContain('<strong>two or three months ago</strong>');
    expect(html).toContain('<strong>two or three years ago months</strong>');
  });
});

describe('JSON report', () => {
  it('validates against the contract with exact offsets for members and mentions', () => {
    const report = JSON.parse(runCli(['--json', 'seeds']).stdout) as { figures: { status: string }[] };
    expectValidReport(report, (path) => readFileSync(`${ROOT}${path}`, 'utf8'));
    expect(report.figures[0]!.status).toBe('conflict');
  });
});

describe('--output', () => {
  it('writes the report atomically, leaving no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-out-'));
    const target = join(dir, 'report.md');
    const result = runCli(['--format', 'markdown', '--output', target, 'seeds']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`parallax: report written to ${target}\n`);
    expect(readFileSync(target, 'utf8')).toBe(runCli(['--format', 'markdown', 'seeds']).stdout);
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  it('takes the format from the extension (.md, .json, .txt) unless --format says otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-out-'));
    const write = (name: string, ...flags: string[]) => {
      expect(runCli([...flags, '-o', join(dir, name), 'seeds']).code).toBe(0);
      return readFileSync(join(dir, name), 'utf8');
    };
    expect(write('r.md')).toMatch(/^# parallax report/);
    expect(JSON.parse(write('r.json')).schema).toBe('parallax-report/1');
    expect(write('r.txt')).toMatch(/^parallax report/);
    expect(write('r.report')).toMatch(/^parallax report/);
    expect(write('R.MD')).toMatch(/^# parallax report/);
    expect(write('forced.md', '--format', 'text')).toMatch(/^parallax report/);
    expect(write('forced.txt', '--json')).toMatch(/^\{/);
  });

  it('replaces an existing report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-out-'));
    const target = join(dir, 'report.txt');
    writeFileSync(target, 'old');
    expect(runCli(['-o', target, 'seeds']).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^parallax report/);
  });

  it('refuses to overwrite an input article, and changes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-out-'));
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, readFileSync(`${ROOT}seeds/000_ab7e6b656cab8f4b.txt`));
    writeFileSync(b, readFileSync(`${ROOT}seeds/001_ba15d7545e409241.txt`));
    const result = runCli(['--output', join(dir, '.', 'a.txt'), a, b]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is one of the input articles; choose another file name/);
    expect(readFileSync(a)).toEqual(readFileSync(`${ROOT}seeds/000_ab7e6b656cab8f4b.txt`));
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('creates nothing when the input is bad or the folder does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-out-'));
    expect(runCli(['-o', join(dir, 'r.txt'), 'seeds', 'missing.txt']).code).toBe(2);
    expect(existsSync(join(dir, 'r.txt'))).toBe(false);
    const result = runCli(['-o', join(dir, 'no', 'such', 'r.txt'), 'seeds']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot write the report: its folder does not exist/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('--exit-code', () => {
  it('exits 1 when conflicts were found and 0 when none, 2 staying for errors', () => {
    expect(runCli(['--exit-code', '--json', 'seeds']).code).toBe(1);
    expect(
      runCli(['--exit-code', '--json', 'seeds/000_ab7e6b656cab8f4b.txt', 'seeds/002_1db38a4f1a6a5b35.txt'])
        .code,
    ).toBe(0);
    expect(runCli(['--exit-code', 'missing.txt', 'seeds']).code).toBe(2);
    expect(runCli(['--json', 'seeds']).code).toBe(0);
  });
});
