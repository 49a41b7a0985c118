// Wrong "single-source" entries (issue 12): a figure that another source states in other words.
// Invented sentences of the shapes news copy uses; none is taken from the development set.
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../source/figures/extract.js';

const count = (text: string) => extractFromSentence(text).find((m) => m.kind === 'count');

describe('a decimal point before a scale word', () => {
  it.each([
    ['The ministry said 2.315 million people voted.', 2_315_000],
    ['Some 4.125 billion dollars were pledged.', 4_125_000_000],
  ])('%s', (text, value) => {
    expect(count(text)?.value.min ?? extractFromSentence(text)[0]?.value.min).toBe(value);
  });

  it('still reads a dot between groups of three without a scale as thousands', () => {
    expect(count('Police said 7.300 people marched.')?.value.min).toBe(7300);
  });
});
