import type { Source } from '../corpus/types.js';
import { eventClass, PHRASE_BREAK, ROLES, singular, subjectClass } from '../lexicon/quantities.js';
import { startsUpper, type Token, tokenize } from '../tokens/tokenize.js';
import { attribute, inheritEstimateSubjects } from './attribution.js';
import { CLAUSE_BREAK, SAYING, tokenIndex } from './clauses.js';
import { nameWhereFrom } from './distances.js';
import { markProjections } from './modality.js';
import { readPlaces } from './places.js';
import { nounPhrase, readProportion, readQuantity, roleAfter, roleBefore } from './read-count.js';
import { isTimeZone, isWord, readAgeWord, readDate, readLengthWord, readRelative } from './read-time.js';
import type { FigureKind, FigureValue, Mention, SentenceMention } from './types.js';

export type { SentenceMention } from './types.js';

// Terminal escape sequences, 7-bit and C1: CSI, OSC (ended by BEL or ST), the string controls
// DCS, SOS, PM and APC (ended by ST), and two-character escapes. Their payloads are not figures.
const ESCAPE_SEQUENCE =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|[\]PX^_][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|[@-Z\\-_])|\u009b[0-?]*[ -/]*[@-~]|[\u0090\u0098\u009d-\u009f][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?/gu;

/** Reads every quantity, date and timeframe of one sentence. */
export function extractFromSentence(text: string): SentenceMention[] {
  // Terminal escape sequences in scraped text ("ESC[31m") are not figures: blank them out, keeping
  // every offset where it is.
  const tokens = tokenize(text.replace(ESCAPE_SEQUENCE, (sequence) => ' '.repeat(sequence.length)));
  const mentions: SentenceMention[] = [];
  const taken = new Uint8Array(tokens.length);
  const add = (
    from: number,
    to: number,
    kind: FigureKind,
    value: FigureValue,
    extra: Partial<SentenceMention> = {},
  ) => {
    for (let k = from; k < to; k++) taken[k] = 1;
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    mentions.push({
      start,
      end,
      text: text.slice(start, end),
      kind,
      value,
      subject: null,
      subjectClass: null,
      role: null,
      container: null,
      ...extra,
    });
  };

  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const date = readDate(tokens, i);
    if (date) {
      add(i, date.end, date.kind, date.value);
      i = date.end - 1;
      continue;
    }
    const age = readAgeWord(tokens, i);
    if (age) {
      const thing = nounPhrase(tokens, age.end);
      add(
        age.start,
        age.end,
        'age',
        age.value,
        thing.head ? { subject: thing.head, subjectClass: subjectClass(thing.head) } : {},
      );
      continue;
    }
    const length = readLengthWord(tokens, i);
    if (length) {
      add(i, length.end, length.kind, length.value);
      continue;
    }
    const relative = readRelative(tokens, i);
    if (relative) {
      add(i, relative.end, relative.kind, relative.value);
      i = relative.end - 1;
      continue;
    }
    const proportion = readProportion(tokens, i);
    if (proportion) {
      const subject = nounPhrase(tokens, proportion.end);
      add(
        i,
        subject.head ? subject.end : proportion.end,
        'proportion',
        {
          min: proportion.min,
          max: proportion.max,
          unit: 'share',
          ...(proportion.vague ? { vague: true } : {}),
        },
        {
          subject: subject.head,
          subjectClass: subject.head && subjectClass(subject.head),
        },
      );
      i = (subject.head ? subject.end : proportion.end) - 1;
      continue;
    }
    const quantity = readQuantity(tokens, i);
    if (quantity === 'skip') continue;
    if (quantity) {
      add(quantity.start, quantity.end, quantity.kind, quantity.value, quantity.extra);
      i = quantity.end - 1;
    }
  }
  if (!mentions.length) return mentions;
  mergeRestatements(text, tokens, mentions);
  unitsOfChange(tokens, mentions);
  markReportingDates(tokens, mentions);
  markComparedDates(tokens, mentions);
  markEventDays(tokens, mentions);
  markBaselines(tokens, mentions);
  inheritSubjects(tokens, mentions);
  dropEmptyCounts(tokens, mentions);
  shareOfCount(tokens, mentions);
  attribute(tokens, mentions);
  inheritEstimateSubjects(tokens, mentions);
  readPlaces(tokens, mentions);
  addCoordinatedSums(text, tokens, mentions);
  shareCoordinatedRoles(tokens, mentions);
  inheritListedRoles(tokens, mentions);
  nameWhatLasts(tokens, mentions);
  markTenures(tokens, mentions);
  nameWhatWeighs(tokens, mentions);
  nameWhatMeasures(tokens, mentions);
  nameWhereFrom(tokens, mentions);
  markProjections(tokens, mentions, tokenIndex(tokens));
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Reads every mention of a source, with offsets into the source's text. With `memo`, a sentence text
 * already read (in this source or another) is not read again: its mentions are copied, values too,
 * since later steps complete dates in place.
 */
export function extractMentions(
  source: Source,
  sourceIndex: number,
  memo?: Map<string, SentenceMention[]>,
): Mention[] {
  return source.sentences.flatMap((sentence) =>
    read(sentence.text, memo).map((m) => ({
      ...m,
      value: { ...m.value },
      source: sourceIndex,
      sentence: sentence.index,
      start: sentence.start + m.start,
      end: sentence.start + m.end,
    })),
  );
}

function read(text: string, memo: Map<string, SentenceMention[]> | undefined): SentenceMention[] {
  if (!memo) return extractFromSentence(text);
  let mentions = memo.get(text);
  if (!mentions) {
    mentions = extractFromSentence(text);
    memo.set(text, mentions);
  }
  return mentions;
}

const DATE_LEAD = new Set(['on', 'this', 'last', 'late', 'early', 'next', ',', 'the']);
/**
 * Verbs of answering a claim (general news English): with the verbs of saying, a day right before
 * one, between its subject and it, dates what was said ("the opposition on Monday rejected the
 * result, saying ...", "officials on Tuesday said"). An answer in words only: what was said follows
 * ("denied that ...", "..., saying"); "voters on Sunday rejected the constitution" is the vote.
 */
const ANSWERING = new Set('rejected denied dismissed disputed contested condemned'.split(' '));
/** Words that report what an answer said, after its verb. */
const SAYING_AFTER = new Set([...SAYING, 'saying', 'calling', 'adding']);

/**
 * Nouns of a statement or a count given out (general news English): a day right after one ("the
 * first estimate Monday of 140", "a briefing on Sunday") or naming one ("the Monday estimate",
 * "Monday's latest official tally") dates the statement, not the event.
 */
const STATEMENT = new Set(
  'estimate estimates count tally update updates statement announcement briefing bulletin'.split(' '),
);

/** Words between a day and the statement noun it names ("Monday's latest official tally"). */
const STATEMENT_MODIFIER = new Set(
  'last latest first initial official earlier previous new revised'.split(' '),
);

/**
 * Dates of statements ("officials said on Wednesday", "the Monday estimate") are marked with the
 * role "reported", so they are compared with the dates of other statements, never with the date of
 * the event.
 */
function markReportingDates(tokens: readonly Token[], mentions: SentenceMention[]): void {
  const at = tokenIndex(tokens);
  for (const m of mentions) {
    if (m.kind !== 'date' || (m.value.year !== undefined && m.value.day === undefined)) continue;
    let j = (at.start.get(m.start) ?? 0) - 1;
    while (j >= 0 && DATE_LEAD.has(tokens[j]!.lower)) j--;
    if (j >= 0 && (SAYING.has(tokens[j]!.lower) || STATEMENT.has(tokens[j]!.lower))) m.role = 'reported';
    // "As of Tuesday afternoon, 27,000 people had taken shelter": the day a count stood at, not the
    // event's.
    else if (/^(?:of|at)$/.test(tokens[j]?.lower ?? '') && tokens[j - 1]?.lower === 'as') m.role = 'reported';
    // "told reporters Wednesday", "told the BBC on Monday": the one told stands between.
    else if (told(tokens, j)) m.role = 'reported';
    // "The opposition on Monday rejected ...": the day between a subject and its verb of saying.
    else if (j >= 0 && isWord(tokens[j]) && (tokens[j + 1]?.lower === 'on' || m.value.day === undefined)) {
      const v = (at.end.get(m.end) ?? -2) + 1;
      const verb = tokens[v]?.lower ?? '';
      const worded = () =>
        tokens[v + 1]?.lower === 'that' || tokens.slice(v + 1).some((t) => SAYING_AFTER.has(t.lower));
      if (SAYING.has(verb) || (ANSWERING.has(verb) && worded())) m.role = 'reported';
    }
    // "On Tuesday, Foreign Minister Ana Vidal said ...": a day that opens the sentence, before a
    // subject that names who spoke, dates what was said.
    else if (j < 0 && spokeAfter(tokens, (at.end.get(m.end) ?? -2) + 1)) m.role = 'reported';
    // A day that names the statement after it: "the Monday estimate", "Monday's latest tally".
    if (m.value.day !== undefined || m.value.weekday === undefined) continue;
    let k = (at.end.get(m.end) ?? -2) + 1;
    while (k < tokens.length && STATEMENT_MODIFIER.has(tokens[k]!.lower)) k++;
    if (STATEMENT.has(tokens[k]?.lower ?? '')) m.role = 'reported';
  }
}

/**
 * Lower-case nouns that name who spoke ("the foreign minister", "police", "a government
 * spokesman"), besides names and titles in capitals (general news English).
 */
const SPEAKER_NOUNS = new Set(
  (
    'police officials authorities government ministry minister spokesman spokeswoman spokesperson ' +
    'official officer president military army agency secretary chief office media'
  ).split(' '),
);

/**
 * Whether a verb of saying follows at `from` (after a comma) a subject that names who spoke: its
 * last word a name, a title or a noun of a speaker, asides in brackets passed over, no comma and
 * no word of what happened between (a role: "On Monday, the quake killed 40 people, officials
 * said" is the quake's day), at most 12 tokens.
 */
function spokeAfter(tokens: readonly Token[], from: number): boolean {
  let k = tokens[from]?.text === ',' ? from + 1 : from;
  let depth = 0;
  let last: Token | undefined;
  for (const end = Math.min(tokens.length, k + 12); k < end; k++) {
    const t = tokens[k]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (SAYING.has(t.lower))
      return last !== undefined && (startsUpper(last.text) || SPEAKER_NOUNS.has(last.lower));
    else if (CLAUSE_BREAK.has(t.lower) || t.text === ',' || ROLES[t.lower]) return false;
    else last = t;
  }
  return false;
}

/** Words of a change that, before "from", make what follows its starting point ("up from", "rose from"). */
const CHANGED = new Set(
  'up down rose risen rising fell fallen falling increase increased decrease decreased dropped climbed jumped'.split(
    ' ',
  ),
);

/**
 * Days named in a comparison ("up somewhat from the first rally on March 2", "compared to 7,000 on
 * March 2", "higher than on Sunday") date the figure compared with, another moment than the one
 * reported: they get the role "compared", so they are never set against the day of the event
 * (they still join the same day elsewhere). The cue stands in the same stretch of the clause,
 * with no comma between.
 */
function markComparedDates(tokens: readonly Token[], mentions: SentenceMention[]): void {
  const at = tokenIndex(tokens);
  for (const m of mentions) {
    if (m.kind !== 'date' || m.role || (m.value.day === undefined && m.value.weekday === undefined)) continue;
    const first = at.start.get(m.start);
    if (first === undefined) continue;
    for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
      const t = tokens[k]!.lower;
      if ([',', ';', ':', '.', '—', '–', '('].includes(t) || CLAUSE_BREAK.has(t) || SAYING.has(t)) break;
      // "rose from 20 on Monday to 35 on Tuesday": a day after "to" dates where the change ended.
      if (t === 'to' && !['compared', 'comparison'].includes(tokens[k - 1]?.lower ?? '')) break;
      const compared =
        // "more than 40 workers trapped Friday", "more than a hundred people", "more than half
        // of the homes": a hedge of the figure after it (or inside it), no comparison.
        (t === 'than' && tokens[k + 1]?.kind !== 'number' && !figureAt(mentions, tokens, k)) ||
        ((t === 'compared' || t === 'comparison') && ['to', 'with'].includes(tokens[k + 1]?.lower ?? '')) ||
        (t === 'from' && changedFrom(tokens, k, first));
      if (compared) {
        m.role = 'compared';
        break;
      }
    }
  }
}

