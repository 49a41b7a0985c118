import { describe, expect, it } from 'vitest';
import { align } from '../../source/align/align.js';
import { segment } from '../../source/corpus/segment.js';
import { inferCalendar, resolveDates } from '../../source/figures/dates.js';
import { findFigures } from '../../source/figures/figures.js';
import { compatible } from '../../source/figures/values.js';
import { mention, words } from '../helpers/figures.js';

describe('compatible', () => {
  it.each([
    ['700 to 850 men', '700-850 troops', true],
    ['between 700 and 850 men', 'a battalion of about 800 men', true],
    ['more than 4,000 injured', 'more than 5,000 injured', false],
    ['more than 700 people', 'nearly 700 people', false],
    ['dozens of men', 'several dozen men', true],
    ['about 500 men', '520 men', true],
    ['at least 33 people', '38 people', false],
    ['75 dead', '89 dead', false],
    ['more than 40 injured', '43 injured', true],
    ['up to 30 boats', '20 boats', true],
    ['a few weeks ago', 'three or four weeks ago', true],
    ['three or four weeks ago', 'three or four months ago', false],
    ['last week', 'a week ago', true],
    ['over the past week', 'last week', true],
    ['half the nurses', 'a third of the nurses', false],
    ['$5 million', '5 million euros', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(compatible(mention(a), mention(b, 1))).toBe(expected);
  });

  it('takes casualties as killed or more', () => {
    expect(compatible(mention('four casualties'), mention('four were killed', 1))).toBe(true);
    expect(compatible(mention('four casualties'), mention('five were killed', 1))).toBe(false);
  });

  it('checks a weekday against a date', () => {
    const date = (phrase: string, source: number) => {
      const m = mention(phrase, source);
      m.value.year = 2025;
      return m;
    };
    expect(compatible(mention('on Monday'), date('on March 17', 1))).toBe(true);
    expect(compatible(mention('on Monday'), date('on March 18', 1))).toBe(false);
  });
});

describe('calendar', () => {
  it('infers the year from weekday-dated mentions and resolves "the 10th"', () => {
    const mentions = [mention('This Friday, March 14, officials said'), mention('on the 10th and', 1)];
    const calendar = inferCalendar(mentions, { year: 2026, month: 11, day: 22 });
    expect(calendar).toMatchObject({ year: 2025, reference: { year: 2025, month: 3, day: 14 } });
    resolveDates(mentions, calendar);
    expect(mentions[1]!.value).toMatchObject({ year: 2025, month: 3, day: 10 });
  });
  it('never infers a year later than today', () => {
    const calendar = inferCalendar([mention('on Friday, March 14')], { year: 2023, month: 1, day: 1 });
    expect(calendar.year).toBe(2014);
  });
  it('gives a month-day date with no year the year nearest the reports’ present', () => {
    const mentions = [
      mention('the vote count began on February 27'),
      mention('the fair opened on December 30', 1),
      mention('talks resume on March 4', 2),
    ];
    resolveDates(mentions, inferCalendar(mentions, { year: 2024, month: 1, day: 12 }));
    expect(mentions.map((m) => m.value.year)).toEqual([2024, 2023, 2024]);
  });
  it('takes the present from the latest full date stated when none is given', () => {
    const mentions = [mention('the polls closed on January 3, 2021'), mention('since November 28', 1)];
    resolveDates(mentions, inferCalendar(mentions, null));
    expect(mentions[1]!.value).toMatchObject({ year: 2020, month: 11, day: 28 });
  });
});

const source = (id: string, text: string) => segment(id, id, text, 'utf-8');
const figuresOf = (...texts: string[]) => {
  const sources = texts.map((text, i) => source(`s${i}`, text));
  return findFigures(sources, align(sources), { year: 2026, month: 11, day: 22 });
};

describe('findFigures', () => {
  it('reports a toll that changed between reports of the same fact, with who says what', () => {
    const figures = figuresOf(
      'The ferry capsized near Lorn harbour on Tuesday, killing 75 passengers.\nThe weather was calm.\n',
      'At least 89 passengers died when the ferry capsized near Lorn harbour on Tuesday.\n',
    );
    const toll = figures.find((f) => f.status === 'conflict');
    expect(toll).toMatchObject({ kind: 'count', subject: 'passenger killed' });
    expect(words(toll!)).toBe('s0 says 75 passengers; s1 says At least 89 passengers');
    expect(figures.find((f) => f.kind === 'date')).toMatchObject({ status: 'agreement' });
  });

  it('does not compare a whole force with a reinforcement in another passage', () => {
    const figures = figuresOf(
      'Around 7,300 soldiers of the mission are stationed in the region.\nA battalion of 700 to 850 men was put on standby by the ministry.\n',
      'The ministry put a battalion of about 800 men on standby for the mission.\n',
    );
    expect(figures.filter((f) => f.status === 'conflict')).toEqual([]);
    expect(figures.find((f) => f.status === 'agreement')?.mentions.map((m) => m.text)).toEqual([
      '700 to 850 men',
      'about 800 men',
    ]);
  });

  it('never builds a conflict across passages, but joins agreeing figures', () => {
    const figures = figuresOf(
      'Storms swept the coast on Monday.\nThree fishermen were killed near the pier.\n',
      'Rescuers recovered the bodies of the fishermen after the storm hit the harbour town.\nA separate flood last year killed 12 fishermen inland.\nThree fishermen died, officials said.\n',
    );
    expect(figures.filter((f) => f.status === 'conflict')).toEqual([]);
  });

  it('flags a weekday that does not match its date in the year the other dates fix', () => {
    const figures = figuresOf(
      'The summit opened on Friday, March 14, in the capital.\n',
      'The summit, which opened on Friday, March 14, closed on Sunday March 15th after talks.\n',
    );
    const wrong = figures.find((f) => words(f).includes('was a Saturday'));
    expect(wrong).toMatchObject({ status: 'conflict' });
    expect(words(wrong!)).toContain('s1 says Sunday March 15th, but March 15, 2025 was a Saturday');
  });

  it('lists conflicts first, then agreements, then single-source figures', () => {
    const figures = figuresOf(
      'The ferry capsized near Lorn harbour on Tuesday, killing 75 passengers.\nIt carried 40 cars.\n',
      'At least 89 passengers died when the ferry capsized near Lorn harbour on Tuesday.\n',
    );
    const order = figures.map((f) => f.status);
    expect(order).toEqual(
      [...order].sort(
        (a, b) =>
          ['conflict', 'agreement', 'single-source'].indexOf(a) -
          ['conflict', 'agreement', 'single-source'].indexOf(b),
      ),
    );
    expect(figures.map((f) => f.id)).toEqual(figures.map((_, i) => `F${i + 1}`));
  });
});

describe('attributions inside one article', () => {
  it('are not a conflict: the other source decides which one it matches', () => {
    const figures = figuresOf(
      'Norland says 400 troops crossed the river at Dren, while Vessia says 550 troops crossed.\n',
      'Officials in Norland said 400 troops crossed the river at Dren on Monday.\n',
    );
    expect(figures.filter((f) => f.status === 'conflict')).toEqual([]);
    expect(figures.find((f) => f.status === 'agreement')?.mentions.map((m) => m.text)).toEqual([
      '400 troops',
      '400 troops',
    ]);
  });
});

describe('bare counts', () => {
  it('never conflict: a number that says neither what it counts nor what happened is too vague', () => {
    const figures = figuresOf(
      'The minister spoke at the summit in Lorn on Tuesday and gave the number as 40.\n',
      'At the summit in Lorn on Tuesday, the minister gave the number as 45.\n',
    );
    expect(figures.filter((f) => f.status === 'conflict')).toEqual([]);
  });
  it('still agree when they match', () => {
    const figures = figuresOf(
      'The minister spoke at the summit in Lorn on Tuesday and gave the number as 40.\n',
      'At the summit in Lorn on Tuesday, the minister gave the number as 40.\n',
    );
    expect(figures.some((f) => f.status === 'agreement' && f.kind === 'count')).toBe(true);
  });
});

describe('dates of statements and tolls that rise', () => {
  it('takes the day a count or estimate was given for the date of that statement, not of the event', () => {
    const figures = figuresOf(
      'The mayor said about 400 homes were destroyed, up from the initial estimate Monday of 120.\n',
      "The mayor's estimate of 400 homes destroyed came after the flooding on Sunday.\n",
    );
    expect(figures.filter((f) => f.status === 'conflict')).toEqual([]);
    const monday = figures.flatMap((f) => f.mentions).find((m) => m.text === 'Monday');
    expect(monday?.role).toBe('reported');
  });
  it.each([
    ['The toll will rise from the Friday estimate of 12, he said.', 'Friday'],
    ["The number is up 5 from Friday's latest official tally.", "Friday's"],
    ['The governor told reporters Thursday that the bridge would reopen.', 'Thursday'],
    ['The minister told the national broadcaster on Monday that 30 homes were lost.', 'Monday'],
    ['The governor on Thursday said the bridge would reopen.', 'Thursday'],
    ['The opposition on Monday rejected the official result, saying it had won.', 'Monday'],
    ['Rebel leaders late on Friday denied that the town had fallen.', 'Friday'],
    [
      'On Thursday, Interior Minister Ana Vidal (in office since May) said the bridge would reopen.',
      'Thursday',
    ],
    ['On Friday, the regional health ministry announced 30 new beds.', 'Friday'],
    ['As of Friday evening, 2,400 people had taken shelter in schools.', 'Friday'],
  ])('reads a day that names a statement, or follows one told, as its date: %s', (text, day) => {
    const figures = figuresOf(`${text}\n`, 'Rain fell on the town.\n');
    expect(figures.flatMap((f) => f.mentions).find((m) => m.text === day)?.role).toBe('reported');
  });
  it.each([
    'Survivors told of the blast on Friday.',
    'Neighbours told about the fire on Friday.',
    'The storm on Friday killed four people.',
    'Voters on Friday rejected the new constitution by a wide margin.',
    'On Friday, the storm killed four people, officials said.',
    'On Friday, thousands of residents said goodbye to the village.',
  ])('keeps the day of what was told of, not of the telling: %s', (text) => {
    const figures = figuresOf(`${text}\n`, 'Rain fell on the town.\n');
    expect(figures.flatMap((f) => f.mentions).find((m) => m.text === 'Friday')!.role).not.toBe('reported');
  });
  it('keeps the day of what was done after the one told of it: "told him to leave on Friday"', () => {
    const figures = figuresOf('The owner was told to leave on Friday.\n', 'Rain fell on the town.\n');
    expect(figures.flatMap((f) => f.mentions).find((m) => m.text === 'Friday')!.role).not.toBe('reported');
  });
  it('does not compare the day a statement was made with the day of the event; a toll that rose is an update', () => {
    const figures = figuresOf(
      'At least 12 people were killed when the Tana river burst its banks on Tuesday, officials said.\n',
      "The death toll from Tuesday's flooding on the Tana river has risen to 15, officials said on Wednesday.\n",
    );
    expect(figures.filter((f) => f.status === 'conflict')).toEqual([]);
    expect(figures.filter((f) => f.status === 'update').map((f) => words(f))).toEqual([
      's0 says At least 12 people (official); s1 says 15 (official) (a running count: a later report gives a later figure)',
    ]);
    expect(
      figures.find((f) => f.kind === 'date' && f.status === 'agreement')?.mentions.map((m) => m.text),
    ).toEqual(['Tuesday', "Tuesday's"]);
  });
});

describe('rival estimates of one crowd in one passage', () => {
  it('set each body against the same body: a conflict, whose explanation names the bodies', () => {
    const figures = figuresOf(
      'In the port city of Lorn, the organisers counted 300,000 marchers on Tuesday, when the police counted 45,000.\n',
      'In the port city of Lorn, there were 60,000 marchers on Tuesday according to the police, while the organisers counted 300,000.\n',
    );
    const conflicts = figures.filter((f) => f.status === 'conflict');
    expect(conflicts.map((f) => f.mentions.map((m) => m.text))).toEqual([
      ['300,000 marchers', '45,000', '60,000 marchers', '300,000'],
    ]);
    expect(words(conflicts[0]!)).toContain('(police)');
    expect(words(conflicts[0]!)).toContain('(organiser)');
  });
  it('do not conflict when each body keeps its figure', () => {
    const figures = figuresOf(
      'In the port city of Lorn, the organisers counted 300,000 marchers on Tuesday, when the police counted 45,000.\n',
      'In the port city of Lorn, there were 45,000 marchers on Tuesday according to the police, while the organisers counted 300,000.\n',
    );
    expect(figures.filter((f) => f.status === 'conflict')).toEqual([]);
  });
});

describe('the day of a figure a sentence compares with', () => {
  it.each([
    ['Some 9,000 people marched in Lorn, up sharply from the first rally there on March 2.', 'March 2'],
    ['In Lorn, 9,000 people marched, compared to 7,000 on March 2, police said.', 'March 2'],
    ['Turnout was higher than on Sunday in most towns.', 'Sunday'],
    ['Turnout fell to 9,000 from 12,000 on Sunday.', 'Sunday'],
  ])('is not the day of the event: %s', (text, day) => {
    const figures = figuresOf(`${text}\n`, 'Rain fell on the town.\n');
    expect(figures.flatMap((f) => f.mentions).find((m) => m.text === day)?.role).toBe('compared');
  });
  it('keeps the day of a count hedged with "more than"', () => {
    const figures = figuresOf(
      'Rescuers raced to reach more than 40 workers trapped underground Friday.\n',
      'Rain fell on the town.\n',
    );
    expect(figures.flatMap((f) => f.mentions).find((m) => m.text === 'Friday')!.role).not.toBe('compared');
  });
  it.each([
    ['More than a hundred people were killed on Sunday.', 'Sunday'],
    ['More than half of the homes were flooded on Sunday.', 'Sunday'],
    ['The toll rose from 20 on Monday to 35 on Tuesday.', 'Tuesday'],
    ['A worker fell from the scaffolding on Friday.', 'Friday'],
    ['Two men jumped from the burning ferry on Friday.', 'Friday'],
    ['The minister stepped down from office on Monday.', 'Monday'],
  ])('keeps the day of a hedged figure or the end of a change: %s', (text, day) => {
    const figures = figuresOf(`${text}\n`, 'Rain fell on the town.\n');
    expect(figures.flatMap((f) => f.mentions).find((m) => m.text === day)!.role).not.toBe('compared');
  });
  it('keeps a day that no comparison names, and one after a comma', () => {
    const figures = figuresOf(
      'Turnout was higher than expected, and the march on Sunday was calm.\n',
      'Rain fell on the town.\n',
    );
    expect(figures.flatMap((f) => f.mentions).find((m) => m.text === 'Sunday')!.role).not.toBe('compared');
  });
  it('is not set against the day of the event in an aligned passage', () => {
    const figures = figuresOf(
      'The ministry said 9,000 people marched in Lorn on Tuesday against the new tax.\n',
      'The ministry said 9,000 people marched in Lorn against the new tax, up somewhat from the first rally on October 5.\n',
    );
    expect(figures.filter((f) => f.status === 'conflict')).toEqual([]);
  });
});

describe('a length written before the noun it measures', () => {
  it('names that noun, so two sources’ lengths of one part are compared across passages', () => {
    const figures = figuresOf(
      'A 70-meter (230-foot) stretch of the Orla viaduct collapsed on Tuesday.\nCars fell into the river below.\n',
      'Divers searched the river all night.\nEngineers had warned for years that the 500ft central section was weak.\n',
    );
    const length = figures.find((f) => f.mentions.some((m) => m.text.startsWith('70-meter')))!;
    expect(length.mentions.map((m) => m.text)).toEqual(['70-meter (230-foot)', '500ft']);
    expect(length.status).toBe('conflict');
  });
  it('keeps a height apart from a length', () => {
    const figures = figuresOf(
      'A 70-meter (230-foot) stretch of the Orla viaduct collapsed on Tuesday.\nCars fell into the river below.\n',
      'Divers searched the river all night.\nThe 40m-high central section of the viaduct gave way in heavy rain.\n',
    );
    const length = figures.find((f) => f.mentions.some((m) => m.text.startsWith('70-meter')))!;
    expect(length.status).toBe('single-source');
  });
});

describe('distances from different places', () => {
  it('are different figures: a distance names what it is measured from', () => {
    const figures = figuresOf(
      'The tremor hit some 37 km from the village of Vell, the survey said on Monday.\n',
      'The tremor hit 6 km northwest of the village of Dren, the survey said on Monday.\n',
    );
    expect(figures.filter((f) => f.kind === 'measure').map((f) => f.status)).toEqual([
      'single-source',
      'single-source',
    ]);
  });
  it('of one place are still compared, and a depth apart from them', () => {
    const figures = figuresOf(
      'The tremor hit 37 km from Vell and 11 km deep, the survey said on Monday.\n',
      'The tremor hit 52 km from Vell at a depth of 11 km, the survey said on Monday.\n',
    );
    const measures = figures.filter((f) => f.kind === 'measure');
    expect(measures.map((f) => [f.status, f.mentions.map((m) => m.text)])).toEqual([
      ['conflict', ['37 km', '52 km']],
      ['agreement', ['11 km', '11 km']],
    ]);
  });
});

describe('counts of different places', () => {
  it('are compared place with place inside a passage', () => {
    const figures = figuresOf(
      'On Tuesday, police counted 65,000 marchers in Lorn and 300,000 marchers across the country.\n',
      'On Tuesday, police counted 41,000 marchers in Lorn and 300,000 marchers across the country.\n',
    );
    expect(figures.filter((f) => f.status === 'conflict').map((f) => f.mentions.map((m) => m.text))).toEqual([
      ['65,000 marchers', '41,000 marchers'],
    ]);
    expect(
      figures.find((f) => f.mentions.some((m) => m.text === '300,000 marchers'))?.mentions.map((m) => m.text),
    ).toEqual(['300,000 marchers', '300,000 marchers']);
  });
  it('reads "across" a named place as that place, not the whole country', () => {
    const figures = figuresOf(
      'On Tuesday, police counted 65,000 marchers in Lorn and 300,000 marchers across the country.\n',
      'On Tuesday, police counted 41,000 marchers across Lorn and 300,000 marchers nationwide.\n',
    );
    expect(figures.filter((f) => f.status === 'conflict').map((f) => f.mentions.map((m) => m.text))).toEqual([
      ['65,000 marchers', '41,000 marchers'],
    ]);
  });
});
