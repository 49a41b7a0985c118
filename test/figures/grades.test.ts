import { describe, expect, it } from 'vitest';
import type { Passage } from '../../source/align/types.js';
import { segment } from '../../source/corpus/segment.js';
import { findFigures } from '../../source/figures/figures.js';
import { relate } from '../../source/figures/values.js';
import { mention, words } from '../helpers/figures.js';

// Sentence shapes from real multi-outlet reports (paraphrased), one per rule.
describe('relate: the graded relation of two values', () => {
  it.each([
    ['60 aircraft', 'over 60 aircraft', 'same'],
    ['120,000 soldiers', 'more than 120,000 military personnel', 'same'],
    ['nearly 3,000 troops', '3,000 troops', 'same'],
    ['a distance of 9.8 km', 'a distance of 10 km', 'same'],
    ['500 to 650 men', '500-650 troops', 'same'],
    ['about 650 paratroopers', 'about 700 soldiers', 'differs'],
    ['3,000 additional troops', 'up to 3,500 more troops', 'differs'],
    ['2,400 troops', 'some 2,600 troops', 'differs'],
    ['Dozens of people', 'At least 11 people', 'differs'],
    ['75 dead', '89 dead', 'conflict'],
    ['4,302,117 votes', '4,302,119 votes', 'conflict'],
    ['7 foreign nationals', '12 foreign nationals', 'conflict'],
    ['two or three months ago', 'two or three years ago', 'conflict'],
    ['at 9:15 a.m.', 'at 9:18 a.m.', 'differs'],
  ])('%s / %s: %s', (a, b, expected) => {
    expect(relate(mention(a), mention(b, 1))).toBe(expected);
  });
});

const source = (id: string, text: string) => segment(id, id, text, 'utf-8');
/** Figures of sources whose passages are given by hand (one passage per list of sentence ids). */
const figuresWith = (texts: string[], aligned: number[][]) => {
  const sources = texts.map((text, i) => source(`s${i}`, text));
  // Every sentence not aligned by hand is a passage of its own, as the aligner makes them.
  const placed = new Set(aligned.flatMap((sentences) => sentences.map((sentence, s) => `${s}:${sentence}`)));
  const alone = sources.flatMap((src, s) =>
    src.sentences
      .filter((x) => !placed.has(`${s}:${x.index}`))
      .map((x) => ({ source: s, sentence: x.index })),
  );
  const passages: Passage[] = aligned.map((sentences, p) => ({
    id: `P${p + 1}`,
    members: sentences.map((sentence, s) => ({
      source: s,
      sentences: [sentence],
      start: sources[s]!.sentences[sentence]!.start,
      end: sources[s]!.sentences[sentence]!.end,
      text: sources[s]!.sentences[sentence]!.text,
    })),
    links: [],
    confidence: null,
    strength: null,
  }));
  for (const { source: s, sentence } of alone) {
    const x = sources[s]!.sentences[sentence]!;
    passages.push({
      id: `P${passages.length + 1}`,
      members: [{ source: s, sentences: [sentence], start: x.start, end: x.end, text: x.text }],
      links: [],
      confidence: null,
      strength: null,
    });
  }
  return findFigures(sources, passages, null);
};

describe('graded statuses of figures', () => {
  it('calls a running toll that a report says rose an update, not a conflict', () => {
    const figures = figuresWith(
      [
        'At least 14 people were killed on Sunday, officials said.',
        'The death toll rose to 29 people killed.',
      ],
      [[0, 0]],
    );
    const toll = figures.find((f) => f.mentions.length === 2 && f.kind === 'count')!;
    expect(toll.status).toBe('update');
    expect(words(toll)).toContain('a later report gives a later figure');
  });

  it('keeps two tolls without a sign of time apart as a conflict', () => {
    const figures = figuresWith(
      ['The ferry disaster killed 75 people.', 'The ferry disaster killed 89 people.'],
      [[0, 0]],
    );
    expect(figures.find((f) => f.kind === 'count')!.status).toBe('conflict');
  });

  it('compares counts of the same referent in passages that were not aligned, at most as differs', () => {
    const figures = figuresWith(
      [
        'Storms hit the coast.\nAt least 40 people were killed in the floods.',
        'Rescue work went on.\nThe floods killed 52 people, police said.',
      ],
      [],
    );
    const toll = figures.find((f) => f.mentions.length === 2)!;
    expect(toll.status).toBe('differs');
    expect(toll.basis).toBe('referent');
    expect(words(toll)).toContain('not in aligned passages');
  });

  it('does not compare the toll of a day with the toll of a war (orders of magnitude apart)', () => {
    const figures = figuresWith(
      [
        'Clashes erupted at dawn.\nFour people were killed in the clashes.',
        'The war left 13,000 people dead.\nIt ended in 1999.',
      ],
      [],
    );
    expect(figures.filter((f) => f.kind === 'count' && f.mentions.length > 1)).toEqual([]);
  });

  it('joins the same value across passages, so "only one source says" is true when said', () => {
    const figures = figuresWith(
      ['Officials met on Friday.\nIt rained.', 'Snow fell.\nTalks ended on Friday.'],
      [],
    );
    const friday = figures.filter((f) => f.kind === 'date');
    expect(friday).toHaveLength(1);
    expect(friday[0]!.status).toBe('agreement');
  });

  it('keeps the same number apart when the roles differ (60 dead, 60 wounded)', () => {
    const figures = figuresWith(
      ['At least 60 people died in the blast.', 'Some 60 people were wounded.'],
      [],
    );
    expect(figures.filter((f) => f.status === 'single-source')).toHaveLength(2);
  });
});
