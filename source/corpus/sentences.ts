import { trimSpan } from './segment.js';
import type { Span } from './types.js';

/** Titles and abbreviations that are followed by a name or number, never by a sentence break. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms mx dr prof gen lt col maj capt cpt sgt cmdr adm brig gov sen rep pres amb rev fr st sr jr ' +
    'messrs mme mlle mgr hon no nos vol pp fig art sec dept univ inc ltd corp co est approx vs etc ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'
  ).split(' '),
);

/** Words that usually open a sentence: after "U.S." they mean the acronym ended the sentence. */
const SENTENCE_OPENERS = new Set(
  'the a an he she it they we i you but and in on at this that these those there however its his her their our after before when while if as so yet'.split(
    ' ',
  ),
);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** A full stop glued to the next sentence: "buildup.Serbia", "province.“We". */
const MISSING_SPACE = /(?<=\p{Ll}{2}[.!?]+["'”’»)]*)(?=["“«]?\p{Lu}\p{Ll})/gu;

/**
 * Splits one paragraph into sentence spans (offsets into `text`, trimmed of white space), using
 * Intl.Segmenter and then correcting it: breaks after titles and initials are undone, full stops with
 * no space after them are split, and closing quotes or guillemets stay with the sentence they close.
 */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const body = text.slice(paragraph.start, paragraph.end);
  const breaks = new Set<number>();
  for (const piece of segmenter.segment(body)) if (piece.index > 0) breaks.add(piece.index);
  for (const m of body.matchAll(MISSING_SPACE)) if (m.index > 0) breaks.add(m.index);

  const sorted = [...breaks].sort((a, b) => a - b);
  const kept: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let at = sorted[i]!;
    // Closing quotes, guillemets and brackets at the start of a piece belong to the previous sentence.
    const closer = /^\s*[”’»)\]]+/u.exec(body.slice(at));
    if (closer) at += closer[0].length;
    if (at >= body.length || !/\S/u.test(body.slice(at, sorted[i + 1] ?? body.length))) continue;
    if (isFalseBreak(body.slice(0, at), body.slice(at))) continue;
    if (kept.length && kept[kept.length - 1]! >= at) continue;
    kept.push(at);
  }
  const spans: Span[] = [];
  let start = 0;
  for (const end of [...kept, body.length]) {
    const span = trimSpan(text, { start: paragraph.start + start, end: paragraph.start + end });
    if (span.end > span.start) spans.push(span);
    start = end;
  }
  return mergeMarkOnly(text, spans);
}

/** Pieces with no letter or digit (a lone opening quote, a dash) join the sentence they touch. */
function mergeMarkOnly(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  let pendingStart: number | undefined;
  for (const span of spans) {
    const piece = text.slice(span.start, span.end);
    if (!/[\p{L}\p{N}]/u.test(piece)) {
      const opening = /^[\s"“«‘'([¿¡–—-]+$/u.test(piece);
      if (opening || out.length === 0) pendingStart ??= span.start;
      else out[out.length - 1]!.end = span.end;
      continue;
    }
    out.push({ start: pendingStart ?? span.start, end: span.end });
    pendingStart = undefined;
  }
  if (pendingStart !== undefined) {
    if (out.length) out[out.length - 1]!.end = spans[spans.length - 1]!.end;
    else out.push({ start: pendingStart, end: spans[spans.length - 1]!.end });
  }
  return out;
}

/** True when a break between `before` and `after` falls after an abbreviation, not a sentence. */
function isFalseBreak(before: string, after: string): boolean {
  const last = /(\S+)\s*$/u.exec(before)?.[1] ?? '';
  if (!last.endsWith('.')) return false;
  const word = last.replace(/^[("“'‘«[]+/u, '').slice(0, -1);
  const next = /^\s*["“«'‘(]*(\S*)/u.exec(after)?.[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase()) && !word.includes('.')) return /^[\p{L}\p{N}]/u.test(next);
  // Initials ("John F. Kennedy") and dotted acronyms ("U.S.", "U.N.") run on unless a sentence opens.
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) {
    const opener = next.replace(/[^\p{L}]/gu, '').toLowerCase();
    return !SENTENCE_OPENERS.has(opener) && /^\p{L}/u.test(next);
  }
  return false;
}
