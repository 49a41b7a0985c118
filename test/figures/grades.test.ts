import { describe, expect, it } from 'vitest';
import { relate } from '../../source/figures/values.js';
import { sameKind } from '../../source/lexicon/quantities.js';
import { mention, words } from '../helpers/figures.js';
import { figuresWith } from '../helpers/passages.js';

// Sentence shapes from real multi-outlet reports (paraphrased), one per rule.
describe('relate: the graded relation of two values', () => {
  it.each([
    ['60 aircraft', 'over 60 aircraft', 'same'],
    ['85,000 soldiers', 'more than 85,000 military personnel', 'same'],
    ['nearly 3,000 troops', '3,000 troops', 'same'],
    ['a distance of 9.8 km', 'a distance of 10 km', 'same'],
    ['700 to 850 men', '700-850 troops', 'same'],
    ['about 550 paratroopers', 'about 590 soldiers', 'differs'],
    ['3,000 additional troops', 'up to 3,500 more troops', 'differs'],
    ['2,400 troops', 'some 2,600 troops', 'differs'],
    ['Dozens of people', 'At least 11 people', 'differs'],
    ['75 dead', '89 dead', 'conflict'],
    ['4,302,117 votes', '4,302,119 votes', 'conflict'],
    ['7 foreign nationals', '12 foreign nationals', 'conflict'],
    ['three or four weeks ago', 'three or four months ago', 'conflict'],
    ['at 9:15 a.m.', 'at 9:18 a.m.', 'differs'],
    // A clock time under a hedge holds a time near it on the hedge's side.
    ['just after 4pm', 'at about 4:15 p.m.', 'same'],
    ['shortly before 9 a.m.', 'at 8:50 a.m.', 'same'],
    ['just after 4pm', 'at 3:50 p.m.', 'differs'],
    ['at about 4:15 p.m.', 'at 4:45 p.m.', 'differs'],
    ['hundreds of tanks', '340 tanks', 'same'],
    // "Scores" is several twenties: up to where "hundreds" begins.
    ['scores of villagers', '150 villagers', 'same'],
    ['scores of villagers', '260 villagers', 'differs'],
    ['mostly civilians', 'the vast majority of them', 'same'],
    ['mostly in the south', 'a third of them', 'differs'],
    // Units of one dimension, converted (a published conversion is rounded).
    ['a crater 10 km wide', 'a crater 6 miles wide', 'same'],
    // A plain figure and a converted one under a bound: the same when the bound holds it once
    // converted and rounded (8 m is 26 feet, given as more than 25); else they differ.
    ['waves eight metres high', 'waves more than 25 feet high', 'same'],
    ['waves 12 metres high', 'waves more than 30 feet high', 'differs'],
    ['a span of 9 metres', 'a span of up to 30 feet', 'differs'],
    ['a queue 10 km long', 'a queue 20 miles long', 'conflict'],
    ['500 hectares burned', '1,200 acres burned', 'same'],
    ['winds of 120 km/h', 'winds of 75 mph', 'same'],
    // A bracketed conversion is the same figure in another unit, and a round figure converted
    // carries the conversion's rounding (300 km is 186 miles: "180" and "190" miles both round it).
    ['stopped 190 miles (300 km) from the port', 'stopped 180 miles from the port', 'same'],
    ['stopped 300km (180 miles) from the port', 'stopped 190 miles (300 km) from the port', 'same'],
    ['stopped 190 miles (300 km) from the port', 'stopped 400 km from the port', 'conflict'],
    ['stopped 190 miles (300 km) from the port', 'stopped 210 miles from the port', 'differs'],
    // Spans of time in other units: unit sizes in days do not divide evenly.
    ['a pause of two weeks', 'a pause of 14 days', 'same'],
    ['the worst flood in 40 years', 'the worst flood in four decades', 'same'],
    ['for two weeks', 'for 15 days', 'conflict'],
    // A window up to now holds a moment inside it counted in the next finer unit.
    ['just last week', 'three days ago', 'same'],
    ['three days ago', 'over the past week', 'same'],
    ['last month', 'yesterday', 'differs'],
    ['last week', 'two weeks ago', 'conflict'],
    // One unit with the article, as a length after a hedge or "for".
    ['for a week', 'for seven days', 'same'],
    ['for a month', 'for 30 days', 'same'],
    // Bounds on opposite sides of one number cannot both hold; the same number stated and bounded agree.
    ['nearly 300 homes were destroyed', 'more than 300 homes were destroyed', 'conflict'],
    // Bounds on opposite sides of two numbers may both hold: between 30,000 and 31,000.
    ['nearly 31,000 homes were destroyed', 'more than 30,000 homes were destroyed', 'same'],
    ['fewer than 100 homes were destroyed', 'at least 98 homes were destroyed', 'same'],
    ['nearly 1,000 homes were destroyed', 'more than 1,010 homes were destroyed', 'conflict'],
    // Spans in one unit are not converted, so no conversion's slack joins opposite bounds.
    ['for nearly a week', 'for more than a week', 'conflict'],
    ['for nearly two months', 'for more than two months', 'conflict'],
    ['for nearly a week', 'for seven days', 'differs'],
    ['over 80 homes were destroyed', '80 homes were destroyed', 'same'],
    // Magnitudes are agencies' estimates: a few tenths apart they differ; farther, they conflict.
    ['a magnitude 7.8 earthquake', 'a magnitude 7.9 earthquake', 'differs'],
    ['a magnitude 6.1 earthquake', 'a magnitude 6.9 earthquake', 'conflict'],
  ])('%s / %s: %s', (a, b, expected) => {
    expect(relate(mention(a), mention(b, 1))).toBe(expected);
  });
});

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

  it('keeps two plain figures of a running count in passages that were not aligned at differs', () => {
    // A toll given at two times is not a contradiction: only an aligned passage makes it one.
    const figures = figuresWith(
      [
        'Storms hit the coast.\nFour people were killed in the floods.',
        'Rescue work went on.\nThe floods killed six people.',
      ],
      [],
    );
    expect(figures.find((f) => f.mentions.length === 2)).toMatchObject({
      status: 'differs',
      basis: 'referent',
    });
  });

  it('does not compare the toll of a day with the toll of a war (orders of magnitude apart)', () => {
    const figures = figuresWith(
      [
        'Clashes erupted at dawn.\nFour people were killed in the clashes.',
        'The war left 17,000 people dead.\nIt ended in 1987.',
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

describe('"only one source says" is true when said', () => {
  it('joins the same value of things of one kind stated in passages that were not aligned', () => {
    const figures = figuresWith(
      [
        'Storms hit.\nThe drills involve 70 planes and helicopters.',
        'Rain fell.\nSome 70 aircraft are involved.',
      ],
      [],
    );
    const aircraft = figures.filter((f) => f.kind === 'count');
    expect(aircraft).toHaveLength(1);
    expect(aircraft[0]).toMatchObject({ status: 'agreement', basis: 'value' });
    expect(words(aircraft[0]!)).toContain('states the same value of the same kind of thing');
  });
  it('joins a distinctive value whose noun one source leaves out ("38 onboard" / "38 people")', () => {
    const figures = figuresWith(
      ['Snow fell.\nThe plane crashed with 38 onboard.', 'It rained.\nThere were 38 people on the plane.'],
      [],
    );
    expect(figures.filter((f) => f.status === 'single-source')).toEqual([]);
  });
  it('keeps small or round numbers of unnamed things, and different known classes, apart', () => {
    const small = figuresWith(['Snow fell.\nFive boats sank.', 'It rained.\nFive people were rescued.'], []);
    expect(small.filter((f) => f.status === 'single-source')).toHaveLength(2);
    const classes = figuresWith(
      ['Snow fell.\nIt sent 25,000 troops.', 'It rained.\nIt housed 25,000 people.'],
      [],
    );
    expect(classes.filter((f) => f.status === 'single-source')).toHaveLength(2);
  });
  it('compares counts of bodies recovered across passages as a running count', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nOfficials said 21 bodies had been recovered from the site so far.',
        'It rained.\nRescue teams have recovered 57 bodies as the search ended for the day.',
      ],
      [],
    );
    const bodies = figures.filter((f) => f.kind === 'count');
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.mentions.map((m) => m.role)).toEqual(['recovered', 'recovered']);
    expect(bodies[0]!.status).not.toBe('single-source');
  });
  it('keeps counted things of two different kinds apart however distinctive the value', () => {
    // Passengers aboard and bodies recovered: the same number, different counts.
    const figures = figuresWith(
      [
        'Snow fell.\nThe bus was carrying 43 passengers and two crew.',
        'It rained.\nRescuers have recovered 43 bodies so far.',
      ],
      [],
    );
    const fortyThree = figures.filter((f) => f.mentions.some((m) => m.value.min === 43));
    expect(fortyThree.map((f) => [f.status, f.mentions.length])).toEqual([
      ['single-source', 1],
      ['single-source', 1],
    ]);
  });
  it('does not set a town\'s count against a region\'s in one passage when no role ties them ("17" / "340 shelters")', () => {
    const shelters = (texts: string[]) =>
      figuresWith(texts, [[1, 1]]).filter((f) => f.kind === 'count' && f.subject.includes('shelter'));
    const far = shelters([
      'Snow fell.\nSeventeen shelters opened in the town of Lorn.',
      'Rain fell.\nAcross the province, 340 shelters opened.',
    ]);
    expect(far.map((f) => f.status)).toEqual(['single-source', 'single-source']);
    // Within a factor of five, the same figure told twice: compared.
    const near = shelters([
      'Snow fell.\nSeventeen shelters opened in the town of Lorn.',
      'Rain fell.\nIn the town of Lorn, 34 shelters opened.',
    ]);
    expect(near.map((f) => f.status)).toEqual(['conflict']);
  });
  it('keeps a thing and the people named after it apart ("30 villages" / "30 villagers")', () => {
    const figures = figuresWith(
      [
        'Snow fell on the hills.\nThe floods cut off 30 villages in the valley.',
        'Rain fell in the city.\nTroops evacuated 30 villagers by boat.',
      ],
      [],
    );
    expect(figures.filter((f) => f.kind === 'count' && f.status === 'single-source')).toHaveLength(2);
  });
  it('joins the same count of those who work a craft ("four crew" / "four flight staff"), not passengers', () => {
    const figures = figuresWith(
      [
        'Snow fell on the hills.\nThe ferry sank with four crew on board.',
        'Rain fell in the city.\nThe four flight staff were among the dead.',
      ],
      [],
    );
    const crew = figures.filter((f) => f.kind === 'count');
    expect(crew).toHaveLength(1);
    expect(crew[0]!.status).toBe('agreement');
    expect(sameKind('crew member', 'staff')).toBe(true);
    expect(sameKind('crew', 'passenger')).toBe(false);
  });
  it('joins spellings of one demonym ("five Vessari nationals" / "five Vessarese nationals")', () => {
    expect(sameKind('vessari', 'vessarese')).toBe(true);
    expect(sameKind('halvar', 'halvan')).toBe(true);
    expect(sameKind('india', 'indian')).toBe(true);
    expect(sameKind('russia', 'russian')).toBe(true);
    expect(sameKind('village', 'villager')).toBe(false);
    expect(sameKind('officer', 'official')).toBe(false);
  });
  it('adds a restatement to a figure that already shows the same two values, never a new contradiction', () => {
    const figures = figuresWith(
      [
        'The attack killed 9 service members.\nIt rained.',
        'The attack killed 8 service members.\nIt rained.',
        'Snow fell.\nOfficials counted 8 service members among the dead.',
      ],
      [[0, 0]],
    );
    const dead = figures.filter((f) => f.kind === 'count' && f.mentions.length > 1);
    expect(dead).toHaveLength(1);
    expect(dead[0]!.status).toBe('conflict');
    expect(dead[0]!.mentions.map((m) => m.value.min)).toEqual([9, 8, 8]);
  });
  it('keeps a vague amount apart from a figure of the same thing in another role or group', () => {
    const figures = figuresWith(
      [
        'A standoff followed with a gang of several dozen men in a warehouse.\nA brawl left more than 20 guards injured.',
        'Snow fell.\nThe brawl left more than 20 guards injured.',
      ],
      [[1, 1]],
    );
    const vague = figures.find((f) => f.mentions.some((m) => m.text === 'several dozen men'))!;
    expect(vague.status).toBe('single-source');
    expect(figures.find((f) => f.mentions.length === 2)?.mentions.map((m) => m.text)).toEqual([
      'more than 20 guards',
      'more than 20 guards',
    ]);
  });
  it('compares a running count across passages when the mentions without a noun have its role', () => {
    const figures = figuresWith(
      [
        'Officials said 11 service members were wounded.\nStorms hit.',
        'Another 11 were wounded.\nBy evening 14 service members had been wounded so far.',
      ],
      [[0, 0]],
    );
    const wounded = figures.find((f) => f.mentions.length === 3)!;
    expect(wounded.status).toBe('update');
  });
});

