import type { Source } from '../corpus/types.js';
import {
  HEDGES,
  type Hedge,
  MEASURE_UNITS,
  MONTH_ABBREVIATIONS,
  MONTHS,
  PHRASE_BREAK,
  ROLES,
  singular,
  subjectClass,
  TIME_UNITS,
  WEEKDAYS,
} from './lexicon.js';
import { readNumber } from './numbers.js';
import { type Token, tokenize } from './tokens.js';
import type { FigureKind, FigureValue, Mention } from './types.js';

// CSI, OSC (ended by BEL or ST) and two-character escape sequences.
const ESCAPE_SEQUENCE =
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])|\u009b[0-?]*[ -/]*[@-~]/gu;

/** A mention inside one sentence, offsets relative to the sentence. */
export type SentenceMention = Omit<Mention, 'source' | 'sentence'>;

/** Nouns after which a number is a name, not a quantity ("Resolution 1244", "Route 66"). */
const NAMING_NOUNS = new Set(
  'resolution route article flight highway chapter section room gate number no paragraph platform bus line level'.split(
    ' ',
  ),
);
/** Words after "one" that make it an idiom, not a count ("one of", "one another"). */
const NOT_ONE = new Set(['of', 'another', 'day', 'time', 'way', 'side', 'hand', 'thing']);
const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
};
const DURATION_BEFORE: Record<string, string> = {
  for: 'for',
  lasting: 'for',
  in: 'within',
  within: 'within',
};

const timeUnit = (token: Token | undefined) => (token ? TIME_UNITS[singular(token.lower)] : undefined);
const isWord = (token: Token | undefined): token is Token => token?.kind === 'word';
const monthOf = (token: Token | undefined): number | undefined => {
  if (!isWord(token)) return undefined;
  const full = MONTHS.indexOf(token.lower);
  if (full >= 0) return token.lower === 'may' && token.text !== 'May' ? undefined : full + 1;
  return /^\p{Lu}/u.test(token.text) ? MONTH_ABBREVIATIONS[token.lower] : undefined;
};
const dayNumber = (token: Token | undefined): number | undefined => {
  if (token?.kind !== 'number') return undefined;
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(token.text);
  const day = m ? Number(m[1]) : 0;
  return day >= 1 && day <= 31 ? day : undefined;
};
const yearNumber = (token: Token | undefined): number | undefined =>
  token?.kind === 'number' && /^(1[89]|20)\d\d$/.test(token.text) ? Number(token.text) : undefined;

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
        { min: proportion.value, max: proportion.value, unit: 'share' },
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
  inheritSubjects(tokens, mentions);
  addCoordinatedSums(text, tokens, mentions);
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Reads every mention of a source, with offsets into the source's text. */
export function extractMentions(source: Source, sourceIndex: number): Mention[] {
  return source.sentences.flatMap((sentence) =>
    extractFromSentence(sentence.text).map((m) => ({
      ...m,
      source: sourceIndex,
      sentence: sentence.index,
      start: sentence.start + m.start,
      end: sentence.start + m.end,
    })),
  );
}

function hedgeAt(tokens: readonly Token[], i: number): { hedge: Hedge; length: number } | undefined {
  for (const { words, hedge } of HEDGES) {
    if (words.every((w, k) => tokens[i + k]?.lower === w)) return { hedge, length: words.length };
  }
  return undefined;
}

interface Quantity {
  start: number;
  end: number;
  kind: FigureKind;
  value: FigureValue;
  extra: Partial<SentenceMention>;
}

