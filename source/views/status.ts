import type { Figure } from '../figures/types.js';
import type { Attribute } from '../text/style.js';

/** Every status a figure can have. */
export type Status = Figure['status'];

/** How the views show one status: the only place that knows the statuses. */
export interface StatusLook {
  /** Order in lists and tables: most urgent first. */
  rank: number;
  /** The word in tables and the figure list. */
  label: string;
  /** How many, in the summary line ("2 conflicts"). */
  count: (n: number) => string;
  /** Shown in the summary even when there are none. */
  always: boolean;
  /** The report quotes every source's sentence for it (a fact-checker must read these). */
  quoted: boolean;
  /** Figure marks in the view: with colour, and without (attributes alone carry the meaning). */
  colour: Attribute[];
  mono: Attribute[];
  /** Figure marks in the coloured text report. */
  report: Attribute[];
  /** What the mark means, for the legend. */
  legend: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The status table. A status missing here is a type error, never a silent default. */
export const STATUS: Record<Status, StatusLook> = {
  conflict: {
    rank: 0,
    label: 'conflict',
    count: (n) => plural(n, 'conflict'),
    always: true,
    quoted: true,
    colour: ['bold', 'brightWhite', 'bgRed'],
    mono: ['bold', 'inverse'],
    report: ['bold', 'red'],
    legend: 'the sources disagree',
  },
  differs: {
    rank: 1,
    label: 'differs',
    count: (n) => `${n} differing`,
    always: false,
    quoted: true,
    colour: ['bold', 'magenta'],
    mono: ['inverse'],
    report: ['bold', 'magenta'],
    legend: 'the values differ, not necessarily a contradiction',
  },
  update: {
    rank: 2,
    label: 'update',
    count: (n) => plural(n, 'update'),
    always: false,
    quoted: true,
    colour: ['bold', 'blue'],
    mono: ['bold', 'italic'],
    report: ['bold', 'blue'],
    legend: 'a later figure replaces an earlier one',
  },
  agreement: {
    rank: 3,
    label: 'agreement',
    count: (n) => plural(n, 'agreement'),
    always: true,
    quoted: false,
    colour: ['bold', 'green'],
    mono: ['bold'],
    report: ['green'],
    legend: 'the sources agree',
  },
  'single-source': {
    rank: 4,
    label: 'one source',
    count: (n) => `${n} stated by one source only`,
    always: true,
    quoted: false,
    colour: ['bold', 'cyan'],
    mono: ['italic'],
    report: [],
    legend: 'only one source gives it',
  },
};

/** The statuses, most urgent first. */
export const STATUSES = (Object.keys(STATUS) as Status[]).sort((a, b) => STATUS[a].rank - STATUS[b].rank);

/** The look of a status. */
export function statusLook(status: Status): StatusLook {
  return STATUS[status];
}

/** "1 conflict, 14 agreements, 40 stated by one source only": figures counted by status. */
export function statusSummary(figures: readonly Figure[]): string {
  return STATUSES.map((status) => {
    const n = figures.filter((f) => f.status === status).length;
    return n > 0 || STATUS[status].always ? STATUS[status].count(n) : '';
  })
    .filter(Boolean)
    .join(', ');
}
