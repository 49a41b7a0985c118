import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../source/figures/extract.js';
import { singular } from '../../source/lexicon/quantities.js';

// Reading fixes of the figures issue, each from the shape of a real news sentence.
const mentions = (text: string) =>
  extractFromSentence(text).map((m) => ({
    text: m.text,
    kind: m.kind,
    ...m.value,
    subject: m.subject,
    role: m.role,
    container: m.container,
  }));
const counts = (text: string) => mentions(text).filter((m) => m.kind === 'count');

describe('digit groups the tokenizer leaves apart', () => {
  it('reads a plain space as a thousands separator when every later group has three digits', () => {
    expect(counts('Authorities said 42 000 people had been evacuated.')[0]).toMatchObject({
      text: '42 000 people',
      min: 42_000,
      subject: 'person',
      role: 'evacuated',
    });
    expect(counts('Some 1 250 000 voters took part.')[0]).toMatchObject({ min: 1_250_000, hedge: 'about' });
  });
  it('does not join a day of the month with a count after it', () => {
    expect(mentions('On May 5 200 people were evacuated.')).toMatchObject([
      { kind: 'date', month: 5, day: 5 },
      { kind: 'count', min: 200 },
    ]);
  });
  it('reads South Asian grouping ("3,00,000")', () => {
    expect(counts('With around 2,00,000 soldiers taking part')[0]).toMatchObject({
      min: 200_000,
      hedge: 'about',
      subject: 'soldier',
    });
    expect(mentions('a fine of 1,20,00,000 rupees')[0]).toMatchObject({ min: 12_000_000, unit: 'INR' });
  });
});

describe('numbers inside names are not figures', () => {
  it.each([
    ['He joined the Liga 1 side on loan last season.'],
    ['The airline grounded its Boeing 737 fleet.'],
    ['NATO allies invoked Article 5 for the first time.'],
    ['The council adopted Resolution 2417 in June.'],
    ['An XY 48 aircraft of the airline flew to the city.'],
    ['Its ZK-QRS XY-48 aircraft took off in the morning.'],
    ['Operators are building 5G masts near the port.'],
    ['The MH17 airliner was shot down over the region.'],
  ])('%s', (text) => {
    expect(counts(text)).toEqual([]);
  });
  it('reads the count beside a model name, and after an agency told', () => {
    expect(counts('There were 48 people on the twin-engine XY 48 aircraft.')).toEqual([
      expect.objectContaining({ min: 48, subject: 'person' }),
    ]);
    expect(counts('A police officer told AFP 30 people were killed.')).toEqual([
      expect.objectContaining({ min: 30, role: 'killed' }),
    ]);
    expect(counts('The A320 carried 150 passengers.')).toEqual([expect.objectContaining({ min: 150 })]);
    expect(counts('An official told Reuters 30 people were killed.')).toEqual([
      expect.objectContaining({ min: 30, role: 'killed' }),
    ]);
    expect(counts('A nurse told the Courier 12 people had died.')).toEqual([
      expect.objectContaining({ min: 12, role: 'killed' }),
    ]);
    expect(counts('The club plays in Liga 1 this year.')).toEqual([]);
  });
  it('still reads a count after a capitalised word that opens a sentence or a headline in title case', () => {
    expect(counts('All 48 passengers were killed.')[0]).toMatchObject({ min: 48, role: 'killed' });
    expect(counts('Port Blast Kills 17 Service Members')[0]).toMatchObject({ min: 17 });
  });
});

describe('weights', () => {
  it('reads kilos as a mass, and pounds restating a mass in brackets as that mass, not money', () => {
    expect(mentions('The van was loaded with 120 kilos (265 pounds) of fertiliser.')).toEqual([
      expect.objectContaining({ kind: 'measure', text: '120 kilos (265 pounds)', min: 120, unit: 'kg' }),
    ]);
    expect(mentions('He paid 500 pounds for it.')).toEqual([
      expect.objectContaining({ kind: 'money', unit: 'GBP' }),
    ]);
  });
});

describe('men of a group of a known class', () => {
  it('counts men in a group named by a class of people as that class ("a commando of 30 men")', () => {
    expect(extractFromSentence('A commando of 30 men stormed the depot.')[0]).toMatchObject({
      subject: 'man',
      subjectClass: 'attackers',
      container: 'commando',
    });
    // A group that names no class leaves the men as they are.
    expect(extractFromSentence('A battalion of 500 men was sent.')[0]).toMatchObject({
      subjectClass: 'troops',
    });
  });
});

describe('a span of time changed from one value to another', () => {
  const spans = (text: string) =>
    extractFromSentence(text).map((m) => [m.text, m.kind, m.value.min, m.value.unit ?? null]);
  it('gives both numbers the unit named at one end ("from 10 to 5 days", "from 10 days to five")', () => {
    expect(spans('The ministry cut the time crews need to deploy from 12 to 6 days.')).toEqual([
      ['12', 'duration', 12, 'day'],
      ['6 days', 'duration', 6, 'day'],
    ]);
    expect(spans('Notice for the reservists was cut from 12 days to six.')).toEqual([
      ['12 days', 'duration', 12, 'day'],
      ['six', 'duration', 6, 'day'],
    ]);
  });
  it('leaves counts that change as counts', () => {
    const durations = (text: string) => spans(text).flatMap((m) => (m[1] === 'duration' ? [m[0]] : []));
    expect(durations('In recent days the toll rose from 12 to 16.')).toEqual([]);
    expect(durations('After two weeks of talks, the toll rose from 12 to 16.')).toEqual(['two weeks']);
  });
});

