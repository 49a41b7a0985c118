/** A token of a sentence for quantity reading: a word, a number or one punctuation mark. */
export interface Token {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
}

// Numbers with thousands separators (comma, dot, thin or no-break space) or decimals, with an
// optional ordinal suffix; words with inner hyphens or apostrophes; any other visible character.
const TOKEN =
  /\d{1,3}(?:[,.\u00a0\u202f]\d{3})+(?![\d])(?:st|nd|rd|th)?|\d+(?:[.,]\d+)?(?:st|nd|rd|th)?|\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*|\S/gu;

/** Splits a sentence into tokens with offsets relative to the sentence. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
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