/** A count, percentage, sum of money or timespan at token i (with the hedge before it). */
function readQuantity(tokens: readonly Token[], i: number): Quantity | 'skip' | undefined {
  const hedge = hedgeAt(tokens, i);
  let j = hedge ? i + hedge.length : i;
  const between = tokens[j]?.lower === 'between';
  if (between) j++;
  const currency = CURRENCY_SYMBOLS[tokens[j]?.text ?? ''];
  if (currency) j++;
  const number = readNumber(tokens, j, between);
  if (!number) return undefined;
  const start = between && !hedge ? i : i;
  const first = tokens[j]!;
  const next = tokens[number.end];
  const previous = tokens[start - 1];
  const value: FigureValue = { min: number.min, max: number.max };
  if (hedge) value.hedge = hedge.hedge;

  // Not quantities: names with numbers, ages, strengths, decades, ordinals.
  if (first.kind === 'number') {
    const before = tokens[j - 1];
    if (
      before?.lower === '-' &&
      before.start === first.start - 1 &&
      isWord(tokens[j - 2]) &&
      tokens[j - 2]!.end === before.start
    )
      return 'skip';
    if (isWord(before) && NAMING_NOUNS.has(before.lower) && /^\p{Lu}/u.test(before.text)) return 'skip';
    if (next && next.start === first.end && /^s$/i.test(next.text)) return 'skip';
  }
  if (
    next?.lower === '-' &&
    /^(?:year|month|week|day)s?-old$|^strong$|^(?:year|month|week|day)$/.test(
      tokens[number.end + 1]?.lower ?? '',
    )
  ) {
    return 'skip';
  }
  if (number.ordinal) return 'skip';
  // "the two leaders", "the three men": a definite small number refers back; it reports nothing.
  if (!number.digits && number.max <= 10 && ['the', 'these', 'those', 'both'].includes(previous?.lower ?? ''))
    return 'skip';
  if (
    first.lower === 'one' &&
    (NOT_ONE.has(next?.lower ?? '') ||
      !isWord(next) ||
      PHRASE_BREAK.has(next.lower) ||
      ['no', 'the', 'any', 'every', 'each', 'which', 'this', 'that', 'only'].includes(previous?.lower ?? ''))
  ) {
    return 'skip';
  }

  // Percentages and money.
  if (
    next?.text === '%' ||
    next?.lower === 'percent' ||
    (next?.lower === 'per' && tokens[number.end + 1]?.lower === 'cent')
  ) {
    const end = next.lower === 'per' ? number.end + 2 : number.end + 1;
    return { start, end, kind: 'percent', value: { ...value, unit: 'percent' }, extra: {} };
  }
  const currencyWord = CURRENCY_WORDS[next?.lower ?? ''];
  if (currency || currencyWord) {
    const end = currencyWord ? number.end + 1 : number.end;
    return { start, end, kind: 'money', value: { ...value, unit: currency ?? currencyWord }, extra: {} };
  }

  // Measures: "magnitude 6.4", "6.4-magnitude", "5 km".
  if (previous?.lower === 'magnitude' && !hedge) {
    return {
      start: start - 1,
      end: number.end,
      kind: 'measure',
      value: { ...value, unit: 'magnitude' },
      extra: {},
    };
  }
  const dashUnit = next?.lower === '-' ? MEASURE_UNITS[tokens[number.end + 1]?.lower ?? ''] : undefined;
  const measure = dashUnit ?? (isWord(next) ? MEASURE_UNITS[next.lower] : undefined);
  if (measure) {
    const end = dashUnit ? number.end + 2 : number.end + 1;
    return { start, end, kind: 'measure', value: { ...value, unit: measure }, extra: {} };
  }

  // Timespans: "two or three months ago", "the last 25 years", "for 24 years", "two decades after".
  // "two more days": the unit may follow a word of addition.
  const more =
    ['more', 'additional', 'extra', 'further', 'other'].includes(next?.lower ?? '') &&
    timeUnit(tokens[number.end + 1]);
  const unit = more || timeUnit(next);
  if (unit) {
    const unitAt = more ? number.end + 1 : number.end;
    if (tokens[unitAt + 1]?.lower === 'old') return 'skip';
    let end = unitAt + 1;
    const timeValue: FigureValue = { ...value, unit: unit.unit };
    if (tokens[end]?.lower === 'ago') {
      end++;
      timeValue.relation = 'ago';
      // "two or three years ago months": a second unit right after is a garble; keep both readings.
      const garbled = timeUnit(tokens[end]);
      if (garbled && garbled.unit !== unit.unit) {
        timeValue.alternatives = [garbled.unit];
        end++;
      }
      return { start, end, kind: 'relative-time', value: timeValue, extra: {} };
    }
    const lead = tokens[start - 1]?.lower ?? '';
    if (
      (lead === 'last' || lead === 'past') &&
      ['the', 'over', 'in'].includes(tokens[start - 2]?.lower ?? '')
    ) {
      timeValue.relation = 'last';
      return { start: start - 1, end, kind: 'duration', value: timeValue, extra: {} };
    }
    const after = tokens[end]?.lower ?? '';
    if (after === 'after' || after === 'later') timeValue.relation = 'after';
    else if (after === 'earlier' || after === 'before') timeValue.relation = 'before';
    else if (DURATION_BEFORE[lead]) timeValue.relation = DURATION_BEFORE[lead];
    return { start, end, kind: 'duration', value: timeValue, extra: {} };
  }

  // A year is a date, not a count ("in 2008"), unless a plural noun follows ("2008 people").
  if (number.shape === 'exact' && yearNumber(first) && !hedge) {
    const plural = isWord(next) && !PHRASE_BREAK.has(next.lower) && /s$/.test(next.lower) && !monthOf(next);
    if (!plural) return { start, end: number.end, kind: 'date', value: { year: number.min }, extra: {} };
  }

  // A count: what is counted, what happened to it, and the group it belongs to.
  const phrase = nounPhrase(tokens, number.end);
  const head = phrase.head;
  const role = phrase.role ?? roleAfter(tokens, phrase.end) ?? roleBefore(tokens, start);
  const container = containerBefore(tokens, start);
  const end = number.end;
  return {
    start,
    end: phrase.head ? phrase.end : end,
    kind: 'count',
    value,
    extra: { subject: head, subjectClass: head && subjectClass(head), role, container },
  };
}

