// Turns an HTML page into the text parallax reads: the article Readability finds (headline,
// standfirst, body paragraphs and subheadings; captions left out), its provenance from the page's
// metadata, and a list of the visible text it left out. This module and its libraries load only
// when an HTML input is given (a dynamic import in load.ts), so plain-text runs never parse them.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ParagraphKind, SkippedBlock, Source } from '../types.js';
import { blocksOf, contextOf, HEADING, isHidden } from './blocks.js';
import { collapse, type DomDocument, type DomElement } from './dom.js';
import { checkLimits, MAX_ELEMENTS } from './limits.js';
import { findStandfirst, readMetadata } from './metadata.js';

/** Fewer characters of body text than this and the page is not taken for an article. */
export const MIN_ARTICLE_CHARS = 200;

/** An extracted page: the text as read, one structural kind per paragraph, and what is known of it. */
export interface ExtractedPage {
  /** Paragraphs separated by blank lines, each one line of collapsed whitespace. */
  text: string;
  /** One kind per paragraph of `text` (see SegmentOptions.structure). */
  structure: (Exclude<ParagraphKind, 'debris'> | null)[];
  provenance: Source['provenance'];
  extraction: NonNullable<Source['extraction']>;
  /** Set when extraction found too little and all visible text was used. */
  warning?: string;
}

/** A block of the page as shown: its text, its element's tag, and the page part it sits in. */
interface Visible {
  text: string;
  tag: string;
  kind: SkippedBlock['kind'];
}

/** A paragraph of the text as read, with its structural kind (null: judged by its form). */
interface Piece {
  text: string;
  kind: Exclude<ParagraphKind, 'debris'> | null;
}

/**
 * The headline: the page's h1 when the metadata or document title contains it (or it contains
 * them), since titles often carry the site or section name ("Headline | Section | Outlet");
 * otherwise the metadata headline, Readability's title, or the h1.
 */
function chooseHeadline(h1: string, meta: string | null, title: string): string | null {
  const lower = h1.toLowerCase();
  const agrees = (other: string | null) =>
    Boolean(other) && (other!.toLowerCase().includes(lower) || lower.includes(other!.toLowerCase()));
  if (h1 && h1.length <= 300 && (agrees(meta) || agrees(title))) return h1;
  return meta || title || h1 || null;
}

/**
 * Extracts the article of an HTML page. `name` names the input in messages; `pageUrl` is where it
 * was fetched from (for relative canonical links), or null for a file. Scripts never run: linkedom
 * builds a DOM without executing anything, and only text nodes and JSON-LD (parsed as JSON) are read.
 */
export function extractPage(html: string, name: string, pageUrl: string | null): ExtractedPage {
  checkLimits(html, name);
  const document = parseHTML(html).document as unknown as DomDocument;
  const metadata = readMetadata(document, pageUrl);
  const { headline: metaHeadline, ...provenance } = metadata;
  const body = document.body ?? document.documentElement;
  // The page as a reader sees it, with the part of the page each block sits in, read before
  // Readability rearranges the document.
  const visible: Visible[] = blocksOf(body).map((block) => ({
    text: block.text,
    tag: block.element.localName,
    kind: contextOf(block.element),
  }));
  const standfirstElement = findStandfirst(document);
  const standfirst = standfirstElement ? collapse(standfirstElement.textContent ?? '') : '';
  // Read before Readability runs: it turns the article's h1 into an h2.
  const h1 = collapse(document.querySelector('h1')?.textContent ?? '');

  // Readability drops class names, so what the page hides by class is removed before it reads.
  for (const element of Array.from(body.querySelectorAll('[class]'))) if (isHidden(element)) element.remove();
  const article = new Readability(document as never, {
    serializer: (node: unknown) => node,
    maxElemsToParse: MAX_ELEMENTS,
  }).parse();
  const headline = chooseHeadline(h1, metaHeadline, collapse(article?.title ?? ''));
  const content = article?.content as DomElement | null | undefined;
  const contentBlocks = content
    ? blocksOf(content, (e) => e.localName === 'figure' || e.localName === 'figcaption')
    : [];
  const pieces: Piece[] = [];
  const add = (text: string, kind: Piece['kind']) => {
    if (text) pieces.push({ text, kind });
  };
  if (headline) add(headline, 'title');
  const inContent = new Set(contentBlocks.map((b) => b.text));
  if (standfirst && standfirst !== headline && !inContent.has(standfirst)) add(standfirst, 'body');
  for (const block of contentBlocks) {
    if (block.text === headline && pieces.length <= 2) continue;
    add(block.text, HEADING.test(block.element.localName) ? 'heading' : 'body');
  }

  const bodyChars = pieces.filter((p) => p.kind === 'body').reduce((n, p) => n + p.text.length, 0);
  if (bodyChars < MIN_ARTICLE_CHARS) {
    // Like a scraped text file, read by form, except that the page says which lines are headings.
    const firstH1 = visible.findIndex((block) => block.tag === 'h1');
    const all: Piece[] = visible.map((block, i) => ({
      text: block.text,
      kind: i === firstH1 ? 'title' : HEADING.test(block.tag) ? 'heading' : null,
    }));
    return {
      ...assemble(all),
      provenance,
      extraction: { method: 'visible-text', kept: all.length, skipped: [] },
      warning: `${name}: found too little article text (${bodyChars} characters); read all the page's visible text instead, so expect page furniture among the passages`,
    };
  }
  return {
    ...assemble(pieces),
    provenance,
    extraction: { method: 'article', kept: pieces.length, skipped: skippedBlocks(visible, pieces) },
  };
}

/** The text as read: one paragraph per piece, separated by a blank line, ending with a newline. */
function assemble(pieces: Piece[]): Pick<ExtractedPage, 'text' | 'structure'> {
  return {
    text: pieces.length ? `${pieces.map((p) => p.text).join('\n\n')}\n` : '',
    structure: pieces.map((p) => p.kind),
  };
}

/** Shorter blocks count as kept only when a paragraph is exactly them ("News" is in many texts). */
const MERGED_MIN = 25;

/**
 * The visible blocks of the page whose text is not in the text as read (a block the extractor
 * merged into a paragraph still counts as kept when its text appears there), each with the page
 * part it sits in.
 */
function skippedBlocks(visible: Visible[], pieces: Piece[]): SkippedBlock[] {
  const kept = new Set(pieces.map((p) => p.text));
  const joined = pieces.map((p) => p.text).join('\n');
  return visible
    .filter(
      (block) => !kept.has(block.text) && !(block.text.length >= MERGED_MIN && joined.includes(block.text)),
    )
    .map((block) => ({ kind: block.kind, text: block.text }));
}
