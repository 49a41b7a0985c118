import { describe, expect, it } from 'vitest';
import { initialState, mostCompleteSource, reduce, type ViewContext } from '../../source/views/ui/state.js';

const at = (passage: number | undefined) => (passage === undefined ? undefined : { passage });
const context: ViewContext = {
  passages: 10,
  sources: 5,
  conflictPassages: [3, 7],
  // The conflict in passage 7 is reported by sources 1 and 4, not by the pivot 0.
  conflictLanding: (passage, pivot) =>
    passage === 7 && pivot === 0 ? { passage, pivot: 1, show: 4 } : { passage },
  figuresAt: (passage) => (passage === 3 ? 3 : 0),
  visibleColumns: 2,
  pageSize: 4,
  listLength: 6,
  scrollLimit: () => 30,
  target: (mode, query, row) =>
    at(mode === 'search' ? (query === 'nato' ? [8, 2][row] : undefined) : [3, 7, 1][row]),
  digit: (digit) => (digit < 5 ? digit : undefined),
};
const start = initialState();

describe('reduce', () => {
  it('moves the focus within the passages', () => {
    expect(reduce(start, { type: 'move', by: 1 }, context).focus).toBe(1);
    expect(reduce(start, { type: 'move', by: -1 }, context).focus).toBe(0);
    expect(reduce(start, { type: 'move', by: 50 }, context).focus).toBe(9);
    expect(reduce(start, { type: 'go', to: 4 }, context).focus).toBe(4);
  });

  it('jumps to the next and previous conflict, wrapping around with a notice', () => {
    const at3 = reduce(start, { type: 'conflict', direction: 1 }, context);
    expect(at3).toMatchObject({ focus: 3, message: null });
    const at7 = reduce(at3, { type: 'conflict', direction: 1 }, context);
    // Both sides in view: the pivot moves to a source that reports it, the columns to the other.
    expect(at7).toMatchObject({ focus: 7, pivot: 1, columnOffset: 2 });
    expect(reduce(at7, { type: 'conflict', direction: 1 }, context)).toMatchObject({
      focus: 3,
      message: 'wrapped around',
    });
    expect(reduce(at3, { type: 'conflict', direction: -1 }, context)).toMatchObject({
      focus: 7,
      message: 'wrapped around',
    });
    expect(reduce({ ...at3, pivot: 2 }, { type: 'conflict', direction: 1 }, context).pivot).toBe(2);
    expect(
      reduce(start, { type: 'conflict', direction: 1 }, { ...context, conflictPassages: [] }),
    ).toMatchObject({
      focus: 0,
      message: 'no conflicts found',
    });
  });

  it('scrolls columns only as far as there are hidden sources', () => {
    const right = reduce(start, { type: 'scroll', by: 1 }, context);
    expect(right.columnOffset).toBe(1);
    expect(reduce(right, { type: 'scroll', by: 5 }, context).columnOffset).toBe(2);
    expect(reduce(start, { type: 'scroll', by: -1 }, context).columnOffset).toBe(0);
  });

  it('chooses and cycles the pivot', () => {
    expect(reduce(start, { type: 'pivot', to: 3 }, context).pivot).toBe(3);
    expect(reduce(start, { type: 'pivot', to: 7 }, context).pivot).toBe(0);
    expect(reduce(start, { type: 'key', press: { input: '3' } }, context).pivot).toBe(3);
    expect(reduce(start, { type: 'key', press: { input: '0' } }, context).pivot).toBe(0);
    expect(reduce(start, { type: 'key', press: { input: '8' } }, context)).toMatchObject({
      pivot: 0,
      message: 'no source numbered 8',
    });
    expect(reduce(start, { type: 'cycle-pivot', by: -1 }, context).pivot).toBe(4);
    expect(reduce({ ...start, pivot: 4 }, { type: 'cycle-pivot', by: 1 }, context).pivot).toBe(0);
  });

  it('opens modes with a fresh selection, and search with an empty query', () => {
    const searching = reduce(
      { ...start, query: 'old', selected: 3 },
      { type: 'mode', mode: 'search' },
      context,
    );
    expect(searching).toMatchObject({ mode: 'search', query: '', selected: 0 });
    const typed = reduce(searching, { type: 'query', query: 'nato' }, context);
    expect(typed.query).toBe('nato');
    expect(reduce(typed, { type: 'select', by: 10 }, context).selected).toBe(5);
  });
});

describe('mostCompleteSource', () => {
  it('is the source in the most passages, the first on ties', () => {
    const passages = [
      { members: [{ source: 1 }, { source: 2 }] },
      { members: [{ source: 2 }] },
      { members: [{ source: 1 }] },
    ];
    expect(mostCompleteSource(passages, 3)).toBe(1);
  });
});

