import { describe, expect, it } from 'vitest';
import { words } from '../helpers/figures.js';
import { figuresWith, texts } from '../helpers/passages.js';

// Rules of how mentions become figures (issue 12, the comparison review), one invented sentence
// shape per rule.
describe('one disagreement, one figure', () => {
  it('reports a conflict of an aligned passage and the same referent elsewhere once, as a conflict', () => {
    const figures = figuresWith(
      [
        'The ferry sinking killed 12 people on Monday.\nRain fell all day.\nRescuers said 12 people died.',
        'The ferry sinking killed 20 people on Monday.\nThe port closed.\nTwenty people died, rescuers said.',
      ],
      [[0, 0]],
    );
    const tolls = figures.filter((f) => f.kind === 'count' && f.mentions.some((m) => m.role === 'killed'));
    expect(tolls).toHaveLength(1);
    expect(tolls[0]!.status).toBe('conflict');
    expect(tolls[0]!.mentions).toHaveLength(4);
    // The explanation says what the conflict rests on and what was only compared by referent.
    expect(words(tolls[0]!)).toContain('s0 and s1 conflict in an aligned passage');
    expect(words(tolls[0]!)).toContain('compared because they count or date the same thing');
  });

  it('makes it an update when a sentence of the figure says the running count was raised', () => {
    const figures = figuresWith(
      [
        'The ferry sinking killed 12 people on Monday.\nRain fell all day.',
        'The ferry sinking killed 20 people on Monday.\nThe port closed.',
        'Fog lay.\nOfficials raised the death toll from the sinking to 17.',
      ],
      [[0, 0]],
    );
    const tolls = figures.filter((f) => f.kind === 'count' && f.mentions.some((m) => m.role === 'killed'));
    expect(tolls).toHaveLength(1);
    expect(tolls[0]!.mentions).toHaveLength(3);
    expect(tolls[0]!.status).toBe('update');
    expect(words(tolls[0]!)).not.toContain('conflict in an aligned passage');
  });

  it('puts a count that does not say what it counts with the figure where its sources give that value', () => {
    const figures = figuresWith(
      [
        'The floods killed 18,000 people in the city.\nOver 18,000 were killed in the city, aid groups said.',
        'The floods killed 9,400 people in the city.\nSnow fell.',
        'Fog lay.\nAbout 18,000 were killed in the city, aid groups said.',
      ],
      [
        [0, 0, 0],
        [1, 1, 1],
      ],
    );
    const killed = figures.filter((f) => f.mentions.some((m) => m.role === 'killed'));
    expect(killed.map(texts)).toEqual([
      ['s0:18,000 people', 's0:Over 18,000', 's1:9,400 people', 's2:About 18,000'],
    ]);
    expect(killed[0]!.status).toBe('conflict');
  });
  it('puts a count that does not say what happened with the figure where its source gives that value', () => {
    const figures = figuresWith(
      [
        'Twelve fishermen in the storm off the cape.\nThe storm killed 12 fishermen, officials said.',
        'Fourteen fishermen in the storm off the cape.\nThe storm killed 14 fishermen on Monday.',
      ],
      [],
    );
    const fishermen = figures.filter((f) => f.mentions.some((m) => m.subjectClass?.startsWith('fisher')));
    expect(fishermen.map(texts)).toEqual([
      ['s0:Twelve fishermen', 's0:12 fishermen', 's1:Fourteen fishermen', 's1:14 fishermen'],
    ]);
  });
});

describe('counts of one referent across passages, of several magnitudes', () => {
  it('join the figure nearest their magnitude, not the first one in reach', () => {
    const figures = figuresWith(
      [
        'In Dren, 600 people were injured on Monday, the ministry said.\nFog lay.\nThe deputy premier put the injured at more than 2,700 people.',
        'In Dren, 640 people were injured on Monday, state media said.\nSnow fell.\nThe premier said 6,130 people were injured.',
        'Rain fell.\nThe premier said at least 6,140 people were injured.',
      ],
      [
        [0, 0, 0],
        [1, 2, 1],
      ],
    );
    const injured = figures.filter((f) => f.kind === 'count' && f.mentions.some((m) => m.role === 'injured'));
    const home = injured.find((f) => f.mentions.some((m) => m.text.includes('2,700')))!;
    expect(texts(home)).toEqual(['s0:more than 2,700 people', 's1:6,130 people', 's2:at least 6,140 people']);
  });
});

