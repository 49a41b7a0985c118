import type { Comparison } from '../../analysis/types.js';
import { displayDate } from '../../corpus/provenance.js';
import { neutralizeInline } from '../../text/sanitize.js';
import { explain } from '../explain.js';
import { STATUS } from '../status.js';
import { type Quote, reportContent, strengthCounts } from './content.js';

/**
 * Escapes text for Markdown, article text and names alike: controls made visible; the punctuation
 * that could open emphasis, code, links, HTML, entities, headings or table cells backslashed; and
 * at the start, what would open a list, a quote or a setext heading ("1.", "-", "+", "=") when
 * the text begins a line (an explanation starts with a source label taken from a file name).
 */
export function escapeMarkdown(text: string): string {
  return neutralizeInline(text)
    .replace(/[\\`*_[\]<>|~&#]/g, '\\$&')
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function markQuote(quote: Quote): string {
  const { text, markStart, markEnd } = quote;
  const figure = text.slice(markStart, markEnd).trim();
  return `${escapeMarkdown(text.slice(0, markStart))}**${escapeMarkdown(figure)}**${escapeMarkdown(text.slice(markEnd))}`;
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

/**
 * The Markdown report (CommonMark with GFM tables): the same sections as the text report, with
 * figures in bold inside every source's quoted sentence.
 */
export function renderMarkdownReport(comparison: Comparison): string {
  const content = reportContent(comparison);
  const out: string[] = ['# parallax report', ''];
  out.push(`- **Sources:** ${content.sources.length}`);
  out.push(
    `- **Passages:** ${content.passageCount} (${content.alignedCount} reported by several sources: ${strengthCounts(content)})`,
  );
  out.push(`- **Figures:** ${content.summary}`);
  // Provenance columns appear only when some source has provenance (an HTML page).
  const withProvenance = content.sources.some((s) => s.provenanceLine || s.provenance.url);
  const cell = (text: string | null) => (text ? escapeMarkdown(text) : '');
  out.push(
    '',
    '## Sources',
    '',
    row(['Source', 'Title', ...(withProvenance ? ['Outlet', 'Published', 'Byline'] : []), 'File']),
    row(['---', '---', ...(withProvenance ? ['---', '---', '---'] : []), '---']),
  );
  for (const s of content.sources) {
    const p = s.provenance;
    out.push(
      row([
        escapeMarkdown(s.label),
        s.title ? escapeMarkdown(s.title) : '*untitled*',
        ...(withProvenance
          ? [cell(p.outlet), cell(p.published && displayDate(p.published)), cell(p.byline)]
          : []),
        p.url && p.url !== s.path
          ? `${escapeMarkdown(s.path)} (${escapeMarkdown(p.url)})`
          : escapeMarkdown(s.path),
      ]),
    );
  }
  const notes = content.sources.filter((s) => s.extractionLine);
  if (notes.length) out.push('');
  for (const s of notes) {
    out.push(`- **${escapeMarkdown(s.label)}** ${escapeMarkdown(s.extractionLine!)}`);
    for (const text of s.mayBeArticle)
      out.push(`  - skipped, may be article text: “${escapeMarkdown(text)}”`);
  }

  const labels = content.sources.map((s) => escapeMarkdown(s.label));
  out.push('', `## Quantities (${content.quantities.length})`, '');
  if (content.quantities.length === 0) out.push('None found.');
  else {
    out.push('What each source says; a blank cell: the source does not give it.', '');
    out.push(
      row(['Figure', 'What', 'Status', ...labels, 'Passage']),
      row(['---', '---', '---', ...labels.map(() => '---'), '---']),
    );
    for (const q of content.quantities) {
      out.push(
        row([
          q.figure.id,
          escapeMarkdown(q.label),
          STATUS[q.status].label,
          ...q.cells.map((c) => (c === null ? ' ' : escapeMarkdown(c))),
          q.figure.passages.join(', '),
        ]),
      );
    }
  }
  out.push('');

  for (const section of content.quoted) {
    out.push(`## ${section.title} (${section.figures.length})`, '');
    if (section.figures.length === 0) out.push('None found.', '');
    for (const { figure, quotes } of section.figures) {
      out.push(`### ${figure.id}: ${escapeMarkdown(figure.subject)}`, '');
      out.push(
        `${escapeMarkdown(
          explain(
            figure,
            content.sources.map((s) => s.label),
          ),
        )} (passage ${figure.passages.join(', ')})`,
        '',
      );
      for (const quote of quotes) out.push(`- **${escapeMarkdown(quote.label)}**: ${markQuote(quote)}`);
      out.push('');
    }
  }

  out.push(`## Stated by one source only (${content.singles.length})`, '');
  if (content.singles.length === 0) out.push('None.');
  else {
    out.push(row(['Figure', 'Source', 'Says', 'About', 'Passage']), row(['---', '---', '---', '---', '---']));
    for (const { figure, label } of content.singles) {
      out.push(
        row([
          figure.id,
          escapeMarkdown(label),
          escapeMarkdown(figure.mentions[0]!.text),
          escapeMarkdown(figure.subject),
          figure.passages.join(', '),
        ]),
      );
    }
  }

  out.push('', `## Agreements (${content.agreements.length})`, '');
  if (content.agreements.length === 0) out.push('None.');
  else {
    out.push(
      row(['Figure', 'About', 'Wordings', 'Sources', 'Passages']),
      row(['---', '---', '---', '---', '---']),
    );
    for (const { figure, labels } of content.agreements) {
      const wordings = [...new Set(figure.mentions.map((m) => escapeMarkdown(m.text)))].join(' / ');
      out.push(
        row([
          figure.id,
          escapeMarkdown(figure.subject),
          wordings,
          labels.map(escapeMarkdown).join(', '),
          figure.passages.join(', '),
        ]),
      );
    }
  }

  out.push(
    '',
    '## Coverage',
    '',
    'Which source reports which passage (✓), and where a conflict sits (⚠).',
    '',
  );
  out.push(row(['Passage', ...labels, 'Opening words']), row(['---', ...labels.map(() => ':-:'), '---']));
  for (const line of content.coverage) {
    const words = line.gist.split(/\s+/).slice(0, 8).join(' ');
    out.push(
      row([
        `${line.passage}${line.conflict ? ' ⚠' : ''}`,
        ...line.present.map((p) => (p ? '✓' : ' ')),
        `${escapeMarkdown(words)}…`,
      ]),
    );
  }
  return `${out.join('\n')}\n`;
}
