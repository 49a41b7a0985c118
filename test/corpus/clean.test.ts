import { describe, expect, it } from 'vitest';
import { classifyParagraphs, isDebris, isHeading } from '../../source/corpus/clean.js';

describe('isDebris', () => {
  it.each([
    ['" "', 'stray quote marks'],
    ['0 52', 'a view/like counter'],
    ['* * *', 'a separator'],
    ['Leave a Reply', 'comment form'],
    ['Leave a comment', 'comment form'],
    ['Your email address will not be published. Required fields are marked *', 'comment form notice'],
    ['About Author', 'author box'],
    ['About the author', 'author box'],
    ['Share this:', 'share widget'],
    ['Share on Facebook', 'share widget'],
    ['Like this:', 'like widget'],
    ['%d bloggers like this:', 'like widget'],
    ['Click to share on Twitter', 'share widget'],
    ['Related Posts', 'related links'],
    ['Tags: politics, Europe', 'tag list'],
    ['Register today and enjoy 10 premium articles each month!', 'paywall prompt'],
    [
      'Already a subscriber? Log in to keep reading. Activate your free digital subscription.',
      'paywall prompt',
    ],
    ['Pick from our offers: choose a plan that suits your reading.', 'paywall prompt'],
    ['You can read 3 free articles a month. Already a subscriber?', 'paywall prompt'],
  ])('%j is debris (%s)', (line) => {
    expect(isDebris(line)).toBe(true);
  });

  it.each([
    'The meeting lasted three hours.',
    'Share prices fell sharply after the announcement on Monday.',
    'About 500 people attended the rally.',
    'Related talks will continue next week, officials said.',
    'NATO.',
    'The paper said 40,000 subscribers had already renewed their digital accounts.',
    'Officials will choose a site that suits the new hospital by March.',
  ])('%j is content', (line) => {
    expect(isDebris(line)).toBe(false);
  });
});

describe('isHeading', () => {
  it('takes short lines that do not end like a sentence', () => {
    expect(isHeading('Floods hit the north of the country')).toBe(true);
    expect(isHeading('“Intentions”')).toBe(true);
  });
  it('rejects sentences and long lines', () => {
    expect(isHeading('Floods hit the north of the country.')).toBe(false);
    expect(isHeading(`${'word '.repeat(30)}end`)).toBe(false);
    expect(isHeading('He said “no.”')).toBe(false);
  });
});

describe('classifyParagraphs', () => {
  it('finds the title after leading debris, and later headings', () => {
    expect(
      classifyParagraphs([
        '" "',
        'Fears grow as officials meet',
        '0 52',
        'The meeting lasted three hours.',
        'A crosshead',
        'More text follows here.',
      ]),
    ).toEqual(['debris', 'title', 'debris', 'body', 'heading', 'body']);
  });

  it('has no title when the article opens with a sentence', () => {
    expect(classifyParagraphs(['The meeting lasted three hours.', 'Second.'])).toEqual(['body', 'body']);
  });

  it('accepts a question as a headline only in first position', () => {
    expect(classifyParagraphs(['Is a deal near?', 'Talks resumed on Monday.', 'Will it hold?'])).toEqual([
      'title',
      'body',
      'body',
    ]);
  });
});
