import type { Comparison } from '../../analysis/types.js';
import { shortLabels } from '../../corpus/labels.js';
import type { Figure, Mention } from '../../figures/types.js';

/** A source's sentence quoted around a mention, with the mention's place inside the quote. */
export interface Quote {
  /** Short label of the source ("001"). */
  label: string;
  text: string;
  /** Where the mention sits in `text`. */
  markStart: number;
  markEnd: number;
}

/** What the text and Markdown reports say, in order; both render this. */
export interface ReportContent {
  sources: { label: string; id: string; title: string | null; path: string }[];
  passageCount: number;
  alignedCount: number;
  counts: Record<Figure['status'], number>;
  conflicts: { figure: Figure; quotes: Quote[] }[];
  singles: { figure: Figure; label: string }[];
  agreements: { figure: Figure; labels: string[] }[];
  /** One row per passage: which sources report it, and whether it holds a conflict. */
  coverage: { passage: string; present: boolean[]; conflict: boolean; gist: string }[];
}

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
  const count = (status: Figure['status']) => figures.filter((f) => f.status === status).length;
  return {
    sources: sources.map((s, i) => ({ label: labels[i]!, id: s.id, title: s.title, path: s.path })),
    passageCount: passages.length,
    alignedCount: passages.filter((p) => p.members.length > 1).length,
    counts: {
      conflict: count('conflict'),
      agreement: count('agreement'),
      'single-source': count('single-source'),
    },
    conflicts: figures
      .filter((f) => f.status === 'conflict')
      .map((figure) => ({ figure, quotes: figure.mentions.map(quote) })),
    singles: figures
      .filter((f) => f.status === 'single-source')
      .map((figure) => ({ figure, label: labels[figure.mentions[0]!.source]! })),
    agreements: figures
      .filter((f) => f.status === 'agreement')
      .map((figure) => ({ figure, labels: [...new Set(figure.mentions.map((m) => labels[m.source]!))] })),
    coverage: passages.map((p) => {
      const present = sources.map((_, i) => p.members.some((m) => m.source === i));
      return { passage: p.id, present, conflict: conflictPassages.has(p.id), gist: p.members[0]!.text };
    }),
  };
}
