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
const TOKEN =
  /\d{1,3}(?:[,.\u00a0\u2009\u202f]\d{3})+(?![\d])(?:st|nd|rd|th)?|\d+(?:[.,\u00b7]\d+)?[\u00bc-\u00be\u2150-\u215e]?(?:st|nd|rd|th)?|\p{L}[\p{L}\p{M}\d]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*|\S/gu;

/** First code point of each run of ten decimal digits read as numbers besides ASCII. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0xff10];
const OTHER_DIGITS =
  /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\uff10-\uff19\u066b\u066c\uff0c\uff0e]/gu;
const SEPARATORS: Record<string, string> = { '\u066b': '.', '\u066c': ',', '\uff0c': ',', '\uff0e': '.' };

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

/** Splits a sentence into tokens with offsets relative to the sentence. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of asciiDigits(text).matchAll(TOKEN)) {
    const raw = m[0];
    tokens.push({
      text: raw,
      lower: raw.toLowerCase().replace(/’/g, "'"),
      start: m.index,
      end: m.index + raw.length,
      kind: /^\d/.test(raw) ? 'number' : /^\p{L}/u.test(raw) ? 'word' : 'punct',
    });
  }
  return tokens;
}
