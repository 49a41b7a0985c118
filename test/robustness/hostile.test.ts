import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

// The raw bytes parallax writes, not a rendered frame: an article full of terminal controls must
// not get a single one of them through.
const dir = mkdtempSync(join(tmpdir(), 'parallax-hostile-'));
const hostile =
  'Officials said \u001b]0;PWNED\u0007 that 12 people \u001b[2J\u001b[31mwere hurt\u001b[0m in the blast at the port. ' +
  'A hyperlink \u001b]8;;http://evil.example\u001b\\\\here\u001b]8;;\u001b\\\\ and a clipboard write \u001b]52;c;cHduZWQ=\u0007 followed.\u0008\u0008\r\n' +
  'C1 controls \u009b2J and \u0085 and \u009d0;x\u009c were pasted, with a right-to-left \u202e override.\n';
writeFileSync(join(dir, 'a.txt'), hostile);
writeFileSync(join(dir, 'b.txt'), 'Twelve people were hurt in the blast at the port, officials said.\n');

const raw = (args: string[]) => {
  const result = spawnSync(process.execPath, [`${ROOT}dist/cli.js`, ...args, dir], {
    env: { ...process.env, NO_COLOR: '' },
  });
  expect(result.status).toBe(0);
  return result.stdout;
};
/** Bytes of C0 controls (but line feed), DEL, and C1 controls as UTF-8 (C2 80 - C2 9F). */
function controls(bytes: Buffer, allowSgr: boolean): string[] {
  const text = allowSgr ? bytes.toString('utf8').replace(/\u001b\[[0-9;]*m/g, '') : bytes.toString('utf8');
  return [...text.matchAll(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu)].map(
    (m) => JSON.stringify(m[0]),
  );
}

describe('article text never reaches the terminal as a control', () => {
  it('in the text report, with colour off and on', () => {
    const plain = raw(['--report', '--color=never']);
    expect(controls(plain, false)).toEqual([]);
    expect(plain.toString()).toContain('␛]0;PWNED␇');
    expect(controls(raw(['--report', '--color=always']), true)).toEqual([]);
  });

  it('in the Markdown report', () => {
    expect(controls(raw(['--format', 'markdown']), false)).toEqual([]);
  });

  it('in the JSON report, where they are escaped and read back exactly', () => {
    const bytes = raw(['--json']);
    expect(controls(bytes, false)).toEqual([]);
    const report = JSON.parse(bytes.toString()) as { passages: { members: { text: string }[] }[] };
    const texts = report.passages.flatMap((p) => p.members.map((m) => m.text)).join('\n');
    expect(texts).toContain('\u001b]0;PWNED\u0007');
  });

  it('reads no figure out of an escape sequence', () => {
    const report = JSON.parse(raw(['--json']).toString()) as { figures: { mentions: { text: string }[] }[] };
    const figures = report.figures.flatMap((f) => f.mentions.map((m) => m.text));
    expect(figures).toContain('12 people');
    expect(figures.filter((t) => /2J|31|52/.test(t))).toEqual([]);
  });
});
