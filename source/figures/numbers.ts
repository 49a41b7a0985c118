import {
  byFirstWord,
  MONTH_ABBREVIATIONS,
  MONTHS,
  PHRASE_BREAK,
  SCALES,
  singular,
  UNITS,
  VAGUE,
} from '../lexicon/quantities.js';
import { wordTable } from '../text/table.js';
import type { Token } from '../tokens/tokenize.js';
import { wordsAt } from './read-time.js';

/** A number phrase read at a token: its value as an interval and the token after it. */
export interface NumberPhrase {
  min: number;
  max: number;
  /** Index of the first token after the phrase. */
  end: number;
  shape: 'exact' | 'range' | 'alternative' | 'vague';
  /** Written with an ordinal suffix ("24th"). */
  ordinal: boolean;
  /** Written in digits. */
  digits: boolean;
  /** The multiplier that ended it ("hundred" in "six hundred"), 1 when none. */
  scale: number;
}

/** Vulgar fractions written as one character after a whole number ("12½"). */
const FRACTIONS = wordTable<number>({
  '¼': 1 / 4,
  '½': 1 / 2,
  '¾': 3 / 4,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '⅕': 1 / 5,
  '⅖': 2 / 5,
  '⅗': 3 / 5,
  '⅘': 4 / 5,
  '⅙': 1 / 6,
  '⅚': 5 / 6,
  '⅛': 1 / 8,
  '⅜': 3 / 8,
  '⅝': 5 / 8,
  '⅞': 7 / 8,
});

/**
 * The value of a token written in digits (ASCII, as the tokenizer gives them): "7,300", "7.300"
 * (European thousands), "4 000" with a thin or no-break space, "1.8", "3·5" (raised decimal
 * point), "12½", "24th".
 */
export function digitValue(text: string): { value: number; ordinal: boolean } | undefined {
  const m = /^(\d[\d,.\u00a0\u2009\u202f\u00b7]*?)([\u00bc-\u00be\u2150-\u215e])?(st|nd|rd|th)?$/u.exec(text);
  if (!m) return undefined;
  const body = m[1]!;
  let value: number;
  if (/^\d{1,3}(?:([,.\u00a0\u2009\u202f])\d{3})(?:\1\d{3})*$/.test(body)) {
    // One separator kind, groups of three: thousands ("7,300", "7.300", "120 000").
    value = Number(body.replace(/[,.\u00a0\u2009\u202f]/g, ''));
  } else {
    value = Number(body.replace(/[,\u00b7]/, '.'));
  }
  if (m[2] !== undefined) {
    const fraction = FRACTIONS[m[2]];
    if (fraction === undefined || m[3] !== undefined) return undefined;
    value += fraction;
  }
  return Number.isFinite(value) ? { value, ordinal: m[3] !== undefined } : undefined;
}

const adjacent = (a: Token | undefined, b: Token | undefined) =>
  a !== undefined && b !== undefined && a.end === b.start;

/**
 * Digit groups the tokenizer leaves apart: thousands separated by a plain space ("42 000", as
 * French, Scandinavian and much European English copy writes them: the first group has one to three
 * digits and every later group exactly three, one space apart), and South Asian grouping ("3,00,000":
 * pairs of digits, then three). A plain-space group is not taken after a month name ("May 5 200
 * people" is a date and a count), nor when the first number has a separator of its own.
 */
function groupedDigits(tokens: readonly Token[], i: number): { value: number; end: number } | undefined {
  const first = tokens[i]!;
  // South Asian grouping: "3,00" "," "000", or "1,20" "," "00" "," "000".
  if (/^\d{1,2},\d{2}$/.test(first.text)) {
    let digits = first.text.replace(',', '');
    let j = i + 1;
    while (
      tokens[j]?.text === ',' &&
      adjacent(tokens[j - 1], tokens[j]) &&
      adjacent(tokens[j], tokens[j + 1])
    ) {
      const group = tokens[j + 1]!.text;
      if (/^\d{2}$/.test(group)) {
        digits += group;
        j += 2;
        continue;
      }
      // The tokenizer reads the last pair and the three digits as one ("00,000").
      if (/^(?:\d{2},)?\d{3}$/.test(group))
        return { value: Number(digits + group.replace(',', '')), end: j + 2 };
      break;
    }
    return undefined;
  }
  if (!/^\d{1,3}$/.test(first.text) || MONTH_NAMES.has(tokens[i - 1]?.lower ?? '')) return undefined;
  let digits = first.text;
  let j = i + 1;
  while (
    tokens[j]?.kind === 'number' &&
    /^\d{3}$/.test(tokens[j]!.text) &&
    tokens[j]!.start === tokens[j - 1]!.end + 1
  )
    digits += tokens[j++]!.text;
  // A group followed by a decimal point or another digit run is not a thousands group.
  if (j === i + 1 || tokens[j]?.kind === 'number') return undefined;
  return { value: Number(digits), end: j };
}

