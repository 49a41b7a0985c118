import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

// The one place that measures, cuts and wraps text for the terminal. Widths are display columns
// (CJK and emoji count two, colour codes count nothing), from string-width, wrap-ansi and
// cli-truncate: the libraries Ink itself uses, so the view and Ink agree on every width.

/**
 * Text string-width measures one column per UTF-16 unit, so that it needs no grapheme
 * segmentation: printable ASCII; Latin-1 and the Latin extensions, IPA and spacing modifiers
 * (U+00A0-U+02FF, accented letters of the languages articles are written in), without the soft
 * hyphen (U+00AD, zero width); general punctuation (U+2010-U+2027, U+2030-U+205E: dashes, curly
 * quotes, bullets, ellipsis), without the line and paragraph separators and the invisible
 * controls around them; arrows (U+2190-U+21FF); box drawing, blocks and geometric shapes
 * (U+2500-U+25FC: the view's own marks), without the two that are emoji (U+25FD, U+25FE, two
 * columns). None of these combines with a neighbour into one grapheme, none is a mark, and none is
 * wide or zero-width in string-width, so such a string is as wide as it is long (a test checks
 * every code point of the class against string-width).
 */
const NARROW = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u25fc]*$/;

/**
 * Measured and cut strings, by text: a frame measures the same titles, cells and labels on every
 * key. Bounded: emptied when full (the entries are cheap to recompute).
 */
const CACHE_LIMIT = 5_000;
const widths = new Map<string, number>();
const truncations = new Map<string, string>();

/** Display width of a string in terminal columns. */
export function width(text: string): number {
  // string-width segments graphemes (Intl.Segmenter), which dominates a frame's cost when it
  // measures every cell; text of one column per unit is measured by its length.
  if (NARROW.test(text)) return text.length;
  let measured = widths.get(text);
  if (measured === undefined) {
    measured = stringWidth(text);
    if (widths.size >= CACHE_LIMIT) widths.clear();
    widths.set(text, measured);
  }
  return measured;
}

/** Pads a string with spaces to a display width. */
export function padEnd(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)));
}

/** Cuts a string (colour codes kept intact) to a display width, ending with "…" when cut. */
export function truncate(text: string, columns: number): string {
  if (columns <= 0) return '';
  // One column per unit: cut as cli-truncate cuts (its first columns - 1 columns, then "…").
  if (NARROW.test(text)) return text.length <= columns ? text : `${text.slice(0, columns - 1)}…`;
  const key = `${columns}:${text}`;
  let cut = truncations.get(key);
  if (cut === undefined) {
    cut = cliTruncate(text, columns);
    if (truncations.size >= CACHE_LIMIT) truncations.clear();
    truncations.set(key, cut);
  }
  return cut;
}

/** Cuts or pads a string to exactly a display width ("…" when cut). */
export function fitWidth(text: string, columns: number): string {
  return padEnd(truncate(text, columns), columns);
}

/**
 * Wraps text at spaces to lines of at most `columns` (a word longer than a line is cut where the
 * line ends). Spaces at a break go; runs of spaces inside a line stay. Colours carry over.
 */
export function wrapLines(text: string, columns: number): string[] {
  return wrapAnsi(text, Math.max(1, columns), { hard: true, trim: true }).split('\n');
}

/**
 * Where `wrapLines` breaks a plain text: `[start, end)` of each line in `text`, so that styled
 * pieces of the text (spans with offsets) can be cut into lines without being re-measured.
 */
export function lineRanges(text: string, columns: number): [number, number][] {
  const lines = wrapLines(text, columns);
  const ranges: [number, number][] = [];
  let at = 0;
  for (const line of lines) {
    // Spaces trimmed at the break are skipped; the line is the text's next characters.
    while (at < text.length && /\s/u.test(text[at]!) && !line.startsWith(text[at]!)) at++;
    const start = at;
    at += line.length;
    ranges.push([start, at]);
  }
  return ranges;
}

/**
 * Wraps text to `columns` columns, indenting every line by `indent` and continuation lines by
 * `hanging` more: the report's paragraphs. The first line is broken where `wrapLines` breaks it
 * at the full width, the rest is wrapped at the narrower width.
 */
export function wrap(text: string, columns: number, indent = 0, hanging = 0): string {
  const room = Math.max(10, columns - indent);
  const lines = wrapLines(text, room);
  if (hanging > 0 && lines.length > 1) {
    const cut = afterVisible(text, stripAnsi(lines[0]!).length);
    const rest = text.slice(cut).replace(/^ +/u, '');
    lines.splice(
      0,
      lines.length,
      text.slice(0, cut).replace(/ +$/u, ''),
      ...wrapLines(rest, Math.max(10, room - hanging)),
    );
  }
  return lines.map((l, i) => `${' '.repeat(indent + (i === 0 ? 0 : hanging))}${l}`).join('\n');
}

const ANSI = /\u001b\[[0-9;]*m/gu;

/** Text without its colour codes. */
function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** The index in `text` just after its first `count` visible characters (colour codes skipped). */
function afterVisible(text: string, count: number): number {
  let seen = 0;
  let i = 0;
  while (i < text.length && seen < count) {
    if (text[i] === '\u001b') {
      const m = /^\u001b\[[0-9;]*m/u.exec(text.slice(i));
      if (m) {
        i += m[0].length;
        continue;
      }
    }
    i++;
    seen++;
  }
  // Codes that close right after the last visible character belong to the line.
  while (text[i] === '\u001b') {
    const m = /^\u001b\[[0-9;]*m/u.exec(text.slice(i));
    if (!m) break;
    i += m[0].length;
  }
  return i;
}
