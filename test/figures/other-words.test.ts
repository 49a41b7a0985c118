import { describe, expect, it } from 'vitest';
import type { Figure } from '../../source/figures/types.js';
import { words } from '../helpers/figures.js';
import { figuresWith, texts } from '../helpers/passages.js';

// 2024-03-12 was a Tuesday.
const TUESDAY = { year: 2024, month: 3, day: 12 };
const days = (figures: Figure[]) => figures.filter((f) => f.kind === 'date' || f.kind === 'relative-time');

describe('one day in other words (issue 12: "only X says" must be true)', () => {
  it('joins "yesterday" in a report of the next day and the weekday of the present in one passage', () => {
    const figures = figuresWith(
      [
        'The dam burst yesterday, flooding three villages.\nRoads were closed.',
        'The dam burst on Tuesday, flooding three villages.\nSchools shut.',
      ],
      [[0, 0]],
      TUESDAY,
    );
    const found = days(figures);
    expect(found.map(texts)).toEqual([['s0:yesterday', 's1:Tuesday']]);
    expect(found[0]!.status).toBe('agreement');
    expect(words(found[0]!)).toBe(
      'agree: s0, s1 say yesterday / Tuesday (the same day in other words: Tuesday, March 12, 2024, if s0 is a report of the next day)',
    );
  });

  it('joins a weekday and "yesterday" that name the day before the present', () => {
    const figures = figuresWith(
      [
        'Fire crews reached the mill on Monday after a long search.\nThe mill had closed.',
        'Fire crews reached the mill yesterday after a long search.\nRain fell.',
      ],
      [[0, 0]],
      TUESDAY,
    );
    const found = days(figures);
    expect(found.map(texts)).toEqual([['s0:Monday', 's1:yesterday']]);
    expect(words(found[0]!)).toBe(
      'agree: s0, s1 say Monday / yesterday (the same day in other words: Monday, March 11, 2024)',
    );
  });

  it('reads "last night" as the evening of the day before the report, as "yesterday"', () => {
    const figures = figuresWith(
      [
        'The rebels called off their march last night after a day of talks.\nRoads were closed.',
        'The rebels called off their march on Monday after a day of talks.\nRain fell.',
      ],
      [[0, 0]],
      TUESDAY,
    );
    const found = days(figures);
    expect(found.map(texts)).toEqual([['s0:last night', 's1:Monday']]);
    expect(found[0]!.status).toBe('agreement');
  });

  it('joins a length and the days its thing began and ends, as other sources give them', () => {
    const texts3 = (end: string) => [
      'Snow fell.\nPilgrims have flocked to the fair since it began on March 2.',
      `It rained.\nThe fair closes on ${end}, organisers said.`,
      'Hail fell.\nA stampede hit the six-week fair.',
    ];
    const asOf = { year: 2024, month: 3, day: 20 };
    const joined = figuresWith(texts3('April 13'), [], asOf).find((f) =>
      f.mentions.some((m) => m.text === 'six-week'),
    )!;
    expect(joined.mentions.map((m) => m.text)).toEqual(['March 2', 'April 13', 'six-week']);
    expect(joined.status).toBe('agreement');
    expect(words(joined)).toContain('March 2, 2024 to April 13, 2024 is 42 days');
    // Dates a month apart are not six weeks apart: the length stays alone.
    const apart = figuresWith(texts3('April 2'), [], asOf).find((f) =>
      f.mentions.some((m) => m.text === 'six-week'),
    )!;
    expect(apart.status).toBe('single-source');
  });

  it("joins a thing's age and the date another source says it was made", () => {
    const asOf = { year: 2024, month: 3, day: 20 };
    const figuresOf = (made: string) =>
      figuresWith(
        [
          'Snow fell.\nA century-old footbridge over the canal gave way on Sunday.',
          `It rained.\nThe footbridge was opened on ${made}.`,
        ],
        [],
        asOf,
      );
    const age = figuresOf('May 4, 1911').find((f) => f.kind === 'age')!;
    expect(age.mentions.map((m) => m.text)).toEqual(['century-old', 'May 4, 1911']);
    expect(age.status).toBe('agreement');
    expect(words(age)).toContain('made in 1911, 112 years before');
    // Beside another source's "nearly century-old", the ages differ and the date stays with the
    // age it gives.
    const three = figuresWith(
      [
        'Snow fell.\nA century-old footbridge over the canal gave way on Sunday.',
        'It rained.\nThe footbridge was opened on May 4, 1911.',
        'Hail fell.\nThe nearly century-old footbridge over the canal fell.',
      ],
      [[1, 0, 1]],
      asOf,
    ).find((f) => f.kind === 'age')!;
    expect(three.mentions.map((m) => m.text)).toEqual(['century-old', 'May 4, 1911', 'nearly century-old']);
    expect(three.status).toBe('differs');
    expect(words(three)).toContain('s0, s1 say century-old / May 4, 1911');
    // Opened 60 years ago: not a century-old footbridge.
    expect(figuresOf('May 4, 1964').find((f) => f.kind === 'age')!.mentions).toHaveLength(1);
  });

  it('explains both spans when a start date is also joined to a span up to now', () => {
    // March 2 is two weeks before the present (s1) and six weeks before April 13 (s2, s3).
    const figures = figuresWith(
      [
        'Snow fell.\nPilgrims have flocked to the fair since it began on March 2.',
        'Fog lifted.\nPilgrims have flocked to the fair over the past two weeks.',
        'It rained.\nThe fair closes on April 13, organisers said.',
        'Hail fell.\nA stampede hit the six-week fair.',
      ],
      [[1, 1]],
      { year: 2024, month: 3, day: 16 },
    );
    const joined = figures.find((f) => f.mentions.some((m) => m.text === 'six-week'))!;
    expect(joined.mentions.map((m) => m.text)).toContain('past two weeks');
    expect(words(joined)).toContain('March 2, 2024 to April 13, 2024 is 42 days');
  });

  it('does not call a length and its dates an agreement when one source alone gives all three', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nThe fair began on March 2.\nThe fair closes on April 13, organisers said.\nA stampede hit the six-week fair.',
        'It rained.\nRoads were closed.',
      ],
      [],
      { year: 2024, month: 3, day: 20 },
    );
    expect(figures.filter((f) => f.status === 'agreement')).toEqual([]);
  });

  it('leaves a length apart from the start of one thing and the end of another', () => {
    // The talks' start and the truce's end are two weeks apart, but neither is the tour's.
    const figures = figuresWith(
      [
        'Snow fell.\nThe talks began on March 4 in the capital.',
        'It rained.\nThe truce ends on March 18, officials said.',
        'Hail fell.\nThe envoy set off on a two-week tour.',
      ],
      [],
      { year: 2024, month: 3, day: 10 },
    );
    expect(figures.map((f) => [f.status, f.mentions.length])).toEqual([
      ['single-source', 1],
      ['single-source', 1],
      ['single-source', 1],
    ]);
  });

  it('leaves apart a "yesterday" and a weekday that cannot be the same day', () => {
    const figures = figuresWith(
      [
        'The dam burst yesterday, flooding three villages.\nRoads were closed.',
        'The dam burst on Saturday, flooding three villages.\nSchools shut.',
      ],
      [[0, 0]],
      TUESDAY,
    );
    expect(days(figures).map((f) => f.status)).toEqual(['single-source', 'single-source']);
  });

  it('leaves apart days of sentences that were not aligned (another event of the story)', () => {
    const figures = figuresWith(
      [
        'The dam burst yesterday, flooding three villages.\nRoads were closed.',
        'Schools shut.\nThe minister visited the region on Tuesday.',
      ],
      [[1, 0]],
      TUESDAY,
    );
    expect(days(figures).map((f) => f.status)).toEqual(['single-source', 'single-source']);
  });

  it('does not read a weekday of a week to come as a day of the past week', () => {
    const figures = figuresWith(
      [
        'The drills, which began at dawn, run until Monday next week.\nRoads were closed.',
        'The drills, which began yesterday at dawn, run for a week.\nSchools shut.',
      ],
      [[0, 0]],
      TUESDAY,
    );
    const monday = days(figures).find((f) => f.mentions.some((m) => m.text === 'Monday'));
    expect(monday?.status).toBe('single-source');
  });

  it('does not read a weekday its clause puts in the future as a day of the past week', () => {
    for (const future of [
      'Talks on the canal will resume on Monday, the ministry said.',
      'Talks on the canal are due to resume on Monday, the ministry said.',
      'Talks on the canal are set to resume on Monday, the ministry said.',
      'The ministry said they’ll resume talks on the canal on Monday.',
    ])
      expect(
        days(
          figuresWith(
            [
              `${future}\nRoads were closed.`,
              'Talks on the canal opened yesterday, the ministry said.\nSchools shut.',
            ],
            [[0, 0]],
            TUESDAY,
          ),
        ).map((f) => f.status),
      ).toEqual(['single-source', 'single-source']);
  });
});