describe('one value of one referent from one source', () => {
  it('joins the figure where the same source gives that value of the thing its words name', () => {
    const figures = figuresWith(
      [
        'Two Chilean nationals were on the flight.\nAmong those on board were two Chileans and four crew.',
        'It rained.\nAmong those on board were two Chileans and four crew.',
      ],
      [[1, 1]],
    );
    expect(figures.filter((f) => f.status === 'single-source')).toEqual([]);
    const chileans = figures.find((f) => f.subject === 'chilean')!;
    expect(texts(chileans)).toEqual(['s0:Two Chilean nationals', 's0:two Chileans', 's1:two Chileans']);
  });
  it('puts a bare count with the figure where its own source names that value', () => {
    const figures = figuresWith(
      [
        'The crush at the gate left 30 dead, police said.\nOf the 30, most were women.',
        'It rained.\nThe crush at the gate killed 12 people.',
      ],
      [],
    );
    expect(figures.filter((f) => f.status === 'single-source')).toEqual([]);
  });
  it('joins a measure its source repeats to the one figure where it gave that measure', () => {
    const figures = figuresWith(
      [
        'Lorries plunge 200ft as viaduct fails.\nSnow fell.\nDozens of cars plummeted 200ft in the storm.',
        'Lorries dropped 200 feet, engineers said.\nIt rained.\nFog lay.',
        'Lorries dropped 80 feet, engineers said.\nHail fell.\nWind rose.',
      ],
      [[0, 0, 0]],
    );
    const drop = figures.filter((f) => f.kind === 'measure');
    expect(drop.map(texts)).toEqual([['s0:200ft', 's0:200ft', 's1:200 feet', 's2:80 feet']]);
  });
  it('keeps the same value of another thing of the same source apart', () => {
    const figures = figuresWith(
      [
        'Three children were on the flight.\nAmong those on board were three infants and four crew.',
        'It rained.\nAmong those on board were three infants and four crew.',
      ],
      [[1, 1]],
    );
    expect(figures.filter((f) => f.status === 'single-source').map(texts)).toEqual([['s0:Three children']]);
  });
});

