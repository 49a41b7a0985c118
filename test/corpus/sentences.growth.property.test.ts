import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../source/corpus/sentences.js';

// Splitting must stay linear (issue 17 measured 1 MB of prose still running at 300 s before the
// splitter was rewritten). Work is counted in operations, not time: every string slice counts its
// length and every regular-expression call counts one, so a path that re-reads the rest of the
// paragraph for each candidate break would show up as work growing four-fold when the text doubles.
function work(text: string): number {
  let operations = 0;
  const slice = String.prototype.slice;
  const exec = RegExp.prototype.exec;
  String.prototype.slice = function (this: string, ...args: [number?, number?]) {
    const piece = slice.apply(this, args);
    operations += piece.length;
    return piece;
  };
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    operations += 1;
    return exec.call(this, input);
  };
  try {
    splitSentences(text, { start: 0, end: text.length });
  } finally {
    String.prototype.slice = slice;
    RegExp.prototype.exec = exec;
  }
  return operations;
}

/** Pieces of news prose, including the hard cases: titles, initials, acronyms, ellipses, quotes. */
const PIECES = [
  'Officials said 12 people died. ',
  'Mr. Smith met Gen. Jones on Monday. ',
  'The U.S. Army left at 9 a.m. Tuesday. ',
  'He said… the troops stayed. ',
  '“We will go,” he said! ',
  'Why now? ',
  'John F. Kennedy Jr. spoke. ',
  'a word without any break ',
  'Approx. 6.5 million fled the flood.Dalmor said no. ',
  'Dr. ',
  '. . . ',
  '\n',
];

describe('sentence splitting grows linearly', () => {
  it('doubling a paragraph at most ~2.3x the work, whatever it is made of', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }), (pieces) => {
        const unit = pieces.join('');
        const base = unit.repeat(Math.ceil(20_000 / unit.length));
        const ratio = work(base + base) / work(base);
        expect(ratio).toBeLessThanOrEqual(2.3);
      }),
      { numRuns: 60 },
    );
  });
});
