import type { Member } from '../../align/types.js';
import type { Figure } from '../../figures/types.js';
import { neutralizeInline } from '../../text/sanitize.js';
import type { Attribute, Style } from '../../text/style.js';
import { width as displayWidth, lineRanges } from '../../text/width.js';
import { STATUS, type Status } from '../status.js';
import type { Run } from './word-diff.js';

/** A piece of text with how to show it. */
export interface Span {
  text: string;
  /** A content word the compared text lacks (never set inside a figure). */
  changed: boolean;
  /** Status of the figure this text is part of, if any. */
  figure: Status | null;
  /** Context around the passage, drawn dim. */
  dim?: boolean;
}

/** One line of a wrapped cell: spans that fit the width. */
export type Line = Span[];

/**
 * Cuts a member's text into spans by its diff runs and its figures' mentions (offsets in the
 * source), so each span can be drawn with one style. The colour rule lives here: a figure is one
 * unit with its status's look, and word differences are marked only outside figures. Text is made
 * safe for the terminal here.
 */
export function memberSpans(member: Member, runs: Run[] | null, figures: readonly Figure[]): Span[] {
  const cuts = new Set<number>([0, member.text.length]);
  const marks: { start: number; end: number; status: Status }[] = [];
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
    // The most urgent figure wins where two overlap.
    const mark = marks
      .filter((m) => m.start <= start && end <= m.end)
      .sort((a, b) => STATUS[a.status].rank - STATUS[b.status].rank)[0];
    const figure = mark?.status ?? null;
    const changed =
      figure === null && (runs?.some((r) => r.changed && r.start <= start && end <= r.end) ?? false);
    const text = neutralizeInline(member.text.slice(start, end));
    const last = spans[spans.length - 1];
    if (last && last.changed === changed && last.figure === figure) last.text += text;
    else spans.push({ text, changed, figure });
  }
  return spans;
}

/**
 * Wraps spans to `width` columns at spaces, keeping their styles: the line breaks are those of
 * the one word wrapper (text/width.ts) on the spans' plain text.
 */
export function wrapSpans(spans: readonly Span[], width: number): Line[] {
  const text = spans.map((s) => s.text).join('');
  const lines: Line[] = [];
  for (const [start, end] of lineRanges(text, width)) {
    const line: Line = [];
    let at = 0;
    for (const span of spans) {
      const from = Math.max(start, at);
      const to = Math.min(end, at + span.text.length);
      if (from < to) line.push({ ...span, text: text.slice(from, to) });
      at += span.text.length;
    }
    lines.push(line);
  }
  return lines;
}

/** How a span is drawn: its figure's status look, else the diff mark, else plain (or dim). */
export function spanAttributes(span: Span, color: boolean): Attribute[] {
  if (span.figure) return color ? STATUS[span.figure].colour : STATUS[span.figure].mono;
  const base: Attribute[] = span.dim ? ['dim'] : [];
  if (span.changed) return [...base, color ? 'yellow' : 'underline'];
  return base;
}

/** A wrapped line drawn with its styles and padded to a display width. */
export function paintLine(line: Line, width: number, style: Style): string {
  const used = line.reduce((n, span) => n + displayWidth(span.text), 0);
  return (
    line.map((span) => style.draw(spanAttributes(span, style.color), span.text)).join('') +
    ' '.repeat(Math.max(0, width - used))
  );
}

/** Plain spans of a text (context, unaligned text): made safe to print. */
export function plainSpans(text: string, dim = false): Span[] {
  return [{ text: neutralizeInline(text), changed: false, figure: null, dim }];
}