describe('money', () => {
  it('reads a bracketed conversion as the same figure, not a new one', () => {
    const found = mentions('The deal is worth US$3 billion (S$4.1 billion), officials said.');
    expect(found.filter((m) => m.kind === 'money')).toEqual([
      expect.objectContaining({ text: 'US$3 billion (S$4.1 billion)', min: 3e9, unit: 'USD' }),
    ]);
  });
  it('keeps the bracketed value as another reading of the figure ("190 miles (300 km)")', () => {
    const [measure] = extractFromSentence('The column stopped 190 miles (300 km) from the port.');
    expect(measure).toMatchObject({ kind: 'measure', value: { min: 190, unit: 'mile' } });
    expect(measure!.value.restated).toMatchObject({ min: 300, unit: 'km' });
    const [money] = extractFromSentence('The deal is worth US$3 billion (S$4.1 billion), officials said.');
    expect(money!.value.restated?.min).toBeCloseTo(4.1e9, -3);
  });
  it('reads "between US$3 billion and US$5 billion" as one range', () => {
    const found = mentions('The project will cost between US$3 billion and US$5 billion.');
    expect(found).toEqual([expect.objectContaining({ kind: 'money', min: 3e9, max: 5e9, unit: 'USD' })]);
  });
  it('reads a scale written short after the number ("$10K", "£5m", "3bn")', () => {
    expect(mentions('The appeal raised $10K in a day.')[0]).toMatchObject({ kind: 'money', min: 10_000 });
    expect(mentions('The club lost £5m last year.')[0]).toMatchObject({ kind: 'money', min: 5e6 });
    expect(mentions('a loan of $3bn to the utility')[0]).toMatchObject({ kind: 'money', min: 3e9 });
    // Without a currency, a glued "m" is metres, unless a plural noun follows: a count in millions.
    expect(mentions('The wall is 5m high.')[0]).toMatchObject({ kind: 'measure', min: 5 });
    expect(mentions('The drought threatens 12m people in the region.')[0]).toMatchObject({
      kind: 'count',
      min: 12e6,
      subject: 'person',
    });
    expect(mentions('Output fell to 2.5m barrels a day.')[0]).toMatchObject({ kind: 'count', min: 2.5e6 });
    expect(mentions('The diver swam 50m underwater.')[0]).toMatchObject({ kind: 'measure', min: 50 });
  });
  it('reads units glued to the number and dimension adjectives ("600ft", "a 45m-high pier")', () => {
    expect(mentions('A 400ft section of the dam gave way.')[0]).toMatchObject({
      kind: 'measure',
      min: 400,
      unit: 'foot',
    });
    expect(mentions('Cars fell 120 ft into the gorge.')[0]).toMatchObject({ kind: 'measure', unit: 'foot' });
    expect(mentions('The 62m-high pier cracked.')[0]).toMatchObject({ kind: 'measure', min: 62, unit: 'm' });
    expect(mentions('the 2.4km-long viaduct')[0]).toMatchObject({ kind: 'measure', min: 2.4, unit: 'km' });
    expect(mentions('a 70ft-tall crane')[0]).toMatchObject({ kind: 'measure', min: 70, unit: 'foot' });
  });
  it('reads what a distance is measured from ("37 km from Lorn", "6 km northwest of the village of Dren")', () => {
    const from = (text: string) =>
      extractFromSentence(text)
        .filter((m) => m.kind === 'measure')
        .map((m) => m.subjectClass);
    expect(from('The tremor hit roughly 37 km from Lorn, a regional capital.')).toEqual(['from lorn']);
    expect(from('It struck 6 km northwest of the Norlandic village of Dren, the institute said.')).toEqual([
      'from dren',
    ]);
    expect(from('Vell is a hamlet some 8 km (5 miles) from the Norlandic border.')).toEqual(['from border']);
    expect(from('The camp lies 40 miles north of the capital.')).toEqual(['from capital']);
    expect(from('Police sealed off roads within 10 km of the Lorn plant.')).toEqual(['from plant']);
    // A depth is one figure of the thing, whatever the wording.
    expect(from('It was 11 km deep, the survey said.')).toEqual(['depth']);
    expect(from('It struck at a depth of roughly 10.6 kilometres near Lorn.')).toEqual(['depth']);
    // A length with no reference, or of something ("10 km of road"), is not a distance from a place.
    expect(from('A 5 km queue formed at the border.')).toEqual([null]);
    expect(from('Floods cut 10 km of road near Lorn.')).toEqual([null]);
    expect(from('The convoy was 10 km away from here.')).toEqual([null]);
  });
  it('reads no count in a telephone service named by its number ("the 999 ambulance line")', () => {
    expect(counts('A spokesman for the 999 ambulance line said crews were on scene.')).toEqual([]);
    expect(counts('Callers to the 113 emergency service described the smoke.')).toEqual([]);
    expect(counts('30 emergency services responded.')[0]).toMatchObject({ min: 30 });
  });
  it('reads a sum named by a noun of money without a currency as money', () => {
    const sum = mentions('The council announced 50,000 compensation to each family.')[0];
    expect(sum).toMatchObject({ kind: 'money', min: 50_000 });
    expect(sum?.unit).toBeUndefined();
    // Items counted (a plural, or a small number) stay counts.
    expect(counts('The court issued 1,200 fines last year.')[0]).toMatchObject({ subject: 'fine' });
    expect(counts('Three rewards were offered.')[0]).toMatchObject({ subject: 'reward' });
  });
  it('keeps dollars of different countries apart', () => {
    expect(mentions('a grant of S$40 million')[0]).toMatchObject({ min: 4e7, unit: 'S$' });
  });
});

describe('a date restated in brackets', () => {
  it('is one date with both parts, checked against each other', () => {
    expect(mentions('The crush happened early Friday morning (March 14) at the stadium gate.')).toEqual([
      expect.objectContaining({ kind: 'date', weekday: 5, month: 3, day: 14 }),
    ]);
  });
  it('reads a time restated in another time zone, with its day, as one time', () => {
    for (const text of [
      'The convoy left Dren at 6:15 a.m. (9:15 p.m. Sunday GMT), officials said.',
      'The convoy left Dren at 6:15 a.m. (9:15 p.m. GMT Sunday), officials said.',
      'The convoy left Dren at 6:15 a.m. (9:15 p.m. UTC), officials said.',
    ])
      expect(mentions(text), text).toEqual([expect.objectContaining({ kind: 'time', hour: 6, minute: 15 })]);
  });
  it('keeps a bracketed time that is not a restatement', () => {
    expect(mentions('The gates opened at 6:15 a.m. (and closed at noon).').length).toBeGreaterThan(0);
  });
  it('reads an abbreviated month with its full stop', () => {
    expect(mentions('before the Oct. 15 filing deadline')[0]).toMatchObject({
      kind: 'date',
      month: 10,
      day: 15,
    });
  });
});

describe('vague proportions are intervals, shares of the count before them', () => {
  it('reads "mostly", "the vast majority", "most of" as vague intervals', () => {
    expect(mentions('a conflict that left 17,000 people dead, mostly civilians')[1]).toMatchObject({
      kind: 'proportion',
      min: 0.5,
      max: 1,
      vague: true,
      container: 'of 17,000',
    });
    expect(mentions('the vast majority of them')[0]).toMatchObject({ min: 0.75, max: 1, vague: true });
    expect(mentions('most of the victims were tourists')[0]).toMatchObject({ min: 0.5, vague: true });
  });
  it('makes "a third of them" a share of the group just counted', () => {
    const found = mentions('Around 85,000 Vessians live in Norland, a third of them in the south.');
    expect(found[1]).toMatchObject({ kind: 'proportion', min: 1 / 3, container: 'of 85,000' });
    expect(found[1]!.vague).toBeUndefined();
  });
});

describe('what a count counts', () => {
  it('reads a number joined by a hyphen to a noun as a count of that noun', () => {
    expect(counts('Nearly 900 officers were part of the over 60-vehicle police convoy.')[1]).toMatchObject({
      text: 'over 60-vehicle',
      min: 60,
      hedge: 'more than',
      subject: 'vehicle',
    });
    expect(counts('A 12-member rescue team reached the village.')[0]).toMatchObject({
      text: '12-member',
      subject: 'member',
    });
    // Lengths of time, ages, strengths and units of measure keep their own readings.
    expect(mentions('a 10-day truce')[0]).toMatchObject({ kind: 'duration', unit: 'day' });
    expect(mentions('a 7-month-old baby and a 500-strong unit')).toEqual([]);
    expect(mentions('a 20-km queue')[0]).toMatchObject({ kind: 'measure' });
  });
  it('reads a dotted abbreviation inside the noun phrase', () => {
    expect(counts('11 U.S. service members were killed')[0]).toMatchObject({
      subject: 'service member',
      role: 'killed',
    });
  });
  it('ends the phrase at an adverb of place', () => {
    expect(counts('the plane crashed with 38 onboard')[0]).toMatchObject({ min: 38, subject: null });
    expect(counts('a decision to send 2,400 troops home')[0]).toMatchObject({ subject: 'troop' });
    expect(counts('There were 11 foreigners aboard.')[0]).toMatchObject({ subject: 'foreigner' });
  });
  it('ends the phrase at a participle after a plural', () => {
    expect(counts('tens of thousands of troops taking part')[0]).toMatchObject({ subject: 'troop' });
  });
  it('reads a tally named by its role as that role ("the fatality count ... to 41")', () => {
    expect(
      counts("Officials raised the confirmed fatality count from Monday's floods to 41.")[0],
    ).toMatchObject({ min: 41, role: 'killed' });
    expect(counts('The injury tally climbed to 80.')[0]).toMatchObject({ min: 80, role: 'injured' });
  });
  it('does not take a day or a month after "from" for the place a count comes from', () => {
    expect(counts('The toll is 41, an increase of 9 from Sunday.')[1]).toMatchObject({
      min: 9,
      subject: null,
    });
    expect(counts('Sales rose by 12 from March.')[0]).toMatchObject({ min: 12, subject: null });
    expect(counts('Four from Russia were among them.')[0]).toMatchObject({ subject: 'russia' });
  });
  it('counts the bodies of "14 dead bodies", and the dead of "14 dead"', () => {
    expect(counts('Officials said 14 dead bodies were taken to the hospital.')[0]).toMatchObject({
      subject: 'body',
      role: null,
    });
    expect(counts('14 dead were counted.')[0]).toMatchObject({ subject: 'person', role: 'killed' });
  });
  it('reads "23 more" as more of the same, not a thing called "more"', () => {
    expect(counts('injured at least 23 more')[0]).toMatchObject({ min: 23, subject: null, role: 'injured' });
  });
  it('takes the agent of an active verb as no victim', () => {
    expect(counts('Two explosions killed at least 17 U.S. troops')[0]).toMatchObject({
      subject: 'explosion',
      role: null,
    });
    expect(counts('Two explosions killed at least 17 U.S. troops')[1]).toMatchObject({ min: 17 });
    expect(counts('17 people killed at the port')[0]).toMatchObject({ role: 'killed' });
  });
  it('reads a partitive of a known group with nothing happening to it as part of the group', () => {
    expect(counts('41 of the passengers were Peruvian')[0]).toMatchObject({ container: 'part of passenger' });
    expect(counts('three of the attackers were arrested')[0]).toMatchObject({ container: null });
  });
  it('reads a year before a plural noun after a determiner as a year', () => {
    expect(mentions('troops will join the 2016 exercises later this week')[0]).toMatchObject({
      kind: 'date',
      year: 2016,
    });
  });
  it('does not take a listed item as the group of the next count', () => {
    expect(counts('70 planes and helicopters, 340 tanks')[1]).toMatchObject({
      subject: 'tank',
      container: null,
    });
  });
});

