import { describe, expect, it } from 'vitest';
import { initialState, mostCompleteSource, reduce, type ViewContext } from '../../source/views/ui/state.js';

const context: ViewContext = {
  passages: 10,
  sources: 5,
  conflictPassages: [3, 7],
  visibleColumns: 2,
  pageSize: 4,
  listLength: 6,
  target: (mode, query, row) =>
    mode === 'search' ? (query === 'nato' ? [8, 2][row] : undefined) : [3, 7, 1][row],
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
    expect(at7.focus).toBe(7);
    expect(reduce(at7, { type: 'conflict', direction: 1 }, context)).toMatchObject({
      focus: 3,
      message: 'wrapped around',
    });
    expect(reduce(at3, { type: 'conflict', direction: -1 }, context)).toMatchObject({
      focus: 7,
      message: 'wrapped around',
    });
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
