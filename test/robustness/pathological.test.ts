import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Inputs built to defeat the analysis. Each must finish (the test timeout guards against hangs;
// speed targets live in npm run bench, not in tests).
const dir = mkdtempSync(join(tmpdir(), 'parallax-patho-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

function analyse(paths: string[]) {
  const result = runCli(['--json', ...paths]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { passages: { members: unknown[] }[]; figures: { status: string }[] };
}

/** n distinct made-up words, each article its own letters (no word in common across seeds). */
const words = (n: number, seed: number) =>
  Array.from({ length: n }, (_, i) => `${'abcdefgh'[seed % 8]}${i.toString(36)}`).join(' ');

describe('pathological analyses finish', () => {
  it('all sentences identical', () => {
    const text = 'The convoy crossed the bridge at Marlow at dawn. '.repeat(2000);
    const report = analyse([write('same-1.txt', text), write('same-2.txt', text)]);
    expect(report.passages.every((p) => p.members.length <= 2)).toBe(true);
  }, 120_000);

  it('no words in common', () => {
    const report = analyse([
      write('none-1.txt', `${words(3000, 1)}.`),
      write('none-2.txt', `${words(3000, 2)}.`),
    ]);
    expect(report.passages.every((p) => p.members.length === 1)).toBe(true);
  }, 120_000);

  it('a single 20,000-word paragraph in each article', () => {
    const paragraph = (seed: number) => `${words(20_000, seed)} troops were deployed near the river`;
    analyse([write('long-1.txt', paragraph(3)), write('long-2.txt', paragraph(3).replace('w', 'x'))]);
  }, 120_000);

  it('numbers everywhere (tables of figures)', () => {
    const table = (shift: number) =>
      Array.from(
        { length: 800 },
        (_, i) =>
          `Region ${i}: ${4500 + shift * i} troops, ${300 + i} injured, ${i % 90}% turnout, $${i} million.`,
      ).join('\n');
    const report = analyse([write('table-1.txt', table(0)), write('table-2.txt', table(1))]);
    expect(report.figures.length).toBeGreaterThan(100);
  }, 120_000);

  it('5,000 sentences that all share the same names', () => {
    const files = Array.from({ length: 5 }, (_, f) =>
      write(
        `names-${f}.txt`,
        Array.from(
          { length: 1000 },
          (_, i) =>
            `Ines Varga met Tomas Varek and Lena Brandt in Dalmor about item ${(i * (f + 3)) % 1000}.`,
        ).join('\n'),
      ),
    );
    analyse(files);
  }, 120_000);
});