describe('figures joined by their value across passages', () => {
  it('say that they rest on the value', () => {
    const figures = figuresWith(
      ['Snow fell.\nThe drills involve 21,000 tanks.', 'It rained.\nThe drills involve about 21,000 tanks.'],
      [],
    );
    const tanks = figures.find((f) => f.kind === 'count')!;
    expect(tanks).toMatchObject({ status: 'agreement', basis: 'value' });
    expect(words(tanks)).toContain('not in aligned passages');
  });
  it('join a date written without weekday or year to the same month and day with a weekday', () => {
    // No reference date: neither date has a year, and only one names its weekday.
    const figures = figuresWith(
      [
        'Snow fell.\nThe envoy said the ferry sank on the 14th of March.',
        'The ferry sank on Tuesday, March 14, the coastguard said.\nIt rained.',
      ],
      [],
    );
    const dates = figures.filter((f) => f.kind === 'date');
    expect(dates.map((f) => [f.status, f.mentions.length])).toEqual([['agreement', 2]]);
  });
  it('keep the basis of the passage where several sources gave the figure', () => {
    const figures = figuresWith(
      [
        'The drills involve 21,000 tanks.\nSnow fell.',
        'The drills involve 21,000 tanks.\nIt rained.',
        'Fog lay.\nThe drills involve about 21,000 tanks.',
      ],
      [[0, 0]],
    );
    expect(figures.find((f) => f.kind === 'count')).toMatchObject({ status: 'agreement', basis: 'passage' });
  });
  it('join "people" and a class of people of one distinctive value and role', () => {
    const figures = figuresWith(
      [
        'A minibus carrying about 23 people overturned on the coast road.\nIt rained.',
        'Fog lay.\nThe minibus had at least 23 soldiers aboard, an army spokesman said.',
      ],
      [],
    );
    const aboard = figures.filter((f) => f.kind === 'count');
    expect(aboard.map((f) => [f.status, f.mentions.length])).toEqual([['agreement', 2]]);
    expect(aboard[0]!.basis).toBe('value');
  });
  it('join a count whose words name the counted thing of the other, in one role', () => {
    const figures = figuresWith(
      [
        'Dozens of coastguard officers were killed in the storm.\nIt rained.',
        'Fog lay.\nDozens of coastguards were killed when the cutter sank, officials said.',
      ],
      [],
    );
    const killed = figures.filter((f) => f.kind === 'count');
    expect(killed.map((f) => [f.status, f.mentions.length])).toEqual([['agreement', 2]]);
    const small = figuresWith(
      [
        'Two coastguard dogs were killed in the storm.\nIt rained.',
        'Fog lay.\nTwo coastguards were killed when the cutter sank, officials said.',
      ],
      [],
    );
    expect(small.filter((f) => f.status === 'single-source')).toHaveLength(2);
  });
  it('keep apart people of one class and another, and people in different roles', () => {
    const classes = figuresWith(
      [
        'A minibus carrying 23 civilians overturned on the coast road.\nIt rained.',
        'Fog lay.\nThe minibus had 23 soldiers aboard, an army spokesman said.',
      ],
      [],
    );
    expect(classes.filter((f) => f.status === 'single-source')).toHaveLength(2);
    const roles = figuresWith(
      [
        'The blast on the coast road injured 23 people.\nIt rained.',
        'Fog lay.\nThe blast on the coast road killed 23 soldiers.',
      ],
      [],
    );
    expect(roles.filter((f) => f.status === 'single-source')).toHaveLength(2);
    const round = figuresWith(
      [
        'A minibus carrying 20 people overturned on the coast road.\nIt rained.',
        'Fog lay.\nThe minibus had 20 soldiers aboard, an army spokesman said.',
      ],
      [],
    );
    expect(round.filter((f) => f.status === 'single-source')).toHaveLength(2);
  });
});

describe('a day of the month and a dated weekday, no year stated', () => {
  it('join "on the 24th" and "on Sunday, March 24th" across passages', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nThe raid on the village came on the 24th, officials said.',
        'It rained.\nGunmen raided the village on Sunday, March 24th.',
      ],
      [],
    );
    const day = figures.filter((f) => f.kind === 'date');
    expect(day.map((f) => [f.status, f.mentions.length])).toEqual([['agreement', 2]]);
  });
});

describe('a unit of time ago and a window of that unit up to now', () => {
  it('join "a week ago" and "over the past week" across passages', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nTanks massed near the river over the past week, officials said.',
        'It rained.\nThe tanks massed near the river a week ago.',
      ],
      [],
    );
    const when = figures.filter((f) => f.kind === 'relative-time');
    expect(when.map((f) => [f.status, f.mentions.length])).toEqual([['agreement', 2]]);
  });
  it('keep "a week ago" apart from a window of a month', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nTanks massed near the river over the past month, officials said.',
        'It rained.\nThe tanks massed near the river a week ago.',
      ],
      [],
    );
    expect(figures.filter((f) => f.kind === 'relative-time').every((f) => f.mentions.length === 1)).toBe(
      true,
    );
  });
});