describe('shares of a count', () => {
  it('reports "mostly" against "a third" of the same count at least as differs', () => {
    const figures = figuresWith(
      [
        'A community of around 85,000 people, mostly in the south, lives there.',
        'Around 85,000 Vessians live in Norland, a third of them in the south.',
      ],
      [[0, 0]],
    );
    const share = figures.find((f) => f.kind === 'proportion')!;
    expect(share.status).toBe('differs');
    expect(share.subject).toBe('share of 85,000');
  });
  it('joins shares of one count across passages whatever noun follows them', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nIts 2.6 million inhabitants, mostly of Vessian origin, include Norlanders.',
        'It rained.\nThe population of 2.6 million, the vast majority of them Vessians, voted.',
      ],
      [],
    );
    expect(figures.find((f) => f.kind === 'proportion')).toMatchObject({
      status: 'agreement',
      basis: 'value',
    });
  });
});

describe('comparisons across passages that rest on the counted thing or the value', () => {
  it('calls the only two figures of a thing with no role, both firm, a conflict, saying what it rests on', () => {
    const figures = figuresWith(
      ['Snow fell.\nTwo infants were among the passengers.', 'It rained.\nThe plane carried three infants.'],
      [],
    );
    const infants = figures.find((f) => f.mentions.length === 2)!;
    expect(infants).toMatchObject({ status: 'conflict', basis: 'referent' });
    expect(words(infants)).toContain('not in aligned passages');
  });
  it('calls two firm figures of a thing a conflict whichever source is read first, a bound beside them', () => {
    // The bound conflicts with both, but is not firm; the two plain counts cannot both hold.
    const bound = 'Snow fell.\nMore than 4,000 troops were deployed to the border.';
    const fewer = 'It rained.\nThe army deployed 3,000 troops to the border.';
    const more = 'Wind blew.\nThe army deployed 3,500 troops to the border.';
    for (const texts of [
      [bound, fewer, more],
      [fewer, bound, more],
      [fewer, more, bound],
    ]) {
      const troops = figuresWith(texts, []).find((f) => f.mentions.length === 3);
      expect(troops).toMatchObject({ status: 'conflict', basis: 'referent' });
    }
  });
  it('compares an increment with another figure of the thing at most as differs', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nThe navy is sending 1,400 additional sailors.',
        'It rained.\nThe navy has deployed 2,100 sailors.',
      ],
      [],
    );
    expect(figures.find((f) => f.mentions.length === 2)?.status ?? 'apart').not.toBe('conflict');
  });
  it('compares them at most as differs when one of them is hedged', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nTwo toddlers were among the passengers.',
        'It rained.\nThe plane carried some four toddlers.',
      ],
      [],
    );
    expect(figures.find((f) => f.mentions.length === 2)).toMatchObject({
      status: 'differs',
      basis: 'referent',
    });
  });
  it('calls a hedged figure a conflict when even twice its hedge cannot reach the other figure', () => {
    // "Nearly 150 kg" is 135 kg up to 150 kg, read twice as loosely 120-150 kg: 400 kg is not in
    // reach, so only a mistake reconciles them. ("Some four" / "two" above: twice the hedge of
    // "some four" reaches two, so they stay at differs.)
    const figures = figuresWith(
      [
        'Snow fell in Lorn.\nThe truck that hit Dren carried 400 kg of explosives.',
        'It rained in Vell.\nThe truck was loaded with nearly 150 kg explosives on the Norland road.',
      ],
      [],
    );
    expect(figures.find((f) => f.kind === 'measure')).toMatchObject({
      status: 'conflict',
      basis: 'referent',
    });
  });
  it('keeps a hedged figure near the other at differs across passages', () => {
    const figures = figuresWith(
      [
        'Snow fell in Lorn.\nThe truck that hit Dren carried 400 kg of explosives.',
        'It rained in Vell.\nThe truck was loaded with about 350 kg explosives on the Norland road.',
      ],
      [],
    );
    expect(figures.find((f) => f.kind === 'measure')).toMatchObject({ status: 'differs', basis: 'referent' });
  });
  it('does not compare figures of a thing with no role when the event gives more than two', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nOne candidate won 5,321,408 votes.',
        'It rained.\nAnother won 4,176,093 votes.',
        'It hailed.\nA third won 1,208,355 votes.',
      ],
      [],
    );
    expect(figures.every((f) => f.mentions.length === 1)).toBe(true);
  });
  it('calls precise figures within 0.1% of each other one figure reported differently: a conflict', () => {
    const figures = figuresWith(
      ['Snow fell.\nHe got 7,204,815 votes.', 'It rained.\nNP: 7,204,812 votes.'],
      [],
    );
    const votes = figures.find((f) => f.mentions.length === 2)!;
    expect(votes).toMatchObject({ status: 'conflict', basis: 'value' });
    expect(words(votes)).toContain('precise figures this close are one figure reported differently');
  });
});

