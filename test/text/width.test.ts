import cliTruncate from 'cli-truncate';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { fitWidth, lineRanges, padEnd, truncate, width, wrap } from '../../source/text/width.js';

const widths = (text: string) => text.split('\n').map((line) => stringWidth(line));

describe('wrap', () => {
  it('breaks at word boundaries within the width, with indent and hanging indent', () => {
    const text = 'The quick brown fox jumps over the lazy dog and keeps running far away';
    const out = wrap(text, 30, 2, 4);
    expect(out).toBe(
      '  The quick brown fox jumps\n      over the lazy dog and\n      keeps running far away',
    );
    for (const w of widths(out)) expect(w).toBeLessThanOrEqual(30);
  });

  it('counts wide characters (CJK, emoji) as two columns', () => {
    const out = wrap('東京 大阪 名古屋 札幌 福岡 神戸 京都 横浜 👍🏽 👍🏽', 12);
    for (const w of widths(out)) expect(w).toBeLessThanOrEqual(12);
    expect(out.split('\n')[0]).toBe('東京 大阪');
  });

  it('ignores colour codes when measuring', () => {
    const red = (s: string) => `\u001b[31m${s}\u001b[39m`;
    const out = wrap(`${red('alpha')} beta ${red('gamma')} delta`, 16);
    expect(out.split('\n').map((l) => stringWidth(l))).toEqual([16, 5]);
  });

  it('breaks a word longer than a line', () => {
    const out = wrap(`see ${'x'.repeat(25)} end`, 10);
    for (const w of widths(out)) expect(w).toBeLessThanOrEqual(10);
    expect(out.replace(/\n/g, '')).toContain('x'.repeat(25));
  });

  it('keeps runs of spaces inside a line', () => {
    expect(wrap('001  text', 40)).toBe('001  text');
  });
});

describe('padEnd and truncate', () => {
  it('measure display columns', () => {
    expect(padEnd('東京', 6)).toBe('東京  ');
    expect(truncate('東京大阪名古屋', 7)).toBe('東京大…');
    expect(truncate('short', 10)).toBe('short');
  });
});

describe('lineRanges and fitWidth', () => {
  it('gives the offsets of each wrapped line in the text', () => {
    const text = 'We had six or seven  weeks ago more troops.';
    const ranges = lineRanges(text, 12);
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual([
      'We had six',
      'or seven',
      'weeks ago',
      'more troops.',
    ]);
  });
  it('cuts a word longer than the line', () => {
    expect(lineRanges('abcdefghij', 4).map(([a, b]) => 'abcdefghij'.slice(a, b))).toEqual([
      'abcd',
      'efgh',
      'ij',
    ]);
  });
  it('pads or cuts to exactly the width, colours kept', () => {
    expect(fitWidth('東京大阪', 5)).toBe('東京…');
    expect(fitWidth('ab', 4)).toBe('ab  ');
    expect(stringWidth(fitWidth('\u001b[1mbold text\u001b[22m', 6))).toBe(6);
  });
});

describe('width and truncate agree with string-width and cli-truncate', () => {
  // The ranges width.ts measures by length (one column per unit, no segmentation).
  const NARROW_RANGES: [number, number][] = [
    [0x20, 0x7e],
    [0xa0, 0xac],
    [0xae, 0x2ff],
    [0x2010, 0x2027],
    [0x2030, 0x205e],
    [0x2190, 0x21ff],
    [0x2500, 0x25fc],
  ];

  it('measures every code point it measures by length as one column, as string-width does', () => {
    for (const [low, high] of NARROW_RANGES)
      for (let code = low; code <= high; code++) {
        const char = String.fromCodePoint(code);
        if (stringWidth(char) !== 1) throw new Error(`U+${code.toString(16)} is ${stringWidth(char)} wide`);
        expect(width(char)).toBe(1);
      }
  });

  // Strings that mix the narrow class with what breaks it: wide CJK, emoji and their variation
  // selector, combining marks, the soft hyphen, zero-width joiners and colour codes.
  const pieces = fc.oneof(
    fc.constantFrom('a', 'Z', ' ', '.', 'é', 'ß', 'ł', '·', '–', '“', '”', '…', '▶', '◆', '│', '↔', '▌'),
    fc.constantFrom(
      '東',
      '👍',
      '👍🏽',
      '\ufe0f',
      '\u0301',
      '\u00ad',
      '\u200d',
      '\u25fd',
      '\u001b[1m',
      '\u001b[22m',
    ),
  );
  const texts = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));

  it('measures and cuts any text as the libraries do, the first time and from the cache', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 0, max: 40 }), (text, columns) => {
        for (let pass = 0; pass < 2; pass++) {
          expect(width(text)).toBe(stringWidth(text));
          expect(truncate(text, columns)).toBe(columns <= 0 ? '' : cliTruncate(text, columns));
        }
      }),
      { numRuns: 500 },
    );
  });
});
