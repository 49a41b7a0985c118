import type { Comparison } from '../../analysis/types.js';
import { neutralizeInline } from '../../text/sanitize.js';
import { makeStyle, type Style } from '../../text/style.js';
import { width as displayWidth, fitWidth, padEnd, truncate, wrap } from '../../text/width.js';
import { explain } from '../explain.js';
import { STATUS, type Status } from '../status.js';
import { type Quote, type ReportContent, reportContent, strengthCounts } from './content.js';

/** Options of the text report. */
export interface TextOptions {
  /** Columns to wrap at (the terminal's width, or 80 when piped). */
  width: number;
  color: boolean;
}

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** A figure's wording marked by its status: colour, or [brackets] without colour. */
function markFor(style: Style, status: Status): (text: string) => string {
  return (text) => (style.codes ? style.draw(STATUS[status].report, text) : `[${text}]`);
}

/** A sentence with its figure marked (colour, or [brackets] without colour), made safe to print. */
function markQuote(quote: Quote, mark: (text: string) => string): string {
  const clean = (s: string) => neutralizeInline(s);
  const { text, markStart, markEnd } = quote;
  return `${clean(text.slice(0, markStart))}${mark(clean(text.slice(markStart, markEnd)))}${clean(text.slice(markEnd))}`;
}

/**
 * The plain-text report: summary, conflicts with every source's sentence quoted and the figure
 * marked, figures stated by one source, agreements, and a coverage matrix of passages by sources.
 */
export function renderTextReport(
  comparison: Comparison,
  options: TextOptions = { width: 80, color: false },
): string {
  const content = reportContent(comparison);
  const style = makeStyle(options.color);
  const width = Math.max(40, options.width);
  const out: string[] = [];
  out.push(
    style.bold(
      `parallax report: ${plural(content.sources.length, 'source')}, ${plural(content.passageCount, 'passage')} (${content.alignedCount} reported by several sources)`,
    ),
  );
  if (content.alignedCount > 0) out.push(`Alignments: ${strengthCounts(content)}`);
  out.push(`Figures: ${content.summary}`);
  out.push('', style.heading('Sources'));
  const labelWidth = Math.max(0, ...content.sources.map((s) => displayWidth(s.label)));
  for (const source of content.sources) {
    const title = source.title ? neutralizeInline(source.title) : style.dim('(untitled)');
    const indent = 2 + labelWidth + 2;
    const head = `${padEnd(neutralizeInline(source.label), labelWidth)}  ${title}`;
    const path = `(${neutralizeInline(source.path)})`;
    // The path follows the title when the line holds both, else it stays whole on a line of its
    // own, to be copied (as a URL does below), however long.
    if (2 + displayWidth(head) + 1 + displayWidth(path) <= width)
      out.push(wrap(`${head} ${style.dim(path)}`, width, 2, labelWidth + 2));
    else out.push(wrap(head, width, 2, labelWidth + 2), `${' '.repeat(indent)}${style.dim(path)}`);
    // Provenance and extraction, under the title, only for sources that have them (HTML pages).
    const under = (text: string) => out.push(wrap(text, width, indent));
    if (source.provenanceLine) under(neutralizeInline(source.provenanceLine));
    const url = source.provenance.url;
    // A URL stays whole on its line, to be copied.
    if (url && url !== source.path) out.push(`${' '.repeat(indent)}${style.dim(neutralizeInline(url))}`);
    if (source.extractionLine) under(style.dim(source.extractionLine));
    if (source.furnitureLine) under(style.dim(source.furnitureLine));
    for (const text of source.mayBeArticle.slice(0, 3))
      under(`skipped, may be article text: “${truncate(neutralizeInline(text), 160)}”`);
    if (source.mayBeArticle.length > 3)
      under(style.dim(`(${source.mayBeArticle.length - 3} more such blocks; see --json)`));
  }

  out.push('', ...quantities(content, width, style));

  for (const section of content.quoted) {
    out.push('', style.heading(`${section.title} (${section.figures.length})`));
    if (section.figures.length === 0) out.push('  none found');
    const mark = markFor(style, section.status);
    for (const { figure, quotes } of section.figures) {
      out.push(
        wrap(
          `${style.bold(figure.id)}  ${style.bold(neutralizeInline(figure.subject))}  ${style.dim(`[${figure.passages.join(', ')}]`)}`,
          width,
          2,
        ),
      );
      out.push(
        wrap(
          neutralizeInline(
            explain(
              figure,
              content.sources.map((s) => s.label),
            ),
          ),
          width,
          6,
        ),
      );
      for (const quote of quotes) {
        const label = padEnd(neutralizeInline(quote.label), labelWidth);
        out.push(wrap(`${label}  ${markQuote(quote, mark)}`, width, 6, labelWidth + 2));
      }
    }
  }

  out.push('', style.heading(`Stated by one source only (${content.singles.length})`));
  if (content.singles.length === 0) out.push('  none');
  for (const { figure, label } of content.singles) {
    const mention = figure.mentions[0]!;
    const line = `${padEnd(figure.id, 4)} ${padEnd(neutralizeInline(label), labelWidth)}  ${neutralizeInline(mention.text)} ${style.dim(`(${neutralizeInline(figure.subject)}; ${figure.passages.join(', ')})`)}`;
    out.push(wrap(line, width, 2, 6 + labelWidth));
  }

  out.push('', style.heading(`Agreements (${content.agreements.length})`));
  if (content.agreements.length === 0) out.push('  none');
  for (const { figure, labels } of content.agreements) {
    const wordings = [...new Set(figure.mentions.map((m) => neutralizeInline(m.text)))]
      .map(markFor(style, 'agreement'))
      .join(' / ');
    const line = `${padEnd(figure.id, 4)} ${neutralizeInline(figure.subject)}: ${wordings} ${style.dim(`(${labels.map(neutralizeInline).join(', ')}; ${figure.passages.join(', ')})`)}`;
    out.push(wrap(line, width, 2, 5));
  }

  out.push('', style.heading('Coverage'), ...coverage(content, width, style));
  return `${out.join('\n')}\n`;
}

