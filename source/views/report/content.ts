import type { Strength } from '../../align/confidence.js';
import type { Comparison } from '../../analysis/types.js';
import { shortLabels } from '../../corpus/labels.js';
import { displayDate } from '../../corpus/provenance.js';
import type { Extraction, Provenance, SkippedKind, Source } from '../../corpus/types.js';
import type { Figure, Mention } from '../../figures/types.js';
import { membersOf, RUN_JOINER, sourcesOf } from '../members.js';
import { type QuantityRow, quantityTable } from '../quantities.js';
import { STATUS, STATUSES, type Status, statusSummary } from '../status.js';

/** A source's sentence quoted around a mention, with the mention's place inside the quote. */
export interface Quote {
  /** Short label of the source ("001"). */
  label: string;
  text: string;
  /** Where the mention sits in `text`. */
  markStart: number;
  markEnd: number;
}

/** A source as the report heads show it. */
export interface SourceHead {
  label: string;
  id: string;
  title: string | null;
  path: string;
  provenance: Provenance;
  /** "The Lakeside Courier · published 2024-03-12 08:40 +01:00 · by Mira Halden", or null. Raw page text. */
  provenanceLine: string | null;
  /** How an HTML page was read, in words (no page text), or null for plain text. */
  extractionLine: string | null;
  /** Skipped blocks that may be article text (not navigation, captions, comments...). Raw page text. */
  mayBeArticle: string[];
  /** "2 lines skipped as page furniture", or null when nothing was skipped. */
  furnitureLine: string | null;
}

/** Figures of one status whose every source is quoted (conflicts, and the like). */
export interface QuotedSection {
  status: Status;
  /** The section's heading ("Conflicts"). */
  title: string;
  figures: { figure: Figure; quotes: Quote[] }[];
}

/** What the text and Markdown reports say, in order; both render this. */
export interface ReportContent {
  sources: SourceHead[];
  passageCount: number;
  alignedCount: number;
  /** How many aligned passages are strong, fair and weak alignments. */
  strengths: { strength: Strength; count: number }[];
  /** "1 conflict, 14 agreements, 40 stated by one source only". */
  summary: string;
  /** The table of quantities: what each source says of each referent. */
  quantities: QuantityRow[];
  /** Sections that quote every source, most urgent first; conflicts always present. */
  quoted: QuotedSection[];
  singles: { figure: Figure; label: string }[];
  agreements: { figure: Figure; labels: string[] }[];
  /** One row per passage: which sources report it, and whether it holds a conflict. */
  coverage: { passage: string; present: boolean[]; conflict: boolean; gist: string }[];
}

const TITLES: Partial<Record<Status, string>> = {
  conflict: 'Conflicts',
  differs: 'Figures that differ',
  update: 'Figures updated over time',
};

/** Gathers what the reports show from the comparison: pure, deterministic. */
export function reportContent(comparison: Comparison): ReportContent {
  const { sources, passages, figures } = comparison;
  const labels = shortLabels(sources);
  const quote = (m: Mention): Quote => {
    const sentence = sources[m.source]!.sentences[m.sentence]!;
    return {
      label: labels[m.source]!,
      text: sentence.text,
      markStart: m.start - sentence.start,
      markEnd: m.end - sentence.start,
    };
  };
  const conflictPassages = new Set(figures.filter((f) => f.status === 'conflict').flatMap((f) => f.passages));
  const ofStatus = (status: Status) => figures.filter((f) => f.status === status);
  return {
    sources: sources.map((s, i) => sourceHead(s, labels[i]!)),
    passageCount: passages.length,
    alignedCount: passages.filter((p) => sourcesOf(p).length > 1).length,
    strengths: (['strong', 'fair', 'weak'] as const).map((strength) => ({
      strength,
      count: passages.filter((p) => p.strength === strength).length,
    })),
    summary: statusSummary(figures),
    quantities: quantityTable(figures, sources.length),
    quoted: STATUSES.filter((s) => STATUS[s].quoted && (s === 'conflict' || ofStatus(s).length > 0)).map(
      (status) => ({
        status,
        title: TITLES[status] ?? STATUS[status].label,
        figures: ofStatus(status).map((figure) => ({ figure, quotes: figure.mentions.map(quote) })),
      }),
    ),
    singles: ofStatus('single-source').map((figure) => ({
      figure,
      label: labels[figure.mentions[0]!.source]!,
    })),
    agreements: ofStatus('agreement').map((figure) => ({
      figure,
      labels: [...new Set(figure.mentions.map((m) => labels[m.source]!))],
    })),
    coverage: passages.map((p) => {
      const present = sources.map((_, i) => p.members.some((m) => m.source === i));
      // The gist is a sentence the passage owns, not one it only echoes from another passage; a
      // source that tells it in two places gives both, in reading order, the gap marked.
      const owner = (p.members.find((m) => !m.alsoIn) ?? p.members[0]!).source;
      const gist = membersOf(p, owner)
        .filter((m) => !m.alsoIn)
        .map((m) => m.text)
        .join(RUN_JOINER);
      return { passage: p.id, present, conflict: conflictPassages.has(p.id), gist };
    }),
  };
}