describe('different bodies give different estimates', () => {
  it('calls police and organisers counts of one march differs, naming who gives which', () => {
    const figures = figuresWith(
      [
        'Police said 1.6 million people marched across the country.',
        'Some 3.4 million people marched, according to the unions.',
      ],
      [[0, 0]],
    );
    const crowd = figures.find((f) => f.mentions.length === 2)!;
    expect(crowd.status).toBe('differs');
    expect(crowd.reasons.rule).toBe('estimates');
    expect(crowd.reasons.readings.map((r) => r.attributions)).toEqual([['police'], ['union']]);
    expect(words(crowd)).toBe(
      's0 says 1.6 million people (police); s1 says Some 3.4 million people (union) (different bodies give their own estimates)',
    );
  });
  it('takes an official or a source of a body for that body: a conflict, not two estimates', () => {
    const figures = figuresWith(
      ['A police official said 1.6 million people marched.', 'Some 3.4 million people marched, police said.'],
      [[0, 0]],
    );
    expect(figures.find((f) => f.mentions.length === 2)!.status).toBe('conflict');
  });
  it("sets one body's speaker's two counts of a running toll apart as a conflict, across passages", () => {
    // One spokesman's 60 and another report of the same spokesman's 52: no later report explains it.
    const figures = figuresWith(
      [
        'Rain fell.\nA coastguard spokesperson cited 9 people killed and 60 wounded in the blast.',
        'Fog rose.\nLena Ortiz, a spokesman for the coastguard, told reporters that 52 people were wounded in the blast.',
      ],
      [],
    );
    const wounded = figures.find((f) => f.mentions.some((m) => m.text.startsWith('52')))!;
    expect(wounded.status).toBe('conflict');
  });
  it("keeps two bodies' or unattributed counts of a running toll across passages at differs", () => {
    const figures = figuresWith(
      [
        'Rain fell.\nA coastguard spokesperson cited 9 people killed and 60 wounded in the blast.',
        'Fog rose.\nDoctors said that 52 people were wounded in the blast.',
      ],
      [],
    );
    const wounded = figures.find((f) => f.mentions.some((m) => m.text.startsWith('52')))!;
    expect(wounded.status).not.toBe('conflict');
  });
  it('keeps a conflict when one side names no body', () => {
    const figures = figuresWith(
      ['Police said 1.6 million people marched.', 'Some 3.4 million people marched.'],
      [[0, 0]],
    );
    expect(figures.find((f) => f.mentions.length === 2)!.status).toBe('conflict');
  });
});

