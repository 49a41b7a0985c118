import { describe, expect, it } from 'vitest';
import { extractFromSentence } from '../../source/figures/extract.js';

/** The first mention of a kind in a phrase, as the fields a test cares about. */
const first = (text: string, kind?: string) => {
  const m = extractFromSentence(text).find((x) => !kind || x.kind === kind);
  return (
    m && { text: m.text, kind: m.kind, ...m.value, subject: m.subject, role: m.role, container: m.container }
  );
};

describe('counts', () => {
  it.each([
    ['Officials counted 7,300 ballots.', { text: '7,300 ballots', min: 7300, max: 7300, subject: 'ballot' }],
    ['The city has 2.6 million inhabitants.', { min: 2_600_000, subject: 'inhabitant' }],
    ['About 85,000 people live there.', { min: 85_000, hedge: 'about', subject: 'person' }],
    [
      'Some twenty-five fishermen were rescued.',
      { min: 25, hedge: 'about', subject: 'fisherman', role: 'rescued' },
    ],
    ['The army sent 7.300 soldiers.', { min: 7300, subject: 'soldier', role: 'deployed' }],
    ['A crowd of 7\u00a0300 protesters gathered.', { min: 7300, subject: 'protester', container: 'crowd' }],
    ['There were two dozen boats.', { min: 24, max: 24, subject: 'boat' }],
    ['Five hundred and twelve votes were cast.', { min: 512 }],
  ])('%s', (phrase, expected) => {
    expect(first(phrase, 'count')).toMatchObject(expected);
  });
});

describe('ranges and alternatives', () => {
  it.each([
    [
      'a battalion of about 700 to 850 men',
      { min: 700, max: 850, hedge: 'about', subject: 'man', container: 'battalion' },
    ],
    ['a battalion (700-850 troops)', { text: '700-850 troops', min: 700, max: 850, container: 'battalion' }],
    ['between 40 and 60 buses were burned', { min: 40, max: 60, subject: 'bus' }],
    ['five to six hundred people marched', { min: 500, max: 600, subject: 'person' }],
    ['two or three villages were flooded', { min: 2, max: 3, subject: 'village' }],
  ])('%s', (phrase, expected) => {
    expect(first(phrase, 'count')).toMatchObject(expected);
  });
});

describe('bounds and hedges', () => {
  it.each([
    ['more than 40 firefighters were injured', 'more than', 40, 'injured'],
    ['at least three people died', 'at least', 3, 'killed'],
    ['up to 200 migrants are missing', 'up to', 200, 'missing'],
    ['nearly 5,000 homes were evacuated', 'nearly', 5000, 'evacuated'],
    ['almost 700 were arrested', 'nearly', 700, 'arrested'],
    ['approximately 80 wounded', 'about', 80, 'injured'],
    ['fewer than 10 survivors', 'fewer than', 10, null],
    ['some 60 climbers remain unaccounted for', 'about', 60, 'missing'],
    ['the floods left about 900 families homeless', 'about', 900, 'displaced'],
  ])('%s', (phrase, hedge, min, role) => {
    expect(first(phrase, 'count')).toMatchObject({ hedge, min, role });
  });
});

describe('vague amounts are intervals', () => {
  it.each([
    ['dozens of looters', 24, 99, 'looter'],
    ['several dozen women', 24, 100, 'woman'],
    ['hundreds of families', 200, 999, 'family'],
    ['tens of thousands of refugees', 20_000, 99_999, 'refugee'],
    ['a handful of journalists', 2, 6, 'journalist'],
    ['a few protesters', 2, 5, 'protester'],
  ])('%s', (phrase, min, max, subject) => {
    expect(first(phrase, 'count')).toMatchObject({ min, max, subject });
  });
});

