import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../source/corpus/sentences.js';

const split = (text: string) =>
  splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not break after titles and initials', () => {
    expect(split('Mr. Dorran spoke. Gen. Tomas Varek left. Dr. J. R. Smith agreed.')).toEqual([
      'Mr. Dorran spoke.',
      'Gen. Tomas Varek left.',
      'Dr. J. R. Smith agreed.',
    ]);
  });

  it('keeps dotted acronyms inside a sentence but ends one before a sentence opener', () => {
    expect(split('The U.S. Secretary of Labor called. Officials in the U.S. The next day was calm.')).toEqual(
      ['The U.S. Secretary of Labor called.', 'Officials in the U.S.', 'The next day was calm.'],
    );
  });

  it('splits a full stop glued to the next sentence', () => {
    expect(split('a sudden flood.Dalmor has closed its schools.')).toEqual([
      'a sudden flood.',
      'Dalmor has closed its schools.',
    ]);
    expect(split('a deeply worrying trend.”And he added more.')).toEqual([
      'a deeply worrying trend.”',
      'And he added more.',
    ]);
    expect(split('a former province.“We are watching,” he said.')).toEqual([
      'a former province.',
      '“We are watching,” he said.',
    ]);
  });

  it('keeps closing quotes and guillemets with the sentence they close', () => {
    expect(split('He said: « Nous sommes là. » Puis il est parti.')).toEqual([
      'He said: « Nous sommes là. »',
      'Puis il est parti.',
    ]);
    expect(split('“We ask them to leave.” And he left.')).toEqual([
      '“We ask them to leave.”',
      'And he left.',
    ]);
  });

  it('does not split decimal numbers or times', () => {
    expect(split('It cost 4.5 million at 3 p.m. on Friday. Then it rose.')).toEqual([
      'It cost 4.5 million at 3 p.m. on Friday.',
      'Then it rose.',
    ]);
  });

  it('returns spans relative to the whole text, trimmed', () => {
    const text = 'xx  One here.  Two here.  yy';
    const spans = splitSentences(text, { start: 2, end: 26 });
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['One here.', 'Two here.']);
  });
});

describe('splitSentences, further shapes', () => {
  it('keeps "a.m." and "p.m." inside a sentence unless a sentence opener follows', () => {
    expect(split('The blast hit at 9 a.m. Tuesday near the port. Rescuers came.')).toEqual([
      'The blast hit at 9 a.m. Tuesday near the port.',
      'Rescuers came.',
    ]);
    expect(split('It ended at 6 p.m. The toll rose overnight.')).toEqual([
      'It ended at 6 p.m.',
      'The toll rose overnight.',
    ]);
  });

  it('breaks after ? and ! and at a line that starts a new sentence, not at a hard wrap', () => {
    expect(split('Why now? Nobody knows! They left.')).toEqual(['Why now?', 'Nobody knows!', 'They left.']);
    expect(split('Troops were sent\nto the border. Officials\nsaid so.\nA new line')).toEqual([
      'Troops were sent\nto the border.',
      'Officials\nsaid so.',
      'A new line',
    ]);
  });

  it('does not break where the next word starts in lower case (an ellipsis or abbreviation)', () => {
    expect(split('He said… the troops stayed. Approx. ten left.')).toEqual([
      'He said… the troops stayed.',
      'Approx. ten left.',
    ]);
  });

  it('gives the same sentences for a paragraph repeated many times (no quadratic path)', () => {
    const one = 'Mr. Smith said 4.5 million. The U.S. Army left. “We go,” he said! ';
    const text = one.repeat(2_000);
    expect(split(text)).toHaveLength(3 * 2_000);
  });
});