/** The noun phrase after a number: its head noun (singular) and where it ends. */
export function nounPhrase(
  tokens: readonly Token[],
  from: number,
): { head: string | null; end: number; role?: string } {
  let j = from;
  if (tokens[j]?.lower === 'of') {
    j++;
    if (['them', 'those', 'these', 'us', 'whom', 'which'].includes(tokens[j]?.lower ?? ''))
      return { head: null, end: j + 1 };
  }
  if (['the', 'these', 'those', 'its', 'their', 'his', 'her'].includes(tokens[j]?.lower ?? '')) j++;
  // "four casualties", "13,000 deaths": the noun is itself the role; what is counted is people.
  const roleNoun = ROLE_NOUNS[tokens[j]?.lower ?? ''];
  if (roleNoun) return { head: 'person', end: j + 1, role: roleNoun };
  let head: string | null = null;
  let previous = '';
  let end = from;
  for (let taken = 0; j < tokens.length && taken < 5; j++) {
    const token = tokens[j]!;
    if (token.text === '(') {
      const close = tokens.findIndex((t, k) => k > j && t.text === ')');
      if (close < 0 || close - j > 6) break;
      j = close;
      continue;
    }
    if (!isWord(token) || PHRASE_BREAK.has(token.lower) || ROLES[token.lower] || timeUnit(token)) break;
    if (/ly$/.test(token.lower) && token.lower.length > 4) break;
    // After the first word, a past participle is the verb of the clause ("assailants barricaded").
    if (taken > 0 && /ed$/.test(token.lower) && !/^\p{Lu}/u.test(token.text)) break;
    const lemma = singular(token.lower);
    head = previous === 'police' && lemma === 'officer' ? 'police officer' : lemma;
    previous = token.lower;
    end = j + 1;
    taken++;
  }
  return { head, end };
}

const ROLE_NOUNS: Record<string, string> = {
  casualties: 'casualties',
  deaths: 'killed',
  fatalities: 'killed',
  dead: 'killed',
  injuries: 'injured',
  arrests: 'arrested',
};

const ROLE_SKIP = new Set([
  'were',
  'was',
  'are',
  'is',
  'had',
  'have',
  'has',
  'been',
  'being',
  'be',
  'reportedly',
  'later',
  'also',
  'all',
  'lost',
  'their',
  'left',
  'now',
  'were',
  'who',
]);

function roleAfter(tokens: readonly Token[], from: number): string | null {
  for (let j = from; j < tokens.length && j < from + 5; j++) {
    const word = tokens[j]!.lower;
    if (ROLES[word]) return ROLES[word]!;
    if (!isWord(tokens[j]) || !ROLE_SKIP.has(word)) break;
  }
  return null;
}

