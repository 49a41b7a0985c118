import { describe, expect, it } from 'vitest';
import type { Figure, Mention } from '../../source/figures/types.js';
import { quantityTable } from '../../source/views/quantities.js';
import { STATUS, STATUSES, statusSummary } from '../../source/views/status.js';

const mention = (source: number, text: string): Mention =>
  ({ source, text, value: {}, start: 0, end: text.length }) as unknown as Mention;
const figure = (
  id: string,
  status: Figure['status'],
  kind: Figure['kind'],
  passage: string,
  mentions: Mention[],
) =>
  ({
    id,
    status,
    kind,
    subject: `${kind} ${id}`,
    passages: [passage],
    mentions,
    basis: 'passage',
    reasons: {
      rule: status === 'single-source' ? 'single-source' : 'agreement',
      readings: [],
      garbled: [],
      wrongWeekdays: [],
    },
  }) as Figure;

describe('quantityTable', () => {
  it('gives each referent one row, each source its wording or a blank, most urgent first', () => {
    const rows = quantityTable(
      [
        figure('F3', 'single-source', 'date', 'P2', [mention(1, 'Friday')]),
        figure('F2', 'agreement', 'count', 'P9', [mention(0, 'about 700 men'), mention(2, '700 troops')]),
        figure('F1', 'conflict', 'relative-time', 'P4', [
          mention(0, 'three weeks ago'),
          mention(0, 'three weeks ago'),
          mention(1, 'three months ago'),
        ]),
      ],
      3,
    );
    expect(rows.map((r) => [r.figure.id, r.status, r.cells])).toEqual([
      ['F1', 'conflict', ['three weeks ago', 'three months ago', null]],
      ['F2', 'agreement', ['about 700 men', null, '700 troops']],
      ['F3', 'single-source', [null, 'Friday', null]],
    ]);
  });
});

describe('attributions in the table', () => {
  it('name who gives each value where the sources differ, not where they agree', () => {
    const by = (source: number, text: string, attribution: string) => ({
      ...mention(source, text),
      attribution,
    });
    const rows = quantityTable(
      [
        figure('F1', 'differs', 'count', 'P1', [
          by(0, '1.6 million', 'police'),
          by(1, '3.4 million', 'union'),
        ]),
        figure('F2', 'agreement', 'count', 'P2', [
          by(0, '13 dead', 'official'),
          by(1, '13 killed', 'police'),
        ]),
      ],
      2,
    );
    expect(rows.map((r) => r.cells)).toEqual([
      ['1.6 million (police)', '3.4 million (union)'],
      ['13 dead', '13 killed'],
    ]);
  });
});

describe('the status table', () => {
  it('knows every status, the coming ones too, and summarises the counts', () => {
    expect(STATUSES).toEqual(['conflict', 'differs', 'update', 'agreement', 'single-source']);
    for (const status of STATUSES) expect(STATUS[status].mono.length).toBeGreaterThan(0);
    const f = (status: Figure['status']) => ({ status }) as Figure;
    expect(statusSummary([f('conflict'), f('agreement'), f('agreement')])).toBe(
      '1 conflict, 2 agreements, 0 stated by one source only',
    );
    expect(statusSummary([{ status: 'update' } as unknown as Figure])).toBe(
      '0 conflicts, 1 update, 0 agreements, 0 stated by one source only',
    );
  });
});
