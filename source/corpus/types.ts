import type { Span } from '../text/span.js';

/** Offsets are half-open `[start, end)` ranges of UTF-16 code units into a source's text as read. */
export type { Span };

/** What a paragraph is, decided by its form: only `body` paragraphs are compared. */
export type ParagraphKind = 'title' | 'heading' | 'debris' | 'body';

/** A paragraph: a run of non-blank lines, or one line in files that have no blank lines. */
export interface Paragraph extends Span {
  index: number;
  kind: ParagraphKind;
  text: string;
}

/**
 * A sentence of a paragraph that is not debris: body text, and also headlines, standfirsts and other
 * lines that do not end like a sentence (they often carry the disputed figure). `index` is its position
 * among all sentences of its source.
 */
export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** The kind of its paragraph: a title or heading line is aligned and read like body text. */
  kind: Exclude<ParagraphKind, 'debris'>;
  text: string;
}

/** Where an article comes from, read from its page's metadata; all null for plain-text files. */
export interface Provenance {
  /** The outlet or site name ("The Lakeside Courier"). */
  outlet: string | null;
  /** When it was published, ISO 8601 as the page states it: "2024-03-12T08:40:00+01:00" or "2024-03-12". */
  published: string | null;
  /** When it was last modified, same form. */
  modified: string | null;
  /** Who wrote it, names joined with ", ". */
  byline: string | null;
  /** The page's canonical http(s) URL, else the URL it was fetched from. */
  url: string | null;
}

/** What part of a page a block of text that extraction skipped belongs to, read from its context. */
export type SkippedKind =
  | 'navigation'
  | 'caption'
  | 'comments'
  | 'share'
  | 'related'
  | 'advert'
  | 'byline'
  | 'form'
  | 'other';

/** A block of visible page text that is not in the extracted article text. */
export interface SkippedBlock {
  kind: SkippedKind;
  text: string;
}

/** How an HTML page became the text as read. */
export interface Extraction {
  /** `article`: the article found by Readability; `visible-text`: it found too little, so all visible text. */
  method: 'article' | 'visible-text';
  /** Paragraphs (blocks) in the text as read. */
  kept: number;
  /** Visible blocks of the page left out, in page order. */
  skipped: SkippedBlock[];
}

/** One article, decoded and segmented. Every `text` equals `source.text.slice(start, end)`. */
export interface Source {
  /** File name without extension, disambiguated with its folder when two inputs share a name; "stdin" for -. */
  id: string;
  /** The path as the user gave it (or "-"). */
  path: string;
  /** The headline, when the first line reads as one. */
  title: string | null;
  /** The text as read: decoded with BOM removed and line endings untouched, or the text extracted from HTML. */
  text: string;
  /** How the bytes were decoded (an HTML page's own charset when it names one TextDecoder knows). */
  encoding: string;
  /** `html`: the text is what was extracted from the page (see `extraction`); offsets index it. */
  format: 'text' | 'html';
  provenance: Provenance;
  /** How the page was extracted; null for plain text. */
  extraction: Extraction | null;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}
