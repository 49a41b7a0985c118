import { trimSpan } from '../text/span.js';
import { unicodeRegExp } from '../tokens/letters.js';
import type { Span } from './types.js';

/** Titles and abbreviations that are followed by a name or number, never by a sentence break. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms mx dr prof gen lt col maj capt cpt sgt cmdr adm brig gov sen rep pres amb rev fr st sr jr ' +
    'messrs mme mlle mgr hon no nos vol pp fig art sec dept univ inc ltd corp co est approx vs etc ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'
  ).split(' '),
);

/** Words that usually open a sentence: after "U.S." or "p.m." they mean the sentence ended there. */
const SENTENCE_OPENERS = new Set(
  'the a an he she it they we i you but and in on at this that these those there however its his her their our after before when while if as so yet'.split(
    ' ',
  ),
);

/**
 * Candidate breaks: a run of sentence-final marks, or a line break inside a paragraph. The splitter
 * is our own (not Intl.Segmenter): ICU's iterator is super-linear on one huge string and costs start-up
 * time to create, and every decision below looks only a bounded distance around each candidate, so
 * splitting is linear in the paragraph's length.
 */
const CANDIDATE = /[.!?…]+|\r\n|\r|\n/gu;
/** Closing quotes and brackets right after the marks belong to the sentence they close. */
const CLOSERS = /["'”’»)\]]*/uy;
/** Closers set off by a space (French « … ») also close the sentence. */
const SPACED_CLOSERS = /[ \t\u00a0\u202f]+[”’»)\]]+(?=\s|$)/uy;
const SPACE = /\s+/uy;
/** A sentence glued to the previous full stop: "border.Troops", "area.“We". */
const GLUED_START = unicodeRegExp(String.raw`["\u201c\u00ab]?\p{Lu}\p{Ll}`, 'uy');
/** How far to look for the first letter after a full stop (a lower-case one means no break). */
const LOOKAHEAD = 64;
/** The longest word looked back at for abbreviations and initials. */
const LOOKBEHIND = 64;

// Character tests, ASCII answered from the code (most of any text; performance), the rest by the
// Unicode classes. (The expressions with Unicode classes are compiled on first use, as their plain
// twins on plain text: see tokens/letters.ts.)
const LETTER = unicodeRegExp(String.raw`\p{L}`, 'u');
const LOWER = unicodeRegExp(String.raw`\p{Ll}`, 'u');
const ENDS_TWO_LOWER = unicodeRegExp(String.raw`\p{Ll}{2}$`, 'u');
const STARTS_LETTER_OR_DIGIT = unicodeRegExp(String.raw`^[\p{L}\p{N}]`, 'u');
const INITIALS = unicodeRegExp(String.raw`^(?:\p{Lu}\.)*\p{Lu}$`, 'u');
const CLOCK = unicodeRegExp(String.raw`^[ap]\.m$`, 'iu');
const NOT_LETTER = unicodeRegExp(String.raw`[^\p{L}]`, 'gu');
const STARTS_LETTER = unicodeRegExp(String.raw`^\p{L}`, 'u');
const LETTER_OR_DIGIT = unicodeRegExp(String.raw`[\p{L}\p{N}]`, 'u');
const isLetter = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code < 0x80 ? (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a : LETTER().test(ch);
};
const isLower = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code < 0x80 ? code >= 0x61 && code <= 0x7a : LOWER().test(ch);
};
const isSpace = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : /\s/u.test(ch);
};