describe('long spans of time and years restated in another kind', () => {
  const spanFigures = (first: string, second: string) =>
    figuresWith([`Snow fell.\n${first}`, `${second}\nIt rained.`], []).filter((f) =>
      f.mentions.some((m) => m.kind !== 'date' || m.value.month === undefined),
    );
  it('join a span of years and the same span ago, in any unit', () => {
    const figures = spanFigures(
      'Herders have fought over the valley for 40 years.',
      'The feud over the valley began four decades ago.',
    );
    expect(figures.map((f) => [f.status, f.basis, f.mentions.length])).toEqual([['agreement', 'value', 2]]);
  });
  it('join the length of a state held "for" a time to the length of the same thing', () => {
    // "in conflict for decades" / "its 30-year conflict"; "in prison for 12 years" / "a 12-year prison term".
    const war = spanFigures(
      'The island was in conflict for decades with rebels in the hills.',
      'The attack was the worst since its 30-year conflict ended.',
    );
    expect(war.map((f) => [f.status, f.mentions.map((m) => m.text)])).toEqual([
      ['agreement', ['decades', '30-year']],
    ]);
    // A length of another thing stays apart.
    const other = spanFigures(
      'The island was in conflict for decades with rebels in the hills.',
      'The attack was the worst since its 30-year drought ended.',
    );
    expect(other.every((f) => f.mentions.length === 1)).toBe(true);
  });
  it('join a year and the span ago that puts it, when the present is known', () => {
    const figures = spanFigures(
      'Elders said on March 3, 2025 that the feud over the valley began four decades ago.',
      'Since 1985, the clans have clashed over water in the valley.',
    );
    expect(figures.map((f) => [f.status, f.mentions.map((m) => m.text)])).toEqual([
      ['agreement', ['four decades ago', '1985']],
    ]);
  });
  it("join a source's own year to the figure where it gives the span ago with another source", () => {
    const figures = spanFigures(
      'Elders said on March 3, 2025 that herders have fought over the valley for 40 years.',
      'The feud over the valley began four decades ago.\nFog lay.\nSince 1985, the clans have clashed over water.',
    );
    expect(figures.map((f) => [f.status, f.mentions.map((m) => m.text)])).toEqual([
      ['agreement', ['40 years', 'four decades ago', '1985']],
    ]);
  });
  it('keep apart a year the span does not put, and short spans of the story', () => {
    const other = spanFigures(
      'Elders said on March 3, 2025 that the feud over the valley began four decades ago.',
      'Since 1991, the clans have clashed over water in the valley.',
    );
    expect(other.map((f) => f.status)).toEqual(['single-source', 'single-source']);
    const short = spanFigures('The minister arrived two days ago.', 'She began a two-day visit to the port.');
    expect(short.map((f) => f.status)).toEqual(['single-source', 'single-source']);
  });
});

describe('a measure converted into another unit under a bound', () => {
  const measures = (first: string, second: string) =>
    figuresWith([`Snow fell.\n${first}`, `${second}\nIt rained.`], []).filter((f) => f.kind === 'measure');
  it('restates the measure across passages when the words around them match', () => {
    const figures = measures(
      'The storm sent waves more than 30 feet high onto the harbour wall.',
      'Waves ten metres high struck the harbour, the coastguard said.',
    );
    expect(figures.map((f) => [f.status, f.basis, f.mentions.length])).toEqual([['agreement', 'value', 2]]);
  });
  it('keeps apart a measure outside the bound, or one of something else', () => {
    const outside = measures(
      'The storm sent waves more than 30 feet high onto the harbour wall.',
      'Waves 12 metres high struck the harbour, the coastguard said.',
    );
    expect(outside.map((f) => f.status)).toEqual(['single-source', 'single-source']);
    const other = measures(
      'The storm sent waves more than 30 feet high onto the harbour wall.',
      'The ferry, a ten metres long hull, stayed in port.',
    );
    expect(other.map((f) => f.status)).toEqual(['single-source', 'single-source']);
  });
});