function roleBefore(tokens: readonly Token[], start: number): string | null {
  for (let j = start - 1; j >= 0 && j >= start - 4; j--) {
    const word = tokens[j]!.lower;
    if (ROLES[word]) return ROLES[word]!;
    if (/^(?:killing|wounding|injuring|arresting)$/.test(word))
      return ROLES[word.replace(/ing$/, 'ed')] ?? null;
    if (!isWord(tokens[j])) break;
  }
  return null;
}

function containerBefore(tokens: readonly Token[], start: number): string | null {
  const link = tokens[start - 1];
  const noun = tokens[start - 2];
  if (!link || !['of', ',', '('].includes(link.lower) || !isWord(noun)) return null;
  if (PHRASE_BREAK.has(noun.lower) || ROLES[noun.lower] || /^\p{Lu}/u.test(noun.text)) return null;
  return singular(noun.lower);
}

/** Weekdays, calendar dates ("Friday, September 29", "24 September 2023", "the 24th"), clock times. */
function readDate(
  tokens: readonly Token[],
  i: number,
): { end: number; kind: FigureKind; value: FigureValue } | undefined {
  const token = tokens[i]!;
  const value: FigureValue = {};
  let j = i;
  const weekday = isWord(token) && /^\p{Lu}/u.test(token.text) ? WEEKDAYS.indexOf(token.lower) : -1;
  if (weekday >= 0) {
    value.weekday = weekday;
    j++;
    if (tokens[j]?.text === ',' && (monthOf(tokens[j + 1]) || dayNumber(tokens[j + 1]))) j++;
  }
  const month = monthOf(tokens[j]);
  if (month) {
    const day = dayNumber(tokens[j + 1]);
    const year = yearNumber(tokens[j + 1]);
    if (day) {
      Object.assign(value, { month, day });
      j += 2;
      if (tokens[j]?.text === ',' && yearNumber(tokens[j + 1])) j++;
      if (yearNumber(tokens[j])) value.year = yearNumber(tokens[j++]);
    } else if (year) {
      Object.assign(value, { month, year });
      j += 2;
    } else if (weekday < 0 && tokens[j + 1]?.text !== '.') {
      return undefined;
    }
  } else if (dayNumber(tokens[j]) && monthOf(tokens[j + 1])) {
    Object.assign(value, { day: dayNumber(tokens[j]), month: monthOf(tokens[j + 1]) });
    j += 2;
    if (yearNumber(tokens[j])) value.year = yearNumber(tokens[j++]);
  } else if (
    weekday < 0 &&
    token.lower === 'the' &&
    /^\d{1,2}(?:st|nd|rd|th)$/.test(tokens[i + 1]?.text ?? '')
  ) {
    // "on the 24th": a day of the month, unless a noun follows ("the 24th anniversary").
    const after = tokens[i + 2];
    if (isWord(after) && !PHRASE_BREAK.has(after.lower)) return undefined;
    return { end: i + 2, kind: 'date', value: { day: dayNumber(tokens[i + 1]) } };
  } else if (weekday < 0 && token.kind === 'number') {
    return readClock(tokens, i);
  }
  if (j === i) return undefined;
  return { end: j, kind: 'date', value };
}

function readClock(
  tokens: readonly Token[],
  i: number,
): { end: number; kind: FigureKind; value: FigureValue } | undefined {
  const hour = Number(tokens[i]!.text);
  if (!Number.isInteger(hour)) return undefined;
  if (tokens[i + 1]?.text === ':' && /^\d\d$/.test(tokens[i + 2]?.text ?? '') && hour < 24) {
    return { end: i + 3, kind: 'time', value: { hour, minute: Number(tokens[i + 2]!.text) } };
  }
  const meridiem = tokens[i + 1]?.lower ?? '';
  if (
    hour >= 1 &&
    hour <= 12 &&
    /^(?:a|p)(?:m)?$/.test(meridiem) &&
    (meridiem.length === 2 || tokens[i + 3]?.lower === 'm')
  ) {
    const end = meridiem.length === 2 ? i + 2 : tokens[i + 4]?.text === '.' ? i + 5 : i + 4;
    const pm = meridiem.startsWith('p');
    return { end, kind: 'time', value: { hour: (hour % 12) + (pm ? 12 : 0), minute: 0 } };
  }
  return undefined;
}

