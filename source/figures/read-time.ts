import {
  byFirstWord,
  HEDGES,
  type Hedge,
  MONTH_ABBREVIATIONS,
  MONTHS,
  PHRASE_BREAK,
  singular,
  TIME_UNITS,
  UNITS,
  WEEKDAYS,
} from '../lexicon/quantities.js';
import { wordTable } from '../text/table.js';
import { startsUpper, type Token } from '../tokens/tokenize.js';
import type { FigureKind, FigureValue } from './types.js';

// Reading dates, clock times and relative times ("last week", "a week ago") at a token.

/** A phrase read at a token: where it ends, what it is and its value. */
export interface TimePhrase {
  end: number;
  kind: FigureKind;
  value: FigureValue;
}

/** The unit of time a word names ("months" -> month), if any. */
export const timeUnit = (token: Token | undefined) => (token ? TIME_UNITS[singular(token.lower)] : undefined);
/** True for a word token. */
export const isWord = (token: Token | undefined): token is Token => token?.kind === 'word';
/** The month a word names (full, or abbreviated and capitalised; "may" only as "May"). */
export const monthOf = (token: Token | undefined): number | undefined => {
  if (!isWord(token)) return undefined;
  const full = MONTHS.indexOf(token.lower);
  if (full >= 0) return token.lower === 'may' && token.text !== 'May' ? undefined : full + 1;
  return startsUpper(token.text) ? MONTH_ABBREVIATIONS[token.lower] : undefined;
};
/** A day of the month written in digits ("24", "24th"). */
export const dayNumber = (token: Token | undefined): number | undefined => {
  if (token?.kind !== 'number') return undefined;
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(token.text);
  const day = m ? Number(m[1]) : 0;
  return day >= 1 && day <= 31 ? day : undefined;
};
/** A year written in digits (1800-2099). */
export const yearNumber = (token: Token | undefined): number | undefined =>
  token?.kind === 'number' && /^(1[89]|20)\d\d$/.test(token.text) ? Number(token.text) : undefined;

/**
 * Words before a month named alone that make it a time ("by November", "in April this year",
 * "since last October", "earlier in May"): prepositions and determiners of time. A month alone
 * after anything else is not read ("March" opening a sentence may be the verb or a name).
 */
const MONTH_LEAD = new Set(
  'in by since until till from through throughout during before after last next this early late mid'.split(
    ' ',
  ),
);

/**
 * Weekdays, calendar dates ("Friday, March 14", "17 March 2021", "the 17th"), months alone
 * after a word of time ("by November"), clock times.
 */