describe('troops sent and troops taking part', () => {
  it('are compared across passages as one referent, at most as differs', () => {
    const figures = figuresWith(
      [
        'Storms hit.\nAustria is sending 2,600 troops to the exercise.',
        'Rain fell.\nSome 2,900 Austrian troops will take part in the games.',
      ],
      [],
    );
    expect(figures.find((f) => f.mentions.length === 2)).toMatchObject({
      status: 'differs',
      basis: 'referent',
    });
  });
  it('compares a contingent with a contingent, not with the whole exercise of another magnitude', () => {
    const figures = figuresWith(
      [
        'Storms hit.\nChile is mobilizing 240,000 troops.\nAustria is sending 2,600 troops to the exercise.',
        'Rain fell.\nSome 2,900 Austrian troops will take part in the games.',
      ],
      [],
    );
    const compared = figures.filter((f) => f.mentions.length > 1);
    expect(compared.map((f) => f.mentions.map((m) => m.value.min))).toEqual([[2600, 2900]]);
  });
});

describe('the day of a sudden event', () => {
  it('calls the days two reports give one event in passages that were not aligned a conflict', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nAt least 30 fans died in a stampede at the stadium gate on Saturday.',
        'It rained.\nThe stampede happened on Friday, police said.',
      ],
      [],
    );
    const day = figures.find((f) => f.kind === 'date')!;
    expect(day).toMatchObject({ status: 'conflict', basis: 'referent' });
    expect(words(day)).toContain('count or date the same thing');
  });
  it('keeps the days of an event that lasts days (a flood, a fire) at differs across passages', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nThe fire hit the town on Monday.',
        'It rained.\nThe fire destroyed 300 homes on Wednesday, officials said.',
      ],
      [],
    );
    expect(figures.find((f) => f.kind === 'date')).toMatchObject({ status: 'differs', basis: 'referent' });
  });
  it('does not take the day of a statement, an end, or another clause as the event day', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nIt was the first crash since the bridge opened on Sunday.',
        'It rained.\nThe crash happened on Monday.',
        'Hail fell.\nOfficials said on Friday the blast had killed 12.',
      ],
      [],
    );
    expect(figures.filter((f) => f.kind === 'date').every((f) => f.mentions.length === 1)).toBe(true);
  });
  it('does not set the day of what came after an event against the day of the event itself', () => {
    // "searched Thursday ... after a fire" dates the search, which the fire came before.
    const figures = figuresWith(
      [
        'Crews searched Thursday for 40 workers missing after a fire at the depot.',
        'Some 40 workers were missing after a fire Wednesday at the depot, officials said.',
      ],
      [[0, 0]],
    );
    expect(figures.filter((f) => f.status === 'conflict' || f.status === 'differs')).toEqual([]);
    // The event's own day still conflicts when two reports give it differently.
    const days = figuresWith(
      ['On Thursday, a fire at the depot killed 12 workers.', 'The fire at the depot happened on Wednesday.'],
      [[0, 0]],
    );
    expect(days.find((f) => f.kind === 'date')).toMatchObject({ status: 'conflict' });
  });
  it('leaves the days of an election apart from the days its result was given', () => {
    const figures = figuresWith(
      [
        "Snow fell.\nObservers of Saturday's election praised it.",
        'It rained.\nHe was declared the winner of the election on Wednesday.',
      ],
      [],
    );
    expect(figures.filter((f) => f.kind === 'date').every((f) => f.mentions.length === 1)).toBe(true);
  });
});

describe('shapes from the issue', () => {
  it('compares soldiers with paratroopers, and reads "still missing" as missing', () => {
    const figures = figuresWith(
      ['About 550 soldiers were deployed.', 'About 590 paratroopers were deployed.'],
      [[0, 0]],
    );
    expect(figures.find((f) => f.mentions.length === 2)!.status).toBe('differs');
    const missing = figuresWith(
      ['Officials said 80 people were still missing.', 'More than 100 people were missing.'],
      [[0, 0]],
    );
    expect(missing.find((f) => f.mentions.length === 2)!.mentions.map((m) => m.role)).toEqual([
      'missing',
      'missing',
    ]);
  });
  it('does not set the day of a blast against the day a toll was given', () => {
    const figures = figuresWith(
      [
        "Snow fell.\nThe death toll from Tuesday's blast rose to 118 on Wednesday.",
        'It rained.\nThe blast on Tuesday destroyed the port.',
      ],
      [],
    );
    expect(figures.filter((f) => f.status === 'conflict' || f.status === 'differs')).toEqual([]);
  });
});

describe('a weekday checked against its date', () => {
  it('flags a bracketed date whose weekday is wrong once the year is known', () => {
    const figures = figuresWith(
      ['The crush happened early Friday morning (March 12, 2024) at the stadium gate.'],
      [],
    );
    const day = figures.find((f) => f.kind === 'date')!;
    expect(day.status).toBe('conflict');
    expect(words(day)).toContain('March 12, 2024 was a Tuesday');
  });
  it("keeps a dated weekday of the report's own week in the present year, and flags the weekday", () => {
    // March 12, 2025 was a Wednesday; the last Tuesday, March 12 was in 2024, before the report.
    const figures = figuresWith(
      [
        'Snow fell.\nThe minister resigned on Tuesday evening (March 12), aides said.',
        'It rained.\nOn 11 March, the minister quit.',
      ],
      [],
      { year: 2025, month: 3, day: 15 },
    );
    const day = figures.find((f) => f.reasons.wrongWeekdays.length)!;
    expect(words(day)).toContain('March 12, 2025 was a Wednesday');
    // The day its weekday names (Tuesday, March 11) is what the other source says: one figure.
    expect(day.mentions.map((m) => m.text)).toEqual(['Tuesday evening (March 12)', '11 March']);
    expect(day.status).toBe('conflict');
  });
  it('never gives a dated weekday of the present week a day its year does not have (February 29)', () => {
    // A report of March 2, 2023: February 29 is not a day of 2023; the weekday gives its year.
    const figures = figuresWith(
      ['Snow fell.\nThe ferry sank on Thursday (February 29), aides said.', 'It rained.\nFog lay.'],
      [],
      { year: 2023, month: 3, day: 2 },
    );
    const day = figures.find((f) => f.kind === 'date')!.mentions[0]!;
    expect(day.value.year! % 4).toBe(0);
    expect(day.value.year).not.toBe(2023);
  });
  it('agrees a weekday with a date that falls on it ("Monday" / "April 18" in 2022)', () => {
    const figures = figuresWith(
      ['The talks opened on Monday, April 18, 2022.', 'The talks opened on Monday.'],
      [[0, 0]],
    );
    expect(figures.find((f) => f.kind === 'date')!.status).toBe('agreement');
  });
});

