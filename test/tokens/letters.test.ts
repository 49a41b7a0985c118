import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The analysis and the segmenter import every module that makes a Unicode expression.
import { analyze } from '../../source/analysis/analyze.js';
import { segment } from '../../source/corpus/segment.js';
import {
  isPlainText,
  PLAIN_EXTRA,
  plainSource,
  UNICODE_EXPRESSIONS,
  unicodeRegExp,
  withPlainText,
} from '../../source/tokens/letters.js';

/** Every character of PLAIN_EXTRA. */
const EXTRA: string[] = [];
for (let code = 0x80; code <= 0xffff; code++) {
  const char = String.fromCharCode(code);
  if (new RegExp(`[${PLAIN_EXTRA}]`).test(char)) EXTRA.push(char);
}

/** The twin an expression has on plain text, as unicodeRegExp builds it. */
function twin(source: string, flags: string): RegExp {
  return new RegExp(plainSource(source), flags.includes('i') ? flags.replace('u', '') : flags);
}

describe('plain text', () => {
  it('has no letter, mark, number, control or unassigned character beyond ASCII', () => {
    expect(EXTRA.length).toBeGreaterThan(100);
    for (const char of EXTRA) expect(/[\p{L}\p{M}\p{N}\p{Cc}\p{Cn}]/u.test(char), char).toBe(false);
  });

  it('stays plain under case mapping and every normalisation form', () => {
    for (const char of EXTRA) {
      const derived = [char.toLowerCase(), char.toUpperCase(), char.toLocaleLowerCase('tr')];
      for (const form of ['NFC', 'NFD', 'NFKC', 'NFKD']) derived.push(char.normalize(form));
      for (const text of derived) expect(isPlainText(text), `${char} -> ${text}`).toBe(true);
      expect(char.toLowerCase() === char && char.toUpperCase() === char, char).toBe(true);
    }
  });

  it('is English news text with curly quotes and dashes, not accented names or other digits', () => {
    expect(isPlainText('The minister said “about 1,200 people” – perhaps more – had left…')).toBe(true);
    expect(isPlainText('A 12 ½-hour shift')).toBe(false);
    expect(isPlainText('The mayor, Renée Dubois, said')).toBe(false);
    expect(isPlainText('It rose to 5 m² in area')).toBe(false);
    expect(isPlainText('An emoji 😀 here')).toBe(false);
    expect(isPlainText('A C1 control \u0085 here')).toBe(false);
    expect(isPlainText('\u0661\u0662 people')).toBe(false);
  });
});

describe('plainSource', () => {
  it('replaces each property class by its ASCII part, inside a class or as a class', () => {
    expect(plainSource(String.raw`^\p{Lu}\p{Ll}`)).toBe('^[A-Z][a-z]');
    expect(plainSource(String.raw`[^\p{L}\p{N}]+`)).toBe('[^A-Za-z0-9]+');
    expect(plainSource(String.raw`\p{L}[\p{L}\p{M}\d]*`)).toBe('[A-Za-z][A-Za-z\\d]*');
    expect(plainSource(String.raw`\p{M}|\p{Cc}`)).toBe('[]|[\\x00-\\x1f\\x7f]');
    expect(plainSource(String.raw`\[\p{L}\]`)).toBe('\\[[A-Za-z]\\]');
  });

  it('refuses what it cannot translate', () => {
    expect(() => plainSource(String.raw`\p{Lo}`)).toThrow();
    expect(() => plainSource(String.raw`\P{L}`)).toThrow();
    expect(() => plainSource(String.raw`\u{1F600}`)).toThrow();
    expect(() => plainSource('\ud83d\ude00')).toThrow();
  });
});

describe('unicodeRegExp', () => {
  it('gives the twin only inside withPlainText on plain texts, and restores the choice', () => {
    const upper = unicodeRegExp(String.raw`^\p{Lu}`, 'u');
    expect(upper().source).toBe(String.raw`^\p{Lu}`);
    expect(withPlainText(['Plain “text”'], () => upper().source)).toBe('^[A-Z]');
    expect(withPlainText(['Plain', 'Émile'], () => upper().source)).toBe(String.raw`^\p{Lu}`);
    expect(() =>
      withPlainText(['Plain'], () => {
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(upper().source).toBe(String.raw`^\p{Lu}`);
    expect(
      withPlainText(['Plain'], () => withPlainText(['Émile'], () => upper().source) + upper().source),
    ).toBe(String.raw`^\p{Lu}^[A-Z]`);
  });

  it('every twin finds what its Unicode expression finds, on any plain text', () => {
    expect([analyze, segment]).toHaveLength(2);
    expect(UNICODE_EXPRESSIONS.length).toBeGreaterThanOrEqual(30);
    const plainChar = fc.oneof(
      fc.constantFrom(...EXTRA),
      fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)),
      fc.constantFrom(..."aAzZsSkK09 .-'’“”–—…".split('')),
    );
    const pieces = fc.constantFrom(
      'U.S.',
      'p.m.',
      'F. Kennedy',
      'Leave a Reply',
      '© 2021 Example News',
      'All rights reserved.',
      '1,200',
      '3·5',
      'twin-engine',
      'bodies of ',
      'Share this',
    );
    const texts = fc
      .array(fc.oneof(plainChar, pieces, fc.string({ maxLength: 6 }).filter(isPlainText)), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        for (const { source, flags } of UNICODE_EXPRESSIONS) {
          const unicode = new RegExp(source, flags.replace(/[gy]/g, ''));
          const plain = twin(source, flags.replace(/[gy]/g, ''));
          const all = (re: RegExp) => text.replace(new RegExp(re.source, `${re.flags}g`), '[$&]');
          expect(plain.exec(text)?.slice(), `/${source}/ on ${JSON.stringify(text)}`).toEqual(
            unicode.exec(text)?.slice(),
          );
          expect(all(plain)).toBe(all(unicode));
        }
      }),
      { numRuns: 300 },
    );
  });
});