describe('keys through the reducer', () => {
  const key = (state: ReturnType<typeof initialState>, input: string, extra: object = {}) =>
    reduce(state, { type: 'key', press: { input, ...extra } }, context);

  it('types into the search query in search mode, where letters are not commands', () => {
    let state = key(start, '/');
    for (const char of 'nato') state = key(state, char);
    expect(state).toMatchObject({ mode: 'search', query: 'nato', focus: 0 });
    state = key(state, '', { downArrow: true });
    expect(state.selected).toBe(1);
    state = key(state, '', { return: true });
    expect(state).toMatchObject({ mode: 'browse', focus: 2 });
  });

  it("jumps from the figure list to a figure's passage", () => {
    let state = key(start, 'd');
    state = key(state, 'j');
    expect(key(state, '', { return: true })).toMatchObject({ mode: 'browse', focus: 7 });
  });

  it('asks the view to quit or write the report, once per key', () => {
    const quit = key(start, 'q');
    expect(quit.effect).toEqual({ kind: 'quit', serial: 1 });
    const report = key(key(start, 'r'), 'r');
    expect(report.effect).toEqual({ kind: 'report', serial: 2 });
    expect(key(key(start, '/'), 'q')).toMatchObject({ query: 'q', effect: null });
  });
});

describe('keys through the reducer, second pass', () => {
  const keys = (state: ReturnType<typeof initialState>, ...presses: object[]) =>
    presses.reduce<ReturnType<typeof initialState>>(
      (s, press) => reduce(s, { type: 'key', press: { input: '', ...press } }, context),
      state,
    );

  it('edits the search query: Backspace, Delete, Ctrl-W, Ctrl-U', () => {
    let state = keys(start, { input: '/' }, ...[...'troops 4,000'].map((input) => ({ input })));
    expect(state.query).toBe('troops 4,000');
    state = keys(state, { backspace: true }, { delete: true });
    expect(state.query).toBe('troops 4,0');
    state = keys(state, { input: 'w', ctrl: true });
    expect(state.query).toBe('troops ');
    state = keys(state, { input: 'u', ctrl: true });
    expect(state.query).toBe('');
    expect(keys(state, { input: '\u007f' }).query).toBe('');
  });

  it('closes overlays with q or Esc, quits with a second q, never with Esc', () => {
    for (const open of ['d', 't', '?']) {
      const back = keys(start, { input: open }, { input: 'q' });
      expect(back).toMatchObject({ mode: 'browse', effect: null });
      expect(keys(start, { input: open }, { escape: true }, { escape: true })).toMatchObject({
        mode: 'browse',
        effect: null,
      });
      expect(keys(back, { input: 'q' }).effect?.kind).toBe('quit');
    }
  });

  it('moves the selection of the lists with j/k, g/G and PgUp/PgDn', () => {
    const list = keys(start, { input: 't' }, { input: 'j' }, { input: 'j' });
    expect(list.selected).toBe(2);
    expect(keys(list, { input: 'G' }).selected).toBe(5);
    expect(keys(list, { input: 'g' }).selected).toBe(0);
    expect(keys(list, { pageDown: true }).selected).toBe(5);
  });

  it('scrolls read mode with j/k, PgUp/PgDn, g/G and steps passages with ] and [', () => {
    const read = keys(start, { return: true }, { input: 'j' }, { input: 'j' });
    expect(read).toMatchObject({ mode: 'read', scroll: 2, focus: 0 });
    expect(keys(read, { pageDown: true }).scroll).toBe(6);
    expect(keys(read, { input: 'G' }).scroll).toBe(30);
    expect(keys(read, { input: 'k' }, { input: 'k' }, { input: 'k' }).scroll).toBe(0);
    expect(keys(read, { input: ']' })).toMatchObject({ focus: 1, scroll: 0 });
  });

  it('steps through the figures of a passage with f, and hides the diff with w', () => {
    const at3 = { ...start, focus: 3 };
    expect(keys(at3, { input: 'f' }, { input: 'f' }).figure).toBe(2);
    expect(keys(at3, { input: 'f' }, { input: 'f' }, { input: 'f' }).figure).toBe(0);
    expect(keys(start, { input: 'f' }).message).toBe('no figures in this passage');
    expect(keys(start, { input: 'w' }).diff).toBe(false);
    expect(keys(start, { input: 'w' }, { input: 'w' }).diff).toBe(true);
  });

  it('opens pair mode with p and two source numbers', () => {
    const picking = keys(start, { input: 'p' });
    expect(picking.mode).toBe('pick');
    expect(keys(picking, { input: '2' }, { input: '2' }).mode).toBe('pick');
    expect(keys(picking, { input: '2' }, { input: '4' })).toMatchObject({ mode: 'pair', pair: [2, 4] });
    expect(keys(picking, { escape: true }).mode).toBe('browse');
  });
});