describe('numbers that are not counts, and timespans', () => {
  it('reads a number set off by commas after a name as an age', () => {
    expect(counts('Maria Lopez, 64, was declared the winner.')).toEqual([]);
  });
  it('does not read "mostly" before an adjective as a share', () => {
    expect(mentions('Observers said the vote was mostly peaceful.')).toEqual([]);
    expect(mentions('85,000 people, mostly in the south')[1]).toMatchObject({ kind: 'proportion' });
  });
  it('reads "after 12 hours" as a time after, like "12 hours after"', () => {
    expect(mentions('Even after 9 hours of the blaze, no toll was given.')[0]).toMatchObject({
      kind: 'duration',
      relation: 'after',
    });
    expect(mentions('more than 9 hours after the blaze')[0]).toMatchObject({ relation: 'after' });
  });
  it('reads forces mobilised, activated or sent in any tense as deployed', () => {
    for (const text of [
      'Chile is mobilizing 240,000 troops.',
      'The governor activated 2,000 guardsmen.',
      'It will deploy 300 Marines.',
    ])
      expect(counts(text)[0]).toMatchObject({ role: 'deployed' });
  });
  it('reads "is sending" as a deployment', () => {
    expect(counts('Austria is sending 2,600 troops to the drills.')[0]).toMatchObject({ role: 'deployed' });
  });
  it('reads "will take part" as taking part, whatever the auxiliaries before it', () => {
    expect(counts('Some 2,900 Austrian troops will take part in the games.')[0]).toMatchObject({
      role: 'participated',
    });
    expect(counts('80 Chilean soldiers marching in the parade')[0]).toMatchObject({ role: null });
  });
});

describe('attribution: who gives a figure', () => {
  const attributions = (text: string) =>
    extractFromSentence(text)
      .filter((m) => m.kind === 'count')
      .map((m) => [m.text, m.attribution ?? null]);
  it.each([
    ['Police said 1.6 million people marched across the country.', 'police'],
    ['Some 3.4 million people took part, according to the organisers.', 'organiser'],
    ['At least 45 people were killed, the health minister said.', 'health minister'],
    ['Around 650 homes collapsed, said the interior ministry.', 'interior ministry'],
  ])('%s', (text, body) => {
    expect(attributions(text)[0]![1]).toBe(body);
  });
  it.each([
    ['The toll rose to 212 dead, according to data released by the disaster agency.', 'disaster agency'],
    ['At least 40 homes burned, according to figures published by Lorn police.', 'lorn police'],
    ['At least 40 homes burned, according to figures released Monday by Lorn police.', 'lorn police'],
    ['At least 40 homes burned, according to figures put out by Lorn police.', 'lorn police'],
  ])('takes the giver of the material, not the material: %s', (text, body) => {
    expect(attributions(text)[0]![1]).toBe(body);
  });
  it.each([
    ['According to figures broken down by province, 40 people died.'],
    ['According to data on deaths by region, 40 people died in Lorn.'],
  ])('takes no body from a "by" that does not follow a participle of giving out: %s', (text) => {
    expect(attributions(text)[0]![1]).not.toMatch(/province|region/);
  });
  it('takes no pronoun for a body ("according to him" names none of itself)', () => {
    expect(attributions('According to him, 300 homes have collapsed in the valley.')[0]![1]).toBeNull();
  });
  it('gives each clause its own body', () => {
    expect(
      attributions('Police said 10,000 people marched, while organisers put the figure at 50,000 people.'),
    ).toEqual([
      ['10,000 people', 'police'],
      ['50,000 people', 'organiser'],
    ]);
  });
  it('names no body for a participle that is not a verb of saying', () => {
    expect(
      attributions(
        'It refuses to recognise the autonomy declared in 1994 by 2.6 million inhabitants.',
      )[0]![1],
    ).toBeNull();
  });
  it('names no body for a pronoun', () => {
    expect(attributions('He said 300 people had been arrested.')[0]![1]).toBeNull();
  });
  it.each([
    // The object of a preposition is not the speaker.
    ['At least 45 people were killed, people familiar with the matter said.'],
    // Claiming responsibility gives no figure.
    ['A group claimed responsibility for the attack that killed 140 people.'],
    // The listener of "told" is not the speaker.
    ['The blast killed 90 people, told the local news outlet.'],
    // Initials and numbers cut out of a name are not a body.
    ['At least 9 service members were killed, according to two U.S. officials.'],
    // An apposition that names no speaker's office is not an attribution.
    ['Jon Varga, a friend of the mayor, said 40 people were hurt.'],
  ])('names no body that is not the speaker: %s', (text) => {
    expect(attributions(text)[0]![1]).toBeNull();
  });
  it.each([
    ['A spokesman for the ministry said 300 people were hurt.', 'ministry'],
    ['A doctor at the hospital said 300 people were hurt.', 'doctor'],
    ['Nearly 25 bodies were taken to the morgue, two police sources said.', 'police source'],
    // A named speaker with an apposition: the body the spokesman speaks for.
    [
      'Jon Varga, a spokesman for the port authority, told a radio station that 40 people were hurt.',
      'port authority',
    ],
    ['Mira Holt, an official of the coastguard, said 14 people were missing.', 'coastguard'],
  ])('names the speaker around a preposition or a number: %s', (text, body) => {
    expect(attributions(text)[0]![1]).toBe(body);
  });
});

describe('day-first dates', () => {
  it('reads the year after a comma as part of the date', () => {
    expect(mentions('The order was signed on 09th May, 2019 in the capital.')).toMatchObject([
      { kind: 'date', day: 9, month: 5, year: 2019 },
    ]);
  });
});

describe('clock times', () => {
  const times = (text: string) => mentions(text).filter((m) => m.kind === 'time');
  it('keeps the a.m. / p.m. of a time with minutes', () => {
    expect(times('The train left at 11:40 p.m. local time.')).toMatchObject([{ hour: 23, minute: 40 }]);
    expect(times('The train left at 11:40 a.m. local time.')).toMatchObject([{ hour: 11, minute: 40 }]);
    expect(times('The alarm sounded at 12:10 AM on Saturday.')).toMatchObject([{ hour: 0, minute: 10 }]);
    expect(times('The polls closed at 7:45 pm.')).toMatchObject([{ hour: 19, minute: 45 }]);
  });
  it('reads a hedged clock time as one time, not a count and a stray number', () => {
    const about = mentions('The flight took off at about 11:40 a.m. local time.');
    expect(about).toMatchObject([{ kind: 'time', hour: 11, minute: 40, hedge: 'about' }]);
    expect(mentions('It happened around 3:00 am, witnesses said.')).toMatchObject([
      { kind: 'time', hour: 3, minute: 0, hedge: 'about' },
    ]);
  });
  it('reads "just after" and "shortly before" a clock time as a bound on the time', () => {
    expect(mentions('The blast came just after 4pm on the ring road.')).toMatchObject([
      { kind: 'time', hour: 16, minute: 0, hedge: 'more than' },
    ]);
    expect(mentions('The ferry left shortly before 9 a.m. on Friday.')[0]).toMatchObject({
      kind: 'time',
      hour: 9,
      hedge: 'nearly',
    });
  });
  it('reads both ends of "between 3 am and 4 am" as times', () => {
    expect(mentions('The shelling lasted between 3 am and 4 am.')).toMatchObject([
      { kind: 'time', hour: 3 },
      { kind: 'time', hour: 4 },
    ]);
  });
});

