import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPTIONS, parseFlags, parseSimply } from '../../source/cli/flags.js';

/** What node:util's parser gives for the command line, or the error it throws. */
function byNode(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    return { values: { ...values }, positionals };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('parseSimply', () => {
  it('reads the common command lines as node:util does', () => {
    for (const argv of [
      ['--json', 'seeds'],
      ['--report', '--format', 'markdown', '--output', 'r.md', 'a.txt', 'b.txt'],
      ['--as-of', '2023-09-30', '--json', 'one.txt', 'two.txt'],
      ['--color', 'never', '--color', 'always', 'folder'],
      ['--exit-code', '--fail-on', 'differs', 'x', '--json', 'y'],
      [],
    ]) {
      const simple = parseSimply(argv);
      expect(simple, argv.join(' ')).toBeDefined();
      expect({ values: { ...simple!.values }, positionals: simple!.positionals }).toEqual(byNode(argv));
    }
  });

  it('leaves every other shape to node:util', () => {
    for (const argv of [
      ['-o', 'r.md', 'a', 'b'],
      ['--output=r.md', 'a', 'b'],
      ['--', '--json'],
      ['-', 'a.txt'],
      ['--nope', 'a'],
      ['--format'],
      ['--format', '--json', 'a'],
      ['--json=yes', 'a'],
    ])
      expect(parseSimply(argv), argv.join(' ')).toBeUndefined();
  });

  it('never differs from node:util on any command line it reads', () => {
    const words = fc.constantFrom(
      ...Object.keys(OPTIONS).map((name) => `--${name}`),
      'seeds',
      'a.txt',
      '2023-09-30',
      'json',
      '-',
      '-o',
      '--',
      '--x',
      '--json=1',
      '',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 8 }), (argv) => {
        const simple = parseSimply(argv);
        if (simple)
          expect({ values: { ...simple.values }, positionals: simple.positionals }).toEqual(byNode(argv));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives parseFlags the same flags either way', () => {
    expect(parseFlags(['--json', '--max-size', '3', 'seeds']).flags).toMatchObject({
      json: true,
      maxSize: 3,
    });
    expect(() => parseFlags(['--nope', 'seeds'])).toThrow('--nope: unknown option');
  });
});