describe('people named by their work', () => {
  it('join the same number of people, rounded under a hedge ("nearly 300 miners" / "291 people")', () => {
    const figures = figuresWith(
      [
        'The shaft flooded while 291 people were underground.\nIt rained.',
        'The shaft flooded while 291 people were underground, the governor said.\nIt rained.',
        'Snow fell.\nNearly 300 miners were underground when the shaft flooded.',
      ],
      [[0, 0]],
    ).filter((f) => f.kind === 'count');
    expect(figures.map((f) => [f.status, f.mentions.length])).toEqual([['agreement', 3]]);
  });
  it('keep a round number of other people apart when nothing around the two numbers matches', () => {
    // "About 300" rounds 291, but a round number is stated often by chance: the rescuers at the
    // site are not the people underground.
    for (const agreed of [true, false]) {
      const figures = figuresWith(
        [
          'The shaft flooded while 291 people were underground.\nIt rained.',
          ...(agreed
            ? ['The shaft flooded while 291 people were underground, the governor said.\nIt rained.']
            : []),
          'Snow fell.\nAbout 300 rescuers worked at the site through the night.',
        ],
        agreed ? [[0, 0]] : [],
      ).filter((f) => f.kind === 'count');
      expect(figures.map((f) => f.mentions.map((m) => m.text))).toEqual(
        agreed
          ? [['291 people', '291 people'], ['About 300 rescuers']]
          : [['291 people'], ['About 300 rescuers']],
      );
    }
  });
});

describe('a figure restated in brackets in another currency', () => {
  it("joins the same sum another source gives in the bracket's currency, across passages", () => {
    const figures = figuresWith(
      [
        'Snow fell.\nThe port deal is worth US$3 billion (S$4.1 billion), officials said.',
        'The port deal, worth S$4.1 billion, was signed on Monday.\nIt rained.',
      ],
      [],
    ).filter((f) => f.kind === 'money');
    expect(figures.map((f) => [f.status, f.basis, f.mentions.length])).toEqual([['agreement', 'value', 2]]);
  });
});

describe('a sum without a currency', () => {
  it('restates the same sum in a currency across passages', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nThe council announced 50,000 compensation to each family.',
        'Each family will get Rs 50,000, the council said.\nIt rained.',
      ],
      [],
    );
    const money = figures.filter((f) => f.kind === 'money');
    expect(money.map((f) => [f.status, f.mentions.length])).toEqual([['agreement', 2]]);
  });
});

describe('clock times across passages', () => {
  const times = (first: string, second: string) =>
    figuresWith([`Snow fell.\n${first}`, `${second}\nIt rained.`], []).filter((f) => f.kind === 'time');
  it('join when one holds the other under its hedge and the words around them match', () => {
    const figures = times(
      'The bomb went off just after 4pm on the ring road.',
      'The bomb exploded at about 4:15 p.m., police said.',
    );
    expect(figures.map((f) => [f.status, f.basis, f.mentions.length])).toEqual([['agreement', 'value', 2]]);
  });
  it('stay apart when nothing around them matches', () => {
    const figures = times(
      'The bomb went off just after 4pm on the ring road.',
      'The minister spoke to reporters at about 4:15 p.m. in the capital.',
    );
    expect(figures.map((f) => f.status)).toEqual(['single-source', 'single-source']);
  });
});

describe('a number that says nothing of what it counts', () => {
  it('does not join a figure of another passage by its value alone', () => {
    const figures = figuresWith(
      [
        'Heavy rain fell on Monday.\nIn 2019, a flood on the same river killed 29 villagers.',
        'Officials said 17 patients were sent home, rest 29 were still being treated at the clinic.\nThe river rose.',
      ],
      [],
    );
    const joined = figures.filter((f) => f.mentions.some((m) => m.value.min === 29));
    expect(joined.map((f) => [f.status, f.mentions.length])).toEqual([
      ['single-source', 1],
      ['single-source', 1],
    ]);
  });
  it('nor a figure of the same value that names no role', () => {
    const figures = figuresWith(
      [
        'Heavy rain fell on Monday.\nIn 2019, 29 people lost their farms in floods on the same river.',
        'Officials said 17 patients were sent home, rest 29 were still being treated at the clinic.\nThe river rose.',
      ],
      [],
    );
    expect(figures.filter((f) => f.mentions.some((m) => m.value.min === 29 && m.source === 1))).toMatchObject(
      [{ status: 'single-source' }],
    );
  });
  it('joins where its own source names the value, or where the words around it match', () => {
    const own = figuresWith(
      [
        'The plane carried 47 people, officials said.\nIt was foggy.',
        'Snow fell.\nThe plane carried 47 people.\nOf the 47, most were tourists.',
      ],
      [],
    );
    expect(own.filter((f) => f.status === 'single-source')).toEqual([]);
  });
});