/**
 * Whether "from" at token k starts the figure a change is measured from, for a day at `day`: a
 * number between ("rose from 20 on Monday", "fell to 9,000 from 12,000 on Sunday": the word of
 * change up to four words back), or "up"/"down" after a break or a number ("9,000 marched, up
 * slightly from the first rally on March 2"). A fall or a jump from a place ("fell from the
 * scaffolding on Friday", "stepped down from office on Monday") compares nothing.
 */
function changedFrom(tokens: readonly Token[], k: number, day: number): boolean {
  const changed = (j: number) => CHANGED.has(tokens[j]?.lower ?? '');
  if (tokens.slice(k + 1, day).some((x) => x.kind === 'number'))
    return [k - 1, k - 2, k - 3, k - 4].some(changed);
  return [k - 1, k - 2].some(
    (j) =>
      ['up', 'down'].includes(tokens[j]?.lower ?? '') &&
      (tokens[j - 1]?.kind === 'number' || [',', '(', '—', '–'].includes(tokens[j - 1]?.text ?? '')),
  );
}

/** Whether token k lies inside a figure other than a date, or one starts right after it. */
function figureAt(mentions: readonly SentenceMention[], tokens: readonly Token[], k: number): boolean {
  const here = tokens[k]!.start;
  const next = tokens[k + 1]?.start;
  return mentions.some(
    (x) =>
      x.kind !== 'date' && ((x.start <= here && here < x.end) || (next !== undefined && x.start === next)),
  );
}