/** The parts of a page that skipped blocks may be article text from: nothing around them said otherwise. */
const MAY_BE_ARTICLE: ReadonlySet<SkippedKind> = new Set(['other']);
/** A skipped block reads like prose, not a label or a link: a sentence of 8 words, or 20 words. */
function readsLikeProse(text: string): boolean {
  const words = text.split(/\s+/).length;
  return words >= 20 || (words >= 8 && /[.!?…]["'”’»)]*$/u.test(text));
}

/** One line of provenance: outlet, publication and modification times, byline. */
export function provenanceLine(p: Provenance): string | null {
  const parts = [
    p.outlet,
    p.published && `published ${displayDate(p.published)}`,
    p.modified && p.modified !== p.published && `modified ${displayDate(p.modified)}`,
    p.byline && `by ${p.byline}`,
  ].filter((part): part is string => Boolean(part));
  return parts.length ? parts.join(' · ') : null;
}

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** How an HTML page was read: paragraphs kept, blocks skipped by the part of the page they sit in. */
export function extractionLine(extraction: Extraction | null): string | null {
  if (!extraction) return null;
  if (extraction.method === 'visible-text')
    return `from HTML: too little article text found, so all visible text was read (${plural(extraction.kept, 'paragraph')})`;
  const byKind = new Map<string, number>();
  for (const block of extraction.skipped) byKind.set(block.kind, (byKind.get(block.kind) ?? 0) + 1);
  const kinds = [...byKind].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const skipped = extraction.skipped.length
    ? `; extraction skipped ${plural(extraction.skipped.length, 'block')} (${kinds.map(([kind, n]) => `${n} ${kind}`).join(', ')})`
    : '; extraction skipped nothing';
  return `from HTML: ${plural(extraction.kept, 'paragraph')} kept${skipped}`;
}

/** Lines of the text as read that were not compared: page furniture (share widgets, counters...). */
function furnitureLine(source: Source): string | null {
  const n = source.paragraphs.filter((p) => p.kind === 'debris').length;
  return n ? `${plural(n, 'line')} skipped as page furniture (listed in --json)` : null;
}

function sourceHead(source: Source, label: string): SourceHead {
  const skipped = source.extraction?.skipped ?? [];
  return {
    label,
    id: source.id,
    title: source.title,
    path: source.path,
    provenance: source.provenance,
    provenanceLine: provenanceLine(source.provenance),
    extractionLine: extractionLine(source.extraction),
    mayBeArticle: skipped
      .filter((b) => MAY_BE_ARTICLE.has(b.kind) && readsLikeProse(b.text))
      .map((b) => b.text),
    furnitureLine: furnitureLine(source),
  };
}

/** "12 strong, 8 fair, 6 weak": how sure the aligned passages are (see align/confidence.ts). */
export function strengthCounts(content: Pick<ReportContent, 'strengths'>): string {
  return content.strengths.map(({ strength, count }) => `${count} ${strength}`).join(', ');
}