/** "last week", "over the past week", "yesterday", "a week ago". */
function readRelative(
  tokens: readonly Token[],
  i: number,
): { end: number; kind: FigureKind; value: FigureValue } | undefined {
  const word = tokens[i]!.lower;
  if (word === 'yesterday')
    return { end: i + 1, kind: 'relative-time', value: { min: 1, max: 1, unit: 'day', relation: 'ago' } };
  let j = i;
  if (['over', 'in', 'during'].includes(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'the') j += 2;
  else if (tokens[j]?.lower === 'the') j += 1;
  if (['last', 'past'].includes(tokens[j]?.lower ?? '')) {
    const unit = timeUnit(tokens[j + 1]);
    if (unit && !/s$/.test(tokens[j + 1]!.lower)) {
      return {
        end: j + 2,
        kind: 'relative-time',
        value: { min: 0, max: 1, unit: unit.unit, relation: 'last' },
      };
    }
    return undefined;
  }
  if ((word === 'a' || word === 'an') && timeUnit(tokens[i + 1]) && tokens[i + 2]?.lower === 'ago') {
    const unit = timeUnit(tokens[i + 1])!;
    return { end: i + 3, kind: 'relative-time', value: { min: 1, max: 1, unit: unit.unit, relation: 'ago' } };
  }
  return undefined;
}

/** "half", "a third", "two-thirds", "one in six", "the vast majority", "most of", "mostly". */
function readProportion(tokens: readonly Token[], i: number): { value: number; end: number } | undefined {
  const w = (k: number) => tokens[i + k]?.lower ?? '';
  const fractions: Record<string, number> = {
    half: 0.5,
    third: 1 / 3,
    quarter: 0.25,
    fifth: 0.2,
    tenth: 0.1,
  };
  if (w(0) === 'half' && ['of', 'the', 'a', 'an', 'its', 'their', 'all'].includes(w(1)))
    return { value: 0.5, end: i + 1 };
  if ((w(0) === 'a' || w(0) === 'one') && fractions[w(1)] !== undefined && w(2) === 'of')
    return { value: fractions[w(1)]!, end: i + 2 };
  const compound = /^(two|three)-(thirds|quarters|fifths)$/.exec(w(0));
  if (compound) {
    const n = compound[1] === 'two' ? 2 : 3;
    const d = { thirds: 3, quarters: 4, fifths: 5 }[compound[2] as 'thirds' | 'quarters' | 'fifths'];
    return { value: n / d, end: i + 1 };
  }
  if (w(1) === 'in' && /^\d+$|^(?:one)$/.test(w(0))) {
    const of = readNumber(tokens, i + 2);
    if (of && of.shape === 'exact' && of.min > 1 && (w(0) === 'one' || Number(w(0)) === 1))
      return { value: 1 / of.min, end: of.end };
  }
  if (w(0) === 'the' && w(1) === 'vast' && w(2) === 'majority') return { value: 0.85, end: i + 3 };
  if (w(0) === 'the' && w(1) === 'majority') return { value: 0.6, end: i + 2 };
  if (w(0) === 'mostly') return { value: 0.6, end: i + 1 };
  return undefined;
}

/** Token indices by start and by end offset (lookups that stay linear on very long sentences). */
function tokenIndex(tokens: readonly Token[]): { start: Map<number, number>; end: Map<number, number> } {
  const start = new Map<number, number>();
  const end = new Map<number, number>();
  tokens.forEach((t, i) => {
    start.set(t.start, i);
    end.set(t.end, i);
  });
  return { start, end };
}

/** A count with no noun of its own ("three were arrested") counts what the count before it counted. */
function inheritSubjects(tokens: readonly Token[], mentions: SentenceMention[]): void {
  const at = tokenIndex(tokens);
  let previous: SentenceMention | undefined;
  for (const mention of mentions) {
    if (mention.kind !== 'count') continue;
    if (!mention.subject && previous?.subject) {
      const from = at.end.get(previous.end);
      const to = at.start.get(mention.start);
      const gap = from === undefined || to === undefined ? [] : tokens.slice(from + 1, to);
      if (gap.length <= 4 && gap.some((t) => t.text === ',' || t.lower === 'and')) {
        mention.subject = previous.subject;
        mention.subjectClass = previous.subjectClass;
      }
    }
    previous = mention;
  }
}

/**
 * Coordinated counts sum: "a police officer and three gunmen were killed" is four killed. The
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