describe('words that look like counts but report none', () => {
  it('reads "N-minute" and "N-hour" modifiers as no count, like "N-day"', () => {
    expect(counts('The 25-minute flight crashed on landing.')).toEqual([]);
    expect(counts('It ended a 12-hour standoff.')).toEqual([]);
  });
  it('reads "half a dozen" as about six, not a half and a dozen', () => {
    expect(mentions('About half a dozen people were hurt.')).toEqual([
      expect.objectContaining({ kind: 'count', min: 6, max: 6, hedge: 'about', subject: 'person' }),
    ]);
  });
  it('drops a vague count of informants ("Several said...") but keeps a vague crowd', () => {
    expect(counts('Several said they had not been told.')).toEqual([]);
    expect(counts('Tens of millions have gathered since the carnival began.')[0]).toMatchObject({
      vague: true,
    });
    // With a role it reports something.
    expect(counts('Dozens were killed in the raid.')[0]).toMatchObject({ vague: true, role: 'killed' });
  });
  it('drops the count of informants before a verb of saying', () => {
    expect(counts('Three police sources said 40 people died.')).toEqual([
      expect.objectContaining({ min: 40, role: 'killed' }),
    ]);
    expect(counts('Two officials told reporters the toll could rise.')).toEqual([]);
    // Informants who are themselves the figure stay: "two officials were killed".
    expect(counts('Two officials were killed in the blast.')[0]).toMatchObject({ min: 2, role: 'killed' });
  });
  it('reads "three times" and "five times larger" as no count', () => {
    expect(counts('The price rose three times in a year.')).toEqual([]);
    expect(counts('The blast was five times larger than the last.')).toEqual([]);
  });
  it('reads yards, feet, inches and acres as measures', () => {
    expect(mentions('The crowd stood 150 yards from the stage.')[0]).toMatchObject({
      kind: 'measure',
      unit: 'yard',
    });
    expect(mentions('The wall is 10 feet high.')[0]).toMatchObject({ kind: 'measure', unit: 'foot' });
    expect(mentions('The fire burned 300 acres.')[0]).toMatchObject({ kind: 'measure', unit: 'acre' });
  });
  it('reads "in one fell swoop" as no count', () => {
    expect(counts('They were removed in one fell swoop.')).toEqual([]);
  });
});

describe('speeds', () => {
  it('reads km/h written with a slash, kmh, kph and kmph (South Asian copy) as one unit', () => {
    for (const text of [
      'Winds reached 120 km/h on the coast.',
      'Winds reached 120 kmh on the coast.',
      'Winds reached 120 kph.',
      'Winds of 120 kmph were recorded inland.',
    ])
      expect(mentions(text)[0]).toMatchObject({ kind: 'measure', min: 120, unit: 'km/h' });
  });
});

describe('figures stated as a possibility or a forecast', () => {
  it.each([
    ['The mayor said the toll could reach 900.', 'killed (possible)'],
    ['As many as 500 people may have died.', 'killed (possible)'],
    ['The death toll is expected to rise to 300.', 'killed (possible)'],
    ['The ministry could send up to 5,000 troops.', 'deployed (possible)'],
  ])('%s', (text, role) => {
    expect(counts(text)[0]).toMatchObject({ role });
  });
  it.each([
    ['At least 300 people were killed, and the toll could rise.', 'killed'],
    ['The ministry will send 5,000 troops.', 'deployed'],
    ['At least 11 people were feared killed in the crush.', 'killed'],
    ['An estimated 500 people were killed.', 'killed'],
    // A possibility word after "and" qualifies the next item, not this count.
    ['Police arrested 300 fans and possibly some players.', 'arrested'],
  ])('%s stays a count of what happened', (text, role) => {
    expect(counts(text)[0]).toMatchObject({ role });
  });
});

describe('the body a count names (branch of service, nation, organisation, unit)', () => {
  const bodies = (text: string) => extractFromSentence(text).map((m) => [m.text, m.body]);
  it('reads capitalised modifiers before the counted noun, and branch members named by the noun', () => {
    expect(bodies('The patrol lost nine Marines and three Navy sailors on Monday.')).toEqual([
      ['nine Marines', 'marine'],
      ['three Navy sailors', 'navy'],
      ['Monday', undefined],
    ]);
    expect(bodies('The dead included four Air Force pilots and 12 U.S. troops.')).toEqual([
      ['four Air Force pilots', 'air force'],
      ['12 U.S. troops', 'american'],
    ]);
  });
  it('names no body for plain counts or in a headline set in title case', () => {
    expect(bodies('Some 40 soldiers were wounded.')[0]![1]).toBeUndefined();
    expect(bodies('Blast Kills 12 Army Soldiers Near Border Post')[0]![1]).toBeUndefined();
  });
});

describe('a demonym before a noun of nationality names the nationality', () => {
  it('reads "six Kenyan nationals" and "two U.S. citizens" as the people of that nation', () => {
    expect(counts('Among the passengers were six Kenyan nationals.')[0]).toMatchObject({ subject: 'kenyan' });
    expect(counts('Two U.S. citizens were detained.')[0]).toMatchObject({ subject: 'american' });
    expect(counts('The passengers included one Danish person.')[0]).toMatchObject({ subject: 'danish' });
    // Other nouns keep their own head: a demonym there names the body, not what is counted.
    expect(counts('Six Kenyan runners finished.')[0]).toMatchObject({ subject: 'runner' });
  });
});

describe('a count after "including" with no noun of its own', () => {
  it('is part of the count before it, however far back in the sentence', () => {
    const found = counts(
      'The 12 drones crossed the sea from launch sites near Lorn and Dren, including five that probably came down in Vell, the ministry said.',
    );
    expect(found[1]).toMatchObject({ min: 5, subject: 'drone', container: 'part of drone' });
  });
  it('leaves a count with its own noun alone', () => {
    const found = counts('The 12 drones flew up to 300 km from bases near Lorn, including five decoys.');
    expect(found[1]).toMatchObject({ min: 5, subject: 'decoy' });
  });
});

describe('a list of counts by place after the role noun they count', () => {
  it('gives every item the counted thing and role of the first ("the deaths of: 14 people in Lorn; 12 in Dren")', () => {
    expect(
      counts(
        'By Sunday, officials had recorded the deaths of: 14 people in Lorn; 12 in Dren; five in Vell.',
      ).map((m) => [m.text, m.subject, m.role]),
    ).toEqual([
      ['14 people', 'person', 'killed'],
      ['12', 'person', 'killed'],
      ['five', 'person', 'killed'],
    ]);
  });
  it('leaves a count after a semicolon that is no item of a list by place alone', () => {
    expect(counts('Six soldiers were killed; 40 were hurt in the blast.')[1]).toMatchObject({
      subject: null,
    });
  });
});

describe('a role after an aside that lists part of a count', () => {
  it('gives the role after ", including ..., " to the count before the aside and to those inside it', () => {
    expect(
      counts('Last year 31 people, including four foreign nationals, died when a ferry sank.'),
    ).toMatchObject([
      { text: '31 people', role: 'killed' },
      { text: 'four foreign nationals', role: 'killed' },
    ]);
    expect(counts('Some 14 miners, including two engineers and a foreman, were injured.')).toMatchObject([
      { role: 'injured' },
      { text: 'two engineers', role: 'injured' },
    ]);
  });
  it('gives no role when none follows the aside', () => {
    expect(
      counts('The bus carried 40 people, including six children, a driver spokesman said.').map(
        (m) => m.role,
      ),
    ).toEqual([null, null]);
  });
});