describe('what is counted and what happened to it', () => {
  it('takes the head noun, lemmatised, past adjectives', () => {
    expect(first('three masked gunmen were killed', 'count')).toMatchObject({
      subject: 'gunman',
      role: 'killed',
    });
  });
  it('reads partitives', () => {
    expect(first('three of the attackers were arrested', 'count')).toMatchObject({
      min: 3,
      subject: 'attacker',
      role: 'arrested',
    });
  });
  it('reads predicate counts with no noun', () => {
    expect(first('four were killed in the blast', 'count')).toMatchObject({
      min: 4,
      subject: null,
      role: 'killed',
    });
    expect(first('the death toll rose to four', 'count')).toMatchObject({ min: 4, role: 'killed' });
  });
  it('treats "casualties" and "deaths" as people with a role', () => {
    expect(first('resulting in five casualties', 'count')).toMatchObject({
      subject: 'person',
      role: 'casualties',
    });
    expect(first('there were 13 deaths', 'count')).toMatchObject({
      min: 13,
      subject: 'person',
      role: 'killed',
    });
  });
  it('reads the role after a passive verb of reporting', () => {
    // "were said to be", "was declared", "were confirmed", "are thought to be", "are known to
    // have": the report's verb stands between the count and what happened to it.
    expect(first('Some 70 hikers were said to be hurt.', 'count')).toMatchObject({ role: 'injured' });
    expect(first('at least 31 of the crew were declared dead', 'count')).toMatchObject({ role: 'killed' });
    expect(first('12 climbers were confirmed dead on Monday', 'count')).toMatchObject({ role: 'killed' });
    expect(first('some 40 villagers are thought to be missing', 'count')).toMatchObject({ role: 'missing' });
    expect(first('eight miners are known to have died', 'count')).toMatchObject({ role: 'killed' });
    // Not past what the count's people themselves said.
    expect(first('40 residents said they feared the flood', 'count')).toMatchObject({ role: null });
  });
  it('reads the seriously injured as a role of their own', () => {
    expect(first('Nine were killed and 12 seriously injured.', 'count')).toMatchObject({ role: 'killed' });
    const counts = extractFromSentence('Nine were killed and 12 seriously injured.').filter(
      (m) => m.kind === 'count',
    );
    expect(counts.map((m) => m.role)).toEqual(['killed', 'seriously injured']);
    expect(first('two critically wounded', 'count')).toMatchObject({ role: 'seriously injured' });
    expect(first('30 people were injured', 'count')).toMatchObject({ role: 'injured' });
  });
  it('finds the role before the number', () => {
    expect(first('the arrest of five police officers', 'count')).toMatchObject({
      subject: 'police officer',
      role: 'arrested',
    });
    expect(first('a brawl which left more than 20 guards injured', 'count')).toMatchObject({
      role: 'injured',
    });
  });
  it('sums coordinated counts in a counting context', () => {
    const mentions = extractFromSentence('a ranger and two poachers were killed in the raid');
    const sum = mentions.find((m) => m.sumOf);
    expect(sum).toMatchObject({
      text: 'a ranger and two poachers',
      value: { min: 3, max: 3 },
      role: 'killed',
    });
    expect(mentions.filter((m) => m.kind === 'count' && !m.sumOf).map((m) => [m.text, m.value.min])).toEqual([
      ['a ranger', 1],
      ['two poachers', 2],
    ]);
  });
  it('does not count an indefinite article outside a counting context', () => {
    expect(extractFromSentence('a ranger and two dogs arrived').some((m) => m.sumOf)).toBe(false);
  });
});

describe('not counts', () => {
  it.each([
    ['a 31-year-old man was detained'],
    ['under Resolution 2417 of the council'],
    ['the COVID-19 pandemic'],
    ['since the 1990s'],
    ['for the second time'],
    ['one of the most severe droughts'],
    ['the two ministers discussed trade'],
    ['the two main rival candidates debated'],
    ['both countries signed'],
    ['the three died in hospital'],
    ['the two killed a guard'],
    ['a 30-strong unit'],
  ])('%s', (phrase) => {
    expect(extractFromSentence(phrase).filter((m) => m.kind === 'count')).toEqual([]);
  });
  it.each([
    ['Divers are searching for the three missing fishermen.', { min: 3, role: 'missing' }],
    ['The search ends when the two missing hikers are found.', { min: 2, role: 'missing' }],
    ['The two injured climbers were flown out.', { min: 2, role: 'injured' }],
  ])('reads a definite small count when what happened to them follows it: %s', (phrase, expected) => {
    expect(first(phrase, 'count')).toMatchObject(expected);
  });
  it('takes no verb after a bare count for what it counts ("four fell short", "two crashed")', () => {
    const counts = extractFromSentence('Of the seven rockets, four fell short and two crashed into the sea.');
    expect(counts.map((m) => m.subject)).not.toContain('fell');
    expect(counts.map((m) => m.subject)).not.toContain('crashed');
  });
  it.each([
    ['Of the seven rockets launched by the militia, four fell short.', { min: 7, subject: 'rocket' }],
    ['The six drones flew low over the harbour.', { min: 6, subject: 'drone' }],
    ['The three bridges damaged were closed.', { min: 3, subject: 'bridge' }],
  ])('reads a definite small count of things, not people it refers back to: %s', (phrase, expected) => {
    expect(first(phrase, 'count')).toMatchObject(expected);
  });
  it('reads a year as a date', () => {
    expect(first('the charter adopted in 1994')).toMatchObject({ kind: 'date', year: 1994 });
  });
});

