import { wordTable } from '../text/table.js';
import { unicodeRegExp } from './letters.js';
/**
 * A token of a sentence: a word, a number or one punctuation mark. The one tokenizer of the
 * program: the figures reader reads its tokens, the aligner and the word diff key its words.
 */
export interface Token {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
}

// Numbers with thousands separators (comma, dot, thin, narrow or no-break space) or decimals
// (point, comma or the British raised point "3·5"), an optional vulgar fraction ("12½") and an
// optional ordinal suffix; words (letters, then letters, marks or digits: "C1", "G7" are names,
// not numbers) with inner hyphens or apostrophes; any other visible character. Tokens are matched
// on the text with its other decimal digits (full-width, Arabic-Indic...) read as ASCII, which
// keeps every offset (one code unit each).
// (Compiled on first use, as a plain twin on plain text: see letters.ts.)
const TOKEN = unicodeRegExp(
  String.raw`\d{1,3}(?:[,.\u00a0\u2009\u202f]\d{3})+(?![\d])(?:st|nd|rd|th)?|\d+(?:[.,\u00b7]\d+)?[\u00bc-\u00be\u2150-\u215e]?(?:st|nd|rd|th)?|\p{L}[\p{L}\p{M}\d]*(?:[-'\u2019]\p{L}[\p{L}\p{M}]*)*|\S`,
  'gu',
);

/** First code point of each run of ten decimal digits read as numbers besides ASCII. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0xff10];
const OTHER_DIGITS =
  /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\uff10-\uff19\u066b\u066c\uff0c\uff0e]/gu;
const SEPARATORS = wordTable<string>({ '\u066b': '.', '\u066c': ',', '\uff0c': ',', '\uff0e': '.' });

/**
 * The text with full-width, Arabic-Indic, Persian, Devanagari and Bengali digits (and the Arabic
 * and full-width separators) as their ASCII equivalents: same length, so offsets are unchanged.
 */
export function asciiDigits(text: string): string {
  return text.replace(OTHER_DIGITS, (char) => {
    if (SEPARATORS[char]) return SEPARATORS[char]!;
    const code = char.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}

/**
 * Sentences tokenised so far (the aligner and the figures reader both tokenise every sentence),
 * up to MEMO_TEXTS of them: a bounded memory on large corpora, every sentence of a small one.
 */
const MEMO = new Map<string, readonly Token[]>();
const MEMO_TEXTS = 2000;

/**
 * Splits a sentence into tokens with offsets relative to the sentence. The list may be shared
 * between callers given the same text: it and its tokens are never to be changed.
 */
export function tokenize(text: string): readonly Token[] {
  const known = MEMO.get(text);
  if (known) return known;
  const tokens: Token[] = [];
  // An exec loop on the one global expression (performance: matchAll copies the expression and
  // steps an iterator for every call); TOKEN never matches an empty string, so each match advances.
  const digits = asciiDigits(text);
  const token = TOKEN();
  token.lastIndex = 0;
  for (let m = token.exec(digits); m !== null; m = token.exec(digits)) {
    const raw = m[0];
    const lower = raw.toLowerCase();
    tokens.push({
      text: raw,
      lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      start: m.index,
      end: m.index + raw.length,
      kind: kindOf(raw),
    });
  }
  if (MEMO.size < MEMO_TEXTS) MEMO.set(text, tokens);
  return tokens;
}

const STARTS_LETTER = unicodeRegExp(String.raw`^\p{L}`, 'u');
const STARTS_UPPER = unicodeRegExp(String.raw`^\p{Lu}`, 'u');

/**
 * What a token is, by its first character: TOKEN's number branches start with an ASCII digit and
 * its word branch with a letter; anything else is one visible character (punctuation, a symbol).
 */
function kindOf(raw: string): Token['kind'] {
  const code = raw.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return 'number';
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? 'word' : 'punct';
  return STARTS_LETTER().test(raw) ? 'word' : 'punct';
}

/**
 * True when the text starts with an upper-case letter: /^\p{Lu}/u.test(text), answered for an ASCII
 * first character from its code (A to Z are its only upper-case letters) and by the expression for
 * the rest (performance only: the readers ask this of most words of every sentence).
 */
export function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return STARTS_UPPER().test(text);
}