describe('figures in units that convert', () => {
  it('compares a figure and its conversion in another outlet as one figure', () => {
    const figures = figuresWith(
      ['The ash cloud rose 10 km into the sky.', 'The ash cloud rose six miles into the sky.'],
      [[0, 0]],
    );
    const measures = figures.filter((f) => f.kind === 'measure');
    expect(measures).toHaveLength(1);
    expect(measures[0]).toMatchObject({ status: 'agreement' });
    expect(measures[0]!.mentions.map((m) => m.value.unit)).toEqual(['km', 'mile']);
  });
  it('agrees figures whose bracketed conversions restate one value ("190 miles (300 km)" / "180 miles")', () => {
    const figures = figuresWith(
      [
        'The convoy halted 180 miles from the capital on Sunday.',
        'The convoy halted 190 miles (300 km) from the capital on Sunday.',
        'The convoy halted 300km (180 miles) from the capital on Sunday.',
      ],
      [[0, 0, 0]],
    );
    const measures = figures.filter((f) => f.kind === 'measure');
    expect(measures.map((f) => f.status)).toEqual(['agreement']);
    expect(words(measures[0]!)).toContain('a converted figure is rounded');
  });
  it('agrees two roundings in one unit of the figure a third source gives in another ("180" / "190 miles" / "300 km")', () => {
    const figures = figuresWith(
      [
        'The convoy halted 180 miles from the capital on Sunday.',
        'The convoy halted 190 miles from the capital on Sunday.',
        'The convoy halted 300 km from the capital on Sunday.',
      ],
      [[0, 0, 0]],
    );
    const measures = figures.filter((f) => f.kind === 'measure');
    expect(measures.map((f) => f.status)).toEqual(['agreement']);
    expect(words(measures[0]!)).toContain('a converted figure is rounded');
  });
  it('keeps two figures in one unit apart when no other unit gives a figure both round', () => {
    const figures = figuresWith(
      [
        'The convoy halted 180 miles from the capital on Sunday.',
        'The convoy halted 190 miles from the capital on Sunday.',
      ],
      [[0, 0]],
    );
    expect(figures.filter((f) => f.kind === 'measure').map((f) => f.status)).toEqual(['conflict']);
  });
  it('keeps two figures in one unit apart when the third only holds each under its hedge ("160" / "220 miles" / "about 300 km")', () => {
    // "About 300 km", widened by a conversion's rounding, holds 160 miles (257 km) and 220 miles
    // (354 km): each pair may be read as one figure, but 160 and 220 miles are not two roundings
    // of one conversion.
    const figures = figuresWith(
      [
        'The convoy halted 160 miles from the capital on Sunday.',
        'The convoy halted 220 miles from the capital on Sunday.',
        'The convoy halted about 300 km from the capital on Sunday.',
      ],
      [[0, 0, 0]],
    );
    expect(figures.filter((f) => f.kind === 'measure').map((f) => f.status)).toEqual(['conflict']);
  });
  it('sets converted values that cannot both hold against each other', () => {
    const figures = figuresWith(
      ['The ash cloud rose 10 km into the sky.', 'The ash cloud rose 20 miles into the sky.'],
      [[0, 0]],
    );
    expect(figures.filter((f) => f.kind === 'measure').map((f) => f.status)).toEqual(['conflict']);
  });
});

describe('forecasts', () => {
  it('does not set a forecast against a count of what happened', () => {
    const figures = figuresWith(
      [
        'Officials said 400 people were killed in the floods.',
        'The mayor said the toll could reach 2,000 in the floods.',
      ],
      [[0, 0]],
    );
    const statuses = figures.filter((f) => f.kind === 'count').map((f) => f.status);
    expect(statuses).toEqual(['single-source', 'single-source']);
  });
});

describe('labels of forecasts', () => {
  it('says a forecast is a possibility', () => {
    const figures = figuresWith(
      ['Officials said visitors could number 9,000 this year.', 'Visitors could number 9,000 this year.'],
      [[0, 0]],
    );
    expect(figures.find((f) => f.kind === 'count')?.subject).toMatch(/\(possible\)$/);
  });
});

describe('counts that name different bodies', () => {
  it('does not set "three Army soldiers" against "nine Marines": different bodies, different people', () => {
    const figures = figuresWith(
      [
        'Those killed included eight Marines, three Army soldiers and two Navy medics.',
        'Nine Marines and two Navy medics died in the blast.',
      ],
      [[0, 0]],
    );
    const army = figures.find((f) => f.mentions.some((m) => m.text === 'three Army soldiers'))!;
    expect(army.mentions.map((m) => m.text)).toEqual(['three Army soldiers']);
  });
  it('still compares a count that names a body with one that names none', () => {
    const figures = figuresWith(
      ['Vienna is sending 2,600 troops to the drills.', 'Some 3,300 Austrian troops are taking part.'],
      [[0, 0]],
    );
    expect(figures.find((f) => f.kind === 'count')!.mentions).toHaveLength(2);
  });
});

describe('nationalities', () => {
  it('joins "six Kenyans" and "six Kenyan nationals" as one figure', () => {
    const figures = figuresWith(
      ['Six Kenyans were among the dead, the ministry said.', 'The dead included six Kenyan nationals.'],
      [],
    );
    const six = figures.find((f) => f.mentions.some((m) => m.value.min === 6))!;
    expect(six.mentions).toHaveLength(2);
    expect(six.status).toBe('agreement');
  });
});

