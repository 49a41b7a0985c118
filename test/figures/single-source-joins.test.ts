// Wrong "single-source" entries (issue 12): a figure that another source states in other words.
// Invented sentences of the shapes news copy uses; none is taken from the development set.
import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../source/figures/extract.js';
import type { Figure } from '../../source/figures/types.js';
import { relate } from '../../source/figures/values.js';
import { words } from '../helpers/figures.js';
import { figuresWith, texts } from '../helpers/passages.js';

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

describe('a number of days ago is a day in other words', () => {
  // 2024-03-12 was a Tuesday.
  const TUESDAY = { year: 2024, month: 3, day: 12 };
  const days = (figures: Figure[]) => figures.filter((f) => f.kind === 'date' || f.kind === 'relative-time');

  it('joins "nine days ago" and the date nine days before the present in one passage', () => {
    const figures = figuresWith(
      [
        'The strike began on March 3 at the northern port.\nTalks resumed.',
        'The strike began nine days ago at the northern port.\nShips waited.',
      ],
      [[0, 0]],
      TUESDAY,
    );
    const found = days(figures);
    expect(found.map(texts)).toEqual([['s0:March 3', 's1:nine days ago']]);
    expect(found[0]!.status).toBe('agreement');
    expect(words(found[0]!)).toBe(
      'agree: s0, s1 say March 3 / nine days ago (the same day in other words: Sunday, March 3, 2024)',
    );
  });

  it('says so when the days ago name the day only counted from the next day (a next-day print)', () => {
    const figures = figuresWith(
      [
        'The strike began on March 4 at the northern port.\nTalks resumed.',
        'The strike began nine days ago at the northern port.\nShips waited.',
      ],
      [[0, 0]],
      TUESDAY,
    );
    expect(words(days(figures)[0]!)).toBe(
      'agree: s0, s1 say March 4 / nine days ago (the same day in other words: Monday, March 4, 2024, if s1 is a report of the next day)',
    );
  });

  it('joins "two weeks ago" and a date within half a week of two weeks before the present', () => {
    const figures = figuresWith(
      [
        'The strike began on February 27 at the northern port.\nTalks resumed.',
        'The strike began two weeks ago at the northern port.\nShips waited.',
      ],
      [[0, 0]],
      TUESDAY,
    );
    expect(days(figures).map(texts)).toEqual([['s0:February 27', 's1:two weeks ago']]);
  });

  it('says so when weeks ago hold the day only counted from the next day (a next-day print)', () => {
    const figures = figuresWith(
      [
        'The strike began on March 2 at the northern port.\nTalks resumed.',
        'The strike began two weeks ago at the northern port.\nShips waited.',
      ],
      [[0, 0]],
      TUESDAY,
    );
    expect(words(days(figures)[0]!)).toBe(
      'agree: s0, s1 say March 2 / two weeks ago (the same day in other words: Saturday, March 2, 2024, if s1 is a report of the next day)',
    );
  });

  it('leaves apart weeks ago that name another week', () => {
    const figures = figuresWith(
      [
        'The strike began on February 27 at the northern port.\nTalks resumed.',
        'The strike began three weeks ago at the northern port.\nShips waited.',
      ],
      [[0, 0]],
      TUESDAY,
    );
    expect(days(figures).length).toBeGreaterThan(1);
    expect(days(figures).every((f) => f.mentions.length === 1)).toBe(true);
  });

  it('leaves apart a number of days ago that names another day', () => {
    const figures = figuresWith(
      [
        'The strike began on March 3 at the northern port.\nTalks resumed.',
        'The strike began five days ago at the northern port.\nShips waited.',
      ],
      [[0, 0]],
      TUESDAY,
    );
    expect(days(figures).length).toBeGreaterThan(1);
    expect(days(figures).every((f) => f.mentions.length === 1)).toBe(true);
  });
});

