import type { Comparison } from '../../analysis/types.js';
import { shortLabels } from '../../corpus/labels.js';
import type { Figure, Mention } from '../../figures/types.js';
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

/** Figures of one status whose every source is quoted (conflicts, and the like). */
export interface QuotedSection {
  status: Status;
  /** The section's heading ("Conflicts"). */
  title: string;
  figures: { figure: Figure; quotes: Quote[] }[];
}

/** What the text and Markdown reports say, in order; both render this. */
export interface ReportContent {
  sources: { label: string; id: string; title: string | null; path: string }[];
  passageCount: number;
  alignedCount: number;
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
    sources: sources.map((s, i) => ({ label: labels[i]!, id: s.id, title: s.title, path: s.path })),
    passageCount: passages.length,
    alignedCount: passages.filter((p) => p.members.length > 1).length,
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
      return { passage: p.id, present, conflict: conflictPassages.has(p.id), gist: p.members[0]!.text };
    }),
  };
}