describe('violent events named by what happened', () => {
  it('joins "two explosions" and "twin bombings" as one figure', () => {
    const figures = figuresWith(
      ['Two explosions shook the port on Monday.', 'Twin bombings hit the port.'],
      [],
    );
    const two = figures.find((f) => f.kind === 'count')!;
    expect(two.mentions).toHaveLength(2);
    expect(two.status).toBe('agreement');
  });
});

describe('how far back a record runs, across passages', () => {
  const asOf = { year: 2024, month: 6, day: 1 };
  it('sets "the first time in six years" against "its first cruise-missile test in ten months" as differing', () => {
    const figures = figuresWith(
      [
        'The navy fired a cruise missile over the strait for the first time in six years on Monday.',
        'The navy fired a cruise missile over the strait on Monday, its first cruise-missile test in ten months.',
      ],
      [[0, 0]],
      asOf,
    );
    const since = figures.find((f) => f.mentions.some((m) => m.text === 'six years'))!;
    expect(since.mentions.map((m) => m.text)).toEqual(['six years', 'ten months']);
    expect(since.status).toBe('differs');
  });
  it('sets "the deadliest since 2009" against "the worst in decades": 15 years is not decades', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nIt was the deadliest landslide in the province since 2009, officials said.',
        'It rained.\nThe landslide was the worst the province has seen in decades.',
      ],
      [],
      asOf,
    );
    const record = figures.find((f) => f.mentions.length === 2)!;
    expect(record.mentions.map((m) => m.text)).toEqual(['2009', 'decades']);
    expect(record).toMatchObject({ status: 'differs', basis: 'referent' });
  });
  it('agrees when the year is decades back ("since the 1988 drills" / "in decades")', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nIt was the largest naval drill in the region since the 1988 drills.',
        'It rained.\nThey are the biggest naval exercises in the region in decades.',
      ],
      [],
      asOf,
    );
    const record = figures.find((f) => f.mentions.length === 2)!;
    expect(record.mentions.map((m) => m.text)).toEqual(['1988', 'decades']);
    expect(record.status).toBe('agreement');
  });
  it('does not agree two different years a record runs back to ("since 2009" / "since 2011")', () => {
    const figures = figuresWith(
      [
        'The flood was the deadliest in the valley since 2009, officials said.',
        'The flood in the valley was the deadliest since 2011, officials said.',
      ],
      [[0, 0]],
      asOf,
    );
    const record = figures.find((f) => f.mentions.length === 2)!;
    expect(record.mentions.map((m) => m.text)).toEqual(['2009', '2011']);
    expect(record.status).not.toBe('agreement');
    // They are in one aligned passage: the explanation must not say they are not.
    expect(words(record)).not.toContain('not in aligned passages');
  });
  it('leaves out of a record a span that is no baseline ("fought for 40 years")', () => {
    // s1's "for 40 years" is how long the revolt has run, not how far back a record runs: it is
    // aligned with s0's record, but the record is compared only with s1's and s2's own records.
    const figures = figuresWith(
      [
        'It was the bloodiest raid on the army since the revolt began four decades ago.',
        'Rebels have fought the army in the hills for 40 years.\nIt was the bloodiest raid on the army since 2012.',
        'Snow fell.\nThis is the worst raid the hills have seen in decades.',
      ],
      [[0, 0]],
      asOf,
    );
    const record = figures.find((f) => f.mentions.some((m) => m.text === '2012'))!;
    expect(record.mentions.map((m) => m.text)).not.toContain('40 years');
    expect(record.reasons.rule).toBe('record');
  });
  it('gives a year a record runs back to and an aligned year that is no record their own rules', () => {
    // "since 2009" says how far back the record runs; "last attacked in 2017" is a year of its own:
    // compared as the aligned passage's years, never explained as records not in aligned passages.
    const figures = figuresWith(
      [
        'It was the deadliest attack on the port since 2009, police said.',
        'The port was last attacked in 2017, police said.',
      ],
      [[0, 0]],
      asOf,
    );
    const year = figures.find((f) => f.mentions.length === 2)!;
    expect(year.reasons.rule).not.toBe('record');
    expect(words(year)).not.toContain('how far back a record runs');
  });
  it('leaves a source that gives two records apart', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nIt was the deadliest landslide since 2009.\nIt was also the wettest May since 1990.',
        'It rained.\nThe landslide was the worst in decades.',
      ],
      [],
      asOf,
    );
    expect(figures.every((f) => f.mentions.length === 1)).toBe(true);
  });
});

describe('the weight of one named substance', () => {
  it("compares two sources' weights of explosives across passages", () => {
    const figures = figuresWith(
      [
        'Snow fell.\nPolice said the van carried 300 kg of explosives.',
        'It rained.\nThe van was packed with some 120 kilograms explosives, investigators said.',
      ],
      [],
    );
    const weight = figures.find((f) => f.kind === 'measure')!;
    expect(weight.mentions.map((m) => m.text)).toEqual(['300 kg', 'some 120 kilograms']);
    expect(['conflict', 'differs']).toContain(weight.status);
  });
  it('keeps weights of different substances apart', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nThe ship carried 300 tonnes of rice.',
        'It rained.\nThe ship carried 120 tonnes of fuel.',
      ],
      [],
    );
    expect(figures.filter((f) => f.kind === 'measure').every((f) => f.mentions.length === 1)).toBe(true);
  });
});

describe('how long one person has held office', () => {
  it('reads "27 years in power" and "a decades-long rule" as one length, which they agree on', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nThe vote ended his 27 years in power.',
        'It rained.\nCrowds celebrated the end of his decades-long rule.',
      ],
      [],
    );
    const tenure = figures.find((f) => f.kind === 'duration')!;
    expect(tenure.mentions.map((m) => m.text)).toEqual(['27 years', 'decades-long']);
    expect(tenure.status).toBe('agreement');
  });
});

describe('how long one kind of thing lasts, across passages', () => {
  it('compares the two lengths an event gives of one kind of thing (two firm lengths: a conflict)', () => {
    const figures = figuresWith(
      ['The week-long drills began on Monday.', 'The exercises will last nine days.'],
      [],
    );
    const lengths = figures.filter((f) => f.kind === 'duration');
    expect(lengths.map((f) => [f.status, f.mentions.length])).toEqual([['conflict', 2]]);
    expect(lengths[0]!.subject).toBe('how long (exercises)');
  });
  it('leaves lengths of different things apart', () => {
    const figures = figuresWith(['The week-long drills began on Monday.', 'A two-day visit ended.'], []);
    expect(figures.filter((f) => f.kind === 'duration').map((f) => f.mentions.length)).toEqual([1, 1]);
  });
});

