import { describe, expect, it } from 'vitest';
import { newsDayOf } from '../../dev/event-days.js';
import { figureSpan } from '../../dev/figures-score.js';
import { scoreRealFigures } from '../../dev/real-score.js';
import { segment } from '../../source/corpus/segment.js';
import type { Figure, Mention } from '../../source/figures/types.js';

// The scorer counts a gold disagreement as found only when the flagged figure holds the values the
// gold sides state, not when its mentions merely overlap a side's wording.
const sources = [
  segment(
    'a',
    'a',
    'The raid killed 9 sailors, three Air Force pilots and a doctor, officials said.',
    'utf-8',
  ),
  segment('b', 'b', 'At least 8 sailors and a doctor were among the dead.', 'utf-8'),
];
const at = (s: number, phrase: string, value: number): Mention => {
  const start = sources[s]!.text.indexOf(phrase);
  return {
    source: s,
    sentence: 0,
    start,
    end: start + phrase.length,
    text: phrase,
    kind: 'count',
    value: { min: value, max: value },
    subject: 'sailor',
    subjectClass: 'sailor',
    role: 'killed',
    container: null,
  };
};
const figure = (status: Figure['status'], mentions: Mention[]): Figure => ({
  id: 'F1',
  status,
  basis: 'passage',
  kind: 'count',
  subject: 'sailors',
  passages: ['P1'],
  mentions,
  reasons: {
    rule: status === 'conflict' ? 'conflict' : 'single-source',
    readings: mentions.map((m) => ({ sources: [m.source], wordings: [m.text], attributions: [] })),
    garbled: [],
    wrongWeekdays: [],
  },
});
const gold = [
  {
    about: 'sailors killed',
    label: 'conflict' as const,
    sides: [[['a', '9 sailors, three Air Force pilots and a doctor']], [['b', 'At least 8 sailors']]] as [
      string,
      string,
    ][][],
  },
];

describe('figureSpan', () => {
  it.each([
    ['9 sailors, three Air Force pilots', '9'],
    ['from at least 20 dead to more than 50', '20'],
    ['another twelve were hurt', 'twelve'],
    ['the march on Tuesday', 'Tuesday'],
    ['may have left Oct. 15', 'Oct'],
    ['an unnamed official', 'an unnamed official'],
    ['ends its 12-year mission Friday', 'Friday'],
    ['a 12-year mission', '12'],
    ['a G20 summit on Friday', 'Friday'],
  ])('%s: %s', (quote, figure) => {
    const [from, to] = figureSpan(quote);
    expect(quote.slice(from, to)).toBe(figure);
  });
});

describe('scoreRealFigures holds values, not overlapping wording', () => {
  it('finds a conflict only when the figure holds both sides’ values', () => {
    const right = scoreRealFigures(
      sources,
      [figure('conflict', [at(0, '9 sailors', 9), at(1, '8 sailors', 8)])],
      gold,
    );
    expect(right.conflictsFound).toBe(1);
    expect(right.falseConflicts).toEqual([]);
    const wrong = scoreRealFigures(
      sources,
      [figure('conflict', [at(0, 'three Air Force pilots', 3), at(1, '8 sailors', 8)])],
      gold,
    );
    expect(wrong.conflictsFound).toBe(0);
    expect(wrong.falseConflicts).toHaveLength(1);
  });

  it('calls a single-source entry wrong only when it carries a value another source states', () => {
    const agreeing = [
      {
        about: 'a doctor',
        label: 'agreement' as const,
        sides: [
          [
            ['a', '9 sailors, three'],
            ['b', '8 sailors'],
          ],
        ] as [string, string][][],
      },
    ];
    const pilots = scoreRealFigures(
      sources,
      [figure('single-source', [at(0, 'three Air Force pilots', 3)])],
      agreeing,
    );
    expect(pilots.wrongSingle).toEqual([]);
    const sailors = scoreRealFigures(sources, [figure('single-source', [at(0, '9 sailors', 9)])], agreeing);
    expect(sailors.wrongSingle).toHaveLength(1);
  });
});

describe('newsDayOf', () => {
  it('reads the ISO date of the README "News day:" line, whatever comes around it', () => {
    expect(newsDayOf('# An event\n\nNews day: Friday 2019-04-05 (local time).\n')).toEqual({
      year: 2019,
      month: 4,
      day: 5,
    });
    expect(newsDayOf('# An event without one\n')).toBeNull();
  });
});

describe('wrong single-source entries in different-referent groups', () => {
  it('counts another source on the side only when it states the same figure as written', () => {
    const referents = (quote: string) => [
      {
        about: 'sailors vs pilots',
        label: 'different-referent' as const,
        sides: [
          [
            ['a', '9 sailors, three'],
            ['b', quote],
          ],
          [['a', 'three Air Force pilots']],
        ] as [string, string][][],
      },
    ];
    const single = [figure('single-source', [at(0, '9 sailors', 9)])];
    expect(scoreRealFigures(sources, single, referents('At least 8 sailors')).wrongSingle).toEqual([]);
  });
});