/** Words after a verb of telling that start what was told, not the one told (general English). */
const TOLD_WHAT = new Set(['to', 'that', 'of', 'about']);

/**
 * Whether a verb of telling stands at most three words before token j, with only the one told
 * between ("told reporters", "told the BBC", "briefed lawmakers"): a day right after dates the telling.
 */
function told(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k >= 0 && k >= j - 3; k--) {
    const t = tokens[k]!.lower;
    if (t === 'told' || t === 'informed' || t === 'briefed') return true;
    // "told to leave on Friday", "told them that it ended Friday", "told of the blast on Friday":
    // what was told, not when.
    if (!/^[\p{L}.'’-]+$/u.test(t) || SAYING.has(t) || TOLD_WHAT.has(t)) return false;
  }
  return false;
}

/**
 * A day (a weekday or a day of the month, not a statement's) in the same clause as a news event's
 * noun is that event's day: "the crush happened on Friday", "Tuesday's blast", "a suicide
 * attack Thursday". The event's class is kept as the date's counted subject; the nearest noun wins,
 * looking back to the clause's start and two words ahead.
 */
function markEventDays(tokens: readonly Token[], mentions: readonly SentenceMention[]): void {
  const at = tokenIndex(tokens);
  const named = new Set<number>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (
      m.kind !== 'date' ||
      m.role === 'reported' ||
      m.role === 'compared' ||
      (m.value.day === undefined && m.value.weekday === undefined)
    )
      continue;
    const first = at.start.get(m.start);
    const last = at.end.get(m.end);
    if (first === undefined || last === undefined) continue;
    // "runs until Monday", "ends on Thursday": the end of the event, not its day.
    if (tokens.slice(Math.max(0, first - 3), first).some((t) => UNTIL.has(t.lower))) continue;
    let found: string | undefined;
    // "Tuesday's blast": the day names the event after it, which then dates nothing else
    // ("the winner of Saturday's election on Wednesday": Wednesday is not the election's day).
    if (/'s$|’s$/.test(tokens[last]!.text))
      for (let k = last + 1; k <= last + 2 && k < tokens.length && !found; k++) {
        found = eventClass(tokens[k]!.lower);
        if (found) named.add(k);
      }
    for (let k = first - 1; k >= 0 && k >= first - 6 && !found; k--) {
      const t = tokens[k]!;
      if ([';', ':', '.', '—', '–'].includes(t.text) || CLAUSE_BREAK.has(t.lower) || SAYING.has(t.lower))
        break;
      // "the first crash since it opened on Oct. 4": another event's clause.
      if (SUBORDINATE.has(t.lower)) break;
      if (!named.has(k)) found = eventClass(t.lower);
    }
    if (found) {
      m.subject = found;
      m.subjectClass = found;
    } else if (datesWhatFollowed(tokens, last)) m.role = 'later';
  }
}

/**
 * Superlatives that set a record in news English ("the deadliest attack since 2007", "the worst
 * drought in decades"): the common irregular and long forms; any word in -iest is one too.
 */
const SUPERLATIVES = new Set(
  'worst best most least biggest largest strongest longest highest lowest greatest smallest fewest oldest fastest hottest coldest wettest fiercest severest harshest sharpest'.split(
    ' ',
  ),
);
/** Words ending in -iest that are no superlative. */
const NOT_SUPERLATIVE = new Set(['priest']);
/** Words before a superlative that make it a record: an article or a possessive ("Turkey's worst"). */
const RECORD_LEAD = new Set(['the', 'its', 'their', 'his', 'her', 'our']);

/** Superlatives that are also quantifiers ("most people"): records only after an article or a possessive. */
const QUANTIFIERS = new Set(['most', 'least']);

/**
 * Whether token k is a superlative ("the deadliest", "its worst"; a headline drops the article:
 * "Russia holds biggest drills in decades"), "most" and "least" only after an article or a
 * possessive ("the most violent", not "most people").
 */
function recordAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!.lower;
  if (!SUPERLATIVES.has(t) && !(/^[a-z]{3,}iest$/.test(t) && !NOT_SUPERLATIVE.has(t))) return false;
  if (!QUANTIFIERS.has(t)) return true;
  const before = tokens[k - 1];
  return before !== undefined && (RECORD_LEAD.has(before.lower) || /['’]s$/.test(before.text));
}

/**
 * A span that says how far back a superlative's record runs, in the superlative's clause: a year
 * after "since" ("the deadliest attack since 2007", "the largest drill since the 1988 drills"), a
 * span ago after "since" ("the bloodiest day since the revolt began two decades ago"), a span
 * after "in" ("the worst drought in decades", "in nearly 30 years"); a span after "in" of a first
 * ("for the first time in five years": how far back to the last such thing, which outlets may
 * count from different last things). "The first crash since 2009" names the last one's year, not
 * a span: no baseline.
 */
function markBaselines(tokens: readonly Token[], mentions: readonly SentenceMention[]): void {
  const at = tokenIndex(tokens);
  for (const m of mentions) {
    const year = m.kind === 'date' && m.value.year !== undefined && m.value.month === undefined;
    const ago = m.kind === 'relative-time' && m.value.relation === 'ago';
    const within = m.kind === 'duration' && m.value.relation === 'within';
    if (!year && !ago && !within) continue;
    const first = at.start.get(m.start);
    if (first === undefined) continue;
    if (within && tokens[first - 1]?.lower !== 'in') continue;
    if (year && !tokens.slice(Math.max(0, first - 3), first).some((t) => t.lower === 'since')) continue;
    let since = year || within;
    for (let k = first - 1; k >= 0; k--) {
      const t = tokens[k]!.lower;
      if ([';', ':', '.', ',', '—', '–'].includes(t) || CLAUSE_BREAK.has(t) || SAYING.has(t)) break;
      if (t === 'since') since = true;
      // "for the first time in five years" runs back to the last such thing, as a record does:
      // outlets count it back from different last things (the last launch, the last of its kind).
      if (since && (recordAt(tokens, k) || (within && t === 'first'))) {
        m.baseline = true;
        break;
      }
    }
  }
}

/** Units of weight: a weight says what it weighs in the noun after it. */
const WEIGHT_UNITS = new Set(['kg', 'tonne']);

/**
 * A weight names the substance it weighs: "450 kg of explosives", "nearly 250 kg explosives",
 * "20 tonnes of rice" (counted thing: the noun after it, with or without "of"), so that two
 * sources' weights of one substance are compared across passages (compare.ts).
 */
function nameWhatWeighs(tokens: readonly Token[], mentions: SentenceMention[]): void {
  const at = tokenIndex(tokens);
  for (const m of mentions) {
    if (m.kind !== 'measure' || m.subject !== null || !WEIGHT_UNITS.has(m.value.unit ?? '')) continue;
    const last = at.end.get(m.end);
    if (last === undefined) continue;
    const phrase = nounPhrase(tokens, last + 1);
    if (!phrase.head || phrase.role) continue;
    m.subject = phrase.head;
    m.subjectClass = subjectClass(phrase.head);
  }
}

/** Units of length: a length written as a modifier says what it measures ("a 70-meter stretch"). */
const LENGTH_UNITS = new Set(['km', 'm', 'foot', 'yard', 'mile']);
/**
 * Words for a part of a long structure (a bridge, a road, a wall, a rail line), one thing whatever
 * the outlet calls it: general English.
 */
const PART_WORDS = new Set(['section', 'stretch', 'span', 'segment', 'portion']);
/** Adjectives of position before the noun a length measures ("central", "main"): general English. */
const POSITION_WORDS = new Set(
  'central main middle northern southern eastern western upper lower entire whole'.split(' '),
);
/** Words after a length that say where or how, not what is measured ("3,000km north", "10m away"). */
const NOT_MEASURED =
  /^(?:(?:north|south)?(?:east|west)(?:ward|wards)?|north(?:ward|wards)?|south(?:ward|wards)?|away|apart|offshore|inland|underground|underwater|long|high|wide|deep|tall|thick)$/;
/** A length written as one word before a noun, perhaps with its dimension ("70-meter", "500ft", "40m-high"). */
const COMPOUND_LENGTH = /^[\d.,]+-?[a-z]+(?:-(high|tall|long|wide|deep|thick))?$/i;

/**
 * A length written as a compound modifier names what it measures, the noun after it ("a 70-meter
 * (230-foot) stretch", "the 500ft central section", "a 40m-high pier"), so that two sources'
 * lengths of one thing are compared across passages (compare.ts, as weights are). A height, width
 * or depth is another figure of the thing than its length: the dimension is part of what is
 * measured ("section (high)"); words for a part of a structure are one thing (PART_WORDS).
 */
function nameWhatMeasures(tokens: readonly Token[], mentions: SentenceMention[]): void {
  const at = tokenIndex(tokens);
  for (const m of mentions) {
    if (m.kind !== 'measure' || m.subject !== null || !LENGTH_UNITS.has(m.value.unit ?? '')) continue;
    const written = m.text.split('(')[0]!.trim().split(/\s+/).pop() ?? '';
    const compound = COMPOUND_LENGTH.exec(written);
    if (!compound) continue;
    const last = at.end.get(m.end);
    if (last === undefined) continue;
    const phrase = nounPhrase(tokens, last + 1);
    if (!phrase.head || phrase.role || phrase.partitive) continue;
    // The noun is the first word after the modifier, past words of position ("the 500ft central
    // section"); the phrase reader would run on into a verb ("a 40m-high pier gave way").
    let k = last + 1;
    while (POSITION_WORDS.has(tokens[k]?.lower ?? '') && k < last + 3) k++;
    const word = tokens[k];
    if (!isWord(word) || PHRASE_BREAK.has(word.lower) || NOT_MEASURED.test(word.lower)) continue;
    const head = singular(word.lower);
    const thing = PART_WORDS.has(head) ? 'section' : subjectClass(head);
    const dimension = compound[1]?.toLowerCase();
    m.subject = head;
    m.subjectClass =
      dimension && dimension !== 'long' ? `${thing} (${dimension === 'tall' ? 'high' : dimension})` : thing;
  }
}

/** Nouns of a time in office (general English): "his 20-year rule", "a decades-long reign". */
const TENURE_NOUNS = new Set(['rule', 'reign', 'tenure', 'presidency', 'premiership']);
/** Words of holding office: "31 years in power", "in office for nine years" are a time in office. */
const IN_OFFICE = new Set(['power', 'office']);

/**
 * A span of someone's time in office is one length, however the sources word it: "his 31 years in
 * power", "her nine years in office", "his decades-long rule", "a 15-year reign" (counted thing
 * "tenure", a span "for" that long), compared across passages as any length of one thing.
 */
function markTenures(tokens: readonly Token[], mentions: SentenceMention[]): void {
  const at = tokenIndex(tokens);
  for (const m of mentions) {
    if (m.kind !== 'duration') continue;
    const last = at.end.get(m.end);
    const named = m.subject !== null && TENURE_NOUNS.has(m.subject.toLowerCase());
    const inOffice =
      last !== undefined && tokens[last + 1]?.lower === 'in' && IN_OFFICE.has(tokens[last + 2]?.lower ?? '');
    if (!named && !(inOffice && m.subject === null && m.value.relation === undefined)) continue;
    m.subject = m.subject ?? 'tenure';
    m.subjectClass = 'tenure';
    m.value = { ...m.value, relation: 'for' };
  }
}

/** Words that put what a clause reports after an event: "searched Thursday after a fire". */
const AFTER = new Set(['after', 'following']);

/**
 * Whether a day that names no event dates an action its clause says came after one ("rescuers
 * searched Thursday for the workers missing after a fire", "cut off in the valley Friday following
 * a landslide"): the event was on that day or before it, so the day is not the event's. Read
 * ahead of the day to the clause's end: "after" or "following" and an event's noun at most three
 * words on, with no event's noun before them (that one would be what the day dates).
 */
function datesWhatFollowed(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k < tokens.length; k++) {
    const t = tokens[k]!.lower;
    if (['.', '—', '–'].includes(t) || CLAUSE_BREAK.has(t) || SAYING.has(t)) return false;
    if (eventClass(t)) return false;
    if (!AFTER.has(t)) continue;
    for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) if (eventClass(tokens[j]!.lower)) return true;
    return false;
  }
  return false;
}