describe('proportions, percentages, money, measures', () => {
  it.each([
    ['half the nurses', 'proportion', { min: 0.5, subject: 'nurse' }],
    ['a third of them in the south', 'proportion', { text: 'a third' }],
    ['two-thirds of voters', 'proportion', { min: 2 / 3, subject: 'voter' }],
    ['one in six adults', 'proportion', { min: 1 / 6, subject: 'adult' }],
    ['the vast majority of them', 'proportion', { min: 0.75, max: 1, vague: true }],
    ['turnout was 62 percent', 'percent', { min: 62, unit: 'percent' }],
    ['prices rose 4.5% last year', 'percent', { min: 4.5 }],
    ['a $5 million grant', 'money', { min: 5_000_000, unit: 'USD' }],
    ['50 million euros for reconstruction', 'money', { min: 50_000_000, unit: 'EUR' }],
    ['a magnitude 6.4 earthquake', 'measure', { min: 6.4, unit: 'magnitude' }],
    ['a 5 km queue', 'measure', { min: 5, unit: 'km' }],
  ])('%s', (phrase, kind, expected) => {
    expect(first(phrase, kind)).toMatchObject(expected);
  });
});

describe('dates and times', () => {
  it.each([
    ['on Monday March 17th', { weekday: 1, month: 3, day: 17 }],
    ['This Thursday, April 10, a spokesman', { weekday: 4, month: 4, day: 10 }],
    ['on 3 March 2021', { day: 3, month: 3, year: 2021 }],
    ['in October 2023', { month: 10, year: 2023 }],
    ['on the 17th and is planning', { day: 17 }],
    ['talks on Wednesday', { weekday: 3 }],
  ])('%s', (phrase, expected) => {
    expect(first(phrase, 'date')).toMatchObject(expected);
  });
  it.each([
    ['The pilots will be withdrawn by November, officials said.', { text: 'November', month: 11 }],
    ['The pier was shut in April this year for repairs.', { text: 'April', month: 4 }],
    ['Talks have been under way since last October.', { text: 'October', month: 10 }],
  ])('reads a month alone after a word of time: %s', (phrase, expected) => {
    const date = first(phrase, 'date');
    expect(date).toMatchObject(expected);
    expect(date).not.toHaveProperty('day');
    expect(date).not.toHaveProperty('year');
  });
  it('does not read a month alone after any other word ("March" opening a sentence)', () => {
    expect(extractFromSentence('March organisers met the mayor.').filter((m) => m.kind === 'date')).toEqual(
      [],
    );
  });
  it('does not read "May" the verb as a month', () => {
    expect(extractFromSentence('officials may 3 times refuse').filter((m) => m.kind === 'date')).toEqual([]);
  });
  it('reads clock times', () => {
    expect(first('at 4:12 a.m. local time', 'time')).toMatchObject({ hour: 4, minute: 12 });
    expect(first('at 3 p.m. on Friday', 'time')).toMatchObject({ hour: 15, minute: 0 });
  });
});

describe('durations and relative times', () => {
  it.each([
    ['three or four weeks ago', 'relative-time', { min: 3, max: 4, unit: 'week', relation: 'ago' }],
    ['a week ago', 'relative-time', { min: 1, max: 1, unit: 'week', relation: 'ago' }],
    ['last week', 'relative-time', { min: 0, max: 1, unit: 'week', relation: 'last' }],
    ['over the past week', 'relative-time', { unit: 'week', relation: 'last' }],
    ['yesterday', 'relative-time', { min: 1, unit: 'day', relation: 'ago' }],
    ['in the last 15 years', 'duration', { min: 15, unit: 'year', relation: 'last' }],
    ['three decades after the war', 'duration', { min: 3, unit: 'decade', relation: 'after' }],
    ['the second time in four weeks', 'duration', { min: 4, unit: 'week', relation: 'within' }],
    ['jailed for 12 years', 'duration', { min: 12, unit: 'year', relation: 'for' }],
    ['Twenty-five years after the war', 'duration', { min: 25, unit: 'year', relation: 'after' }],
    // "Decades" alone is two decades or more, as "dozens" is two dozen or more.
    [
      'the worst drought the valley has seen in decades',
      'duration',
      { min: 2, max: 9, vague: true, unit: 'decade', relation: 'within' },
    ],
    [
      'the two families have feuded for decades',
      'duration',
      { min: 2, max: 9, vague: true, unit: 'decade', relation: 'for' },
    ],
    [
      'the mill closed decades ago',
      'relative-time',
      { min: 2, max: 9, vague: true, unit: 'decade', relation: 'ago' },
    ],
    [
      'a decades-long dispute over water',
      'duration',
      { min: 2, max: 9, vague: true, unit: 'decade', relation: 'for' },
    ],
  ])('%s', (phrase, kind, expected) => {
    expect(first(phrase, kind)).toMatchObject(expected);
  });
  it('keeps both readings of a garbled phrase', () => {
    expect(
      first('boats that we had four or five years ago months on the lake', 'relative-time'),
    ).toMatchObject({
      text: 'four or five years ago months',
      unit: 'year',
      alternatives: ['month'],
    });
  });
});