const MONTH_NAMES = new Set([...MONTHS, ...Object.keys(MONTH_ABBREVIATIONS)]);

/** Reads a number written in words from token i: "twenty-five", "five hundred", "a dozen", "two million". */
function wordNumber(
  tokens: readonly Token[],
  i: number,
): { value: number; end: number; scale: number } | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  let lastScale = 1;
  let j = i;
  for (; j < tokens.length; j++) {
    const word = tokens[j]!.lower;
    if (tokens[j]!.kind === 'punct' && word !== '-') break;
    const parts = word.includes('-') ? word.split('-') : undefined;
    if (parts && parts.length > 1 && parts.every((p) => UNITS[p] !== undefined)) {
      current += parts.reduce((sum, p) => sum + UNITS[p]!, 0);
      seen = true;
      lastScale = 1;
      continue;
    }
    if (UNITS[word] !== undefined && !(seen && lastScale === 1 && current % 10 !== 0)) {
      current += UNITS[word]!;
      seen = true;
      lastScale = 1;
      continue;
    }
    if ((word === 'a' || word === 'an') && !seen && SCALES[tokens[j + 1]?.lower ?? ''] !== undefined) {
      current = 1;
      continue;
    }
    const scale = SCALES[word];
    if (scale !== undefined && (seen || current === 1)) {
      if (scale === 100 || scale === 12) current = (current || 1) * scale;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      seen = true;
      lastScale = scale;
      continue;
    }
    if (word === 'and' && seen && lastScale >= 100 && UNITS[tokens[j + 1]?.lower ?? ''] !== undefined)
      continue;
    break;
  }
  if (!seen) return undefined;
  return { value: total + current, end: j, scale: lastScale };
}

/**
 * Scales written short and glued to the number, as news copy and headlines write sums and counts:
 * "10k" / "10K" (thousand), "3bn", "5mn", "2tn"; "m" is a million after a currency sign ("£5m") or
 * before a plural noun ("12m people", "2.5m barrels"), since "5m" alone is five metres ("5m high",
 * "fell 50m into").
 */
const GLUED_SCALES = wordTable<number>({ k: 1e3, bn: 1e9, mn: 1e6, tn: 1e12 });
const CURRENCY_SIGNS = new Set(['$', '€', '£', '¥']);

function gluedScale(tokens: readonly Token[], i: number, after: number): number | undefined {
  const next = tokens[after];
  if (next?.kind !== 'word' || next.start !== tokens[after - 1]!.end) return undefined;
  if (next.lower === 'm')
    return CURRENCY_SIGNS.has(tokens[i - 1]?.text ?? '') || pluralNoun(tokens[after + 1]) ? 1e6 : undefined;
  return GLUED_SCALES[next.lower];
}

/**
 * A plural noun ("people", "barrels", "voters"): a word whose singular differs, not a function word
 * ("this", "towards") nor an adverb in -wards / -ways ("towards", "sideways").
 */
function pluralNoun(token: Token | undefined): boolean {
  if (token?.kind !== 'word' || !/^[a-z]+$/.test(token.text)) return false;
  const word = token.lower;
  if (PHRASE_BREAK.has(word) || /(?:wards|ways)$/.test(word)) return false;
  return word === 'people' || singular(word) !== word;
}