const SUBORDINATE = new Set(['since', 'after', 'before', 'because', 'when', 'until', 'as']);
const UNTIL = new Set([
  'until',
  'till',
  'through',
  'ends',
  'end',
  'ended',
  'ending',
  'concludes',
  'last',
  'lasts',
  'next',
]);

/** Kinds whose figure a bracket may restate in other terms: "US$3 billion (S$4.1 billion)". */
const RESTATED = new Set<FigureKind>(['money', 'measure', 'date', 'percent', 'time']);

/**
 * A figure restated in brackets right after it ("US$3 billion (S$4.1 billion)", "10 km (6 miles)",
 * "Friday (March 14)") is one figure, not two: the bracket joins the first mention's span, a
 * date takes the calendar parts the bracket adds, and the bracketed figure is not read on its own.
 */
function mergeRestatements(text: string, tokens: readonly Token[], mentions: SentenceMention[]): void {
  const at = tokenIndex(tokens);
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  const dropped = new Set<SentenceMention>();
  for (const m of mentions) {
    if (dropped.has(m) || !RESTATED.has(m.kind)) continue;
    // The bracket may follow the figure's own words ("Friday morning (March 14)").
    let k = (at.end.get(m.end) ?? -2) + 1;
    if (m.kind === 'date' && TIME_OF_DAY.has(tokens[k]?.lower ?? '')) k++;
    if (m.kind === 'time' && tokens[k]?.lower === 'local' && tokens[k + 1]?.lower === 'time') k += 2;
    if (tokens[k]?.text !== '(') continue;
    if (m.kind === 'time') {
      const zoned = zonedRestatement(tokens, k, byStart, at);
      if (zoned) {
        m.end = zoned.close.end;
        m.text = text.slice(m.start, m.end);
        for (const x of zoned.inner) dropped.add(x);
      }
      continue;
    }
    const inner = byStart.get(tokens[k + 1]?.start ?? -1);
    // "200 kilos (440 pounds)": pounds restating a mass are a weight, not money.
    const weight = m.kind === 'measure' && inner?.kind === 'money' && /\bpounds?$/i.test(inner.text);
    if (!inner || (inner.kind !== m.kind && !weight) || dropped.has(inner)) continue;
    const close = tokens[(at.end.get(inner.end) ?? -2) + 1];
    if (close?.text !== ')') continue;
    if (m.kind === 'date') {
      for (const key of ['year', 'month', 'day', 'weekday'] as const)
        if (m.value[key] === undefined && inner.value[key] !== undefined) m.value[key] = inner.value[key];
    } else if (!weight && inner.value.min !== undefined) {
      // The bracket's value is kept as another reading: a conversion is rounded ("190 miles
      // (300 km)"), so another outlet's "180 miles" may round the same 300 km.
      const { restated: _, ...value } = inner.value;
      m.value.restated = value;
    }
    m.end = close.end;
    m.text = text.slice(m.start, m.end);
    dropped.add(inner);
  }
  if (!dropped.size) return;
  const kept = mentions.filter((m) => !dropped.has(m));
  mentions.length = 0;
  mentions.push(...kept);
}
const TIME_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);

