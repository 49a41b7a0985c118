import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/**
 * Wraps text at word boundaries to `width` columns (wide characters such as CJK and emoji count
 * double; colour codes count nothing), indenting every line by `indent` and continuation lines by
 * `hanging` more. Words longer than a line are broken by wrap-ansi, which keeps colours intact.
 */
export function wrap(text: string, width: number, indent = 0, hanging = 0): string {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const room = () => Math.max(10, width - indent - (lines.length === 0 ? 0 : hanging));
  const flush = () => {
    lines.push(line);
    line = '';
    used = 0;
  };
  for (const word of text.split(' ')) {
    if (word === '') {
      // Runs of spaces inside a line are kept (aligned labels); at a line break they go.
      if (used > 0) {
        line += ' ';
        used += 1;
      }
      continue;
    }
    let w = stringWidth(word);
    if (used > 0 && used + 1 + w > room()) flush();
    let piece = word;
    if (w > room()) {
      // A word longer than a whole line: break it, and carry on after its last piece.
      const parts = wrapAnsi(word, room(), { hard: true, trim: false }).split('\n');
      for (const part of parts.slice(0, -1)) {
        line = part;
        flush();
      }
      piece = parts[parts.length - 1]!;
      w = stringWidth(piece);
    }
    line = used > 0 ? `${line} ${piece}` : piece;
    used += (used > 0 ? 1 : 0) + w;
  }
  if (used > 0 || lines.length === 0) flush();
  return lines.map((l, i) => `${' '.repeat(indent + (i === 0 ? 0 : hanging))}${l}`).join('\n');
}

/** Display width of a string in terminal columns. */
export function width(text: string): number {
  return stringWidth(text);
}

/** Pads a string with spaces to a display width. */
export function padEnd(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)));
}

/** Cuts a string to a display width, ending with "…" when cut. */
export function truncate(text: string, columns: number): string {
  if (width(text) <= columns) return text;
  let out = '';
  for (const char of text) {
    if (width(`${out}${char}…`) > columns) break;
    out += char;
  }
  return `${out}…`;
}
