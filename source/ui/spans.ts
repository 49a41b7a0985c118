import stringWidth from 'string-width';
import type { Member } from '../align/types.js';
import type { Run } from '../diff/word-diff.js';
import type { Figure } from '../figures/types.js';
import { neutralizeInline } from '../report/sanitize.js';

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

/** Wraps spans to `width` columns at spaces (wide characters count double), keeping their styles. */
export function wrapSpans(spans: readonly Span[], width: number): Line[] {
  const lines: Line[] = [[]];
  let used = 0;
  const push = (piece: Span) => {
    const line = lines[lines.length - 1]!;
    const last = line[line.length - 1];
    if (last && last.changed === piece.changed && last.figure === piece.figure) last.text += piece.text;
    else line.push({ ...piece });
  };
  for (const span of spans) {
    for (const token of span.text.split(/(\s+)/u)) {
      if (token === '') continue;
      const w = stringWidth(token);
      if (/^\s+$/u.test(token)) {
        if (used > 0 && used + 1 <= width) {
          push({ ...span, text: ' ' });
          used += 1;
        }
        continue;
      }
      if (used > 0 && used + w > width) {
        // The space that ended the previous line is not kept.
        const line = lines[lines.length - 1]!;
        const tail = line[line.length - 1];
        if (tail?.text.endsWith(' ')) tail.text = tail.text.slice(0, -1);
        lines.push([]);
        used = 0;
      }
      let rest = token;
      while (stringWidth(rest) > width) {
        let cut = '';
        for (const char of rest) {
          if (stringWidth(cut + char) > width) break;
          cut += char;
        }
        push({ ...span, text: cut });
        lines.push([]);
        used = 0;
        rest = rest.slice(cut.length);
      }
      push({ ...span, text: rest });
      used += stringWidth(rest);
    }
  }
  return lines;
}
