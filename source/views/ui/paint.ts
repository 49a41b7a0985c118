import stringWidth from 'string-width';
import type { Figure } from '../../figures/types.js';
import type { Line, Span } from './spans.js';

/** Styling of the view's text: colour when allowed, else bold/underline/inverse only. */
export interface Paint {
  color: boolean;
  span(span: Span): string;
  bold(text: string): string;
  dim(text: string): string;
  inverse(text: string): string;
}

const sgr = (codes: number[], text: string) =>
  codes.length ? `\u001b[${codes.join(';')}m${text}\u001b[0m` : text;

/**
 * Styles for figures and diff marks that read with or without colour: a conflict is inverse (red
 * with colour), an agreement bold (green), a one-source figure bold (cyan), and wording that
 * differs from the pivot underlined (yellow). NO_COLOR removes colours, never the marks.
 */
export function makePaint(color: boolean): Paint {
  const FIGURE: Record<Figure['status'], number[]> = color
    ? { conflict: [1, 97, 41], agreement: [1, 32], 'single-source': [1, 36] }
    : { conflict: [7], agreement: [1], 'single-source': [1] };
  return {
    color,
    span: (span) => {
      const codes = span.figure ? [...FIGURE[span.figure]] : [];
      if (span.changed) codes.push(...(color ? [33] : [4]));
      return sgr(codes, span.text);
    },
    bold: (text) => sgr([1], text),
    dim: (text) => sgr([2], text),
    inverse: (text) => sgr([7], text),
  };
}

/** A wrapped line drawn with its styles and padded to a display width. */
export function paintLine(line: Line, width: number, paint: Paint): string {
  const used = line.reduce((n, span) => n + stringWidth(span.text), 0);
  return line.map((span) => paint.span(span)).join('') + ' '.repeat(Math.max(0, width - used));
}

/** Pads or cuts plain text to a display width ("…" when cut). */
export function fitWidth(text: string, width: number): string {
  if (width <= 0) return '';
  const w = stringWidth(text);
  if (w <= width) return text + ' '.repeat(width - w);
  let out = '';
  let used = 0;
  for (const char of text) {
    const cw = stringWidth(char);
    if (used + cw > width - 1) break;
    out += char;
    used += cw;
  }
  return `${out}…${' '.repeat(Math.max(0, width - used - 1))}`;
}
