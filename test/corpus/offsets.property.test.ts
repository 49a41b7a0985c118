import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../source/corpus/segment.js';

// Pieces that stress segmentation: punctuation, quotes, line breaks, abbreviations, controls,
// combining marks, surrogate pairs, RTL and CJK text, numbers in several notations.
const pieces = fc.constantFrom(
  '. ',
  '.',
  '!',
  '?',
  '…',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  ' ',
  '  ',
  '“',
  '”',
  '«',
  '»',
  '"',
  "'",
  'Mr. ',
  'U.S. ',
  'e\u0301',
  '👍🏽',
  '\ud83d',
  '\u0000',
  '\u001b[31m',
  '\u009b',
  'שלום',
  'مرحبا',
  '漢字。',
  '7,300',
  '7.300',
  '2.6 million',
  'The',
  'word',
  'Dalmor',
  'a',
  '0 52',
  'Leave a Reply',
  '–',
  '-',
);
const articles = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 80 }).map((parts) => parts.join('')),
);

describe('segmentation on arbitrary Unicode', () => {
  it('never throws and keeps every offset exact', () => {
    fc.assert(
      fc.property(articles, (text) => {
        const source = segment('x', 'x', text, 'utf-8');
        let previous = -1;
        for (const sentence of source.sentences) {
          expect(sentence.text).toBe(text.slice(sentence.start, sentence.end));
          expect(sentence.start).toBeGreaterThan(previous);
          expect(sentence.end).toBeGreaterThan(sentence.start);
          previous = sentence.end - 1;
        }
        for (const paragraph of source.paragraphs)
          expect(paragraph.text).toBe(text.slice(paragraph.start, paragraph.end));
      }),
      { numRuns: 1000 },
    );
  });
});