/**
 * The table of quantities: one row per referent, each source's wording. As a table with one
 * column per source when every cell gets at least QUANTITY_CELL columns; narrower, one line per
 * referent that names each source giving it (the others give nothing).
 */
function quantities(content: ReportContent, width: number, style: Style): string[] {
  const rows = content.quantities;
  const lines = [style.heading(`Quantities (${rows.length})`)];
  if (rows.length === 0) return [...lines, '  none found'];
  const labels = content.sources.map((s) => neutralizeInline(s.label));
  const idWidth = Math.max(...rows.map((r) => displayWidth(r.figure.id)));
  const whatWidth = Math.min(24, Math.max(4, ...rows.map((r) => displayWidth(neutralizeInline(r.label)))));
  const statusWidth = Math.max(...rows.map((r) => displayWidth(STATUS[r.status].label)));
  const status = (row: (typeof rows)[number]) => {
    const text = fitWidth(STATUS[row.status].label, statusWidth);
    return style.codes ? style.draw(STATUS[row.status].report, text) : text;
  };
  const room = width - 2 - (idWidth + 1) - (whatWidth + 1) - (statusWidth + 1);
  const cell = Math.floor(room / labels.length) - 1;
  if (cell >= QUANTITY_CELL) {
    lines.push(`  ${style.dim('what each source says; blank: the source does not give it')}`);
    const head = [padEnd('', idWidth), fitWidth('what', whatWidth), fitWidth('status', statusWidth)];
    lines.push(`  ${[...head, ...labels.map((l) => fitWidth(l, cell))].join(' ')}`.trimEnd());
    for (const row of rows) {
      const cells = row.cells.map((c) => fitWidth(c === null ? '' : neutralizeInline(c), cell));
      const what = fitWidth(neutralizeInline(row.label), whatWidth);
      lines.push(`  ${[padEnd(row.figure.id, idWidth), what, status(row), ...cells].join(' ')}`.trimEnd());
    }
    return lines;
  }
  lines.push(`  ${style.dim('what each source says (a source not named does not give it)')}`);
  for (const row of rows) {
    const says = row.cells
      .flatMap((c, i) => (c === null ? [] : [`${style.bold(labels[i]!)} ${neutralizeInline(c)}`]))
      .join('; ');
    const line = `${padEnd(row.figure.id, idWidth)} ${status(row)} ${neutralizeInline(row.label)}: ${says}`;
    lines.push(wrap(line, width, 2, idWidth + statusWidth + 2));
  }
  return lines;
}

/** The narrowest cell of the quantities table; below it the table is printed one line per row. */
const QUANTITY_CELL = 14;

/** Passages by sources as a picture: █ reported, · not reported, ! a conflict in the passage. */
function coverage(content: ReportContent, width: number, style: Style): string[] {
  const labels = content.sources.map((s) => neutralizeInline(s.label));
  const cell = Math.max(3, ...labels.map((l) => displayWidth(l) + 1));
  const idWidth = Math.max(2, ...content.coverage.map((row) => row.passage.length)) + 2;
  const fixed = 2 + idWidth + 2;
  const fit = Math.max(1, Math.min(labels.length, Math.floor((width - fixed - 12) / cell)));
  const shown = labels.slice(0, fit);
  const lines = [`  ${style.dim('█ reported  · not reported  ! holds a conflict')}`];
  if (fit < labels.length)
    lines.push(`  (first ${fit} of ${labels.length} sources shown; widen the terminal for more)`);
  lines.push(`  ${' '.repeat(idWidth + 2)}${shown.map((l) => padEnd(l, cell)).join('')}`.trimEnd());
  for (const row of content.coverage) {
    const cells = row.present
      .slice(0, fit)
      .map((p) => padEnd(p ? '█' : '·', cell))
      .join('');
    const mark = row.conflict ? style.bold('!') : ' ';
    const room = width - fixed - fit * cell;
    const gist = room > 8 ? style.dim(truncate(neutralizeInline(row.gist), room - 1)) : '';
    lines.push(`  ${padEnd(row.passage, idWidth)}${mark} ${cells}${gist}`.trimEnd());
  }
  return lines;
}