describe('South Asian scales and the rupee', () => {
  it('reads lakh and crore as scales and Rs, ₹ and rupees as the rupee', () => {
    expect(mentions('The state will pay Rs 15 lakh to each family.')[0]).toMatchObject({
      kind: 'money',
      min: 1_500_000,
      unit: 'INR',
    });
    expect(mentions('A fund of ₹1.5 crore and Rs. 400 per day was set up.')).toMatchObject([
      { text: '₹1.5 crore', min: 15_000_000, unit: 'INR' },
      { text: 'Rs. 400', min: 400, unit: 'INR' },
    ]);
    expect(mentions('Each injured person gets 50,000 rupees.')[0]).toMatchObject({
      kind: 'money',
      unit: 'INR',
    });
    expect(counts('Nearly two crore pilgrims bathed.')[0]).toMatchObject({
      min: 20_000_000,
      subject: 'pilgrim',
    });
  });
});

describe('part of the dead', () => {
  it('reads "three of the deceased" as killed and part of the dead, not the whole toll', () => {
    expect(counts('Three of the deceased came from the coast.')[0]).toMatchObject({
      role: 'killed',
      container: 'part of deceased',
    });
    expect(counts('Two of the dead were children.')[0]).toMatchObject({
      role: 'killed',
      container: 'part of dead',
    });
  });
});

describe('counts listed as part of a count share its role', () => {
  it('gives the items after ", including" the role of the count before them', () => {
    expect(counts('The storm killed dozens of people, including at least nine U.S. sailors.')).toMatchObject([
      { role: 'killed' },
      { text: 'at least nine U.S. sailors', role: 'killed' },
    ]);
    expect(
      counts('The blast wounded 40 people, including two medics, a driver and three guards, police said.'),
    ).toMatchObject([
      { role: 'injured' },
      { text: 'two medics', role: 'injured' },
      { text: 'three guards', role: 'injured' },
    ]);
  });
  it('leaves a count after the list alone', () => {
    expect(
      counts('The fire destroyed 30 homes, including two schools, and 12 cars were parked.')[2],
    ).toMatchObject({
      text: '12 cars',
      role: null,
    });
  });
});

describe('vague amounts of millions, and a verb right after a count', () => {
  it('reads "tens of millions" and "hundreds of millions" as vague amounts', () => {
    expect(counts('Tens of millions have visited the shrine.')[0]).toMatchObject({
      min: 20_000_000,
      max: 99_999_999,
      vague: true,
    });
    expect(counts('Hundreds of millions of viewers tuned in.')[0]).toMatchObject({
      min: 200_000_000,
      vague: true,
    });
  });
  it('does not take a past tense right after a count for what is counted', () => {
    expect(counts('Outside the court, hundreds cheered.')[0]).toMatchObject({ subject: null });
    expect(counts('Police said 30 armed men fled.')[0]).toMatchObject({ subject: 'man' });
  });
});

describe('attributions right after a figure', () => {
  const attributions = (text: string) =>
    extractFromSentence(text)
      .filter((m) => m.kind === 'count')
      .map((m) => [m.text, m.attribution ?? null]);
  it('gives each figure the "according to" that follows it, two in one clause', () => {
    expect(
      attributions(
        'In the port city, 12,000 people rallied according to police, and 90,000 according to the organisers.',
      ),
    ).toEqual([
      ['12,000 people', 'police'],
      ['90,000', 'organiser'],
    ]);
  });
  it('reads the body of a passive ("claimed by the unions"), never a scale word', () => {
    expect(attributions('Officials gave no figure, against 3 million claimed by the unions.')).toEqual([
      ['3 million', 'union'],
    ]);
  });
});

describe('clock times in a named zone', () => {
  it('keeps the zone of a time as its unit; a bracketed conversion is the same time, not a second local time', () => {
    expect(mentions('The tremor hit at 21:05 local time (19:05 GMT) on Monday.')).toMatchObject([
      { text: '21:05 local time (19:05 GMT)', kind: 'time', hour: 21 },
      { kind: 'date' },
    ]);
    expect(mentions('The tremor hit at 19:05 GMT on Monday.')[0]).toMatchObject({ hour: 19, unit: 'UTC' });
    expect(mentions('Voting closed at 8 p.m. ET.')[0]).toMatchObject({
      text: '8 p.m. ET',
      hour: 20,
      unit: 'ET',
    });
  });
});

describe('roles shared by counts joined by "and"', () => {
  it('gives both objects of one verb its role, and both subjects of one passive', () => {
    expect(
      counts('The navy is sending 300 sailors and 40 more Coast Guard cutters crews, officials said.'),
    ).toMatchObject([{ role: 'deployed' }, { role: 'deployed' }]);
    expect(counts('About 900 reservists and 150 Marines were mobilized.')).toMatchObject([
      { role: 'deployed' },
      { role: 'deployed' },
    ]);
  });
  it('does not give the role of an earlier passive to a count after "and"', () => {
    expect(counts('Officials said 40 were killed and three clinics were overwhelmed.')).toMatchObject([
      { role: 'killed' },
      { text: 'three clinics', role: null },
    ]);
    expect(counts('The blast killed 19 people and two bombers detonated vests.')[1]).toMatchObject({
      role: null,
    });
  });
});

describe('an acronym as the body that gives a figure', () => {
  it('keeps the acronym whole ("the USGS said", not "usg")', () => {
    expect(extractFromSentence('The tremor measured magnitude 5.9, the USGS said.')[0]!.attribution).toBe(
      'usgs',
    );
  });
});

describe('how long a thing lasts, as a hyphenated modifier', () => {
  const durations = (text: string) =>
    mentions(text)
      .filter((m) => m.kind === 'duration')
      .map((m) => [m.text, m.min, m.unit, m.relation]);
  it('reads "a 10-day truce", "a three-day visit" and "the week-long drills" as durations', () => {
    expect(durations('After a 10-day truce and a three-day visit, the week-long drills began.')).toEqual([
      ['10-day', 10, 'day', 'for'],
      ['three-day', 3, 'day', 'for'],
      ['week-long', 1, 'week', 'for'],
    ]);
  });
  it('names what a state held "for" a time is ("at war for years", "in power for 11 years")', () => {
    const named = (text: string) => mentions(text).find((m) => m.kind === 'duration')?.subject;
    expect(named('The country was at war for six years.')).toBe('war');
    expect(named('He was held in prison for 11 years.')).toBe('prison');
    expect(named('She has been in power for 11 years.')).toBe('tenure');
    expect(named('Workers stayed on strike for three weeks.')).toBe('strike');
    // Not a state: "for" after another word.
    expect(named('They waited for decades.')).toBeNull();
  });
  it('reads "will last five days" as how long it lasts, an age as an age, and skips strengths', () => {
    expect(durations('The summit will last five days.')).toEqual([['five days', 5, 'day', 'for']]);
    expect(mentions('A 19-year-old recruit joined a 40-strong platoon after a 10-second pause.')).toEqual([
      expect.objectContaining({ text: '19-year-old', kind: 'age', min: 19, subject: 'recruit' }),
    ]);
    expect(mentions('They held a 2-hour-long meeting.')[0]).toMatchObject({
      kind: 'duration',
      min: 2,
      unit: 'hour',
    });
  });
});

describe('the present period and the next', () => {
  it('reads "later this week", "this month" and "next year" as relative times', () => {
    expect(
      mentions('Ministers meet later this week, before a vote this month and a poll next year.'),
    ).toMatchObject([
      { text: 'later this week', kind: 'relative-time', min: 0, unit: 'week', relation: 'this' },
      { text: 'this month', kind: 'relative-time', min: 0, unit: 'month', relation: 'this' },
      { text: 'next year', kind: 'relative-time', min: 1, unit: 'year', relation: 'next' },
    ]);
  });
  it('leaves idioms alone ("this time", "these days")', () => {
    expect(mentions('This time the talks failed, as they often do these days.')).toEqual([]);
  });
});

describe('two, said as a pair', () => {
  it('reads "twin" and "a pair of" before a plural as two', () => {
    expect(counts('Twin blasts struck the market.')[0]).toMatchObject({ min: 2, max: 2, subject: 'blast' });
    expect(counts('A pair of car bombs exploded.')[0]).toMatchObject({ min: 2, subject: 'bomb' });
  });
  it('reads no pair before a singular ("his twin brother")', () => {
    expect(counts('His twin brother arrived.')).toEqual([]);
  });
  it('ends the counted noun at an irregular past tense after a plural ("protesters threw")', () => {
    expect(counts('About 300 troops left the base.')[0]).toMatchObject({
      text: 'About 300 troops',
      subject: 'troop',
    });
  });
});

