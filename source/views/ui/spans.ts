import stringWidth from 'string-width';
import type { Member } from '../../align/types.js';
import type { Figure } from '../../figures/types.js';
import { neutralizeInline } from '../../text/sanitize.js';
import type { Run } from './word-diff.js';

/** A piece of a member's text with how to show it. */
export interface Span {
  text: string;
  /** Differs from the pivot's wording. */
  changed: boolean;
  /** Status of the figure this text is part of, if any. */
  figure: Figure['status'] | null;
}

/**
 * Cuts a member's text into spans by its diff runs and its figures' mentions (offsets in the
 * source), so each span can be drawn with one style. Text is made safe for the terminal here.
 */
export function memberSpans(member: Member, runs: Run[] | null, figures: readonly Figure[]): Span[] {
  const cuts = new Set<number>([0, member.text.length]);
  const marks: { start: number; end: number; status: Figure['status'] }[] = [];
  for (const figure of figures) {
    for (const m of figure.mentions) {
      if (m.source !== member.source || m.start < member.start || m.end > member.end) continue;
      marks.push({ start: m.start - member.start, end: m.end - member.start, status: figure.status });
    }
  }
  for (const run of runs ?? []) cuts.add(run.start).add(run.end);
  for (const mark of marks) cuts.add(mark.start).add(mark.end);
  const points = [...cuts].sort((a, b) => a - b);
  const spans: Span[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const changed = runs?.some((r) => r.changed && r.start <= start && end <= r.end) ?? false;
    const mark = marks.find((m) => m.start <= start && end <= m.end);
    const text = neutralizeInline(member.text.slice(start, end));
    const last = spans[spans.length - 1];
    const figure = mark?.status ?? null;
    if (last && last.changed === changed && last.figure === figure) last.text += text;
    else spans.push({ text, changed, figure });
  }
  return spans;
}

/** One line of a wrapped cell: spans that fit the width. */
export type Line = Span[];

/**
 * Wraps spans to `width` columns at spaces (wide characters count double), keeping their styles.
 * A word whose letters fall in two spans ("Wednesday" marked, "," not) stays whole.
 */
export function wrapSpans(spans: readonly Span[], width: number): Line[] {
  // Words as lists of styled pieces, split only at white space.
  const words: Span[][] = [];
  let word: Span[] = [];
  for (const span of spans) {
    for (const token of span.text.split(/(\s+)/u)) {
      if (token === '') continue;
      if (/^\s+$/u.test(token)) {
        if (word.length) words.push(word);
        word = [];
      } else word.push({ ...span, text: token });
    }
  }
  if (word.length) words.push(word);

  const lines: Line[] = [[]];
  let used = 0;
  const push = (piece: Span) => {
    const line = lines[lines.length - 1]!;
    const last = line[line.length - 1];
    if (last && last.changed === piece.changed && last.figure === piece.figure) last.text += piece.text;
    else line.push({ ...piece });
    used += stringWidth(piece.text);
  };
  const newLine = () => {
    lines.push([]);
    used = 0;
  };
  for (const pieces of words) {
    const w = pieces.reduce((n, p) => n + stringWidth(p.text), 0);
    if (used > 0 && used + 1 + w > width) newLine();
    else if (used > 0) {
      // The space takes the style its two neighbours share, so a marked phrase reads as one.
      const line = lines[lines.length - 1]!;
      const before = line[line.length - 1]!;
      const after = pieces[0]!;
      push({
        text: ' ',
        changed: before.changed && after.changed,
        figure: before.figure === after.figure ? after.figure : null,
      });
    }
    for (const piece of pieces) {
      // A word longer than the whole width is cut where the line ends.
      let rest = piece.text;
      while (used + stringWidth(rest) > width) {
        let cut = '';
        for (const char of rest) {
          if (used + stringWidth(cut + char) > width) break;
          cut += char;
        }
        if (cut === '' && used === 0) cut = [...rest][0]!;
        if (cut) push({ ...piece, text: cut });
        newLine();
        rest = rest.slice(cut.length);
      }
      if (rest) push({ ...piece, text: rest });
    }
  }
  return lines;
}
