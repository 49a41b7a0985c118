import { unicodeRegExp } from '../tokens/letters.js';
import { splitSentences } from './sentences.js';
import type { ParagraphKind } from './types.js';

// Web page furniture that scrapers keep: comment forms, share and like widgets, author boxes,
// newsletter prompts. These are the generic strings of common publishing platforms, matched as a
// whole line (short furniture) or anywhere (form notices), never article wording. (Expressions
// with Unicode classes or case folding are compiled on first use, as their plain twins on plain
// text: see tokens/letters.ts.)
const FURNITURE_LINE = unicodeRegExp(
  String.raw`^(?:leave a (?:reply|comment)|post a comment|(?:about|more from) (?:the )?author|share(?: this(?: article| story)?| on \w+| via \w+)?|like this|related(?: posts| articles| stories)?|you (?:may|might) also like|read (?:more|next|also)|advertisement|sponsored|subscribe(?: now)?|sign up|follow us(?: on \w+)?|click to \w+(?: on \w+)?|posted (?:in|on|by)\b.*|filed under\b.*|tags?\b.*|loading|comments?(?: \(\d+\))?|print|e-?mail|reply|cancel reply|facebook|twitter|whatsapp|linkedin|telegram)[\s:.!\u2026]*$`,
  'iu',
);
// Metered-paywall prompts of newspaper platforms ("Get access to 5 premium stories every month",
// "Already a subscriber?", "Log in to keep reading", "Activate your free digital account", "Choose a
// plan that suits you") are furniture too: they name counts of stories that are no figures of the
// news.
const FURNITURE_ANYWHERE = unicodeRegExp(
  String.raw`your email address will not be published|required fields are marked|bloggers like this|all rights reserved|this (?:site|website) uses cookies|accept (?:all )?cookies|notify me of (?:new|follow-up)|save my name, email|(?:premium|free) (?:stories|articles) (?:every|each|per|a) (?:month|week)|(?:already a|current(?: print)?) subscriber\?|activate your (?:complimentary |free )?digital (?:account|subscription)|choose a (?:package|plan) that suits|log in to (?:keep|continue) reading`,
  'iu',
);
/** A copyright notice sentence: "© 2023 Reuters.", "(c) 2021 AP", "Copyright 2024 The Times". */
const COPYRIGHT = unicodeRegExp(
  String.raw`^[\s"'\u201c\u2018]*(?:\u00a9|\(c\)\s*\d{4}|copyright\s*(?:\u00a9|\(c\))?\s*\d{4})`,
  'iu',
);

/**
 * True for a sentence that is page furniture (a copyright line, a cookie or comment-form notice).
 * Such a sentence is dropped, not the paragraph around it: an article's last paragraph often ends
 * with "All rights reserved."
 */
export function isFurnitureSentence(text: string): boolean {
  const trimmed = visible(text);
  return FURNITURE_ANYWHERE().test(trimmed) || COPYRIGHT().test(trimmed);
}

/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const ENDS_LIKE_SENTENCE = /[.!?…][\s"'”’»)\]]*$/u;

const CONTROL = unicodeRegExp(String.raw`\p{Cc}`, 'gu');
const LETTERS = unicodeRegExp(String.raw`\p{L}`, 'gu');

/** The text without control characters (a bell or escape code must not hide how a line ends). */
function visible(text: string): string {
  return text.replace(CONTROL(), '').trim();
}

/** True when a string holds at least two letters (any script); stops at the second. */
function hasTwoLetters(text: string): boolean {
  const letter = LETTERS();
  letter.lastIndex = 0;
  return letter.exec(text) !== null && letter.exec(text) !== null;
}

/** True for a line that is page furniture or has (almost) no letters: counters, stray quotes, rules. */
export function isDebris(text: string): boolean {
  const trimmed = visible(text);
  if (!hasTwoLetters(trimmed)) return true;
  if (trimmed.length <= 60 && FURNITURE_LINE().test(trimmed)) return true;
  // A paragraph with a furniture notice in it is debris only when every sentence is furniture.
  if (!FURNITURE_ANYWHERE().test(trimmed) && !COPYRIGHT().test(trimmed)) return false;
  return splitSentences(trimmed, { start: 0, end: trimmed.length }).every((span) =>
    isFurnitureSentence(trimmed.slice(span.start, span.end)),
  );
}

/** True for a headline-like paragraph: one short line that does not end like a sentence. */
export function isHeading(text: string): boolean {
  const trimmed = visible(text);
  if (/[\r\n]/.test(trimmed) || trimmed.length > 200) return false;
  const words = trimmed.split(/\s+/).length;
  return words <= 25 && !ENDS_LIKE_SENTENCE.test(trimmed);
}

/**
 * Decides what each paragraph is, by form alone: page furniture and counters are debris; short
 * lines that do not end like sentences are headings; the first heading before any body text is
 * the title (also a short first line ending in "?" or "!", as headlines may).
 */
export function classifyParagraphs(texts: readonly string[]): ParagraphKind[] {
  let seenBody = false;
  let seenTitle = false;
  return texts.map((text) => {
    if (isDebris(text)) return 'debris';
    const trimmed = visible(text);
    const asksOrExclaims = /[?!]["”’»]*$/u;
    const headlineLike =
      isHeading(trimmed) ||
      (!seenBody &&
        !seenTitle &&
        asksOrExclaims.test(trimmed) &&
        isHeading(trimmed.replace(asksOrExclaims, '')));
    if (headlineLike) {
      if (!seenBody && !seenTitle) {
        seenTitle = true;
        return 'title';
      }
      return 'heading';
    }
    seenBody = true;
    return 'body';
  });
}