describe('where a counted noun ends, and falling pairs', () => {
  it('ends the noun at a singular word after a plural head ("750 troops wait"), keeping compounds', () => {
    expect(counts('Some 750 troops wait at the border.')[0]).toMatchObject({
      text: 'Some 750 troops',
      subject: 'troop',
    });
    expect(counts('Police held 10 arms dealers.')[0]).toMatchObject({ subject: 'dealer' });
  });
  it('reads a falling "from 10 to 5" as two figures, not a range', () => {
    expect(mentions('The notice was cut from 12 to 6 days.').map((m) => [m.text, m.min, m.max])).toEqual([
      ['12', 12, 12],
      ['6 days', 6, 6],
    ]);
  });
});

describe('tolls, participles and adjectives that name no body', () => {
  it('finds a toll named far before its figure in the same clause', () => {
    expect(
      counts(
        'The death toll from the storm in the small southern mountain town of Ardmore has soared to 1,240.',
      )[0],
    ).toMatchObject({ min: 1240, role: 'killed' });
  });
  it('does not take "following", "given" or "shown" after a count for what it counts', () => {
    expect(counts('Up to 4,000 following the collapse were moved.')[0]).toMatchObject({ subject: null });
    expect(counts('The tally of 3,000 given by the mayor stood.')[0]).toMatchObject({ subject: null });
  });
  it('names no body with an adjective before a noun of saying ("previous estimates")', () => {
    expect(
      extractFromSentence('Previous estimates put the number of deaths at more than 700.')[0]!.attribution,
    ).toBeUndefined();
  });
});

describe('possessives in a counted noun phrase', () => {
  it('reads "the town’s" as the town, and goes on to the noun it owns', () => {
    expect(mentions('Around a third of the town’s population has left.')[0]).toMatchObject({
      subject: 'population',
    });
    expect(singular('Chile’s')).toBe('chile');
    expect(singular("voters'")).toBe('voter');
  });
});

describe('magnitudes written in other ways', () => {
  it('reads "a magnitude-6.1 tremor", "its magnitude at 6.1" and "a magnitude of 6" as magnitudes', () => {
    expect(mentions('A magnitude-6.1 tremor shook the valley.')[0]).toMatchObject({
      kind: 'measure',
      min: 6.1,
      unit: 'magnitude',
    });
    expect(mentions('The agency put its magnitude at 6.1.')[0]).toMatchObject({
      kind: 'measure',
      unit: 'magnitude',
    });
    expect(mentions('It had a magnitude of 6, officials said.')[0]).toMatchObject({
      kind: 'measure',
      min: 6,
      unit: 'magnitude',
    });
  });

  it('reads a decimal right before a quake noun, and what a quake measured, as magnitudes', () => {
    for (const [text, min] of [
      ['6.3 earthquake strikes Lorn', 6.3],
      ['A 5.9 quake shook Dren on Sunday.', 5.9],
      ['A 4.8 aftershock followed at noon.', 4.8],
      ['The agency said the quake measured 6.2 and was centred near Vell.', 6.2],
      ['A tremor measuring 5.1 hit the coast.', 5.1],
    ] as const)
      expect(mentions(text)[0], text).toMatchObject({ kind: 'measure', min, unit: 'magnitude' });
  });

  it('still counts quakes, and reads a unit after what a quake measured', () => {
    expect(mentions('Two earthquakes hit Norland on Sunday.')[0]).toMatchObject({ kind: 'count', min: 2 });
    expect(mentions('Some 3 quakes were felt.')[0]).toMatchObject({ kind: 'count', min: 3 });
    expect(mentions('The quake measured 10 km deep.')[0]).toMatchObject({ kind: 'measure', unit: 'km' });
  });
});

describe('a people named by its nationality alone', () => {
  it.each([
    ['40,000 Dutch protest farm tax plan', 'dutch'],
    ['Some 2,500 Irish march in Lorn against the levy.', 'irish'],
    ['About 9,000 Vellese rally for new vote', 'vellese'],
  ])('%s counts the people of that nation, not the noun after the verb', (text, body) => {
    expect(extractFromSentence(text)[0]).toMatchObject({ kind: 'count', subject: 'person', body });
  });

  it('still counts the plural noun a nationality qualifies', () => {
    expect(mentions('40,000 Dutch farmers protest the tax plan.')[0]).toMatchObject({ subject: 'farmer' });
    expect(mentions('Some 300 Irish troops left Dren.')[0]).toMatchObject({ subject: 'troop' });
  });
});

describe('what a length of time is the length of', () => {
  const lengths = (text: string) =>
    mentions(text)
      .filter((m) => m.kind === 'duration')
      .map((m) => [m.text, m.subject]);
  it.each([
    ['The week-long drills began on Monday.', [['week-long', 'drill']]],
    ['It was the second day of a two-day visit.', [['two-day', 'visit']]],
    ['The manoeuvres will last nine days, officials said.', [['nine days', 'manoeuvre']]],
    ['The festival runs for six weeks.', [['six weeks', 'festival']]],
  ])('%s', (text, expected) => {
    expect(lengths(text)).toEqual(expected);
  });
  it('names nothing when the text does not', () => {
    expect(lengths('They waited for five days.')).toEqual([['five days', null]]);
  });
});

describe("words that name JavaScript objects' own members", () => {
  it.each([
    'Its constructor 500 workers were hired.',
    'They built 500 constructor units.',
    'He paid constructor 50 in fees.',
    'About 300 toString valueOf hasOwnProperty __proto__ were counted.',
    'The 20 constructor-long delays ended.',
  ])('%s reads no word as a unit, currency, scale or role', (text) => {
    for (const m of mentions(text)) {
      expect(m.kind).not.toBe('money');
      if (m.kind === 'count') expect(Number.isFinite(m.min)).toBe(true);
      for (const value of [m.unit, m.role, m.subject])
        expect(['string', 'undefined', 'object']).toContain(typeof value);
    }
  });
});

describe('what lasts, named after a length', () => {
  it('names the thing the length modifies, not a weekday after it', () => {
    const [length] = mentions('The mission ends its 15-year presence Friday.').filter(
      (m) => m.kind === 'duration',
    );
    expect(length).toMatchObject({ text: '15-year', subject: 'presence' });
  });
});

describe('a span of years', () => {
  it('reads two years, no count, in "in 1994-2002" or "from 2010 to 2014", but still counts "1,994-2,002 ballots"', () => {
    expect(mentions('She served as mayor of the port in 1994-2002.')).toMatchObject([
      { kind: 'date', year: 1994 },
      { kind: 'date', year: 2002 },
    ]);
    expect(counts('He led the agency from 2010 to 2014, aides said.')).toEqual([]);
    expect(counts('Officials found 1,994-2,002 ballots.')[0]).toMatchObject({ min: 1994, max: 2002 });
  });
});

describe('how often, not how long', () => {
  it('reads "every three years" as a length between times, not how long a thing lasts', () => {
    expect(mentions('The games are held every three years.')).toMatchObject([
      { text: 'three years', kind: 'duration', min: 3, unit: 'year', relation: 'every' },
    ]);
  });
});

describe('figures in a conditional sentence', () => {
  it('reads "If confirmed, ... would" as a supposition', () => {
    expect(
      counts('If confirmed, a death toll of over 700 would mean a quarter of the village had died.')[0],
    ).toMatchObject({
      min: 700,
      role: 'killed (possible)',
    });
  });
  it('keeps a plan stated with "will" as stated', () => {
    const [count] = counts('If the rain stops, 300 residents will return home.');
    expect(count).toMatchObject({ min: 300 });
    expect(count!.role ?? '').not.toMatch(/possible/);
  });
});