describe('a day in other words outside the passage of the day the sources agree on', () => {
  // 2024-03-12 was a Tuesday.
  const TUESDAY = { year: 2024, month: 3, day: 12 };
  const days = (figures: Figure[]) => figures.filter((f) => f.kind === 'date' || f.kind === 'relative-time');
  const three = (third: string) => [
    'The dam burst on Tuesday, flooding three villages.\nRoads were closed.\nThe minister will visit later Tuesday.',
    'The dam burst on Tuesday morning, flooding three villages.\nSchools shut.',
    `Rescuers searched all night.\n${third}`,
  ];

  it('joins "yesterday" of a report of the next day to the one day two sources agree on', () => {
    const figures = figuresWith(
      three('Crews cleared the mud that swept through yesterday.'),
      [[0, 0]],
      TUESDAY,
    );
    const found = days(figures);
    expect(found.map(texts)).toEqual([['s0:Tuesday', 's0:Tuesday', 's1:Tuesday', 's2:yesterday']]);
    expect(found[0]!.status).toBe('agreement');
  });

  it('leaves it alone when the day is given by one source only', () => {
    const figures = figuresWith(
      [
        'The dam burst on Tuesday, flooding three villages.\nRoads were closed.',
        'Rescuers searched all night.\nCrews cleared the mud that swept through yesterday.',
      ],
      [],
      TUESDAY,
    );
    expect(days(figures).map((f) => f.status)).toEqual(['single-source', 'single-source']);
  });

  it('leaves it alone when two days the sources agree on could be its day', () => {
    const figures = figuresWith(
      [
        'The dam burst on Tuesday, flooding three villages.\nThe rain began on Monday in the hills.',
        'The dam burst on Tuesday morning, flooding three villages.\nThe rain began on Monday in the hills.',
        'Rescuers searched all night.\nCrews cleared the mud that swept through yesterday.',
      ],
      [
        [0, 0],
        [1, 1],
      ],
      TUESDAY,
    );
    const yesterday = days(figures).find((f) => f.mentions.some((m) => m.text === 'yesterday'))!;
    expect(yesterday.status).toBe('single-source');
  });
});

describe('a forecast with no role and a forecast of a role', () => {
  it('joins "could reach about 40" and "up to 40 people may have died" across passages', () => {
    const figures = figuresWith(
      [
        'Rain fell on the valley.\nUp to 40 people may have died in the fire, the agency said.',
        'The agency said the toll could reach about 40, citing fire crews.\nRoads were closed.',
      ],
      [],
    );
    const forty = figures.filter((f) => f.mentions.some((m) => m.value.min === 40));
    expect(forty.map(texts)).toEqual([['s0:Up to 40 people', 's1:about 40']]);
  });

  it('leaves apart a forecast and a count of what happened', () => {
    const figures = figuresWith(
      [
        'Rain fell on the valley.\nForty people died in the fire, the agency said.',
        'The agency said the toll could reach about 40, citing fire crews.\nRoads were closed.',
      ],
      [],
    );
    const forty = figures.filter((f) => f.mentions.some((m) => m.value.min === 40));
    expect(forty.map((f) => f.status)).toEqual(['single-source', 'single-source']);
  });
});

describe('a forecast that names no role', () => {
  it('joins the forecast of a role of another source ("could reach about 60" / "up to 60 may have died")', () => {
    const figures = figuresWith(
      [
        'Rain fell on the valley.\nThe agency said the figure could reach about 60, citing fire crews.',
        'Up to 60 people may have died in the collapse, the agency said.\nSchools shut.',
      ],
      [],
    );
    const found = figures.filter((f) => f.mentions.some((m) => m.value.min === 60));
    expect(found.map(texts)).toEqual([['s0:about 60', 's1:Up to 60 people']]);
  });
});

describe('the dead in other words', () => {
  it('reads "martyred" as killed', () => {
    expect(count('At least 12 border guards were martyred in the ambush on Friday.')?.role).toBe('killed');
  });
});

describe('two counts of people with no role, each beside another count of its source', () => {
  it('are not compared when each source also gives a count of people agreed with a bare number', () => {
    const figures = figuresWith(
      [
        'In Lorn, some 9,000 people marched, compared to 7,000 on April 30.',
        'Police counted 9,000 in Lorn.',
        'In Nice, 5,000 people marched, compared to 3,000 on April 30.',
        'Police counted 5,000 in Nice.',
      ],
      [],
    );
    const earlier = figures.filter((f) => f.mentions.some((m) => [7000, 3000].includes(m.value.min ?? 0)));
    expect(earlier.map(texts)).toEqual([['s0:7,000'], ['s2:3,000']]);
  });
});

describe('a decimal of a scale word rounds a precise figure', () => {
  const at = (text: string, source = 0) => ({ ...count(text)!, source, sentence: 0 });
  it.each([
    [
      'Officials said an estimated 2.41 million people voted.',
      'The commission said 2,406,500 people voted.',
      'same',
    ],
    ['Organisers said 3.2 million people marched.', 'The ministry counted 3,180,000 people.', 'same'],
    [
      'Officials said an estimated 2.41 million people voted.',
      'The commission said 2,396,000 people voted.',
      'differs',
    ],
  ])('%s / %s', (a, b, relation) => {
    expect(relate(at(a), at(b, 1))).toBe(relation);
  });

  it('joins the rounded figure of one source to the precise one of another, across passages', () => {
    const figures = figuresWith(
      [
        'The election board said 2,406,500 people voted on Sunday.\nQueues were long.',
        'Rain fell all day.\nAn estimated 2.41 million people voted, the election board said.',
      ],
      [],
    );
    const voters = figures.filter((f) => f.kind === 'count');
    expect(voters.map(texts)).toEqual([['s0:2,406,500 people', 's1:An estimated 2.41 million people']]);
    expect(voters[0]!.status).toBe('agreement');
  });
});

