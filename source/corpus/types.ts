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

/** One article, decoded and segmented. Every `text` equals `source.text.slice(start, end)`. */
export interface Source {
  /** File name without extension, disambiguated with its folder when two inputs share a name; "stdin" for -. */
  id: string;
  /** The path as the user gave it (or "-"). */
  path: string;
  /** The headline, when the first line reads as one. */
  title: string | null;
  /** The decoded text: BOM removed, line endings untouched. */
  text: string;
  /** How the bytes were decoded. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  paragraphs: Paragraph[];
  sentences: Sentence[];
}