describe('ages', () => {
  const ages = (text: string) =>
    mentions(text)
      .filter((m) => m.kind === 'age')
      .map((m) => [m.text, m.min, m.subject]);
  it.each([
    ['Maria Lopez, 64, was appointed on Monday.', [['64', 64, 'lopez']]],
    ['Maria Lopez, aged 64, was appointed.', [['aged 64', 64, 'lopez']]],
    ['A man aged 64 was arrested.', [['aged 64', 64, 'man']]],
    ['The 64-year-old Maria Lopez was appointed.', [['64-year-old', 64, 'lopez']]],
    ['A 64-year-old man was arrested.', [['64-year-old', 64, 'man']]],
  ])('%s', (text, expected) => {
    expect(ages(text)).toEqual(expected);
  });
  it('reads no age of months-old infants or of strengths', () => {
    expect(ages('A 3-month-old baby and a 500-strong unit were seen.')).toEqual([]);
  });
});

describe('killed "to death"', () => {
  it('reads any verb done to death as killed', () => {
    expect(counts('In the panic, 9 people were trampled to death.')[0]).toMatchObject({
      min: 9,
      role: 'killed',
    });
    expect(counts('Four villagers were burnt to death.')[0]).toMatchObject({ min: 4, role: 'killed' });
  });
});

describe('a decimal point before a scale word', () => {
  it('reads "1.345 million" as a decimal, not as thousands (no one writes 1,345 thousand million)', () => {
    expect(counts('The ministry said a total of 1.345 million people voted.')[0]).toMatchObject({
      min: 1_345_000,
      subject: 'person',
    });
    expect(mentions('The fund holds 2.125 billion dollars.')[0]).toMatchObject({ min: 2_125_000_000 });
  });
  it('still reads a dot between groups of three as thousands without a scale word', () => {
    expect(counts('Some 4.500 people took part.')[0]).toMatchObject({ min: 4500 });
  });
});

describe('attributions of a verb of counting right before a figure', () => {
  const attributions = (text: string) =>
    extractFromSentence(text)
      .filter((m) => m.kind === 'count')
      .map((m) => [m.text, m.attribution ?? null]);
  it('gives each figure the subject of the verb that gives it, two in one clause', () => {
    expect(
      attributions(
        'In the port city, the organisers counted 300,000 marchers, when the police counted 45,000.',
      ),
    ).toEqual([
      ['300,000 marchers', 'organiser'],
      ['45,000', 'police'],
    ]);
  });
  it('reads the subject before an aside that opens with a preposition', () => {
    expect(
      attributions(
        'There were 60,000 marchers according to the police, while the union, on behalf of all the strikers, counted 250,000.',
      ),
    ).toEqual([
      ['60,000 marchers', 'police'],
      ['250,000', 'union'],
    ]);
  });
  it('keeps the clause of a figure the verb does not give', () => {
    expect(attributions('The rally, the organisers said, drew some 20,000 people.')).toEqual([
      ['some 20,000 people', 'organiser'],
    ]);
  });
});

describe('rival estimates in one sentence count one thing', () => {
  const counted = (text: string) =>
    extractFromSentence(text)
      .filter((m) => m.kind === 'count')
      .map((m) => [m.text, m.subject, m.attribution ?? null]);
  it('gives a bare count that another body gives the thing the estimate before it counted', () => {
    expect(
      counted('In the port city, the organisers counted 300,000 marchers, when the police counted 45,000.'),
    ).toEqual([
      ['300,000 marchers', 'marcher', 'organiser'],
      ['45,000', 'marcher', 'police'],
    ]);
    expect(
      counted('Some 8,000 people rallied according to police, and 20,000 according to the organisers.'),
    ).toEqual([
      ['Some 8,000 people', 'person', 'police'],
      ['20,000', 'person', 'organiser'],
    ]);
  });
  it('does not when the same body gives both (two things it counts)', () => {
    expect(counted('Police counted 300 marchers and, an hour later, arrested 45.')[1]![1]).toBeNull();
  });
});

describe('people trapped', () => {
  it.each([
    ['At least 30 people remain trapped under the rubble, rescuers said.', 'At least 30 people'],
    ['Rescuers were trying to reach 12 trapped workers in the tunnel.', '12'],
    ['More than 80 miners were still trapped below ground on Tuesday.', 'More than 80 miners'],
  ])('is a role of its own, a running count: %s', (text, figure) => {
    expect(counts(text).find((m) => m.text === figure)?.role).toBe('trapped');
  });
});

describe('a length written as a modifier', () => {
  const measured = (text: string) =>
    extractFromSentence(text)
      .filter((m) => m.kind === 'measure')
      .map((m) => [m.text, m.subjectClass]);
  it.each([
    ['A 70-meter (230-foot) stretch of the road was washed away.', '70-meter (230-foot)', 'section'],
    ['The 300ft central section dropped into the river below.', '300ft', 'section'],
    ['A 40m-high pier gave way.', '40m-high', 'pier (high)'],
  ])('names the noun it measures: %s', (text, figure, thing) => {
    expect(measured(text)).toEqual([[figure, thing]]);
  });
  it('names nothing for a length that is not a modifier', () => {
    expect(measured('The cars fell 45 metres into the river.')).toEqual([['45 metres', null]]);
    expect(measured('The troops travelled 4,000km east by train.')).toEqual([['4,000km', null]]);
  });
});

describe('the size of a crowd', () => {
  it.each([
    ['Police estimated the crowd at 65,000.', '65,000', 'police'],
    ['The crowd numbered about 300,000, organisers said.', 'about 300,000', 'organiser'],
    ['Organizers claimed a turnout of 1 million.', '1 million', 'organizer'],
    ['Attendance was put at 40,000 by the city council.', '40,000', 'city council'],
    ['A 20,000-strong crowd marched through the capital on Sunday.', '20,000-strong', null],
    ['Between 20,000 and 30,000 people attended, police said.', 'Between 20,000 and 30,000 people', 'police'],
  ])('counts people taking part: %s', (text, figure, body) => {
    const m = extractFromSentence(text).find((x) => x.kind === 'count');
    expect([m?.text, m?.subjectClass, m?.role, m?.attribution ?? null]).toEqual([
      figure,
      'people',
      'participated',
      body,
    ]);
  });
  it('names no body from a day or a time after "by"', () => {
    for (const text of [
      'The ministry put the number of marchers at 40,000 by Monday.',
      'Organisers put the crowd at 12,000 by noon.',
    ]) {
      const m = extractFromSentence(text).find((x) => x.kind === 'count');
      expect([text, m!.attribution]).not.toEqual([text, 'monday']);
      expect([text, m!.attribution]).not.toEqual([text, 'noon']);
    }
  });
  it('reads no crowd size from an hour of the clock', () => {
    for (const text of [
      'Crowds began gathering at 10 on Sunday.',
      'The crowd stayed until 11 in the square.',
    ])
      expect([text, extractFromSentence(text).filter((m) => m.role === 'participated')]).toEqual([text, []]);
  });
  it('keeps the strength of a unit what it was', () => {
    expect(
      extractFromSentence('The 30-strong team left on Monday.').filter((m) => m.kind === 'count'),
    ).toEqual([]);
  });
});