describe('labels of lengths of time', () => {
  it('names what lasts only from the length itself, not from a count or length before it', () => {
    const figures = figuresWith(
      [
        'The drills, the end of a two-month exercise, are held every three years.',
        'Nearly 3 million people visited the show over the past two weeks.',
      ],
      [],
    );
    const subjects = figures
      .filter((f) => f.kind === 'duration')
      .map((f) => [f.mentions[0]!.text, f.subject]);
    expect(subjects).toEqual(
      expect.arrayContaining([
        ['two-month', 'how long (exercises)'],
        ['three years', 'how often'],
        ['past two weeks', 'how long'],
      ]),
    );
  });
});

describe('one value of one referent from one source, across two agreed figures', () => {
  const counts = (texts: string[]) =>
    figuresWith(texts, [
      [1, 0, 1],
      [3, 1, 0],
    ]).filter((f) => f.kind === 'count');
  it('joins two agreements in which one source states the same value of one kind of thing', () => {
    const figures = counts([
      'Rain fell.\nTwo blasts hit the port on Friday.\nSnow fell.\nTwin bombings shook the port, police said.',
      'Two blasts hit the port on Friday.\nBoats sailed.',
      'Fog rose.\nTwin bombings shook the port, police said.',
    ]);
    expect(figures.map((f) => [f.status, f.mentions.length])).toEqual([['agreement', 4]]);
  });
  it('leaves apart two agreements of different kinds of thing', () => {
    const figures = counts([
      'Rain fell.\nTwo blasts hit the port on Friday.\nSnow fell.\nTwo ships left the port, police said.',
      'Two blasts hit the port on Friday.\nBoats sailed.',
      'Fog rose.\nTwo ships left the port, police said.',
    ]);
    expect(figures.map((f) => [f.status, f.mentions.length])).toEqual([
      ['agreement', 2],
      ['agreement', 2],
    ]);
  });
});

describe('labels of figures of one class and role', () => {
  it('name the body whose counts they are, so that two figures are told apart', () => {
    const figures = figuresWith(
      ['Nine Marines were killed in the raid.\nSnow fell.\nFour U.S. troops were killed at the checkpoint.'],
      [],
    );
    expect(figures.filter((f) => f.kind === 'count').map((f) => f.subject)).toEqual([
      'marine troops killed',
      'american troops killed',
    ]);
  });
});

describe('a weekday and a calendar date joined by value across passages', () => {
  const dates = (texts: string[]) =>
    figuresWith(texts, [])
      .filter((f) => f.kind === 'date')
      .map((f) => f.mentions.map((m) => m.text));
  it("joins a weekday to a date that falls on it in the week around the reports' present", () => {
    expect(
      dates([
        'Rain fell.\nThe minister visited the families on Wednesday.',
        'Snow fell.\nThe talks end on April 22, 2026.',
      ]),
    ).toEqual([['Wednesday', 'April 22, 2026']]);
  });
  it('leaves apart a date weeks from the present that merely falls on that weekday', () => {
    expect(
      dates([
        'Rain fell.\nThe minister visited the families on Wednesday.',
        'Snow fell.\nThe fair closes on March 4, 2026.\nThe report was filed on April 23, 2026.',
      ]),
    ).toEqual([['Wednesday'], ['March 4, 2026'], ['April 23, 2026']]);
  });
});

describe('an earlier count of a toll that names no counted thing', () => {
  it('joins the one figure of the toll of its magnitude', () => {
    const figures = figuresWith(
      [
        'Rain fell.\nThe death toll in the valley has risen to 2,400 people, the agency said.\nOfficials had earlier put the toll at 1,100.',
        'Snow fell.\nAt least 2,400 people were killed in the valley.',
      ],
      [[1, 1]],
    );
    const toll = figures.find((f) => f.mentions.some((m) => m.value.min === 1100))!;
    expect(toll.mentions.map((m) => m.value.min).sort()).toEqual([1100, 2400, 2400]);
  });
  it('leaves apart a count of another magnitude', () => {
    const figures = figuresWith(
      [
        'Rain fell.\nThe death toll in the valley has risen to 2,400 people, the agency said.\nA storm in 1990 killed 40.',
        'Snow fell.\nAt least 2,400 people were killed in the valley.',
      ],
      [[1, 1]],
    );
    expect(figures.find((f) => f.mentions.some((m) => m.value.min === 40))!.mentions).toHaveLength(1);
  });
});

describe('a sentence that revises a count', () => {
  it('makes the figures of the new and the earlier count one update', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nOfficials said earlier that 90 homes were destroyed.',
        'It rained.\nThe mayor now puts the homes destroyed at upwards of 600, far higher than the first estimate of 90.',
        'Wind blew.\nThe mayor estimates that more than 600 homes were destroyed, a much greater number than the 90 given before.',
      ],
      [],
    );
    const homes = figures.find((f) => f.mentions.some((m) => m.value.min === 600))!;
    expect(homes.status).toBe('update');
    expect(homes.mentions.map((m) => m.value.min).sort((a, b) => a! - b!)).toEqual([90, 90, 90, 600, 600]);
  });
  it('reads "rather than" as a count set against the one announced before it', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nThe army opened exercises on four ranges near Vell on Monday.',
        'It rained.\nThe army will now use five ranges near Vell for its exercises, rather than four ranges, officials said.',
      ],
      [],
    );
    const zones = figures.find((f) => f.mentions.some((m) => m.value.min === 5))!;
    expect(zones.status).toBe('update');
    expect(zones.mentions.map((m) => m.value.min).sort((a, b) => a! - b!)).toEqual([4, 4, 5]);
  });
  it("does not join a count compared with another year's", () => {
    const figures = figuresWith(
      [
        'Snow fell.\nThe fire destroyed 600 homes.',
        'It rained.\nThe fire destroyed 600 homes, far higher than the 90 lost in 2018.',
      ],
      [],
    );
    expect(figures.find((f) => f.mentions.some((m) => m.value.min === 600))!.status).toBe('agreement');
  });
});

describe('a window of time and a moment inside it', () => {
  it('joins "last week" in one source and "three days ago" in another across passages', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nThe pier, which reopened three days ago after repairs, was crowded.',
        'It rained.\nThe pier had reopened just last week.',
      ],
      [],
    );
    expect(figures.find((f) => f.kind === 'relative-time')).toMatchObject({
      status: 'agreement',
      basis: 'value',
    });
    expect(figures.find((f) => f.kind === 'relative-time')!.mentions).toHaveLength(2);
  });
  it('does not join "yesterday" with "last month"', () => {
    const figures = figuresWith(
      ['Snow fell.\nThe pier reopened yesterday.', 'It rained.\nThe mayor resigned last month.'],
      [],
    );
    expect(figures.filter((f) => f.kind === 'relative-time').map((f) => f.mentions.length)).toEqual([1, 1]);
  });
});