describe('bodies and the dead of the same stated number', () => {
  it('joins "more than 60 bodies were brought out" and "killed more than 60 workers" across passages', () => {
    const figures = figuresWith(
      [
        'By noon, 90 workers were saved, and more than 60 bodies had been brought out.\nRain fell.',
        'Roads were closed.\nThe blast at the plant killed more than 60 workers, officials said.',
      ],
      [],
    );
    const sixty = figures.filter((f) => f.mentions.some((m) => m.value.min === 60));
    expect(sixty.map(texts)).toEqual([['s0:more than 60 bodies', 's1:more than 60 workers']]);
  });

  it('leaves apart bodies and the dead of another number or hedge, and bodies and the living', () => {
    const figures = figuresWith(
      [
        'By noon, more than 60 bodies had been brought out.\nRain fell.',
        'Roads were closed.\nThe blast at the plant killed at least 60 workers, officials said.',
        'Schools shut.\nMore than 60 workers were rescued from the plant.',
      ],
      [],
    );
    const bodies = figures.find((f) => f.mentions.some((m) => m.text.includes('bodies')))!;
    expect(bodies.mentions).toHaveLength(1);
  });
});

describe('bodies beside a toll of their own source', () => {
  it('leave a toll alone when their source gives that toll another value', () => {
    const figures = figuresWith(
      [
        'At least 19 people were killed at the river chapel, clinic staff said.\nA further 14 unnamed bodies lie at the district morgue.',
        'Roads were closed.\nAnother 14 people were killed at the river chapel.',
      ],
      [[0, 1]],
    );
    const bodies = figures.find((f) => f.mentions.some((m) => m.text.includes('bodies')))!;
    expect(bodies.mentions).toHaveLength(1);
  });
});

describe('a share in words and the same share as a percentage', () => {
  it.each([
    [
      'A quarter of the homes in the valley were destroyed.',
      'Some 25 percent of the homes in the valley were destroyed.',
    ],
    [
      'One in five homes in the valley was destroyed.',
      'About 20% of the homes in the valley were destroyed.',
    ],
    [
      'A third of the voters in the district backed the plan.',
      'About 33% of the voters in the district backed the plan.',
    ],
  ])('joins "%s" and "%s" across passages', (a, b) => {
    const figures = figuresWith([`Roads were closed.\n${a}`, `${b}\nSchools shut.`], []);
    expect(figures.map((f) => f.status)).toEqual(['agreement']);
  });

  it('leaves apart a share and another percentage, or a percentage of other words', () => {
    const other = figuresWith(
      [
        'Roads were closed.\nA quarter of the homes in the valley were destroyed.',
        'Some 30 percent of the homes in the valley were destroyed.\nSchools shut.',
      ],
      [],
    );
    expect(other.map((f) => f.status)).toEqual(['single-source', 'single-source']);
    const elsewhere = figuresWith(
      [
        'Roads were closed.\nA quarter of the homes in the valley were destroyed.',
        'Turnout rose to 25 percent in the city elections.\nSchools shut.',
      ],
      [],
    );
    expect(elsewhere.map((f) => f.status)).toEqual(['single-source', 'single-source']);
  });
});

describe('comparison classes inside one kind', () => {
  it('joins "1,400 buildings" and "1,400 homes" across passages (buildings and homes are one kind)', () => {
    const figures = figuresWith(
      [
        'Roads were closed.\nThe quake destroyed 1,400 buildings in the valley.',
        'The quake destroyed 1,400 homes in the valley.\nSchools shut.',
      ],
      [],
    );
    expect(figures.map((f) => f.status)).toEqual(['agreement']);
  });
});

describe('"last year" and "last month" name the calendar year and month before the present', () => {
  const present = { year: 2024, month: 3, day: 12 };
  it.each([
    ['The dam burst last year in the valley.', 'The dam burst in 2023 in the valley.'],
    ['The dam burst last month in the valley.', 'The dam burst in February in the valley.'],
  ])('joins "%s" and "%s" across passages', (a, b) => {
    const figures = figuresWith([`Roads were closed.\n${a}`, `${b}\nSchools shut.`], [], present);
    expect(figures.map((f) => f.status)).toEqual(['agreement']);
  });

  it.each([
    ['The dam burst last year in the valley.', 'The dam burst in 2022 in the valley.'],
    ['Over the last year, the dam cracked in the valley.', 'The dam cracked in 2023 in the valley.'],
    ['The dam burst last month in the valley.', 'The dam burst in January in the valley.'],
  ])('leaves apart "%s" and "%s"', (a, b) => {
    const figures = figuresWith([`Roads were closed.\n${a}`, `${b}\nSchools shut.`], [], present);
    expect(figures.map((f) => f.status)).toEqual(['single-source', 'single-source']);
  });
});