describe('one number of a unit its sentence names (issue 12: "only X says" must be true)', () => {
  it('joins a count whose sentence names the days it counts and a duration of that many days', () => {
    const figures = figuresWith(
      [
        'The ministry cut the number of days a permit takes from 30 to 12.\nRoads were closed.',
        'A permit that took 30 days now takes twelve, the ministry said.\nSchools shut.',
      ],
      [[0, 0]],
      TUESDAY,
    );
    const thirty = figures.filter((f) => f.mentions.some((m) => m.value.min === 30));
    expect(thirty.map(texts)).toEqual([['s0:30', 's1:30 days']]);
    expect(thirty[0]!.status).toBe('agreement');
    expect(words(thirty[0]!)).toBe(
      "agree: s0, s1 say 30 / 30 days (the same number of days: s0's sentence says it counts days)",
    );
  });

  it('leaves apart a count of a named thing and a duration of the same number', () => {
    const figures = figuresWith(
      [
        'After two days of talks, 30 delegates signed the accord.\nRoads were closed.',
        'The talks lasted 30 days before the accord was signed.\nSchools shut.',
      ],
      [[0, 0]],
      TUESDAY,
    );
    const thirty = figures.filter((f) => f.mentions.some((m) => m.value.min === 30));
    expect(thirty.map((f) => f.status)).toEqual(['single-source', 'single-source']);
  });

  it('does not read the unit of another number ("Two days after") as what a count counts', () => {
    const figures = figuresWith(
      [
        'Two days after the flood, the mayor said 15 had been evacuated from the island.\nRoads were closed.',
        'Relief teams reached the island within 15 days of the flood, the mayor said.\nSchools shut.',
      ],
      [[0, 0]],
      TUESDAY,
    );
    const fifteen = figures.filter((f) => f.mentions.some((m) => m.value.min === 15));
    expect(fifteen.map((f) => f.status)).toEqual(['single-source', 'single-source']);
  });
});