describe('months alone', () => {
  it('compares a month alone with months alone, not with the day of another moment in the passage', () => {
    const figures = figuresWith(
      [
        'The ferry line was closed in April and reopened on June 3.',
        'The ferry line, shut since May, reopened last month.',
        'The line reopened on June 3 after repairs.',
      ],
      [[0, 0, 0]],
    );
    const months = figures.find((f) => f.mentions.some((m) => m.text === 'May'))!;
    expect(months.mentions.map((m) => m.text).sort()).toEqual(['April', 'May']);
    expect(months.status).toBe('conflict');
    const day = figures.find((f) => f.mentions.some((m) => m.text === 'June 3'))!;
    expect(day.mentions.map((m) => m.text)).toEqual(['June 3', 'June 3']);
    expect(day.status).toBe('agreement');
  });
  it('joins a month alone across passages only with a month alone, not with a day of it', () => {
    const figures = figuresWith(
      [
        'Snow fell.\nThe pier closed in April.',
        'It rained.\nThe vote was held on April 9.',
        'Wind blew.\nThe pier has been shut since April.',
      ],
      [],
    );
    const months = figures.filter((f) => f.kind === 'date').map((f) => f.mentions.map((m) => m.text));
    expect(months).toContainEqual(['April', 'April']);
    expect(months).toContainEqual(['April 9']);
  });
  it('does not compare a month alone with a month of a stated year (another time of the story)', () => {
    const figures = figuresWith(
      [
        'The ferry line was closed in April for repairs.',
        'The ferry line, closed in May 2019, was repaired.',
      ],
      [[0, 0]],
    );
    expect(figures.filter((f) => f.kind === 'date').map((f) => f.mentions.length)).toEqual([1, 1]);
  });
});

describe('ages across passages', () => {
  it('compares the ages sources give one name, and joins a described person of the same age', () => {
    const figures = figuresWith(
      [
        'Rain fell.\nMaria Lopez, 64, was appointed.',
        'Snow fell.\nLopez, 65, took office on Monday.',
        'Wind blew.\nThe 64-year-old minister spoke.',
      ],
      [],
    );
    const ages = figures.filter((f) => f.kind === 'age');
    expect(ages).toHaveLength(1);
    expect(ages[0]!.status).toBe('differs');
    expect(ages[0]!.mentions.map((m) => m.value.min).sort()).toEqual([64, 64, 65]);
  });
  it('compares the ages given after one name written in either order, as one person', () => {
    // Family name first or last ("Oren Valdis" / "Valdis Oren"): the same two words are one person,
    // and a full name given twice is no mere shared surname: different ages are a conflict.
    const figures = figuresWith(
      [
        'Rain fell in Lorn.\nPolice arrested Oren Valdis, 52, at the scene.',
        'Snow fell in Dren.\nValdis Oren, 52, of Vell, was held.',
        'Wind blew in Norland.\nPolice arrested Valdis Oren, 53, of Vell.',
      ],
      [],
    );
    const ages = figures.filter((f) => f.kind === 'age');
    expect(ages).toHaveLength(1);
    expect(ages[0]!.mentions.map((m) => m.value.min).sort()).toEqual([52, 52, 53]);
    expect(ages[0]!.status).toBe('conflict');
  });
  it('never takes an age for a rounding of another: ages are stated exactly', () => {
    expect(relate(mention('Oren Valdis, 50, was held.'), mention('Oren Valdis, 49, was held.', 1))).toBe(
      'conflict',
    );
  });
  it('keeps a thing\'s age to the rules of rounding: "50-year-old" may round 51 years', () => {
    expect(
      relate(mention('The 50-year-old bridge fell.'), mention('The 51-year-old bridge fell.', 1)),
    ).not.toBe('conflict');
    expect(
      relate(mention('The 50-year-old soldier died.'), mention('The 51-year-old soldier died.', 1)),
    ).toBe('conflict');
  });
  it('leaves apart the ages of different names', () => {
    const figures = figuresWith(
      ['Rain fell.\nMaria Lopez, 64, was appointed.', 'Snow fell.\nJohn Doe, 65, resigned.'],
      [],
    );
    expect(figures.filter((f) => f.kind === 'age').map((f) => f.mentions.length)).toEqual([1, 1]);
  });
});

describe('counts of another year', () => {
  const texts = [
    'Rain fell.\nThe fire killed at least 40 people on March 3, 2026.\nIn 1972, a tidal wave killed 33 people.',
    'Snow fell.\nAt least 52 people were killed in the fire, the deadliest since 1972.\nIn 1972 a wave killed 33 people.',
  ];
  it('does not give a year to a count after a relative clause begins (it counts today)', () => {
    const figures = figuresWith(
      [
        'Rain fell on March 3, 2026.\nThe island, which gained independence in 1974, whose 90,000 inhabitants are mostly fishers, voted.',
        'Snow fell.\nAround 90,000 islanders voted on March 3.',
      ],
      [],
    );
    const people = figures.find((f) => f.mentions.some((m) => m.value.min === 90_000))!;
    expect(people.mentions.map((m) => m.role)).toEqual([null, null]);
    expect(people.status).toBe('agreement');
  });
  it("compares a past event's toll only with that year's, never with this event's", () => {
    const figures = figuresWith(texts, [[1, 1]]);
    const past = figures.find((f) => f.mentions.some((m) => m.value.min === 33))!;
    expect(past.mentions.map((m) => m.value.min)).toEqual([33, 33]);
    expect(past.status).toBe('agreement');
    expect(past.subject).toMatch(/\(1972\)$/);
    const now = figures.find((f) => f.mentions.some((m) => m.value.min === 40))!;
    expect(now.mentions.map((m) => m.value.min).sort()).toEqual([40, 52]);
  });
});

describe('buildings and homes', () => {
  it('compares buildings by their general names, and joins the same number of homes and houses', () => {
    const figures = figuresWith(
      [
        'The fire destroyed 180 structures and 300 homes.',
        'The fire destroyed 190 buildings and 300 houses.',
      ],
      [[0, 0]],
    );
    const counts = figures.filter((f) => f.kind === 'count').map((f) => f.mentions.map((m) => m.text).sort());
    expect(counts).toContainEqual(['190 buildings', '180 structures'].sort());
    expect(counts).toContainEqual(['300 homes', '300 houses']);
  });
});