/**
 * Splits one paragraph into sentence spans (offsets into `text`, trimmed of white space). A break
 * follows "?" or "!" (and their closing quotes); a full stop breaks unless the next letter is lower
 * case (Unicode's sentence rule SB8) or it ends a title, initial or dotted acronym that runs on; a full
 * stop glued to a capitalised word breaks; a line break inside a paragraph breaks unless the next line
 * starts in lower case (a hard-wrapped sentence).
 */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const body = text.slice(paragraph.start, paragraph.end);
  const kept: number[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(body); m; m = CANDIDATE.exec(body)) {
    const at = breakAfter(body, m.index, m[0]);
    if (at === undefined || at >= body.length) continue;
    if (kept.length && kept[kept.length - 1]! >= at) continue;
    kept.push(at);
    if (at > CANDIDATE.lastIndex) CANDIDATE.lastIndex = at;
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

/** Where a sentence breaks for the candidate `mark` at `index`, or undefined when it runs on. */
function breakAfter(body: string, index: number, mark: string): number | undefined {
  const afterMark = index + mark.length;
  if (mark.startsWith('\n') || mark.startsWith('\r')) {
    SPACE.lastIndex = afterMark;
    const next = SPACE.exec(body) ? SPACE.lastIndex : afterMark;
    return next < body.length && !isLower(body[next]!) ? next : undefined;
  }
  CLOSERS.lastIndex = afterMark;
  let at = CLOSERS.exec(body) ? CLOSERS.lastIndex : afterMark;
  SPACED_CLOSERS.lastIndex = at;
  if (SPACED_CLOSERS.exec(body)) at = SPACED_CLOSERS.lastIndex;
  if (at >= body.length) return undefined;
  if (!isSpace(body[at]!)) {
    // No space: only a full stop glued to a capitalised word after a lower-case word is a break.
    if (!ENDS_TWO_LOWER().test(body.slice(Math.max(0, index - 2), index))) return undefined;
    const glued = GLUED_START();
    glued.lastIndex = at;
    if (!glued.test(body)) return undefined;
    return at;
  }
  if (!/[!?]/u.test(mark)) {
    if (nextLetterIsLower(body, at)) return undefined;
    if (runsOn(body, index, at)) return undefined;
  }
  return at;
}

/** True when the first letter within reach after `at` is lower case (no sentence starts there). */
function nextLetterIsLower(body: string, at: number): boolean {
  const end = Math.min(body.length, at + LOOKAHEAD);
  for (let i = at; i < end; i++) {
    const ch = body[i]!;
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') return false;
    if (isLetter(ch)) return isLower(ch);
  }
  return false;
}

/** The word that ends at `end` (a full stop included), looking back no further than LOOKBEHIND. */
function wordBefore(body: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < LOOKBEHIND && !isSpace(body[start - 1]!)) start--;
  return body.slice(start, end);
}

/** The first word at or after `at`, opening quotes and brackets skipped. */
function wordAfter(body: string, at: number): string {
  const slice = body.slice(at, at + LOOKAHEAD);
  return /^\s*["“«'‘(]*(\S*)/u.exec(slice)?.[1] ?? '';
}

/**
 * True when a full stop ends a title ("Gen."), an initial ("F."), a dotted acronym ("U.S.") or a
 * clock abbreviation ("p.m.") and the sentence runs on into the next word.
 */
function runsOn(body: string, index: number, at: number): boolean {
  const last = wordBefore(body, index + 1);
  if (!last.endsWith('.')) return false;
  const word = last.replace(/^[("“'‘«[]+/u, '').slice(0, -1);
  const next = wordAfter(body, at);
  if (ABBREVIATIONS.has(word.toLowerCase()) && !word.includes('.'))
    return STARTS_LETTER_OR_DIGIT().test(next);
  // Initials ("John F. Kennedy"), dotted acronyms ("U.S.", "U.N.") and "a.m."/"p.m." run on unless
  // a sentence opener follows.
  if (INITIALS().test(word) || CLOCK().test(word)) {
    const opener = next.replace(NOT_LETTER(), '').toLowerCase();
    return !SENTENCE_OPENERS.has(opener) && STARTS_LETTER().test(next);
  }
  return false;
}

/** Pieces with no letter or digit (a lone opening quote, a dash) join the sentence they touch. */
function mergeMarkOnly(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  let pendingStart: number | undefined;
  for (const span of spans) {
    const piece = text.slice(span.start, span.end);
    if (!LETTER_OR_DIGIT().test(piece)) {
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