/**
 * A clock time restated in brackets in a named zone, with the day there if it differs ("7:10 a.m.
 * (10:10 p.m. Sunday GMT)", "21:05 local time (19:05 GMT)"): the same moment told for other
 * readers, so one figure; the bracket's time and day are not read on their own. `open` is the
 * bracket's token.
 */
function zonedRestatement(
  tokens: readonly Token[],
  open: number,
  byStart: ReadonlyMap<number, SentenceMention>,
  at: ReturnType<typeof tokenIndex>,
): { inner: SentenceMention[]; close: Token } | undefined {
  const time = byStart.get(tokens[open + 1]?.start ?? -1);
  if (time?.kind !== 'time') return undefined;
  let k = (at.end.get(time.end) ?? -2) + 1;
  const inner = [time];
  let zoned = Boolean(time.value.unit);
  // The day and the zone, in either order ("10:10 p.m. Sunday GMT", "10:10 p.m. GMT Sunday").
  for (let step = 0; step < 2; step++) {
    const day = byStart.get(tokens[k]?.start ?? -1);
    if (day?.kind === 'date' && inner.length === 1) {
      inner.push(day);
      k = (at.end.get(day.end) ?? -2) + 1;
    } else if (!zoned && isTimeZone(tokens[k])) {
      zoned = true;
      k++;
    }
  }
  const close = tokens[k];
  return zoned && close?.text === ')' ? { inner, close } : undefined;
}

