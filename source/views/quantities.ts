import type { Figure, Mention } from '../figures/types.js';
import { STATUS, type Status } from './status.js';

/** One row of the table of quantities: a referent and what each source says of it. */
export interface QuantityRow {
  /** The figure the row shows (its id, passages and explanation). */
  figure: Figure;
  /** What is counted or dated, in plain words ("troops deployed", "date"). */
  label: string;
  status: Status;
  /** Per source (by index): the wording it gives (hedge included), or null when it says nothing. */
  cells: (string | null)[];
}

// Reading order of kinds: what happened to people first, then amounts, then time.
const KIND_ORDER: Figure['kind'][] = [
  'count',
  'proportion',
  'percent',
  'money',
  'measure',
  'age',
  'duration',
  'relative-time',
  'date',
  'time',
];

/**
 * The table of quantities: one row per referent the figures found, one cell per source. Today a
 * referent is one figure (the figures layer groups mentions by slot); rows come most urgent first
 * (by the status table), then by kind, then in passage order. Pure: the reports and the view
 * both render it.
 */
export function quantityTable(figures: readonly Figure[], sourceCount: number): QuantityRow[] {
  const rows = figures.map((figure) => ({
    figure,
    label: figure.subject,
    status: figure.status as Status,
    cells: Array.from({ length: sourceCount }, (_, source) =>
      cellOf(figure.mentions, source, figure.status !== 'agreement'),
    ),
  }));
  const passageNumber = (row: QuantityRow) => Number(/\d+/.exec(row.figure.passages[0] ?? '')?.[0] ?? 0);
  const kindRank = (row: QuantityRow) => {
    const rank = KIND_ORDER.indexOf(row.figure.kind);
    return rank < 0 ? KIND_ORDER.length : rank;
  };
  return rows
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        STATUS[a.row.status].rank - STATUS[b.row.status].rank ||
        kindRank(a.row) - kindRank(b.row) ||
        passageNumber(a.row) - passageNumber(b.row) ||
        a.index - b.index,
    )
    .map(({ row }) => row);
}

/**
 * What one source says in a figure: its distinct wordings (a mention's text holds its hedge), with
 * whom it attributes them to where the sources disagree ("1.12 million (police)").
 */
function cellOf(mentions: readonly Mention[], source: number, bodies: boolean): string | null {
  const words = mentions
    .filter((m) => m.source === source)
    .map((m) => (bodies && m.attribution ? `${m.text} (${m.attribution})` : m.text));
  return words.length ? [...new Set(words)].join(' / ') : null;
}