describe('one span in other words (issue 12: "only X says" must be true)', () => {
  it('joins the time since a date and a span up to now as long', () => {
    const figures = figuresWith(
      [
        'Thousands have visited the fair since it opened on February 27.\nRoads were closed.',
        'The fair has drawn thousands of visitors over the past two weeks.\nSchools shut.',
      ],
      [[0, 0]],
      TUESDAY,
    );
    const span = figures.filter((f) => f.mentions.some((m) => m.text.includes('two weeks')));
    expect(span.map(texts)).toEqual([['s0:February 27', 's1:past two weeks']]);
    expect(span[0]!.status).toBe('agreement');
    expect(words(span[0]!)).toBe(
      "agree: s0, s1 say February 27 / past two weeks (the same span in other words: February 27, 2024 is 14 days before the reports' day)",
    );
  });

  it('says so when the span is as long only if its report is of the next day', () => {
    const figures = figuresWith(
      [
        'Thousands have visited the fair since it opened on March 2.\nRoads were closed.',
        'The fair has drawn thousands of visitors over the past two weeks.\nSchools shut.',
      ],
      [[0, 0]],
      TUESDAY,
    );
    // Ten days to the present is under two weeks give or take half a week; eleven is not.
    const span = figures.filter((f) => f.mentions.some((m) => m.text.includes('two weeks')));
    expect(span.map((f) => words(f))).toEqual([
      "agree: s0, s1 say March 2 / past two weeks (the same span in other words: March 2, 2024 is 11 days before the day after the reports' day, if s1 is a report of the next day)",
    ]);
  });

  it('leaves apart a span up to now of another length', () => {
    const figures = figuresWith(
      [
        'Thousands have visited the fair since it opened on February 27.\nRoads were closed.',
        'The fair has drawn thousands of visitors over the past five weeks.\nSchools shut.',
      ],
      [[0, 0]],
      TUESDAY,
    );
    const span = figures.filter((f) => f.mentions.some((m) => m.text.includes('five weeks')));
    expect(span.map((f) => f.status)).toEqual(['single-source']);
  });
});

