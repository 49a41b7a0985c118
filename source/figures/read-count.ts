import {
  eventClass,
  kindOf,
  MEASURE_UNITS,
  PHRASE_BREAK,
  ROLES,
  SCALES,
  singular,
  subjectClass,
  UNITS,
  WEEKDAYS,
} from '../lexicon/quantities.js';
import { wordTable } from '../text/table.js';
import { unicodeRegExp } from '../tokens/letters.js';
import { startsUpper, type Token } from '../tokens/tokenize.js';
import { bodyOf } from './bodies.js';
import { readNumber } from './numbers.js';
import { hedgeAt, isWord, monthOf, QUANTITY_HEDGES, timeUnit, yearNumber } from './read-time.js';
import type { FigureKind, FigureValue, SentenceMention } from './types.js';

// Reading counts, percentages, money, measures, timespans and proportions at a token, with what
// a count counts (its noun phrase), what happened to it (its role) and the group it belongs to.

/** Nouns after which a number is a name, not a quantity ("Resolution 1244", "Route 66"). */
const NAMING_NOUNS = new Set(
  'resolution route article flight highway chapter section room gate number no paragraph platform bus line level category'.split(
    ' ',
  ),
);
/** The speed a length unit makes per hour ("miles per hour" is mph). */
const SPEED_OF: Record<string, string> = { km: 'km/h', mile: 'mph' };
/** Services named by their telephone number: "the 113 emergency service", "the 999 ambulance line". */
const PHONE_SERVICE = new Set(['service', 'number', 'line', 'hotline', 'helpline', 'call']);
const PHONE_FIELD = new Set(['emergency', 'rescue', 'ambulance', 'police', 'fire']);

/**
 * A number that names a telephone service, not a count: it stands before a singular noun of a
 * service after its field ("the 113 emergency service", "the 999 ambulance line"), which a count
 * of more than one would put in the plural ("30 emergency services").
 */
function phoneService(tokens: readonly Token[], end: number): boolean {
  let k = end;
  if (PHONE_FIELD.has(tokens[k]?.lower ?? '')) k++;
  return k > end && PHONE_SERVICE.has(tokens[k]?.lower ?? '');
}