describe('a vague crowd of people and a figure of a crowd named by its class', () => {
  it('joins "tens of thousands of people walked" and "some 50,000 protesters walked" across passages', () => {
    const figures = figuresWith(
      [
        'Roads were closed.\nTens of thousands of people walked through the old town on Sunday.',
        'Some 50,000 protesters walked through the old town.\nSchools shut.',
      ],
      [],
    );
    expect(figures.filter((f) => f.kind === 'count').map((f) => f.status)).toEqual(['agreement']);
  });

  it('leaves apart such figures whose words share nothing, or a crowd and soldiers', () => {
    const apart = figuresWith(
      [
        'Roads were closed.\nTens of thousands of people gathered in the old square.',
        'Some 50,000 protesters marched to parliament.\nSchools shut.',
      ],
      [],
    );
    expect(apart.filter((f) => f.kind === 'count').map((f) => f.status)).toEqual([
      'single-source',
      'single-source',
    ]);
    const troops = figuresWith(
      [
        'Roads were closed.\nTens of thousands of people massed at the border.',
        'Some 50,000 soldiers massed at the border.\nSchools shut.',
      ],
      [],
    );
    expect(troops.filter((f) => f.kind === 'count').map((f) => f.status)).toEqual([
      'single-source',
      'single-source',
    ]);
  });
});

describe('a month of a year and the year alone', () => {
  it('joins "in May 2009" and "since 2009" across passages', () => {
    const figures = figuresWith(
      [
        'Roads were closed.\nIn May 2009, the dam also burst after heavy rain.',
        'It was the first such flood since 2009, officials said.\nSchools shut.',
      ],
      [],
      { year: 2021, month: 6, day: 15 },
    );
    expect(figures.filter((f) => f.kind === 'date').map((f) => f.status)).toEqual(['agreement']);
  });

  it('leaves apart a month of another year', () => {
    const figures = figuresWith(
      [
        'Roads were closed.\nIn May 2008, the dam also burst after heavy rain.',
        'It was the first such flood since 2009, officials said.\nSchools shut.',
      ],
      [],
      { year: 2021, month: 6, day: 15 },
    );
    expect(figures.filter((f) => f.kind === 'date').map((f) => f.status)).toEqual([
      'single-source',
      'single-source',
    ]);
  });
});

describe('a bound names the round figure a precise one passed', () => {
  const at = (text: string, source = 0) => ({ ...count(text)!, source, sentence: 0 });
  it.each([
    [
      'Officials said more than 31,000 people were evacuated.',
      'The district evacuated 31,642 people.',
      'same',
    ],
    ['Officials said at least 300 people were evacuated.', 'The district evacuated 312 people.', 'same'],
    ['Officials said nearly 5,000 people were evacuated.', 'The district evacuated 4,870 people.', 'same'],
    [
      'Officials said more than 31,000 people were evacuated.',
      'The district evacuated 33,900 people.',
      'differs',
    ],
    // A small count is stated as it is: "at least 20" then 22 is a toll that rose.
    ['Officials said at least 20 people died.', 'The hospital said 22 people died.', 'differs'],
    ['Officials said more than 40 people were hurt.', 'The hospital said 43 people were hurt.', 'differs'],
    // "Up to" a precise number is that number as a ceiling: the round bound it passed is the same.
    [
      'Officials said more than 31,000 people were evacuated.',
      'Up to 31,642 residents have sought shelter.',
      'same',
    ],
    ['Officials said more than 31,000 people were evacuated.', 'Up to 33,900 residents fled.', 'differs'],
  ])('%s / %s', (a, b, relation) => {
    expect(relate(at(a), at(b, 1))).toBe(relation);
  });
});

describe('a people named by its nationality alone is a count of people', () => {
  it('joins a headline\'s "2.43 million Dutch protest" with "2,431,000 people took part"', () => {
    const figures = figuresWith(
      [
        'Farm tax: 2.43 million Dutch protest in Lorn\nCrowds filled Lorn.',
        'Officials said 2,431,000 people took part in the protests across Norland.\nMore are planned.',
      ],
      [[0, 0]],
    );
    const counted = figures.filter((f) => f.kind === 'count');
    expect(counted.map(texts)).toEqual([['s0:2.43 million Dutch', 's1:2,431,000 people']]);
    expect(counted[0]!.status).toBe('agreement');
  });
});
