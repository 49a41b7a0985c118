import { trimSpan } from '../text/span.js';
import { withPlainText } from '../tokens/letters.js';
import { classifyParagraphs, isDebris, isFurnitureSentence } from './clean.js';
import { NO_PROVENANCE } from './provenance.js';
import { splitSentences } from './sentences.js';
import type { Paragraph, ParagraphKind, Sentence, Source, Span } from './types.js';

/** What a loader knows about a text beyond its characters (an HTML page's structure and metadata). */
export interface SegmentOptions {
  /**
   * One kind per paragraph, from the page's structure: `title` and `heading` are taken as given;
   * `body` stays body unless the paragraph reads as page furniture (debris); null is judged by its
   * form, as in a text file. Ignored when the text's paragraphs do not match it one to one.
   */
  structure?: readonly (Exclude<ParagraphKind, 'debris'> | null)[];
  format?: Source['format'];
  provenance?: Source['provenance'];
  extraction?: Source['extraction'];
}

/** Lines of a text as spans, line terminators (LF, CRLF, CR) excluded. */
export function lineSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: text.length });
  return spans;
}

/**
 * Paragraph spans: runs of non-blank lines separated by blank lines; in a text with no blank line
 * between two non-blank lines, every line is a paragraph.
 */
export function paragraphSpans(text: string): Span[] {
  const lines = lineSpans(text)
    .map((line) => ({ ...trimSpan(text, line), blank: !/\S/u.test(text.slice(line.start, line.end)) }))
    .filter((line, i, all) => !(line.blank && (i === 0 || all[i - 1]!.blank)));
  const hasBlankSeparators = lines.some((line, i) => line.blank && i > 0 && i < lines.length - 1);
  const spans: Span[] = [];
  let current: Span | undefined;
  for (const line of lines) {
    if (line.blank) {
      current = undefined;
      continue;
    }
    if (current && hasBlankSeparators) {
      current.end = line.end;
    } else {
      current = { start: line.start, end: line.end };
      spans.push(current);
    }
  }
  return spans;
}

/** Decodes nothing and changes nothing: splits a source's text into paragraphs and sentences. */
export function segment(
  id: string,
  path: string,
  text: string,
  encoding: Source['encoding'],
  options: SegmentOptions = {},
): Source {
  // Plain text is segmented with the cheaper plain expressions (performance only: tokens/letters.ts).
  return withPlainText([text], () => segmentText(id, path, text, encoding, options));
}

function segmentText(
  id: string,
  path: string,
  text: string,
  encoding: Source['encoding'],
  options: SegmentOptions,
): Source {
  const spans = paragraphSpans(text);
  const texts = spans.map((span) => text.slice(span.start, span.end));
  const { structure } = options;
  const byForm = classifyParagraphs(texts);
  const classified =
    structure && structure.length === spans.length
      ? structure.map((kind, i): ParagraphKind => {
          if (kind === null)
            return byForm[i] === 'title' && structure.includes('title') ? 'heading' : byForm[i]!;
          return kind === 'body' && isDebris(texts[i]!) ? 'debris' : kind;
        })
      : byForm;
  // An article of headline-like lines only (a one-line brief) is all body: there is nothing else.
  const kinds = classified.includes('body')
    ? classified
    : classified.map((kind) => (kind === 'debris' || (structure && kind === 'title') ? kind : 'body'));
  const paragraphs: Paragraph[] = spans.map((span, index) => ({
    ...span,
    index,
    kind: kinds[index]!,
    text: text.slice(span.start, span.end),
  }));
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    const kind = paragraph.kind;
    if (kind === 'debris') continue;
    for (const span of splitSentences(text, paragraph)) {
      if (isFurnitureSentence(text.slice(span.start, span.end))) continue;
      sentences.push({
        ...span,
        index: sentences.length,
        paragraph: paragraph.index,
        kind,
        text: text.slice(span.start, span.end),
      });
    }
  }
  const title = paragraphs.find((p) => p.kind === 'title')?.text ?? null;
  return {
    id,
    path,
    title,
    text,
    encoding,
    format: options.format ?? 'text',
    provenance: options.provenance ?? NO_PROVENANCE,
    extraction: options.extraction ?? null,
    paragraphs,
    sentences,
  };
}