/** Words after "one" that make it an idiom, not a count ("one of", "one another", "one fell swoop"). */
const NOT_ONE = new Set(['of', 'another', 'day', 'time', 'way', 'side', 'hand', 'thing', 'fell']);
const CURRENCY_SYMBOLS = wordTable<string>({ $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' });
/**
 * Abbreviations written before an amount as its currency ("Rs 40 lakh", "Rs. 500", "INR 2,000"):
 * the rupee's standard abbreviation and ISO code, as South Asian English writes them (see SCALES).
 */
const CURRENCY_ABBREVIATIONS = wordTable<string>({ Rs: 'INR', INR: 'INR' });
const CURRENCY_WORDS = wordTable<string>({
  rupee: 'INR',
  rupees: 'INR',
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
});
const DURATION_BEFORE = wordTable<string>({
  after: 'after',
  for: 'for',
  lasting: 'for',
  lasts: 'for',
  lasted: 'for',
  in: 'within',
  within: 'within',
  // "held every five years": how often, the time between two of them, not how long one lasts.
  every: 'every',
});

/**
 * A currency written before a number: a symbol ("$", "€"), or a country's letters joined to a dollar
 * sign ("US$", "S$", "HK$": dollars of different countries are different currencies).
 */
function currencyAt(tokens: readonly Token[], j: number): { unit: string; length: number } | undefined {
  const token = tokens[j];
  if (!token) return undefined;
  const symbol = CURRENCY_SYMBOLS[token.text];
  if (symbol) return { unit: symbol, length: 1 };
  const abbreviation = CURRENCY_ABBREVIATIONS[token.text];
  if (abbreviation) {
    const dot = tokens[j + 1]?.text === '.' && tokens[j + 1]!.start === token.end;
    return { unit: abbreviation, length: dot ? 2 : 1 };
  }
  const sign = tokens[j + 1];
  // The dollar sign first (performance: it rules out nearly every word before the pattern runs).
  if (sign?.text === '$' && sign.start === token.end && isWord(token) && UPPER_1_3().test(token.text))
    return { unit: token.text === 'US' ? 'USD' : `${token.text}$`, length: 2 };
  return undefined;
}

// Unicode classes: compiled on first use, as plain twins on plain text (performance: tokens/letters.ts).
const UPPER_1_3 = unicodeRegExp(String.raw`^\p{Lu}{1,3}$`, 'u');
const UPPER_2_5 = unicodeRegExp(String.raw`^\p{Lu}{2,5}$`, 'u');
const CAPITALISED = unicodeRegExp(String.raw`^\p{Lu}\p{Ll}`, 'u');
const HYPHENATED = unicodeRegExp(String.raw`\p{L}-\p{L}`, 'u');
const ONE_UPPER = unicodeRegExp(String.raw`^\p{Lu}$`, 'u');

/**
 * A number that is part of a name: a capitalised word right before it ("Liga 1", "Boeing 737",
 * "Apollo 11", "Resolution 2417", "Article 5") inside a sentence, in running text (a headline in title case
 * capitalises every word: "Blast Kills 17"), for a plain number (no thousands separator, below
 * 10,000). Month and weekday names are dates ("March 14"), read before this.
 */
function namePart(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1];
  const number = tokens[j]!;
  if (!isWord(before) || before.end + 1 < number.start) return false;
  if (UPPER_2_5().test(before.text)) return acronymModel(tokens, j);
  if (!CAPITALISED().test(before.text)) return false;
  if (!/^\d{1,4}$/.test(number.text) || monthOf(before) || WEEKDAYS.includes(before.lower)) return false;
  // The listener of "told" ("told Reuters 30 people were killed", "told the Herald 12 died"): a
  // name, then the count that was told.
  const listenerOf = tokens[j - 2]?.lower === 'the' ? tokens[j - 3] : tokens[j - 2];
  if (listenerOf?.lower === 'told') return false;
  // Mid-sentence only: a capitalised word opening a sentence or a quote may be any word ("All 48").
  const opener = tokens[j - 2];
  if (!opener || (opener.kind === 'punct' && opener.text !== ',')) return false;
  if (PHRASE_BREAK.has(before.lower) || QUANTITY_HEDGES.has(before.lower)) return false;
  return !titleCase(tokens);
}

/** Words that open a noun phrase: an acronym and a number after one name a thing ("an XY 72"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'our', 'whose']);

/**
 * An acronym and a number as a model or type name ("an XY 48 aircraft", "the twin-engine XY 48"):
 * only inside a noun phrase, after a determiner or a hyphenated modifier, since an agency's
 * acronym can stand before a count ("told AFP 30 people were killed").
 */
function acronymModel(tokens: readonly Token[], j: number): boolean {
  const opener = tokens[j - 2];
  if (!isWord(opener)) return false;
  if (DETERMINERS.has(opener.lower) || HYPHENATED().test(opener.text)) return true;
  const dash = tokens[j - 3];
  return dash?.text === '-' && dash.end === opener.start;
}

/**
 * A number glued to letters is part of an identifier, not a figure: "5G", "9N-QRS", "MH17" (letters
 * on either side, no space), unless the letters are a unit ("10km", "45m-high"), a scale ("10k",
 * read with the number) or a plural ("1990s", skipped as a decade before this).
 */
function identifier(tokens: readonly Token[], j: number, end: number): boolean {
  const before = tokens[j - 1];
  if (isWord(before) && before.end === tokens[j]!.start) return true;
  const after = tokens[end];
  if (end !== j + 1 || !isWord(after) || after.start !== tokens[j]!.end) return false;
  const unit = DIMENSION.exec(after.lower)?.[1] ?? after.lower;
  return MEASURE_UNITS[unit] === undefined && !/^(?:st|nd|rd|th)$/i.test(after.text);
}

const TITLE_CASE = new WeakMap<readonly Token[], boolean>();
/** Most longer words capitalised: a headline in title case. */
function titleCase(tokens: readonly Token[]): boolean {
  let known = TITLE_CASE.get(tokens);
  if (known === undefined) {
    const words = tokens.filter((t) => isWord(t) && t.text.length > 3);
    known = words.filter((t) => startsUpper(t.text)).length * 2 > words.length;
    TITLE_CASE.set(tokens, known);
  }
  return known;
}

/** The class of an age given after a person's name ("named lopez"), as compare.ts reads it. */
export const NAMED = 'named';

/**
 * What an age of a named person counts: the name's last word, and the class "named <it>"; with the
 * capitalised word before it, when there is one, as the given name (see Mention.givenName).
 */
function namedAge(word: string, before?: Token): Partial<SentenceMention> {
  const surname = word.replace(/['’]s$/, '');
  const given = isWord(before) && startsUpper(before.text) ? before.lower : undefined;
  return { subject: surname, subjectClass: `${NAMED} ${surname}`, ...(given ? { givenName: given } : {}) };
}

/** The last word of a capitalised name starting at token i ("Maria Lopez" -> lopez), if one does. */
function nameFrom(tokens: readonly Token[], i: number): { last: string; before?: Token } | undefined {
  let k = i;
  while (isWord(tokens[k]) && startsUpper(tokens[k]!.text)) k++;
  return k > i ? { last: tokens[k - 1]!.lower, before: k - 2 >= i ? tokens[k - 2] : undefined } : undefined;
}

/**
 * Nouns of an earthquake ("quake", "tremor", lexicon eventClass), with "temblor" and "aftershock":
 * the words news copy sizes by magnitude, whatever the place.
 */
function quakeNoun(word: string): boolean {
  return eventClass(word) === 'earthquake' || ['temblor', 'aftershock'].includes(singular(word));
}

/** A measure in `unit` over tokens [start, end): a magnitude, a length, a speed... */
function measureOf(start: number, end: number, value: FigureValue, unit: string): Quantity {
  return { start, end, kind: 'measure', value: { ...value, unit }, extra: {} };
}

interface Quantity {
  start: number;
  end: number;
  kind: FigureKind;
  value: FigureValue;
  extra: Partial<SentenceMention>;
}

/** A count, percentage, sum of money or timespan at token i (with the hedge before it). */
export function readQuantity(tokens: readonly Token[], i: number): Quantity | 'skip' | undefined {
  const hedge = hedgeAt(tokens, i);
  let j = hedge ? i + hedge.length : i;
  const between = tokens[j]?.lower === 'between';
  if (between) j++;
  const prefix = currencyAt(tokens, j);
  const currency = prefix?.unit;
  if (prefix) j += prefix.length;
  let number = readNumber(tokens, j, between);
  if (!number) return undefined;
  // "between US$3 billion and US$5 billion", "$3 billion to $5 billion": the currency on both ends.
  if (prefix && number.shape === 'exact') {
    const link = tokens[number.end]?.lower ?? '';
    const second = currencyAt(tokens, number.end + 1);
    if (
      second &&
      second.unit === currency &&
      (between ? link === 'and' : ['to', '-', '–', '—'].includes(link))
    ) {
      const other = readNumber(tokens, number.end + 1 + second.length);
      if (other?.shape === 'exact' && other.min !== number.min)
        number = {
          ...number,
          min: Math.min(number.min, other.min),
          max: Math.max(number.max, other.max),
          end: other.end,
          shape: 'range',
        };
    }
  }
  const start = i;
  const first = tokens[j]!;
  const next = tokens[number.end];
  const previous = tokens[start - 1];
  const value: FigureValue = { min: number.min, max: number.max };
  if (hedge) value.hedge = hedge.hedge;
  // "Dozens", "hundreds": an order of magnitude, never a stated figure to contradict.
  if (number.shape === 'vague') value.vague = true;

  // Not quantities: names with numbers, ages, strengths, decades, ordinals.
  if (first.kind === 'number') {
    const before = tokens[j - 1];
    if (
      before?.lower === '-' &&
      before.start === first.start - 1 &&
      isWord(tokens[j - 2]) &&
      tokens[j - 2]!.end === before.start &&
      tokens[j - 2]!.lower !== 'magnitude'
    )
      return 'skip';
    if (isWord(before) && NAMING_NOUNS.has(before.lower) && startsUpper(before.text)) return 'skip';
    if (!hedge && !prefix && !between && namePart(tokens, j)) return 'skip';
    if (next && next.start === first.end && /^s$/i.test(next.text)) return 'skip';
    if (identifier(tokens, j, number.end)) return 'skip';
    if (phoneService(tokens, number.end)) return 'skip';
  }
  // "a 64-year-old man": the age of the person the noun names (compared only with ages of the same
  // kind of person, inside aligned passages); months, weeks and days old (infants) and strengths
  // ("500-strong") are no figure.
  if (next?.lower === '-' && /^years?-old$/.test(tokens[number.end + 1]?.lower ?? '')) {
    if (number.shape !== 'exact' || hedge) return 'skip';
    const age = { ...value, unit: 'year' };
    // "the 64-year-old Smith": a name after it is whose age it is.
    const surname = nameFrom(tokens, number.end + 2);
    if (surname)
      return {
        start,
        end: number.end + 2,
        kind: 'age',
        value: age,
        extra: namedAge(surname.last, surname.before),
      };
    const person = nounPhrase(tokens, number.end + 2);
    return {
      start,
      end: number.end + 2,
      kind: 'age',
      value: age,
      extra: person.head ? { subject: person.head, subjectClass: subjectClass(person.head) } : {},
    };
  }
  // "Maria Lopez, aged 64,", "a man aged 64": the age of the name or the person before "aged".
  if (
    previous?.lower === 'aged' &&
    !hedge &&
    number.shape === 'exact' &&
    number.min >= 1 &&
    number.min < 120
  ) {
    const before = tokens[start - 2]?.text === ',' ? start - 3 : start - 2;
    const word = tokens[before];
    if (!isWord(word)) return 'skip';
    const extra = startsUpper(word.text)
      ? namedAge(word.lower, tokens[before - 1])
      : { subject: singular(word.lower), subjectClass: subjectClass(singular(word.lower)) };
    return { start: start - 1, end: number.end, kind: 'age', value: { ...value, unit: 'year' }, extra };
  }
  // A strength: "a 20,000-strong crowd" is the size of a crowd of people taking part; "a
  // 40,000-strong response force", "the 5,000-strong peacekeeping mission" count a force's troops
  // (the force noun within three words: names and modifiers between).
  if (next?.lower === '-' && tokens[number.end + 1]?.lower === 'strong' && number.shape === 'exact') {
    if (CROWDS_AFTER.has(tokens[number.end + 2]?.lower ?? ''))
      return countOf(start, number.end + 2, value, 'person', 'participated');
    if ([2, 3, 4].some((k) => FORCES_AFTER.has(tokens[number.end + k]?.lower ?? '')))
      return countOf(start, number.end + 2, value, 'troop', null);
  }
  if (
    next?.lower === '-' &&
    /^(?:year|month|week|day)s?-old$|^strong$/.test(tokens[number.end + 1]?.lower ?? '')
  )
    return 'skip';
  // A span of years ("in 1994-2002", "from 2010 to 2014") is two years, not a count, unless a plural
  // noun follows, as for one year ("2008 people"): the first year here, the second read after it.
  if (
    number.shape === 'range' &&
    !hedge &&
    yearNumber(first) &&
    /^(?:1[89]|20)\d\d$/.test(String(number.max)) &&
    !(isWord(next) && !PHRASE_BREAK.has(next.lower) && /s$/.test(next.lower) && !monthOf(next))
  )
    return { start, end: j + 1, kind: 'date', value: { year: number.min }, extra: {} };
  // "a 40-minute flight", "the 20-year war", "a 10-day truce", "a 2-hour-long wait": how long the
  // thing named lasts ("a 10-second delay" is too short to report and stays no figure).
  const after = next?.lower === '-' ? (tokens[number.end + 1]?.lower ?? '') : '';
  const length = /^(year|month|week|day|hour|minute)(?:-long)?$/.exec(after);
  if (length) {
    if (number.shape !== 'exact') return 'skip';
    return {
      start,
      end: number.end + 2,
      kind: 'duration',
      value: { ...value, unit: length[1]!, relation: 'for' },
      extra: {},
    };
  }
  if (/^seconds?(?:-long)?$/.test(after)) return 'skip';
  if (number.ordinal) return 'skip';
  // "three times", "five times larger": how often or how much more, not a count of things.
  if (next?.lower === 'times') return 'skip';
  // "Maria Lopez, 64, was appointed": a number set off by commas after a name is that person's age,
  // named by the last word of the name (compared with the ages other sources give the same name).
  if (
    !hedge &&
    number.shape === 'exact' &&
    number.min >= 1 &&
    number.min < 120 &&
    previous?.text === ',' &&
    startsUpper(tokens[start - 2]?.text ?? '') &&
    next?.text === ','
  ) {
    const name = tokens[start - 2]!;
    if (!isWord(name)) return 'skip';
    return {
      start,
      end: number.end,
      kind: 'age',
      value: { ...value, unit: 'year' },
      extra: namedAge(name.lower, tokens[start - 3]),
    };
  }
  // "the two leaders", "the three men": a definite small number of people or parties refers back to
  // the ones the story is about; it reports nothing, unless what happened to them follows it ("the
  // three missing fishermen", "the two dead"): a count. Of things it is the figure itself, restated
  // or first given so ("of the seven rockets launched, four fell short", "the three bridges damaged").
  if (
    !number.digits &&
    number.max <= 10 &&
    ['the', 'these', 'those', 'both'].includes(previous?.lower ?? '') &&
    !(ROLES[next?.lower ?? ''] && !isVerbForm(next!.lower)) &&
    partyOrPronoun(nounPhrase(tokens, number.end).head)
  )
    return 'skip';
  if (
    first.lower === 'one' &&
    number.max === 1 &&
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
    const extra = tallied(tokens, start, end) ? { role: 'tallied' } : {};
    return { start, end, kind: 'percent', value: { ...value, unit: 'percent' }, extra };
  }
  const currencyWord = CURRENCY_WORDS[next?.lower ?? ''];
  if (currency || currencyWord) {
    const end = currencyWord ? number.end + 1 : number.end;
    return { start, end, kind: 'money', value: { ...value, unit: currency ?? currencyWord }, extra: {} };
  }

  // Measures: "magnitude 6.4", "a magnitude-5.9 quake" (the word where the measure starts),
  // "6.4-magnitude", "5 km"; "put its magnitude at 5.9", "a magnitude of 7".
  const glued =
    previous?.text === '-' && previous.end === first.start && tokens[start - 2]?.lower === 'magnitude';
  const magnitudeAt = previous?.lower === 'magnitude' ? start - 1 : glued ? start - 2 : -1;
  if (magnitudeAt >= 0 && !hedge) return measureOf(magnitudeAt, number.end, value, 'magnitude');
  if (
    ['at', 'of', 'was', 'is'].includes(previous?.lower ?? '') &&
    tokens[start - 2]?.lower === 'magnitude' &&
    number.shape === 'exact'
  )
    return measureOf(start, number.end, value, 'magnitude');
  // "A 6.3 quake", "6.3 earthquake strikes" (a decimal below ten right before a quake noun: quakes
  // are counted in whole numbers, so the decimal is the size), and what a quake measured ("the
  // quake measured 6.2", "a tremor measuring 5.1"; not "measured 10 km deep").
  const magnitudeLike = number.shape === 'exact' && !hedge && number.max < 10;
  if (magnitudeLike && /^\d+\.\d+$/.test(first.text) && isWord(next) && quakeNoun(next.lower))
    return measureOf(start, number.end, value, 'magnitude');
  if (
    magnitudeLike &&
    ['measured', 'measuring'].includes(previous?.lower ?? '') &&
    !(isWord(next) && MEASURE_UNITS[next.lower]) &&
    [2, 3, 4].some((k) => isWord(tokens[start - k]) && quakeNoun(tokens[start - k]!.lower))
  )
    return measureOf(start, number.end, value, 'magnitude');
  const dashUnit = next?.lower === '-' ? MEASURE_UNITS[tokens[number.end + 1]?.lower ?? ''] : undefined;
  // A unit glued to a dimension adjective ("a 45m-high pier", "the 2.4km-long viaduct").
  const dimension = isWord(next) ? DIMENSION.exec(next.lower) : null;
  const measure =
    dashUnit ??
    (dimension ? MEASURE_UNITS[dimension[1]!] : undefined) ??
    (isWord(next) ? MEASURE_UNITS[next.lower] : undefined);
  if (measure) {
    const end = dashUnit ? number.end + 2 : number.end + 1;
    // "120 km/h": a unit per hour written with a slash (the tokenizer splits it).
    if (
      tokens[end]?.text === '/' &&
      tokens[end]!.start === tokens[end - 1]!.end &&
      /^(?:h|hr|hour)$/i.test(tokens[end + 1]?.text ?? '') &&
      tokens[end + 1]!.start === tokens[end]!.end
    ) {
      const perHour = MEASURE_UNITS[`${measure}/h`];
      if (perHour) return measureOf(start, end + 2, value, perHour);
    }
    // "95 miles per hour", "60 kilometres an hour": a speed, written out.
    const speed = SPEED_OF[measure];
    if (
      speed &&
      (tokens[end]?.lower === 'per' || tokens[end]?.lower === 'an') &&
      tokens[end + 1]?.lower === 'hour'
    )
      return measureOf(start, end + 2, value, speed);
    return measureOf(start, end, value, measure);
  }

  // Timespans: "three or four weeks ago", "the last 15 years", "for 12 years", "three decades after".
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
      // "four or five years ago months": a second unit right after is a garble; keep both readings.
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
    // "will last nine days", "expected to last a week": how long it lasts.
    else if (lead === 'last' && FUTURE.has(tokens[start - 2]?.lower ?? '')) timeValue.relation = 'for';
    return { start, end, kind: 'duration', value: timeValue, extra: {} };
  }

  // A year is a date, not a count ("in 2008"), unless a plural noun follows ("2008 people").
  if (number.shape === 'exact' && yearNumber(first) && !hedge) {
    // "the 2016 exercises", "its 2019 elections": a determiner before the number makes it a year.
    const plural =
      isWord(next) &&
      !PHRASE_BREAK.has(next.lower) &&
      /s$/.test(next.lower) &&
      !monthOf(next) &&
      !DEFINITE.has(previous?.lower ?? '');
    if (!plural) return { start, end: number.end, kind: 'date', value: { year: number.min }, extra: {} };
  }

  // "a 70-vehicle convoy", "a 12-member team": a number joined by a hyphen to a singular noun
  // counts that noun; the noun after the compound names the whole it makes up.
  const compound = hyphenedNoun(tokens, number.end);
  if (compound !== undefined && number.shape === 'exact')
    return countOf(start, number.end + 2, value, compound, null);
  // A count: what is counted, what happened to it, and the group it belongs to.
  const phrase = nounPhrase(tokens, number.end);
  // "three from Kenya", "two from Peru": people named by where they come from.
  const body = phrase.nation ?? bodyOf(tokens, number.end, phrase.end, phrase.head, titleCase(tokens));
  // "three Kenyan nationals" are three Kenyans: before a noun that means a member of a nation, the
  // demonym is what is counted ("three Kenyans", "three from Kenya" name them the same way).
  // (A nationality that stands alone, "30,000 Dutch march", counts people of that body.)
  const nationality =
    body && !phrase.nation && !body.includes(' ') && NATIONALITY_NOUNS.has(phrase.head ?? '') ? body : null;
  const head = nationality ?? phrase.head ?? origin(tokens, number.end);
  const role =
    phrase.role ??
    roleAfter(tokens, phrase.end) ??
    roleBefore(tokens, start) ??
    tollBefore(tokens, start) ??
    roleAfterAside(tokens, start, phrase.end);
  // "estimated the crowd at 65,000", "a turnout of 1 million": a count of no noun of its own after
  // a noun of a crowd counts the people taking part.
  if (head === null && crowdBefore(tokens, start) && !clockHour(tokens, start, value))
    return countOf(start, number.end, value, 'person', role ?? 'participated');
  // "The number of demonstrators exceeded one million", "the number of displaced people has
  // climbed to 12,000": a count of no noun of its own after "the number of" counts that noun.
  const numbered = head === null ? numberOfBefore(tokens, start) : null;
  if (numbered) return countOf(start, number.end, value, numbered.subject, role ?? numbered.role);
  // "41 of the passengers" (nothing happened to them) is part of the passengers, not all of them.
  const container =
    containerBefore(tokens, start) ??
    (phrase.whole ? `part of ${phrase.whole}` : phrase.partitive && !role && head ? `part of ${head}` : null);
  const end = number.end;
  // "announced 3 lakh compensation", "a 50,000 reward": a sum (a thousand or more) of a noun of
  // money used in the singular is money in a currency the text does not name, not a count of it.
  if (
    head !== null &&
    MONEY_NOUNS.has(head) &&
    tokens[phrase.end - 1]?.lower === head &&
    number.min >= 1000 &&
    !role
  )
    return { start, end: phrase.end, kind: 'money', value, extra: {} };
  return {
    start,
    end: phrase.head ? phrase.end : end,
    kind: 'count',
    value,
    extra: {
      subject: head,
      subjectClass: head && groupedClass(head, container),
      role,
      container,
      ...(body ? { body } : {}),
    },
  };
}

/**
 * The singular noun a hyphen joins to the number ending at `at` ("70-vehicle", "12-member"), when a
 * word that is no role, unit of time or phrase break follows it: the compound describes a noun, and
 * the number counts the one in it. Lengths of time, ages, strengths and units of measure are read
 * before this.
 */
function hyphenedNoun(tokens: readonly Token[], at: number): string | undefined {
  const dash = tokens[at];
  const noun = tokens[at + 1];
  if (dash?.text !== '-' || dash.start !== tokens[at - 1]?.end || !isWord(noun) || noun.start !== dash.end)
    return undefined;
  const word = noun.lower;
  if (PHRASE_BREAK.has(word) || ROLES[word] || timeUnit(noun) || singular(word) !== word) return undefined;
  const after = tokens[at + 2];
  if (after?.text === '-' || !isWord(after) || PHRASE_BREAK.has(after.lower)) return undefined;
  return word;
}

/** Nouns of a sum of money paid or offered (general English): "3 lakh compensation", "a 10,000 reward". */
const MONEY_NOUNS = new Set([
  'compensation',
  'reward',
  'bounty',
  'ransom',
  'bail',
  'fine',
  'grant',
  'donation',
  'salary',
  'pension',
  'allowance',
  'subsidy',
]);

/** The noun phrase after a number: its head noun (singular) and where it ends. */
export function nounPhrase(
  tokens: readonly Token[],
  from: number,
): { head: string | null; end: number; role?: string; partitive?: boolean; whole?: string; nation?: string } {
  let j = from;
  let partitive = false;
  if (tokens[j]?.lower === 'of') {
    j++;
    if (['them', 'those', 'these', 'us', 'whom', 'which'].includes(tokens[j]?.lower ?? ''))
      return { head: null, end: j + 1, partitive: true };
    partitive = DEFINITE.has(tokens[j]?.lower ?? '');
  }
  if (['the', 'these', 'those', 'its', 'their', 'his', 'her'].includes(tokens[j]?.lower ?? '')) j++;
  // "12 reported deaths", "two storm-related deaths": a word describing a role noun before it (a
  // participle or an "-related" compound) says how the deaths are known or came about.
  if (/(?:ed|-related)$/.test(tokens[j]?.lower ?? '') && ROLE_NOUNS[tokens[j + 1]?.lower ?? '']) j++;
  // "four casualties", "2,000 deaths": the noun is itself the role; what is counted is people.
  const roleNoun = ROLE_NOUNS[tokens[j]?.lower ?? ''];
  // "four of the dead" are part of the dead, not the whole toll. "19 dead bodies": "dead" describes
  // the bodies, which are counted (bodies are counted as found, not as a toll).
  if (roleNoun && ONE_FOR_ONE_AFTER.has(tokens[j + 1]?.lower ?? '')) j++;
  else if (roleNoun)
    return {
      head: 'person',
      end: j + 1,
      role: roleNoun,
      partitive,
      ...(partitive ? { whole: tokens[j]!.lower } : {}),
    };
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
    // A dotted abbreviation modifies the noun ("40 U.S. service members").
    const dotted = dottedAbbreviation(tokens, j);
    if (dotted > j) {
      j = dotted - 1;
      continue;
    }
    if (!isWord(token) || PHRASE_BREAK.has(token.lower) || ROLES[token.lower] || timeUnit(token)) break;
    // A weekday is when, never part of the noun ("its 15-year presence Friday", "12 recruits Monday").
    if (WEEKDAYS.includes(token.lower.replace(/'s$/, ''))) break;
    if (/ly$/.test(token.lower) && token.lower.length > 4) break;
    // An adverb of place ends the phrase ("40 onboard", "send 2,000 troops home").
    if (PLACE_ADVERBS.has(token.lower) || (taken > 0 && token.lower === 'home')) break;
    // After the first word, a past participle is the verb of the clause ("assailants barricaded"),
    // and so is a present participle after a plural ("troops taking part").
    if (taken > 0 && /ed$/.test(token.lower) && !startsUpper(token.text)) break;
    // Right after the number too, when no noun follows it: "thousands protested in the capital",
    // "millions watched." (not "30 armed men", where it qualifies the noun after it).
    if (taken === 0 && /ed$/.test(token.lower) && !startsUpper(token.text)) {
      const after = tokens[j + 1];
      if (!isWord(after) || PHRASE_BREAK.has(after.lower)) break;
    }
    if (taken > 0 && /ing$/.test(token.lower) && plural(previous)) break;
    // So is an irregular past tense after a plural ("twin blasts struck", "troops fled"), and
    // any word that is not a plural itself: a noun's modifiers come before it, so after a plural
    // head a singular word is the verb ("400 troops wait"; "arms dealers" stays one noun).
    if (taken > 0 && IRREGULAR_PAST.has(token.lower) && plural(previous)) break;
    if (taken > 0 && plural(previous) && singular(token.lower) === token.lower && !startsUpper(token.text))
      break;
    // "30,000 Dutch march on the capital", "6,000 Vellese": a nationality that stands as the plural
    // noun of its people, right after the number and not before a plural noun it qualifies
    // ("Dutch farmers"), counts people of that nation (its body); the word after it is the verb.
    if (taken === 0 && standingPeople(token)) {
      const after = tokens[j + 1];
      if (!isWord(after) || PHRASE_BREAK.has(after.lower) || !plural(after.lower))
        return { head: 'person', end: j + 1, partitive, nation: token.lower };
    }
    const lemma = singular(token.lower);
    head = COMPOUND_HEADS.has(`${previous} ${lemma}`) ? `${previous} ${lemma}` : lemma;
    previous = token.lower;
    end = j + 1;
    taken++;
  }
  // "23 more", "400 others": the count refers back to what was counted before; it names nothing.
  if (head !== null && MORE_OF_THE_SAME.has(head) && end === from + 1) head = null;
  return { head, end, partitive };
}

/**
 * The place a count of people comes from, as its counted thing ("four from Russia": russia, which
 * matches "four Russians" as a spelling variant): the last capitalised word after "from".
 */
function origin(tokens: readonly Token[], from: number): string | null {
  if (tokens[from]?.lower !== 'from') return null;
  let place: string | null = null;
  for (let k = from + 1; k < from + 4 && isWord(tokens[k]) && startsUpper(tokens[k]!.text); k++)
    place = tokens[k]!.lower;
  // "an increase of 9 from Sunday", "up from March": a time, not a place.
  if (
    place !== null &&
    (WEEKDAYS.includes(place.replace(/['’]s$/, '')) || monthOf(tokens[from + 1]) !== undefined)
  )
    return null;
  return place;
}

/** The token after a dotted abbreviation of capital letters starting at j ("U.S.", "U.K."), else j. */
function dottedAbbreviation(tokens: readonly Token[], j: number): number {
  let k = j;
  while (
    isWord(tokens[k]) &&
    ONE_UPPER().test(tokens[k]!.text) &&
    tokens[k + 1]?.text === '.' &&
    tokens[k + 1]!.start === tokens[k]!.end
  )
    k += 2;
  return k - j >= 4 ? k : j;
}

/**
 * Adverbs of place that follow a counted noun and end its phrase: "47 onboard", "12 foreigners
 * aboard", "two abroad". General English, no article's words.
 */
const PLACE_ADVERBS = new Set(
  'aboard onboard abroad away overseas ashore apiece together alone altogether back there'.split(' '),
);

/**
 * Nouns that mean a member of a nation, whose nation a demonym before them names ("Kenyan
 * nationals", "Peruvian citizens"), and "people", which a demonym makes the people of that nation
 * ("one Danish person" is one Dane). General English.
 */
const NATIONALITY_NOUNS = new Set(['national', 'citizen', 'expatriate', 'expat', 'person']);

/**
 * English nationality words that are also the plural noun of their people ("the Dutch", "the
 * Irish"): the -ch, -sh and -ss forms of the language's grammar, and every "-ese" (other
 * nationalities take a plural noun of their own, "Kenyans"). A closed class of English, no
 * article's words.
 */
const STANDING_PEOPLE = new Set(['british', 'dutch', 'english', 'french', 'irish', 'swiss', 'welsh']);
const standingPeople = (token: Token) =>
  startsUpper(token.text) && (STANDING_PEOPLE.has(token.lower) || /.{3}ese$/.test(token.lower));

/** A plural noun (not a possessive: "the city's population" goes on). */
const plural = (word: string) => !/['’]s?$/.test(word) && singular(word) !== word;

/** Irregular past tenses of common verbs (general English, no article's words). */
const IRREGULAR_PAST = new Set(
  'struck hit fled fell rose began shook tore blew broke drove flew fought gave got grew held kept knew led lost made met ran saw shot stood swept threw won wrote brought caught sought spread came went took left became remained'.split(
    ' ',
  ),
);

/**
 * Two-word counted nouns read as one ("police officer", "service member", "crew member", "war
 * game"): fixed English compounds whose first word alone names something else.
 */
const COMPOUND_HEADS = new Set(['police officer', 'service member', 'crew member', 'war game']);

/** Words that, after a number, count more of what was counted before ("23 more", "400 others"). */
const MORE_OF_THE_SAME = new Set(['more', 'other', 'others', 'additional', 'extra', 'further']);

/** Determiners of a known group: "41 of the passengers" is part of the passengers. */
const DEFINITE = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);

/** A unit joined by a hyphen to an adjective of size: "m-high", "km-long", "ft-tall". */
const DIMENSION = /^([a-z]+)-(?:high|long|wide|deep|tall|thick)$/;

/** The role a noun names as the thing counted ("deaths" -> killed), if it names one. */
export const roleOfNoun = (word: string): string | undefined => ROLE_NOUNS[word];

const ROLE_NOUNS = wordTable<string>({
  casualties: 'casualties',
  deaths: 'killed',
  fatalities: 'killed',
  dead: 'killed',
  deceased: 'killed',
  injuries: 'injured',
  arrests: 'arrested',
});

const ROLE_SKIP = new Set([
  // "70 people still missing", "100 feared dead", "14 reported missing", "20 remain missing".
  'still',
  'remain',
  'remained',
  'remaining',
  'feared',
  'believed',
  'presumed',
  'reported',
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
  // Passive verbs of reporting between a count and what happened to it ("were said to be hurt",
  // "was declared dead", "were confirmed dead", "are thought to be missing", "are known to
  // have died"): news attributes tolls this way; the role is the verb after them.
  'said',
  'declared',
  'confirmed',
  'thought',
  'known',
  'understood',
]);

/**
 * The role a clause gives after an aside that lists part of a count ("31 people, including four
 * foreign nationals, died"; "14 troops, including two medics and a pilot, were wounded"): it applies
 * to the count before the aside and to the counts inside it. The aside opens with a comma and
 * "including" and ends at the comma after which the role comes.
 */
function roleAfterAside(tokens: readonly Token[], start: number, end: number): string | null {
  let open = -1;
  if (tokens[end]?.text === ',' && tokens[end + 1]?.lower === 'including') open = end + 1;
  else
    for (let j = start - 1; j >= 1 && j >= start - 15; j--) {
      const t = tokens[j]!;
      if (t.lower === 'including' && tokens[j - 1]?.text === ',') {
        open = j;
        break;
      }
      if (t.kind === 'punct' && /[.;:!?()]/.test(t.text)) break;
    }
  if (open < 0) return null;
  for (let k = Math.max(open + 1, end); k < tokens.length && k < open + 30; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && /[.;:!?()]/.test(t.text)) return null;
    if (t.text === ',') {
      const role = roleAfter(tokens, k + 1);
      if (role) return role;
    }
  }
  return null;
}

/**
 * Adverbs of how badly people were hurt ("eight seriously injured", "two critically wounded"): the
 * seriously injured are a part of all the injured, a figure of their own, never set against a
 * count of all the injured.
 */
const SERIOUSLY = new Set(['seriously', 'severely', 'critically', 'gravely', 'badly']);

export function roleAfter(tokens: readonly Token[], from: number): string | null {
  for (let j = from; j < tokens.length && j < from + 5; j++) {
    const word = tokens[j]!.lower;
    if (SERIOUSLY.has(word) && ROLES[tokens[j + 1]?.lower ?? ''] === 'injured') return 'seriously injured';
    // "Two explosions killed at least 17": a verb with an object after it makes the count its
    // agent, not its victims.
    if (ROLES[word] && j === from && /ed$/.test(word) && objectStart(tokens, j + 1)) return null;
    if (ROLES[word]) return ROLES[word]!;
    // "were trampled to death", "burnt to death": any verb done "to death" killed.
    if (isWord(tokens[j]) && tokens[j + 1]?.lower === 'to' && tokens[j + 2]?.lower === 'death')
      return 'killed';
    // "1,900 troops will take part", "people took part": taking part in the exercise or march.
    if (TAKE.has(word) && tokens[j + 1]?.lower === 'part') return 'participated';
    if (!isWord(tokens[j]) || !(ROLE_SKIP.has(word) || FUTURE.has(word))) break;
  }
  return null;
}
const TAKE = new Set(['take', 'takes', 'took', 'taking', 'taken']);
/** Auxiliaries of the future and of intent before a role ("will take part", "are expected to be sent"). */
const FUTURE = new Set(['will', 'would', 'to', 'expected', 'set', 'due', 'could', 'may', 'might', 'shall']);

/** A token that opens an object: a number, a number word, a determiner or a hedge. */
function objectStart(tokens: readonly Token[], k: number): boolean {
  const number = (t: Token | undefined) =>
    t !== undefined && (t.kind === 'number' || UNITS[t.lower] !== undefined);
  const token = tokens[k];
  if (!token) return false;
  if (number(token) || OBJECT_OPENERS.has(token.lower)) return true;
  const hedge = hedgeAt(tokens, k);
  return hedge !== undefined && number(tokens[k + hedge.length]);
}
const OBJECT_OPENERS = new Set(
  'a an the his her their its our dozens hundreds thousands scores several many most all'.split(' '),
);

/** A role word used as a verb after a count ("the two killed ...", "the three died"), not an adjective. */
const isVerbForm = (word: string) => /(?:ed|ing|s)$/.test(word) && !ADJECTIVE_ROLES.has(word);
/** Role words ending like verbs that describe people before a noun ("the two injured men"). */
const ADJECTIVE_ROLES = new Set([
  'missing',
  'injured',
  'wounded',
  'detained',
  'displaced',
  'evacuated',
  'trapped',
]);

/** Nouns a role adjective may describe rather than stand for ("dead bodies", "dead victims"). */
const ONE_FOR_ONE_AFTER = new Set(['bodies', 'body', 'corpses']);

/** Nouns of a running tally that its role word names before it ("fatality count", "death tally"). */
const TALLY = new Set(['count', 'tally', 'figure', 'number']);

/** Verbs of a count under way, after what is counted: election-night copy in general English. */
const TALLY_VERBS = new Set(['counted', 'processed', 'tallied', 'reporting', 'verified', 'received']);
/** Words of a passive or of time between the thing counted and the verb ("had been", "so far"). */
const TALLY_AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'been',
  'was',
  'were',
  'is',
  'are',
  'now',
  'already',
]);

/**
 * Whether a percentage is the share of a count done so far ("with 90% of the ballots counted",
 * "75 percent of the ballot boxes had been counted", "with 60 per cent of precincts
 * reporting"): a progress figure, never a result's share ("she won 52% of the votes counted" stays
 * a share of the vote). It takes "with" before it, or a passive after the thing counted.
 */
function tallied(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[end]?.lower !== 'of') return false;
  const withBefore = tokens[start - 1]?.lower === 'with' && !wonWith(tokens, start - 1);
  let k = end + 1;
  if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'all') k++;
  // The thing counted: one to three words, then the verb, perhaps after a passive's auxiliaries.
  for (let words = 0; words < 4; words++, k++) {
    const token = tokens[k];
    if (!isWord(token)) return false;
    if (TALLY_VERBS.has(token.lower)) return words > 0 && withBefore;
    if (TALLY_AUXILIARIES.has(token.lower)) {
      if (words === 0) return false;
      while (TALLY_AUXILIARIES.has(tokens[k]?.lower ?? '')) k++;
      return TALLY_VERBS.has(tokens[k]?.lower ?? '');
    }
  }
  return false;
}

/**
 * Words of winning (general election English): "won with 52% of the votes counted", "declared the
 * winner with 53 percent of the votes counted" give the winner's share, not the share counted so far.
 * ("Leads with 60% of precincts reporting" stays a tally: US copy writes the count's progress so.)
 */
const WON = new Set('won wins win winner winners victory elected re-elected secured'.split(' '));

/** Whether a word of winning stands in the clause right before "with" at `at` (up to four words). */
function wonWith(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 4; j--) {
    const token = tokens[j]!;
    if (!isWord(token)) return false;
    if (WON.has(token.lower)) return true;
  }
  return false;
}

/** Nouns of a crowd whose size a count gives ("the crowd at 65,000", "a turnout of 1 million"): general English. */
const CROWD_NOUNS = new Set(['crowd', 'crowds', 'turnout', 'attendance']);
/** Nouns of an armed body that a strength before it sizes ("a 3,000-strong brigade"): general English. */
const FORCES_AFTER = new Set([
  'force',
  'army',
  'contingent',
  'battalion',
  'brigade',
  'division',
  'regiment',
  'garrison',
  'corps',
  'mission',
]);
/** Nouns of a gathering that a strength before them sizes ("a 20,000-strong crowd"). */
const CROWDS_AFTER = new Set([
  'crowd',
  'march',
  'rally',
  'protest',
  'demonstration',
  'procession',
  'gathering',
]);

/** Words before an hour of the clock written bare ("at 10", "until 11"): general English. */
const CLOCK_BEFORE = new Set(['at', 'until', 'till', 'by', 'from', 'around', 'after', 'before']);

/** Whether a bare number is an hour of the clock ("crowds gathered at 10"), no crowd's size. */
function clockHour(tokens: readonly Token[], start: number, value: FigureValue): boolean {
  const { min, max } = value;
  return (
    CLOCK_BEFORE.has(tokens[start - 1]?.lower ?? '') &&
    min !== undefined &&
    Number.isInteger(min) &&
    min <= 24 &&
    (max ?? min) === min
  );
}

/** Whether a noun of a crowd stands earlier in the count's clause, with no other number between. */
function crowdBefore(tokens: readonly Token[], start: number): boolean {
  for (let j = start - 1; j >= 0 && j >= start - 8; j--) {
    const token = tokens[j]!;
    if ((token.kind === 'punct' && /[.;:,!?]/.test(token.text)) || token.kind === 'number') return false;
    if (CROWD_NOUNS.has(token.lower)) return true;
  }
  return false;
}

/** A count of a thing its reader names (its comparison class looked up), in a role, in no group. */
function countOf(
  start: number,
  end: number,
  value: FigureValue,
  subject: string,
  role: string | null,
): Quantity {
  return {
    start,
    end,
    kind: 'count',
    value,
    extra: { subject, subjectClass: subjectClass(subject), role, container: null },
  };
}

/** Verbs by which a number of things reaches a figure ("the number of ... rose to"): general English. */
const REACHING = new Set(
  'reached rose risen climbed exceeded topped passed surpassed hit stood stands jumped grew increased fell dropped'.split(
    ' ',
  ),
);

/**
 * The thing "the number of" names earlier in the count's clause, when a verb of reaching stands
 * between ("the number of demonstrators exceeded one million"): singular, with the role a word
 * before it gives ("the number of displaced people": displaced), or null.
 */
function numberOfBefore(
  tokens: readonly Token[],
  start: number,
): { subject: string; role: string | null } | null {
  let reaching = false;
  for (let j = start - 1; j >= 1 && j >= start - 12; j--) {
    const token = tokens[j]!;
    if ((token.kind === 'punct' && /[.;:,!?]/.test(token.text)) || token.kind === 'number') return null;
    if (REACHING.has(token.lower)) reaching = true;
    if (token.lower === 'of' && tokens[j - 1]!.lower === 'number' && reaching) {
      const phrase = nounPhrase(tokens, j + 1);
      return phrase.head ? { subject: singular(phrase.head), role: phrase.role ?? null } : null;
    }
  }
  return null;
}

/** "The death toll from the floods has risen to 15": a toll earlier in the clause counts the dead. */
function tollBefore(tokens: readonly Token[], start: number): string | null {
  for (let j = start - 1; j >= 0 && j >= start - 16; j--) {
    const token = tokens[j]!;
    if (token.kind === 'punct' && /[.;:,!?]/.test(token.text)) return null;
    // "The toll of injured firefighters was raised to 23": a toll of another role.
    if (token.lower === 'toll') {
      const of = tokens[j + 1]?.lower === 'of' ? tokens[j + 2]?.lower : undefined;
      return (of && ROLES[of]) || 'killed';
    }
    // "raised the fatality count to 41", "the injury tally rose to 80": a count named by its role.
    if (TALLY.has(token.lower) && j > 0 && ROLES[tokens[j - 1]!.lower]) return ROLES[tokens[j - 1]!.lower]!;
  }
  return null;
}

export function roleBefore(tokens: readonly Token[], start: number): string | null {
  // "the deaths of 14 people", "confirmed the deaths of: 14 people in Lorn": a noun that is itself
  // a role, of the count.
  const of = tokens[start - 1]?.text === ':' ? start - 2 : start - 1;
  if (tokens[of]?.lower === 'of' && ROLE_NOUNS[tokens[of - 1]?.lower ?? ''])
    return ROLE_NOUNS[tokens[of - 1]!.lower]!;
  for (let j = start - 1; j >= 0 && j >= start - 4; j--) {
    const word = tokens[j]!.lower;
    // "40 were killed and three hospitals...": a passive role after an auxiliary is the predicate
    // of an earlier count, not a verb over this one.
    if (ROLES[word] && j < start - 1 && AUXILIARIES.has(tokens[j - 1]?.lower ?? '')) return null;
    if (ROLES[word]) return ROLES[word]!;
    if (/^(?:killing|wounding|injuring|arresting)$/.test(word))
      return ROLES[word.replace(/ing$/, 'ed')] ?? null;
    if (!isWord(tokens[j])) break;
  }
  return null;
}

/** Auxiliaries of the passive ("were killed", "had been injured"). */
const AUXILIARIES = new Set(['were', 'was', 'are', 'is', 'been', 'being', 'be']);

/**
 * Words that say only that the counted are adult men or women, not what they are: their class
 * (troops, for "500 men" in a military story) is a guess that the group they are counted in
 * corrects ("a commando of 30 men" are attackers). General English.
 */
const SEX_ONLY = new Set(['man', 'woman']);

/** The class of a counted thing, or of the group it is counted in when the thing says only men or women. */
function groupedClass(head: string, container: string | null): string | null {
  const own = subjectClass(head);
  if (!SEX_ONLY.has(head) || !container) return own;
  // subjectClass gives back a word of no class as it is ("battalion").
  const grouped = subjectClass(container);
  return grouped === container ? own : grouped;
}

function containerBefore(tokens: readonly Token[], start: number): string | null {
  const link = tokens[start - 1];
  const noun = tokens[start - 2];
  // "a battalion of 700 men", "a battalion (700 troops)"; not a comma, which mostly lists
  // ("60 planes and helicopters, 240 tanks").
  if (!link || !['of', '('].includes(link.lower) || !isWord(noun)) return null;
  if (PHRASE_BREAK.has(noun.lower) || ROLES[noun.lower] || startsUpper(noun.text)) return null;
  return singular(noun.lower);
}

/** Fractions named by a word ("a third of"), for readProportion. */
const FRACTION_WORDS = wordTable<number>({
  half: 0.5,
  third: 1 / 3,
  quarter: 0.25,
  fifth: 0.2,
  tenth: 0.1,
});

/**
 * A proportion at a token: "half", "a third", "two-thirds", "one in six" as a share with a reading
 * tolerance; vague ones as intervals ("mostly", "most of", "the majority": more than half; "the
 * vast majority": three quarters or more; "almost all", "nearly all"), which can differ from a
 * figure but never contradict it.
 */
/** The words that open readProportion's phrases ("half of", "a third of", "the vast majority"...). */
const PROPORTION_OPENERS = new Set(['half', 'a', 'one', 'the', 'most', 'almost', 'nearly', 'mostly']);

export function readProportion(
  tokens: readonly Token[],
  i: number,
): { min: number; max: number; vague?: boolean; end: number } | undefined {
  // Performance: this runs at every token, and every phrase below opens with one of these words,
  // a "two-"/"three-" compound, or a word before "in" ("1 in 5"). A new phrase adds its opening here.
  const first = tokens[i]?.lower ?? '';
  if (!PROPORTION_OPENERS.has(first) && !/^(?:two|three)-/.test(first) && tokens[i + 1]?.lower !== 'in')
    return undefined;
  const w = (k: number) => tokens[i + k]?.lower ?? '';
  const point = (value: number, end: number) => ({ min: value, max: value, end });
  const fractions = FRACTION_WORDS;
  // "half a dozen", "half a million" are numbers (read by readNumber), not a share.
  if (w(0) === 'half' && (w(1) === 'a' || w(1) === 'an') && SCALES[w(2)] !== undefined) return undefined;
  if (w(0) === 'half' && ['of', 'the', 'a', 'an', 'its', 'their', 'all'].includes(w(1)))
    return point(0.5, i + 1);
  if ((w(0) === 'a' || w(0) === 'one') && fractions[w(1)] !== undefined && w(2) === 'of')
    return point(fractions[w(1)]!, i + 2);
  const compound = /^(two|three)-(thirds|quarters|fifths)$/.exec(w(0));
  if (compound) {
    const n = compound[1] === 'two' ? 2 : 3;
    const d = { thirds: 3, quarters: 4, fifths: 5 }[compound[2] as 'thirds' | 'quarters' | 'fifths'];
    return point(n / d, i + 1);
  }
  if (w(1) === 'in' && /^\d+$|^(?:one)$/.test(w(0))) {
    const of = readNumber(tokens, i + 2);
    if (of && of.shape === 'exact' && of.min > 1 && (w(0) === 'one' || Number(w(0)) === 1))
      return point(1 / of.min, of.end);
  }
  const vague = (min: number, max: number, end: number) => ({ min, max, vague: true, end });
  if (w(0) === 'the' && w(1) === 'vast' && w(2) === 'majority') return vague(0.75, 1, i + 3);
  if (w(0) === 'the' && w(1) === 'majority' && w(2) === 'of') return vague(0.5, 1, i + 2);
  if (w(0) === 'most' && w(1) === 'of') return vague(0.5, 1, i + 1);
  if ((w(0) === 'almost' || w(0) === 'nearly') && w(1) === 'all') return vague(0.85, 1, i + 2);
  // "mostly civilians", "mostly in the north"; not "mostly peaceful" (an adjective: no share).
  if (w(0) === 'mostly' && !/(?:ful|ous|ive|less|able|ible|ic|ed|ing|ly)$/.test(w(1)))
    return vague(0.5, 1, i + 1);
  return undefined;
}

/**
 * Nouns of the people or parties a story is about, which a definite small number refers back to
 * ("the two leaders", "the three men", "both countries"): people and armed forces (their comparison
 * kinds) and the usual names of persons and parties in news (general English). With no noun ("the
 * three died") the number is a pronoun.
 */
const PARTIES = new Set(
  'man woman boy girl brother sister leader candidate president minister official officer country nation side party state government company team family member'.split(
    ' ',
  ),
);
function partyOrPronoun(head: string | null): boolean {
  if (head === null) return true;
  const lemma = singular(head);
  const kind = kindOf(lemma);
  return PARTIES.has(lemma) || kind === 'people' || kind === 'troops';
}
