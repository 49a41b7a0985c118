/**
 * Regular expressions with Unicode property classes (\p{L}, \p{Lu}, \p{Ll}, \p{M}, \p{N}, \p{Cc})
 * and case-insensitive Unicode matching, without their cost on plain text (performance only: the
 * results are the same).
 *
 * V8 looks each property class up in ICU's tables every time it parses an expression (when the
 * expression is created and again when it is compiled, once for one-byte and once for two-byte
 * text), and expands `/iu` expressions by Unicode case folding: on a run over a few articles that
 * was about a tenth of the work beyond Node's own start. Most news text in English has no letter,
 * mark, digit or control character outside ASCII: only punctuation such as curly quotes and dashes.
 * On such text each class means exactly its ASCII part (\p{L} is [A-Za-z], \p{M} is nothing), so an
 * expression with the classes replaced by those parts gives the same results, and costs a fraction.
 *
 * A text is plain when every character is ASCII or one of PLAIN_EXTRA (punctuation, spaces and
 * symbols: no letter, mark, number or control character, no case mapping; the normalisation forms
 * of each are plain too, so what the program derives from plain text stays plain). The analysis of
 * a set of articles (and the segmentation of one text) runs with plain expressions when all its texts
 * are plain (`withPlainText`); everything else, and any other text, uses the Unicode expressions.
 */

/**
 * The non-ASCII characters of plain text: no-break and other spaces, the general punctuation
 * (quotes, dashes, ellipsis, bullets, primes), the Latin-1 punctuation and symbols, currency signs,
 * the trade mark, the minus sign, the byte-order mark and the replacement character. Left out: the
 * Latin-1 characters that are letters or numbers (ª µ º ² ³ ¹ ¼ ½ ¾) or decompose into a combining
 * mark (¨ ¯ ´ ¸, and ‗ ‾ among the punctuation), and unassigned code points. A test checks each.
 */
export const PLAIN_EXTRA =
  '\\u00a0-\\u00a7\\u00a9\\u00ab-\\u00ae\\u00b0\\u00b1\\u00b6\\u00b7\\u00bb\\u00bf\\u00d7\\u00f7' +
  '\\u2000-\\u2016\\u2018-\\u203d\\u203f-\\u2064\\u2066-\\u206f\\u20a0-\\u20c0\\u2122\\u2212\\ufeff\\ufffd';

/** A character that is not plain (not ASCII, not in PLAIN_EXTRA); a surrogate of any pair is one. */
const NOT_PLAIN = new RegExp(`[^\\x00-\\x7f${PLAIN_EXTRA}]`);

/** True when every character of the text is plain (see above). */
export function isPlainText(text: string): boolean {
  return !NOT_PLAIN.test(text);
}

/** Whether the current analysis or segmentation reads plain text only (see withPlainText). */
let plain = false;

/**
 * Runs `work` with the plain expressions when every one of `texts` is plain; restores the previous
 * choice afterwards (also on an exception; calls may nest). Work on strings that do not derive from
 * `texts` (by slicing, case mapping, normalisation, joining with ASCII) must not run inside it.
 */
export function withPlainText<T>(texts: readonly string[], work: () => T): T {
  const saved = plain;
  plain = texts.every(isPlainText);
  try {
    return work();
  } finally {
    plain = saved;
  }
}

/** The ASCII part of each property class the program uses, as the body of a character class. */
const ASCII_PART: Readonly<Record<string, string>> = {
  L: 'A-Za-z',
  Lu: 'A-Z',
  Ll: 'a-z',
  M: '',
  N: '0-9',
  Cc: '\\x00-\\x1f\\x7f',
};

/**
 * The source of an expression's plain twin: each property class replaced by its ASCII part, inside
 * a character class or as a class of its own. Throws for what it cannot translate (another class,
 * a negated one, a code point escape, a character beyond the Basic Multilingual Plane).
 */
export function plainSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff)
      throw new Error(`plainSource: a character beyond the BMP in /${source}/`);
    if (ch === '\\') {
      const next = source[i + 1];
      if (next === 'p') {
        const end = source.indexOf('}', i);
        const name = source.slice(i + 3, end);
        const part = ASCII_PART[name];
        if (source[i + 2] !== '{' || end < 0 || part === undefined)
          throw new Error(`plainSource: the class \\p{${name}} in /${source}/ has no ASCII part here`);
        out += inClass ? part : `[${part}]`;
        i = end;
        continue;
      }
      if (next === 'P' || (next === 'u' && source[i + 2] === '{'))
        throw new Error(`plainSource: cannot translate \\${next} in /${source}/`);
      out += ch + (next ?? '');
      i++;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/** Every expression made by unicodeRegExp, so that a test can check each twin against it. */
export const UNICODE_EXPRESSIONS: { source: string; flags: string }[] = [];

/**
 * An expression with Unicode property classes or Unicode case folding, given as its source and
 * flags (with `u`); returns it, or its plain twin inside withPlainText on plain text. Each is compiled on first use
 * only, and the same object is returned each time: reset `lastIndex` before using a global or
 * sticky one. The plain twin is compiled without `u` when the flags include `i`: case folding
 * then maps nothing a plain text holds differently, and is far cheaper to build.
 */
export function unicodeRegExp(source: string, flags: string): () => RegExp {
  UNICODE_EXPRESSIONS.push({ source, flags });
  let unicode: RegExp | undefined;
  let ascii: RegExp | undefined;
  return () => {
    if (plain) {
      if (!ascii)
        ascii = new RegExp(plainSource(source), flags.includes('i') ? flags.replace('u', '') : flags);
      return ascii;
    }
    if (!unicode) unicode = new RegExp(source, flags);
    return unicode;
  };
}
