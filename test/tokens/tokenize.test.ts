import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startsUpper } from '../../source/tokens/tokenize.js';

describe('startsUpper', () => {
  it('answers as /^\\p{Lu}/u does, for ASCII, other scripts and astral letters', () => {
    for (const text of [
      'Troops',
      'troops',
      '',
      '3 troops',
      '«Troops',
      'Émile',
      'émile',
      'Ωmega',
      'ωmega',
      '𝐀x',
      '\ud835',
    ])
      expect(startsUpper(text), text).toBe(/^\p{Lu}/u.test(text));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 4 }), (text) => {
        expect(startsUpper(text)).toBe(/^\p{Lu}/u.test(text));
      }),
      { numRuns: 2000 },
    );
  });
});