describe('days that nothing checks against each other', () => {
  it('does not call a weekday and a date without a year one agreement', () => {
    const figures = figuresWith(
      ['The talks in the capital end on Thursday.', 'The talks in the capital end on September 23.'],
      [[0, 0]],
    );
    const dates = figures.filter((f) => f.kind === 'date');
    expect(dates.map((f) => [f.status, f.mentions.length])).toEqual([
      ['single-source', 1],
      ['single-source', 1],
    ]);
  });
  it('still checks a weekday against a date whose year is known', () => {
    const figures = figuresWith(
      [
        'The talks in the capital ended on Thursday.',
        'The talks in the capital ended on September 23, 2021.',
      ],
      [[0, 0]],
    );
    expect(figures.filter((f) => f.kind === 'date').map((f) => f.status)).toEqual(['agreement']);
  });
  it('does not call late one day and early the next a conflict of days', () => {
    const figures = figuresWith(
      [
        'The result of the vote was announced late Tuesday in the capital.',
        'The result of the vote was announced early Wednesday in the capital.',
      ],
      [[0, 0]],
    );
    const day = figures.find((f) => f.kind === 'date')!;
    expect(day.mentions).toHaveLength(2);
    expect(day.status).toBe('differs');
    expect(words(day)).toContain('around midnight');
  });
  it('keeps a plain Tuesday against a Wednesday a conflict', () => {
    const figures = figuresWith(
      [
        'The result of the vote was announced on Tuesday in the capital.',
        'The result of the vote was announced on Wednesday in the capital.',
      ],
      [[0, 0]],
    );
    expect(figures.find((f) => f.kind === 'date')!.status).toBe('conflict');
  });
});

describe('labels are plain words', () => {
  it('names the counted thing the mentions name themselves, not a country read nearby', () => {
    const figures = figuresWith(
      [
        'Among those on board were six from Portugal and two from Chile.',
        'Among those on board were six Portuguese and two Chileans.',
      ],
      [[0, 0]],
    );
    const two = figures.find((f) => f.mentions.some((m) => m.value.min === 2 && m.source === 1))!;
    expect(two.mentions).toHaveLength(2);
    expect(two.subject).toBe('chilean');
  });
  it('does not repeat the counted thing as the group it is part of', () => {
    const figures = figuresWith(['Five of the deceased were teenagers, police said.', 'It rained.'], []);
    const four = figures.find((f) => f.mentions.some((m) => m.value.min === 5))!;
    expect(four.subject).not.toMatch(/part of/);
  });
  it('drops punctuation around the counted thing', () => {
    const figures = figuresWith(
      [
        'The winner took more than a quarter of the votes in two-thirds of Lornland’s 18 provinces.',
        'It rained.',
      ],
      [],
    );
    expect(figures.map((f) => f.subject)).toContain('share (lornland)');
  });
  it('names bodies as the counted thing in "bodies of 22 passengers"', () => {
    const figures = figuresWith(
      ['Police said the bodies of 22 passengers have been recovered from the lake.', 'It rained.'],
      [],
    );
    const bodies = figures.find((f) => f.mentions.some((m) => m.value.min === 22))!;
    expect(bodies.subject).toBe('bodies of passengers recovered');
  });
});

describe('explanations say why', () => {
  it('says that a conflict comes from the bounds the sources put on their figures', () => {
    const figures = figuresWith(
      [
        'At least 14 people were killed in the bus crash.',
        'At least 23 people were killed in the bus crash.',
      ],
      [[0, 0]],
    );
    const toll = figures.find((f) => f.kind === 'count')!;
    expect(toll.status).toBe('conflict');
    expect(words(toll)).toBe(
      's0 says At least 14 people; s1 says At least 23 people (bounds as news uses them: "at least 14" is 14 or a little more, so the figures do not overlap)',
    );
  });
  it('says that figures far apart may count different things', () => {
    const figures = figuresWith(
      [
        'The new cap leaves 18,000 troops in the country.',
        'The new cap leaves up to 41,000 troops in the country.',
      ],
      [[0, 0]],
    );
    const troops = figures.find((f) => f.kind === 'count')!;
    expect(troops.status).toBe('differs');
    expect(words(troops)).toContain('far apart');
    expect(words(troops)).not.toContain('rounding could reconcile');
  });
});