/**
 * A span of time changed from one value to another names its unit once, at one end ("cut from 12 to
 * 6 days", "from 12 days to six"): both numbers are spans in that unit, not counts of nothing named.
 * (A unit named before the change, "the number of days it takes ... from 12 to 6", is joined by the
 * last pass, other-words.ts.)
 */
function unitsOfChange(tokens: readonly Token[], mentions: SentenceMention[]): void {
  const at = tokenIndex(tokens);
  const bare = (m: SentenceMention) =>
    m.kind === 'count' &&
    m.subject === null &&
    !m.value.hedge &&
    !m.value.vague &&
    m.value.min === m.value.max;
  const span = (m: SentenceMention) =>
    m.kind === 'duration' && Boolean(m.value.unit) && !m.value.vague && m.value.min === m.value.max;
  const becomeSpan = (m: SentenceMention, unit: string) => {
    m.kind = 'duration';
    m.value = { min: m.value.min, max: m.value.max, unit };
    m.role = null;
    m.container = null;
    m.subjectClass = null;
  };
  for (let k = 0; k + 1 < mentions.length; k++) {
    const [a, b] = [mentions[k]!, mentions[k + 1]!];
    const from = (at.start.get(a.start) ?? 0) - 1;
    const to = (at.end.get(a.end) ?? -2) + 1;
    if (from < 0 || tokens[from]?.lower !== 'from' || tokens[to]?.lower !== 'to') continue;
    if (at.start.get(b.start) !== to + 1) continue;
    if (bare(a) && span(b)) becomeSpan(a, b.value.unit!);
    else if (span(a) && bare(b) && at.end.get(b.end) === to + 1) becomeSpan(b, a.value.unit!);
  }
}

/**
 * A proportion right after a count is a share of that count ("around 40,000 people live on the island,
 * a third of them in the capital"; "9,000 people dead, mostly civilians"): its group is the count,
 * named by its value, so two reports' shares of the same group are compared whatever noun they use.
 */
function shareOfCount(tokens: readonly Token[], mentions: SentenceMention[]): void {
  const at = tokenIndex(tokens);
  let count: SentenceMention | undefined;
  for (const m of mentions) {
    if (m.kind === 'count' && m.value.min !== undefined && m.value.min >= 10) count = m;
    if (m.kind !== 'proportion' || !count || m.container) continue;
    const from = at.end.get(count.end);
    const to = at.start.get(m.start);
    if (from === undefined || to === undefined || to - from > 6) continue;
    const gap = tokens.slice(from + 1, to);
    if (gap.some((t) => t.text === '.' || t.text === ';')) continue;
    m.container = `of ${groupDigits(count.value.min!)}`;
  }
}