export function readDate(tokens: readonly Token[], i: number): TimePhrase | undefined {
  const token = tokens[i]!;
  const value: FigureValue = {};
  let j = i;
  // "Tuesday's flooding" names the day too.
  const weekday =
    isWord(token) && startsUpper(token.text) ? WEEKDAYS.indexOf(token.lower.replace(/'s$/, '')) : -1;
  if (weekday >= 0) {
    value.weekday = weekday;
    j++;
    if (tokens[j]?.text === ',' && (monthOf(tokens[j + 1]) || dayNumber(tokens[j + 1]))) j++;
  }
  const month = monthOf(tokens[j]);
  if (month) {
    // An abbreviation's full stop ("Oct. 15") sits between the month and the day.
    const dotted =
      tokens[j + 1]?.text === '.' &&
      tokens[j + 1]!.start === tokens[j]!.end &&
      MONTHS.indexOf(tokens[j]!.lower) < 0;
    if (dotted) j++;
    const day = dayNumber(tokens[j + 1]);
    const year = yearNumber(tokens[j + 1]);
    if (dotted && !day && !year) j--;
    if (day) {
      Object.assign(value, { month, day });
      j += 2;
      if (tokens[j]?.text === ',' && yearNumber(tokens[j + 1])) j++;
      if (yearNumber(tokens[j])) value.year = yearNumber(tokens[j++]);
    } else if (year) {
      Object.assign(value, { month, year });
      j += 2;
    } else if (weekday < 0 && !dotted && MONTH_LEAD.has(tokens[i - 1]?.lower ?? '')) {
      value.month = month;
      j++;
    } else if (weekday < 0 && tokens[j + 1]?.text !== '.') {
      return undefined;
    }
  } else if (dayNumber(tokens[j]) && monthOf(tokens[j + 1])) {
    Object.assign(value, { day: dayNumber(tokens[j]), month: monthOf(tokens[j + 1]) });
    j += 2;
    // "17 March 2021", "09th May, 2019".
    if (tokens[j]?.text === ',' && yearNumber(tokens[j + 1])) j++;
    if (yearNumber(tokens[j])) value.year = yearNumber(tokens[j++]);
  } else if (
    weekday < 0 &&
    token.lower === 'the' &&
    /^\d{1,2}(?:st|nd|rd|th)$/.test(tokens[i + 1]?.text ?? '')
  ) {
    // "on the 17th": a day of the month, unless a noun follows ("the 17th anniversary").
    const after = tokens[i + 2];
    if (isWord(after) && !PHRASE_BREAK.has(after.lower)) return undefined;
    return { end: i + 2, kind: 'date', value: { day: dayNumber(tokens[i + 1]) } };
  } else if (weekday < 0 && token.kind === 'number') {
    return readClock(tokens, i);
  } else if (weekday < 0 && isWord(token)) {
    return namedHour(tokens, i) ?? hedgedClock(tokens, i);
  }
  if (j === i) return undefined;
  return { end: j, kind: 'date', value };
}

/**
 * A clock time at token i: "10:30", "10:30 p.m.", "12:10 AM", "3 pm", "4 a.m." (the hour alone needs
 * its a.m. / p.m.: "3" alone is a number). 12 a.m. is midnight, 12 p.m. noon.
 */
function readClock(tokens: readonly Token[], i: number): TimePhrase | undefined {
  const hour = Number(tokens[i]!.text);
  if (!Number.isInteger(hour)) return undefined;
  const minutes =
    tokens[i + 1]?.text === ':' && /^\d\d$/.test(tokens[i + 2]?.text ?? '') && hour < 24
      ? Number(tokens[i + 2]!.text)
      : undefined;
  const after = minutes === undefined ? i + 1 : i + 3;
  const meridiem = hour >= 1 && hour <= 12 ? meridiemAt(tokens, after) : undefined;
  if (minutes === undefined && !meridiem) return undefined;
  const value: FigureValue = {
    hour: meridiem ? (hour % 12) + (meridiem.pm ? 12 : 0) : hour,
    minute: minutes ?? 0,
  };
  let end = meridiem ? meridiem.end : after;
  // "14:05 GMT", "10 a.m. ET": a time in a named zone is compared only with times in that zone
  // (its unit); a time without one is the local time of the report.
  const zone = TIME_ZONES[tokens[end]?.text ?? ''];
  if (zone) {
    value.unit = zone;
    end++;
  }
  return { end, kind: 'time', value };
}

/** Whether a token is a time zone abbreviation ("GMT", "ET"). */
export function isTimeZone(token: Token | undefined): boolean {
  return TIME_ZONES[token?.text ?? ''] !== undefined;
}

/**
 * Time zone abbreviations written after a clock time, by zone (GMT and UTC are one). Standard
 * abbreviations, no article's words.
 */
const TIME_ZONES = wordTable<string>({
  GMT: 'UTC',
  UTC: 'UTC',
  BST: 'BST',
  CET: 'CET',
  CEST: 'CEST',
  EET: 'EET',
  EEST: 'EEST',
  ET: 'ET',
  EST: 'ET',
  EDT: 'ET',
  CT: 'CT',
  CST: 'CT',
  CDT: 'CT',
  MT: 'MT',
  MST: 'MT',
  MDT: 'MT',
  PT: 'PT',
  PST: 'PT',
  PDT: 'PT',
  IST: 'IST',
  JST: 'JST',
  AEST: 'AEST',
  AEDT: 'AEDT',
});

/** "am", "pm", "a.m.", "p.m." (any case) at token k: whether it is after noon, and where it ends. */
function meridiemAt(tokens: readonly Token[], k: number): { pm: boolean; end: number } | undefined {
  const word = tokens[k]?.lower ?? '';
  if (word === 'am' || word === 'pm') return { pm: word === 'pm', end: k + 1 };
  if ((word === 'a' || word === 'p') && tokens[k + 1]?.text === '.' && tokens[k + 2]?.lower === 'm')
    return { pm: word === 'p', end: tokens[k + 3]?.text === '.' ? k + 4 : k + 3 };
  return undefined;
}

/**
 * A clock time after a hedge ("about 11:40 a.m.", "around 3:00 am") is one time with its hedge, and
 * after "between" it is the first end of a span whose second end is read on its own ("between 1 am
 * and 2 am"): read as counts, the hour and its minutes would become two numbers.
 */
/**
 * Words before a clock time that put what happened a little after or before it ("just after 3pm",
 * "shortly before 9 a.m."): a bound on the time, as "more than" and "nearly" bound a number.
 * General English.
 */
const CLOCK_BOUNDS: { words: string[]; hedge: Hedge }[] = [
  { words: ['just', 'after'], hedge: 'more than' },
  { words: ['shortly', 'after'], hedge: 'more than' },
  { words: ['soon', 'after'], hedge: 'more than' },
  { words: ['just', 'before'], hedge: 'nearly' },
  { words: ['shortly', 'before'], hedge: 'nearly' },
];

/** HEDGES and CLOCK_BOUNDS by first word (most words start none of them). */
const HEDGES_BY_FIRST = byFirstWord([...HEDGES, ...CLOCK_BOUNDS]);
/** HEDGES alone by first word: the hedges of a quantity (performance: most tokens start none). */
export const QUANTITY_HEDGES = byFirstWord(HEDGES);

/** The hedge of a quantity that starts at token i ("more than", "about"), and its length in tokens. */
export function hedgeAt(tokens: readonly Token[], i: number): { hedge: Hedge; length: number } | undefined {
  const hedges = QUANTITY_HEDGES.get(tokens[i]?.lower ?? '');
  if (!hedges) return undefined;
  for (let h = 0; h < hedges.length; h++) {
    const { words, hedge } = hedges[h]!;
    if (wordsAt(tokens, i, words)) return { hedge, length: words.length };
  }
  return undefined;
}

/** Hours named by a word (general English): midnight and noon are clock times. */
const NAMED_HOURS = new Map([
  ['midnight', 0],
  ['noon', 12],
  ['midday', 12],
]);

/** "midnight", "noon" as a clock time, unless a noun follows ("a midnight deadline", "noon prayers"). */
function namedHour(tokens: readonly Token[], i: number): TimePhrase | undefined {
  // A hedge may end the text ("the toll was more than", a page cut off): no hour follows.
  const token = tokens[i];
  if (!token) return undefined;
  const hour = NAMED_HOURS.get(token.lower);
  if (hour === undefined) return undefined;
  const next = tokens[i + 1];
  if (isWord(next) && !PHRASE_BREAK.has(next.lower)) return undefined;
  return { end: i + 1, kind: 'time', value: { hour, minute: 0 } };
}

function hedgedClock(tokens: readonly Token[], i: number): TimePhrase | undefined {
  if (tokens[i]!.lower === 'between') {
    const clock = tokens[i + 1]?.kind === 'number' ? readClock(tokens, i + 1) : undefined;
    return clock && { ...clock };
  }
  // Performance: an indexed loop with no fallback array or closure (this runs at most tokens).
  const hedges = HEDGES_BY_FIRST.get(tokens[i]!.lower);
  if (!hedges) return undefined;
  for (let h = 0; h < hedges.length; h++) {
    const { words, hedge } = hedges[h]!;
    if (!wordsAt(tokens, i, words)) continue;
    const at = i + words.length;
    const clock = tokens[at]?.kind === 'number' ? readClock(tokens, at) : namedHour(tokens, at);
    return clock && { ...clock, value: { ...clock.value, hedge } };
  }
  return undefined;
}

/**
 * How long the thing named lasts, written as one hyphenated word before it: "a three-day visit",
 * "the week-long naval drills", "a weeklong strike" (a duration "for" that long). Digits ("a
 * 10-day truce") are read with the counts.
 */
export function readLengthWord(tokens: readonly Token[], i: number): TimePhrase | undefined {
  const token = tokens[i]!;
  if (!isWord(token) || !isWord(tokens[i + 1])) return undefined;
  const word = token.lower;
  // Performance: almost every word has neither a hyphen nor the ending "long".
  if (!word.includes('-') && !word.endsWith('long')) return undefined;
  const long = /^(day|week|month|year)-?long$/.exec(word);
  if (long)
    return { end: i + 1, kind: 'duration', value: { min: 1, max: 1, unit: long[1]!, relation: 'for' } };
  // "a decades-long dispute": decades, as the bare plural reads (readRelative).
  const many = /^(decades|centuries)-long$/.exec(word);
  if (many) return { end: i + 1, kind: 'duration', value: { ...MANY.get(many[1]!)!, relation: 'for' } };
  const parts = word.split('-');
  if (
    parts.length !== 2 ||
    UNITS[parts[0]!] === undefined ||
    !/^(?:year|month|week|day|hour|minute)$/.test(parts[1]!)
  )
    return undefined;
  const n = UNITS[parts[0]!]!;
  if (n < 1) return undefined;
  return { end: i + 1, kind: 'duration', value: { min: n, max: n, unit: parts[1]!, relation: 'for' } };
}

/**
 * Ages in long units as one hyphenated word ("a century-old bridge", "the centuries-old mosque",
 * "a decades-old feud"): a vague age in years (a century old is a hundred years or more, up to the
 * next century); after "nearly" or "almost", just under a hundred years.
 */
const AGE_WORDS = new Map<string, FigureValue>([
  ['century-old', { min: 100, max: 199, vague: true, unit: 'year' }],
  ['centuries-old', { min: 200, max: 999, vague: true, unit: 'year' }],
  ['decades-old', { min: 20, max: 99, vague: true, unit: 'year' }],
]);

/** An age word at token i ("century-old"), and where its hedge starts ("nearly century-old"). */
export function readAgeWord(
  tokens: readonly Token[],
  i: number,
): (TimePhrase & { start: number }) | undefined {
  const value = AGE_WORDS.get(tokens[i]!.lower);
  if (!value) return undefined;
  const nearly = ['nearly', 'almost'].includes(tokens[i - 1]?.lower ?? '');
  return {
    start: nearly ? i - 1 : i,
    end: i + 1,
    kind: 'age',
    // "Nearly a century old" is just under its lower end, no longer the vague range above it.
    value: nearly ? { min: value.min, max: value.min, hedge: 'nearly', unit: 'year' } : { ...value },
  };
}

/** True when the tokens from i on are these (lower-case) words. */
export function wordsAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

// readRelative's openers, made once (performance: it runs at every token).
const OVER_IN_DURING = new Set(['over', 'in', 'during']);

/**
 * Long units of time in the plural with no number ("in decades", "for decades", "decades ago"):
 * two of them or more, as "dozens" is two dozen or more (up to where the next unit begins).
 */
const MANY = new Map<string, FigureValue>([
  ['decades', { min: 2, max: 9, vague: true, unit: 'decade' }],
  ['centuries', { min: 2, max: 9, vague: true, unit: 'century' }],
]);
/** Words before a bare plural of time, and the relation they give it ("in decades": within). */
const MANY_BEFORE = new Map([
  ['in', 'within'],
  ['within', 'within'],
  ['for', 'for'],
]);
const LAST_PAST = new Set(['last', 'past']);

/** "last week", "over the past week", "yesterday", "a week ago". */
export function readRelative(tokens: readonly Token[], i: number): TimePhrase | undefined {
  const word = tokens[i]!.lower;
  const many = MANY.get(word);
  if (many) {
    if (tokens[i + 1]?.lower === 'ago')
      return { end: i + 2, kind: 'relative-time', value: { ...many, relation: 'ago' } };
    const relation = MANY_BEFORE.get(tokens[i - 1]?.lower ?? '');
    return relation ? { end: i + 1, kind: 'duration', value: { ...many, relation } } : undefined;
  }
  if (word === 'yesterday')
    return { end: i + 1, kind: 'relative-time', value: { min: 1, max: 1, unit: 'day', relation: 'ago' } };
  let j = i;
  if (OVER_IN_DURING.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'the') j += 2;
  else if (tokens[j]?.lower === 'the') j += 1;
  if (LAST_PAST.has(tokens[j]?.lower ?? '')) {
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
  // "this week", "later this month", "earlier this year", "next week": the present period, or the
  // one after it (weeks, months and years; "this day" and "this time" are idioms).
  const at = word === 'later' || word === 'earlier' ? i + 1 : i;
  const period = tokens[at]?.lower;
  if (period === 'this' || period === 'next') {
    const unit = timeUnit(tokens[at + 1]);
    if (unit && ['week', 'month', 'year'].includes(unit.unit) && !/s$/.test(tokens[at + 1]!.lower)) {
      const n = period === 'this' ? 0 : 1;
      return {
        end: at + 2,
        kind: 'relative-time',
        value: { min: n, max: n, unit: unit.unit, relation: period },
      };
    }
  }
  if ((word === 'a' || word === 'an') && timeUnit(tokens[i + 1]) && tokens[i + 2]?.lower === 'ago') {
    const unit = timeUnit(tokens[i + 1])!;
    return { end: i + 3, kind: 'relative-time', value: { min: 1, max: 1, unit: unit.unit, relation: 'ago' } };
  }
  return oneUnitSpan(tokens, i);
}

/** Words after "a week" that make it a moment, not a length ("a week later", "a week of talks"). */
const NOT_A_LENGTH_AFTER = new Set([
  'ago',
  'later',
  'earlier',
  'after',
  'before',
  'of',
  'on',
  '-',
  "'s",
  '’s',
]);

/**
 * One unit of time written with the article, as a length: after a hedge ("nearly a week", "more
 * than a month ago") or "for" ("for a week"). Alone "a week" is as often how often ("once a week")
 * or a moment ("a week later") as a length, so it is read only so.
 */
function oneUnitSpan(tokens: readonly Token[], i: number): TimePhrase | undefined {
  const found = hedgeAt(tokens, i);
  const hedge = found?.hedge;
  const k = found ? i + found.length : i;
  const article = tokens[k]?.lower;
  if (article !== 'a' && article !== 'an') return undefined;
  const unitToken = tokens[k + 1];
  const unit = timeUnit(unitToken);
  if (!unit || /s$/.test(unitToken!.lower)) return undefined;
  const after = tokens[k + 2]?.lower ?? '';
  const value: FigureValue = { min: 1, max: 1, unit: unit.unit, ...(hedge ? { hedge } : {}) };
  if (after === 'ago' && hedge)
    return { end: k + 3, kind: 'relative-time', value: { ...value, relation: 'ago' } };
  if (NOT_A_LENGTH_AFTER.has(after)) return undefined;
  const lasting = tokens[i - 1]?.lower === 'for';
  if (!hedge && !lasting) return undefined;
  return { end: k + 2, kind: 'duration', value: lasting ? { ...value, relation: 'for' } : value };
}