describe('one number named in other words (issue 12: "only X says" must be true)', () => {
  it('joins the same number of one aligned passage, whatever the sources call it', () => {
    const figures = figuresWith(
      [
        'The ferry was carrying 43 tourists when it capsized, the governor said.\nRoads were closed.',
        'At least 43 foreigners were on the ferry when it capsized, the governor said.\nSchools shut.',
      ],
      [[0, 0]],
      TUESDAY,
    );
    const found = figures.filter((f) => f.mentions.some((m) => m.value.min === 43));
    expect(found.map(texts)).toEqual([['s0:43 tourists', 's1:At least 43 foreigners']]);
    expect(found[0]!.status).toBe('agreement');
    expect(words(found[0]!)).toBe(
      'agree: s0, s1 say 43 tourists / At least 43 foreigners (the same number, stated in one aligned passage: taken for one figure, whatever each source calls what it counts)',
    );
  });

  it('joins the same number to the side of a disagreement that states it, keeping the disagreement', () => {
    const figures = figuresWith(
      [
        'The ferry was carrying 43 tourists when it capsized, the governor said.\nRoads were closed.',
        'At least 43 foreigners were on the ferry when it capsized, the governor said.\nSchools shut.',
        'The ferry was carrying 48 tourists when it capsized, the governor said.\nRain fell.',
      ],
      [[0, 0, 0]],
      TUESDAY,
    );
    const found = figures.filter((f) => f.mentions.some((m) => m.value.min === 43 || m.value.min === 48));
    expect(found.map(texts)).toEqual([['s0:43 tourists', 's1:At least 43 foreigners', 's2:48 tourists']]);
    expect(found[0]!.status).toBe('conflict');
    expect(words(found[0]!)).toMatch(
      /^s0, s1 say 43 tourists \/ At least 43 foreigners \(governor\); s2 says 48 .*\(wordings of one number in one aligned passage are taken for one figure/,
    );
  });

  it('leaves a number apart when its source already gives the disagreement, or both sides state it', () => {
    const figures = figuresWith(
      [
        'The ferry was carrying 43 tourists when it capsized, and 43 foreigners were aboard.\nRoads were closed.',
        'The ferry was carrying 48 tourists when it capsized, the governor said.\nRain fell.',
      ],
      [[0, 0]],
      TUESDAY,
    );
    const foreigners = figures.filter((f) => f.mentions.some((m) => m.text.includes('foreigners')));
    expect(foreigners.map((f) => f.status)).toEqual(['single-source']);
  });

  it('joins a round number of one aligned passage too', () => {
    const figures = figuresWith(
      [
        'The ferry was carrying 40 tourists when it capsized.\nRoads were closed.',
        'Some 40 foreigners were on the ferry when it capsized.\nSchools shut.',
      ],
      [[0, 0]],
      TUESDAY,
    );
    const found = figures.filter((f) => f.mentions.some((m) => m.value.min === 40));
    expect(found.map((f) => f.status)).toEqual(['agreement']);
  });

  it('leaves apart "two" and numbers of passages that were not aligned, or of different roles', () => {
    const figures = figuresWith(
      [
        'Two soldiers guarded the bridge when it fell.\nRoads were closed.\nThe storm destroyed 43 houses.\nFloods injured 17 villagers.',
        'Two officials inspected the bridge when it fell.\nSchools shut.\nOfficials counted 43 victims.\nFloods killed 17 farmers.',
      ],
      [
        [0, 0],
        [3, 3],
      ],
      TUESDAY,
    );
    const found = figures.filter((f) => [2, 43, 17].includes(f.mentions[0]!.value.min ?? 0));
    expect(found.length).toBeGreaterThanOrEqual(6);
    expect(found.map((f) => f.status)).toEqual(found.map(() => 'single-source'));
  });
  it('leaves apart the same small number of two things no class or kind links, however close in use', () => {
    // Word vectors put such nouns near each other (neighbours, not one thing): "three buses" and
    // "three cars", "four survivors" and "four victims" are different counts of one story.
    const figures = figuresWith(
      [
        'Roads were closed.\nThe storm overturned three buses on the coast road.\nFour survivors were flown out.',
        'Schools shut.\nThe storm overturned three cars near the harbour.\nPolice named four victims.',
      ],
      [],
      TUESDAY,
    );
    const found = figures.filter((f) => [3, 4].includes(f.mentions[0]!.value.min ?? 0));
    expect(found.length).toBe(4);
    expect(found.map((f) => f.status)).toEqual(found.map(() => 'single-source'));
  });
});

describe('one number in other words, not of another kind of thing', () => {
  it('does not join the same number of people and of buildings in one passage', () => {
    const figures = figuresWith(
      [
        'Crews searched Lorn, where over 60 people of the Lorn police helped after the gale.\nRoads were closed.',
        'The gale felled trees in Lorn, wrecking over 60 buildings after the gale.\nSchools shut.',
      ],
      [[0, 0]],
    );
    const counts = figures.filter((f) => f.kind === 'count');
    expect(counts.map((f) => f.status)).toEqual(['single-source', 'single-source']);
  });
});