/** 40000 as "40,000" (fixed grouping, never the locale's). */
function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Verbs of lasting: "the drills will last nine days", "the festival runs for six weeks". General
 * English: the verbs any report uses for how long a thing goes on, no article's words.
 */
const LASTING = new Set(['last', 'lasts', 'lasted', 'lasting', 'run', 'runs', 'ran', 'running']);
/** Words between a thing and its verb of lasting ("the talks are expected to last"): English auxiliaries. */
const LASTING_AUXILIARIES = new Set(
  'will would to is are was were be been expected set due could may might should also only'.split(' '),
);

/** Prepositions of a state held for a time: "at war", "in prison", "on strike" (then "for" a span). */
const STATE_HELD = new Set(['at', 'in', 'on']);

/**
 * How long a thing lasts names the thing ("the week-long drills", "a two-day visit", "the exercises
 * will last nine days"), so that only lengths of one kind of thing are compared across passages
 * (a truce's ten days are not a visit's two).
 */
function nameWhatLasts(tokens: readonly Token[], mentions: SentenceMention[]): void {
  const at = tokenIndex(tokens);
  for (const m of mentions) {
    if (m.kind !== 'duration' || m.value.relation !== 'for' || m.subject !== null) continue;
    const first = at.start.get(m.start);
    const last = at.end.get(m.end);
    if (first === undefined || last === undefined) continue;
    let head: string | null = null;
    // A modifier: the thing follows ("a week-long exercise", "a 10-day truce").
    if (m.text.includes('-') && isWord(tokens[last + 1])) head = nounPhrase(tokens, last + 1).head;
    else {
      // A verb of lasting: the thing is its subject, before it.
      let k = first - 1;
      if (tokens[k]?.lower === 'for') k--;
      if (LASTING.has(tokens[k]?.lower ?? '')) {
        k--;
        while (k >= 0 && LASTING_AUXILIARIES.has(tokens[k]!.lower)) k--;
        const word = tokens[k];
        if (isWord(word) && !PHRASE_BREAK.has(word.lower)) head = singular(word.lower);
      } else if (k < first - 1 && STATE_HELD.has(tokens[k - 1]?.lower ?? '')) {
        // A state held for a time: "at war for two decades", "in prison for 12 years", "on strike for
        // three weeks"; "in power" / "in office" is a time in office.
        const word = tokens[k];
        if (isWord(word) && !PHRASE_BREAK.has(word.lower))
          head = IN_OFFICE.has(word.lower) ? 'tenure' : singular(word.lower);
      }
    }
    if (!head) continue;
    m.subject = head;
    m.subjectClass = subjectClass(head);
  }
}

/**
 * A count with no noun of its own ("three were arrested") counts what the count before it counted:
 * right after it ("12 soldiers, three of whom"), or at the head of the next clause of one sentence
 * when it says what happened to them ("212 people died in the south, while 1,540 were injured").
 */
function inheritSubjects(tokens: readonly Token[], mentions: SentenceMention[]): void {
  const at = tokenIndex(tokens);
  let previous: SentenceMention | undefined;
  for (const mention of mentions) {
    if (mention.kind !== 'count') continue;
    if (!mention.subject && previous?.subject) {
      const from = at.end.get(previous.end);
      const to = at.start.get(mention.start);
      const gap = from === undefined || to === undefined ? [] : tokens.slice(from + 1, to);
      const near = gap.length <= 4 && gap.some((t) => t.text === ',' || t.lower === 'and');
      const nextClause =
        gap.length <= 10 &&
        mention.role !== null &&
        previous.role !== null &&
        gap.at(-1) !== undefined &&
        COORDINATING.has(gap.at(-1)!.lower) &&
        gap.at(-2)?.text === ',' &&
        !gap.slice(0, -1).some((t) => CLAUSE_BREAK.has(t.lower));
      // "The nine drones flew ... from bases near Lorn, including four that landed": a count of no
      // noun right after "including" is part of the count before it in the sentence, however far.
      const including =
        gap.at(-1)?.lower === 'including' && !gap.some((t) => t.text === ';' || t.text === ':');
      // "the deaths of: 14 people in Lorn; 12 in Dren; five in Vell": items of a list by place,
      // each "N in Place" after a semicolon, count what the first counted, in its role.
      const next = at.end.get(mention.end);
      const listByPlace =
        gap.length >= 3 &&
        gap.length <= 5 &&
        gap[0]!.lower === 'in' &&
        gap.at(-1)!.text === ';' &&
        gap.slice(1, -1).every((t) => isWord(t) && startsUpper(t.text)) &&
        next !== undefined &&
        tokens[next + 1]?.lower === 'in';
      if (near || nextClause || including || listByPlace) {
        mention.subject = previous.subject;
        mention.subjectClass = previous.subjectClass;
      }
      if (listByPlace && mention.role === null) mention.role = previous.role;
      if (including && !near && !mention.container) mention.container = `part of ${previous.subject}`;
    }
    previous = mention;
  }
}

/** Words that open a coordinate clause after a comma ("..., while 40 were hurt"). */
const COORDINATING = new Set(['and', 'while', 'whereas', 'with']);

/**
 * Two counts joined by "and" share the role that one verb gives both: its objects ("sending 300
 * sailors and 1,200 troops": both deployed, when nothing but a clause break follows the second) or
 * its subjects ("3,000 guardsmen and 300 sailors were deployed": both deployed).
 */