describe('the place a count is of', () => {
  const places = (text: string) =>
    extractFromSentence(text)
      .filter((m) => m.kind === 'count')
      .map((m) => [m.text, m.place ?? null]);
  it.each([
    [
      'Police counted 65,000 marchers in Lorn and 300,000 across the country.',
      [
        ['65,000 marchers', 'lorn'],
        ['300,000', 'nationwide'],
      ],
    ],
    ['In Lorn, some 20,000 people marched, police said.', [['some 20,000 people', 'lorn']]],
    [
      'About 1.2 million people protested nationwide on Tuesday.',
      [['About 1.2 million people', 'nationwide']],
    ],
    ['At least 45 people were killed in the blast in Dren.', [['At least 45 people', 'dren']]],
    ['At least 45 people were killed in March, officials said.', [['At least 45 people', null]]],
    ['At least 45 people were killed in the blast.', [['At least 45 people', null]]],
    // Several places are no one place.
    [
      'Drills are held at 12 training grounds in Norland and western Vessia.',
      [['12 training grounds', null]],
    ],
    ['Floods left 40 people dead in Lorn, Dren and Vell.', [['40 people', null]]],
    // A list goes on past a place of two words ("New Dren").
    ['Floods left 40 people dead in Lorn, New Dren and Vell.', [['40 people', null]]],
    // A comma and a title after the name: one place.
    [
      'At least 84 people died in Norland, Vice President Ana Vidal said.',
      [['At least 84 people', 'norland']],
    ],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('speeds written out, categories, words before a role noun', () => {
  it.each([
    ['Gusts reached 95 miles per hour.', { unit: 'mph', min: 95 }],
    ['Gusts of 90 kilometres an hour were recorded.', { unit: 'km/h', min: 90 }],
  ])('reads a length per hour as a speed: %s', (text, expected) => {
    expect(mentions(text).find((m) => m.kind === 'measure')).toMatchObject(expected);
  });
  it('reads no count in a storm category ("a Category 2 storm")', () => {
    expect(
      counts(
        'Storm Vell came ashore near Lorn Bay, Norland, as a Category 2 storm, late on Friday, according to the Norland Weather Office.',
      ),
    ).toEqual([]);
  });
  it.each([
    'A third of the 18 reported fatalities were in Lorn.',
    'Three flood-related deaths were recorded in Lorn.',
  ])('counts people killed past a word describing the role noun: %s', (text) => {
    expect(counts(text).find((m) => m.role === 'killed')).toMatchObject({ subject: 'person' });
  });
});

describe('one unit of time with the article', () => {
  it.each([
    [
      'The road was closed for nearly a week.',
      'duration',
      { min: 1, unit: 'week', hedge: 'nearly', relation: 'for' },
    ],
    [
      'It could take more than a month to rebuild.',
      'duration',
      { min: 1, unit: 'month', hedge: 'more than' },
    ],
    ['The talks broke down more than a year ago.', 'relative-time', { unit: 'year', relation: 'ago' }],
  ])('reads a length after a hedge or "for": %s', (text, kind, expected) => {
    expect(mentions(text).find((m) => m.kind === kind)).toMatchObject(expected);
  });
  it.each([
    'The council meets once a week.',
    'A week later, the talks resumed.',
    'It was a day of mourning.',
  ])('reads no length in how often or a moment: %s', (text) => {
    expect(mentions(text).filter((m) => m.kind === 'duration')).toEqual([]);
  });
});

describe('a count with no noun at the head of the next clause', () => {
  it('counts what the count of the clause before counted, when both say what happened', () => {
    expect(
      counts('Officials said 212 people died in the south, while 1,540 were injured.').map((m) => [
        m.text,
        m.subject,
        m.role,
      ]),
    ).toEqual([
      ['212 people', 'person', 'killed'],
      ['1,540', 'person', 'injured'],
    ]);
  });
  it('not past a clause break, nor for a count that says nothing happened to it', () => {
    expect(counts('Officials said 212 people died; 1,540 were injured.')[1]!.subject).toBeNull();
    expect(counts('Officials said 212 people died in the south, and 1,540 in all.')[1]!.subject).toBeNull();
  });
});

describe('a body named before a figure whose verb of giving is left out', () => {
  const counted = (text: string) =>
    extractFromSentence(text)
      .filter((m) => m.kind === 'count')
      .map((m) => [m.text, m.subject, m.attribution ?? null]);
  it('gives the figure that body, after a figure its verb gave', () => {
    expect(
      counted(
        'The organisers counted 300,000 marchers, the police 45,000 and an independent monitor 38,000.',
      ),
    ).toEqual([
      ['300,000 marchers', 'marcher', 'organiser'],
      ['45,000', 'marcher', 'police'],
      ['38,000', 'marcher', 'independent monitor'],
    ]);
  });
  it('gives it a body named by a bare collective noun', () => {
    expect(counted('Organisers counted 200,000 people, and police 35,000.')).toEqual([
      ['200,000 people', 'person', 'organiser'],
      ['35,000', 'person', 'police'],
    ]);
  });
  it('names no body for words that are not one', () => {
    expect(counted('Police said the blast killed 12 soldiers and wounded 30.').map((c) => c[2])).toEqual([
      'police',
      'police',
    ]);
  });
});

describe('the share of a count done (election-night shapes)', () => {
  const percent = (text: string) => mentions(text).find((m) => m.kind === 'percent');
  it.each([
    'With 90% of the ballots counted, the mayor led the race.',
    'The commission said 75 percent of the ballot boxes had been counted by midnight.',
    'with 60 per cent of precincts reporting, turnout stood at 48 percent',
    'With 85% of returns processed, the result was called.',
    'With 70% of the data received, the commission gave a first result.',
  ])('%s: the share counted so far is a tally, not a result', (text) => {
    expect(percent(text)).toMatchObject({ role: 'tallied' });
  });
  it.each([
    'She won 52% of the votes counted so far.',
    'The mayor received 54% of the vote.',
    'She won with 52% of the votes counted, the council said.',
    'The commission declared him the winner with 53 percent of the votes counted.',
    'Some 40% of the buildings were damaged.',
  ])('%s: a share of the result or of a thing keeps no tally role', (text) => {
    expect(percent(text)!.role ?? null).not.toBe('tallied');
  });
});

describe('counts of what was called off', () => {
  it.each([
    ['The airline said 120 flights had been cancelled because of the strike.', 'flight'],
    ['The operator canceled 40 trains on Monday.', 'train'],
    ['Organisers are cancelling 12 concerts across the region.', 'concert'],
  ])('%s', (text, subject) => {
    expect(counts(text)[0]).toMatchObject({ subject, role: 'cancelled' });
  });
  it('gives a count its own verb, not the other count\'s ("cancelled 30 trains and delayed 20 others")', () => {
    expect(counts('The company cancelled 30 trains and delayed 20 others.')[1]!.role).not.toBe('cancelled');
  });
});

describe('hours named by a word', () => {
  it.each([
    ['The curfew lasts until midnight on Friday.', 0, undefined],
    ['The vote count ended shortly after midnight.', 0, 'more than'],
    ['Talks resumed at noon in the capital.', 12, undefined],
    ['The boat left at about midday.', 12, 'about'],
  ])('%s', (text, hour, hedge) => {
    const time = mentions(text).find((m) => m.kind === 'time');
    expect(time).toMatchObject({ hour, minute: 0 });
    expect(time?.hedge).toBe(hedge);
  });
  it('leaves a word of the hour before a noun alone ("a midnight deadline", "noon prayers")', () => {
    expect(mentions('Rebels ignored a midnight deadline to leave.').filter((m) => m.kind === 'time')).toEqual(
      [],
    );
    expect(mentions('Noon prayers were held in the square.').filter((m) => m.kind === 'time')).toEqual([]);
  });
});

describe('the strength of an armed force', () => {
  it.each([
    ['The alliance keeps a 12,000-strong rapid reaction force on standby.', '12,000-strong'],
    ['A 3,000-strong brigade moved to the coast.', '3,000-strong'],
    ['The 900-strong UN mission will leave next year.', '900-strong'],
  ])('%s: a count of troops', (text, written) => {
    expect(counts(text)[0]).toMatchObject({
      text: written,
      subject: 'troop',
      min: Number(written.split('-')[0]!.replace(',', '')),
    });
  });
  it('reads no count from the strength of a delegation', () => {
    expect(counts('A 30-strong delegation arrived on Monday.')).toEqual([]);
  });
});

describe('"the number of" a thing, reaching a figure', () => {
  it.each([
    ['The number of marchers exceeded one million by the evening.', 'one million', 'marcher'],
    ['The number of volunteers reached 3,400 on the second day.', '3,400', 'volunteer'],
  ])('%s', (text, written, subject) => {
    expect(counts(text)[0]).toMatchObject({ text: written, subject });
  });
  it('reads "one" with a scale as a number, and "one" alone as none', () => {
    expect(counts('Sales topped one million.')[0]).toMatchObject({ min: 1_000_000 });
    expect(counts('One of them was later found.')).toEqual([]);
  });
});

describe('text cut off after a hedge (a page stored in part)', () => {
  it.each([
    'The toll rose to more than',
    'Rescuers searched until just after',
    'Officials put the number at about',
  ])('reads what there is and throws nothing: %s', (text) => {
    expect(() => extractFromSentence(text)).not.toThrow();
    expect(extractFromSentence(text).filter((m) => m.kind === 'time')).toEqual([]);
  });
});