describe('a thing with no role', () => {
  it('is compared across passages when its other figure is another count the same source gives', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nThe plane carried 12 foreign nationals, the airline said.',
        'Among those on board were 17 foreigners.\nLast year, a plane carrying six foreign nationals crashed in the hills.',
        'There were 17 foreign nationals on board.\nIt rained.',
      ],
      [[0, 0, 0]],
    );
    const foreign = figures.find((f) => f.mentions.some((m) => m.value.min === 12))!;
    expect(texts(foreign)).toEqual([
      's0:12 foreign nationals',
      's1:17 foreigners',
      's2:17 foreign nationals',
    ]);
    expect(foreign).toMatchObject({ status: 'conflict', basis: 'referent' });
    expect(figures.find((f) => f.mentions.some((m) => m.value.min === 6))!.status).toBe('single-source');
  });
  it('does not take an increment ("one other explosion") for a figure of the whole', () => {
    const figures = figuresWith(
      [
        'The group claimed two explosions at the depot on Monday.',
        'The group claimed two explosions at the depot on Monday.\nSeveral explosions were heard in the city.',
        'Snow fell.\nThere was at least one other explosion near the bridge.',
      ],
      [[0, 0]],
    );
    expect(figures.find((f) => f.mentions.some((m) => m.text.includes('other')))!.status).toBe(
      'single-source',
    );
  });
  it('is not compared when three sources give three figures of it', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nThe party won 310 seats.',
        'It rained.\nThe party won 240 seats.',
        'Fog lay.\nThe party won 180 seats.',
      ],
      [],
    );
    expect(figures.filter((f) => f.kind === 'count').map((f) => f.status)).toEqual([
      'single-source',
      'single-source',
      'single-source',
    ]);
  });
});

describe('vague amounts across passages', () => {
  it('join a vague amount ago and a figure it holds, when the words around them match', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nThe garrison is half the size it was two or three weeks ago.',
        'The garrison is far smaller than it was a few weeks ago.\nIt rained.',
      ],
      [],
    ).filter((f) => f.kind === 'relative-time');
    expect(figures.map((f) => [f.status, f.basis, f.mentions.length])).toEqual([['agreement', 'value', 2]]);
  });
  it('keep a vague amount ago apart from a figure when nothing around them matches', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nThe garrison is half the size it was two or three weeks ago.',
        'The minister visited the region a few weeks ago.\nIt rained.',
      ],
      [],
    ).filter((f) => f.kind === 'relative-time');
    expect(figures.map((f) => f.status)).toEqual(['single-source', 'single-source']);
  });
  it('keep them apart when only words of attribution match ("officials said")', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nThe garrison was reinforced two or three weeks ago, officials said.',
        'The minister visited the region a few weeks ago, officials said.\nIt rained.',
      ],
      [],
    ).filter((f) => f.kind === 'relative-time');
    expect(figures.map((f) => f.status)).toEqual(['single-source', 'single-source']);
  });
  it('join "dozens of gunmen" and "a commando of several dozen armed men": men of a commando are attackers', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nDozens of gunmen stormed the depot before dawn.',
        'A commando of several dozen armed men stormed the depot.\nIt rained.',
      ],
      [],
    ).filter((f) => f.kind === 'count');
    expect(figures.map((f) => [f.status, f.mentions.length])).toEqual([['agreement', 2]]);
  });
  it('keep dozens of gunmen apart from dozens of police officers', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nDozens of gunmen stormed the depot before dawn.',
        'Several dozen police officers stormed the depot.\nIt rained.',
      ],
      [],
    ).filter((f) => f.kind === 'count');
    expect(figures.map((f) => f.status)).toEqual(['single-source', 'single-source']);
  });
});