function shareCoordinatedRoles(tokens: readonly Token[], mentions: SentenceMention[]): void {
  const at = tokenIndex(tokens);
  const counts = mentions.filter((m) => m.kind === 'count' && !m.sumOf);
  for (let k = 0; k + 1 < counts.length; k++) {
    const a = counts[k]!;
    const b = counts[k + 1]!;
    if (Boolean(a.role) === Boolean(b.role)) continue;
    const aStart = at.start.get(a.start);
    const aEnd = at.end.get(a.end);
    const bStart = at.start.get(b.start);
    const bEnd = at.end.get(b.end);
    if (aStart === undefined || aEnd === undefined || bStart === undefined || bEnd === undefined) continue;
    if (bStart !== aEnd + 2 || tokens[aEnd + 1]?.lower !== 'and') continue;
    if (a.role && !b.role) {
      const after = tokens[bEnd + 1];
      const closes = !after || !isWord(after) || PHRASE_BREAK.has(after.lower);
      if (closes && roleBefore(tokens, aStart) === a.role) b.role = a.role;
    } else if (b.role && !a.role && roleAfter(tokens, bEnd + 1) === b.role) a.role = b.role;
  }
}

/** Words between the items of a list ("two medics, a driver and three guards"). */
const LIST_WORDS = new Set([',', 'and', 'a', 'an']);

/**
 * Counts listed as part of a count before them share its role: "killed dozens of people, including
 * 9 soldiers" (9 soldiers killed), and so do the later items of that list ("including two
 * medics, a driver and three guards"). The list opens with "including" or "among them" right after
 * the count.
 */
function inheritListedRoles(tokens: readonly Token[], mentions: SentenceMention[]): void {
  const at = tokenIndex(tokens);
  let previous: SentenceMention | undefined;
  let listed = false;
  for (const mention of mentions) {
    if (mention.kind !== 'count') continue;
    const from = previous ? at.end.get(previous.end) : undefined;
    const to = at.start.get(mention.start);
    const between = from === undefined || to === undefined ? [] : tokens.slice(from + 1, to);
    const gap = between.map((t) => t.lower).join(' ');
    const opens = gap === 'including' || gap === ', including' || gap === ', among them';
    // The next item of the list, perhaps after one that is not a figure (", a driver and").
    const continues =
      listed &&
      between.length > 0 &&
      between.length <= 5 &&
      (gap.startsWith(',') || gap.startsWith('and')) &&
      between.every(
        (t) =>
          LIST_WORDS.has(t.lower) || (t.kind === 'word' && !PHRASE_BREAK.has(t.lower) && !ROLES[t.lower]),
      );
    listed = false;
    if (previous?.role && !mention.role && (opens || continues)) {
      mention.role = previous.role;
      listed = true;
    }
    previous = mention;
  }
}

/**
 * Counts of informants report nothing a source could be checked on, and are dropped: a small or
 * vague count with no role right before a verb of saying ("three police sources said", "two
 * officials told reporters", "Several said they had not been told"). With a role ("two officials
 * were killed") it stays, and so does a vague crowd that does something else ("tens of millions
 * gathered").
 */
function dropEmptyCounts(tokens: readonly Token[], mentions: SentenceMention[]): void {
  const at = tokenIndex(tokens);
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.kind !== 'count' || m.role || !(m.value.vague || (m.value.max ?? 0) <= 10)) continue;
    const last = at.end.get(m.end);
    const next = last === undefined ? '' : (tokens[last + 1]?.lower ?? '');
    if (SAYING.has(next) || next === 'say') mentions.splice(k, 1);
  }
}

/**
 * Coordinated counts sum: "a ranger and two poachers were killed" is three killed. The
 * indefinite article counts as one only here, in a counting context with a role.
 */
function addCoordinatedSums(text: string, tokens: readonly Token[], mentions: SentenceMention[]): void {
  const at = tokenIndex(tokens);
  for (const b of [...mentions]) {
    if (b.kind !== 'count' || !b.subject || b.value.min !== b.value.max || b.value.hedge) continue;
    const bStart = at.start.get(b.start) ?? -1;
    if (tokens[bStart - 1]?.lower !== 'and') continue;
    // Walk back over the first noun phrase to its article or number.
    let k = bStart - 2;
    while (
      k >= 0 &&
      k > bStart - 7 &&
      isWord(tokens[k]) &&
      !['a', 'an', 'one'].includes(tokens[k]!.lower) &&
      !PHRASE_BREAK.has(tokens[k]!.lower)
    )
      k--;
    const article = tokens[k];
    if (!article || !['a', 'an', 'one'].includes(article.lower) || k >= bStart - 2) continue;
    const head = singular(tokens[bStart - 2]!.lower);
    const role = b.role ?? roleBefore(tokens, k);
    if (!role || !['killed', 'injured', 'arrested', 'missing', 'casualties'].includes(role)) continue;
    const aStart = article.start;
    const aEnd = tokens[bStart - 2]!.end;
    b.role = role;
    if (!mentions.some((m) => m.start === aStart && m.kind === 'count')) {
      mentions.push({
        start: aStart,
        end: aEnd,
        text: text.slice(aStart, aEnd),
        kind: 'count',
        value: { min: 1, max: 1 },
        subject: head,
        subjectClass: subjectClass(head),
        role,
        container: null,
      });
    }
    const total = 1 + b.value.min!;
    mentions.push({
      start: aStart,
      end: b.end,
      text: text.slice(aStart, b.end),
      kind: 'count',
      value: { min: total, max: total },
      subject: 'person',
      subjectClass: 'people',
      role,
      container: null,
      sumOf: 2,
    });
  }
}