describe('words that are names of object properties', () => {
  it('reads nothing from "constructor", "toString" or "__proto__" beside a word of time', () => {
    expect(extractFromSentence('It was built in constructor, then __proto__ ago.')).toEqual([]);
  });
});

describe('how far back a record runs', () => {
  it.each([
    ['It was the deadliest landslide in the province since 2009.', '2009'],
    ['It was the largest naval drill since the 1988 drills.', '1988'],
    ['the worst drought the valley has seen in decades', 'decades'],
    ['the heaviest rain in the city in nearly three decades', 'nearly three decades'],
    ['the bloodiest day since the start of the revolt two decades ago', 'two decades ago'],
    ['Navy holds biggest drills in decades', 'decades'],
    ['The rebels shelled the port for the first time in six years.', 'six years'],
    ['It was its first test of a cruise missile in ten months.', 'ten months'],
  ])('%s', (phrase, text) => {
    expect(extractFromSentence(phrase).find((m) => m.text === text)?.baseline).toBe(true);
  });
  it.each([
    ['The bridge has stood since 2009.', '2009'],
    ['It was the first landslide in the province since 2009.', '2009'],
    ['Most residents have lived there since 2009.', '2009'],
    ['The most senior officer arrived; the mill had closed in 1988.', '1988'],
  ])('not in %s', (phrase, text) => {
    expect(extractFromSentence(phrase).find((m) => m.text === text)?.baseline).toBeUndefined();
  });
});

describe('spans', () => {
  it('point exactly into the sentence', () => {
    const text = 'On Tuesday, nearly 5,000 people fled; 12 were killed and a third of homes burned.';
    for (const m of extractFromSentence(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

// Numbers that used to be misread (issue 17): each reads as one figure with the right value.
describe('numbers in other scripts and typography', () => {
  it.each([
    [
      'thin-space thousands',
      'At least 4\u2009000 people fled.',
      { text: 'At least 4\u2009000 people', min: 4000 },
    ],
    ['narrow no-break space', 'At least 4\u202f000 people fled.', { min: 4000, subject: 'person' }],
    ['raised decimal point', '3·5 million people fled.', { text: '3·5 million people', min: 3_500_000 }],
    ['full-width digits', '１２ people died.', { text: '１２ people', min: 12, subject: 'person' }],
    ['Arabic-Indic digits', '٤٥ people died.', { text: '٤٥ people', min: 45 }],
    ['Arabic thousands separator', '١٢٬٠٠٠ people fled.', { min: 12_000 }],
    ['Persian digits', '۱۲ people died.', { min: 12 }],
  ])('%s', (_, phrase, expected) => {
    expect(extractFromSentence(phrase)).toHaveLength(1);
    expect(first(phrase, 'count')).toMatchObject(expected);
  });

  it('reads "12½ hours" as twelve and a half', () => {
    expect(first('It took 12½ hours.')).toMatchObject({ text: '12½ hours', min: 12.5, max: 12.5 });
  });

  it('counts troops, not the preposition after them', () => {
    expect(first('7,300 troops along the river were deployed.')).toMatchObject({
      text: '7,300 troops',
      subject: 'troop',
    });
    expect(first('Some 300 police around the stadium')).toMatchObject({ subject: 'police' });
  });

  it('reads nothing in 7-bit or C1 escape sequences and string payloads, nor in names like C1', () => {
    const text =
      'C1 \u009d0;x\u009c pasted \u009b2J and \u001bP1;2q\u001b\\ and \u00903$q\u009c and \u009f77\u009c and \u001b]52;c;4\u0007 done.';
    expect(extractFromSentence(text)).toEqual([]);
  });
});