/** Reads one number (digits with an optional scale word, or words) at token i. */
function single(
  tokens: readonly Token[],
  i: number,
): (Omit<NumberPhrase, 'shape' | 'min' | 'max'> & { value: number }) | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  if (token.kind === 'number') {
    const grouped = groupedDigits(tokens, i);
    const parsed = grouped ? { value: grouped.value, ordinal: false } : digitValue(token.text);
    if (!parsed) return undefined;
    const after = grouped ? grouped.end : i + 1;
    const glued = gluedScale(tokens, i, after);
    if (glued !== undefined && !parsed.ordinal)
      return { value: parsed.value * glued, end: after + 1, ordinal: false, digits: true, scale: glued };
    const scale = SCALES[tokens[after]?.lower ?? ''];
    if (scale !== undefined && !parsed.ordinal) {
      // Before "million" or larger, one dot and three digits are a decimal ("2.315 million"): a
      // thousands group there would make thousands of millions, which copy writes "billion".
      const value =
        !grouped && scale >= 1e6 && /^\d{1,3}\.\d{3}$/.test(token.text) ? Number(token.text) : parsed.value;
      return { value: value * scale, end: after + 1, ordinal: false, digits: true, scale };
    }
    return { value: parsed.value, end: after, ordinal: parsed.ordinal, digits: true, scale: 1 };
  }
  // "half a dozen", "half a million": half the scale.
  if (token.lower === 'half' && ['a', 'an'].includes(tokens[i + 1]?.lower ?? '')) {
    const scale = SCALES[tokens[i + 2]?.lower ?? ''];
    if (scale !== undefined) return { value: scale / 2, end: i + 3, ordinal: false, digits: false, scale };
  }
  const words = wordNumber(tokens, i);
  return words && { value: words.value, end: words.end, ordinal: false, digits: false, scale: words.scale };
}

/** VAGUE by first word (performance: most tokens start none of them). */
const VAGUE_BY_FIRST = byFirstWord(VAGUE);

/**
 * Two, said as a pair: "twin blasts", "a pair of car bombs" (before a plural noun; "twin
 * brother" names one person, "a pair of" before a singular noun is one thing).
 */
function pairAt(tokens: readonly Token[], i: number): NumberPhrase | undefined {
  const word = tokens[i]?.lower;
  const end =
    word === 'twin'
      ? i + 1
      : word === 'a' && tokens[i + 1]?.lower === 'pair' && tokens[i + 2]?.lower === 'of'
        ? i + 3
        : -1;
  if (end < 0) return undefined;
  // The noun phrase after it (up to three words) ends in a plural.
  let plural = false;
  for (let k = end; k < end + 3 && tokens[k]?.kind === 'word'; k++)
    if (/[^s]s$/.test(tokens[k]!.lower)) {
      plural = true;
      break;
    }
  if (!plural) return undefined;
  return { min: 2, max: 2, end, shape: 'exact', ordinal: false, digits: false, scale: 1 };
}

/**
 * Reads a number phrase at token i: a single number, a range ("300 to 450", "300-450", "five to
 * six hundred", where the scale distributes), alternatives ("two or three"), or a vague amount
 * ("dozens", "several dozen", "tens of thousands"). `between` makes "X and Y" a range.
 */
export function readNumber(tokens: readonly Token[], i: number, between = false): NumberPhrase | undefined {
  const vagues = VAGUE_BY_FIRST.get(tokens[i]?.lower ?? '');
  for (let v = 0; vagues && v < vagues.length; v++) {
    const vague = vagues[v]!;
    if (wordsAt(tokens, i, vague.words)) {
      return {
        min: vague.min,
        max: vague.max,
        end: i + vague.words.length,
        shape: 'vague',
        ordinal: false,
        digits: false,
        scale: 1,
      };
    }
  }
  const pair = pairAt(tokens, i);
  if (pair) return pair;
  const first = single(tokens, i);
  if (!first) return undefined;
  const base: NumberPhrase = { ...first, min: first.value, max: first.value, shape: 'exact' };
  if (first.ordinal) return base;
  const link = tokens[first.end];
  const connectors = between ? ['and'] : ['to', '-', '–', '—', 'or'];
  if (!link || !connectors.includes(link.lower)) return base;
  // A dash must join the two numbers tightly ("300-450"), not separate clauses.
  if (link.kind === 'punct' && link.lower === '-' && link.start !== tokens[first.end - 1]!.end) return base;
  const second = single(tokens, first.end + 1);
  if (!second || second.ordinal) return base;
  let low = first.value;
  // "five to six hundred": the scale of the second number applies to the first.
  if (second.scale > 1 && first.scale === 1 && low * second.scale <= second.value) low *= second.scale;
  if (low === second.value) return base;
  // "cut from 12 to 6": a range runs upwards; a falling pair is a change, two figures.
  if (link.lower === 'to' && low > second.value) return base;
  return {
    min: Math.min(low, second.value),
    max: Math.max(low, second.value),
    end: second.end,
    shape: link.lower === 'or' ? 'alternative' : 'range',
    ordinal: false,
    digits: first.digits && second.digits,
    scale: second.scale,
  };
}
