import type { Comparison } from '../../analysis/types.js';
import { shortLabels } from '../../corpus/labels.js';
import { escapeJsonControls } from '../../text/sanitize.js';
import { explain } from '../explain.js';

/** Name and version of the JSON report contract (see docs/report-json.md). */
export const REPORT_SCHEMA = 'parallax-report/1';

/**
 * The JSON report: the contract in docs/report-json.md. Offsets index each source's text as read.
 * Every control character is escaped, so article text cannot act on a terminal.
 */
export function renderJsonReport(comparison: Comparison): string {
  const { sources } = comparison;
  const id = (index: number) => sources[index]!.id;
  // Once per report, not per figure (performance: each call splits every source's id, so per
  // figure it cost figures x sources, quadratic in the number of articles).
  const labels = shortLabels(sources);
  const report = {
    schema: REPORT_SCHEMA,
    sources: sources.map((source) => ({
      id: source.id,
      path: source.path,
      title: source.title,
      encoding: source.encoding,
      sentences: source.sentences.length,
      format: source.format,
      outlet: source.provenance.outlet,
      published: source.provenance.published,
      modified: source.provenance.modified,
      byline: source.provenance.byline,
      url: source.provenance.url,
      // Lines not compared, as page furniture (share widgets, comment forms, counters), with offsets.
      skipped: source.paragraphs
        .filter((p) => p.kind === 'debris')
        .map((p) => ({ start: p.start, end: p.end, text: p.text })),
      extraction: source.extraction && {
        method: source.extraction.method,
        paragraphs: source.extraction.kept,
        skipped: source.extraction.skipped.length,
        skipped_blocks: source.extraction.skipped,
      },
    })),
    passages: comparison.passages.map((passage) => ({
      id: passage.id,
      confidence: passage.confidence,
      strength: passage.strength,
      members: passage.members.map((member) => ({
        source: id(member.source),
        start: member.start,
        end: member.end,
        text: member.text,
        sentences: member.sentences,
        also_in: member.alsoIn ?? null,
      })),
      links: passage.links.map((link) => ({
        between: [id(link.from), id(link.to)],
        score: link.score,
        shared: link.shared,
        names_numbers: link.strong,
      })),
    })),
    figures: comparison.figures.map((figure) => ({
      id: figure.id,
      status: figure.status,
      basis: figure.basis,
      kind: figure.kind,
      subject: figure.subject,
      passages: figure.passages,
      mentions: figure.mentions.map((mention) => ({
        source: id(mention.source),
        start: mention.start,
        end: mention.end,
        text: mention.text,
        value: mention.value,
        counted: mention.subject,
        role: mention.role,
        group: mention.container,
        attribution: mention.attribution ?? null,
        projected: mention.projected === true,
      })),
      explanation: explain(figure, labels),
    })),
  };
  // The newline joins before the escape (which never touches it), so the report's text is copied
  // into one flat string once, by the escape, and not again when it is written out.
  return escapeJsonControls(`${JSON.stringify(report, null, 2)}\n`);
}
