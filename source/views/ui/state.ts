import { commandFor, type KeyPress, type Mode } from './keys.js';

/** Everything the interactive view remembers between keys. */
export interface ViewState {
  mode: Mode;
  /** Index of the focused passage. */
  focus: number;
  /** Index of the pivot source: the others are diffed against it. */
  pivot: number;
  /** How many non-pivot columns are scrolled off to the left. */
  columnOffset: number;
  /** The search text. */
  query: string;
  /** Highlighted row in the figure list or the search results. */
  selected: number;
  /** A one-line notice ("report written to ..."). */
  message: string | null;
  /** A side effect the view must run (quit, write the report), numbered so each runs once. */
  effect: { kind: 'quit' | 'interrupt' | 'report'; serial: number } | null;
}

/** What the reducer needs to know of the comparison and the screen. */
export interface ViewContext {
  passages: number;
  sources: number;
  /** Passage indices that hold a conflict, ascending. */
  conflictPassages: number[];
  /** Non-pivot columns that fit on screen. */
  visibleColumns: number;
  /** Passages per page, for PgUp/PgDn. */
  pageSize: number;
  /** Rows in the current list (figures or search results). */
  listLength: number;
  /** The passage of a row of the figure list or of the search results for a query. */
  target: (mode: 'list' | 'search', query: string, row: number) => number | undefined;
}

/** Things that change the view. */
export type Action =
  | { type: 'move'; by: number }
  | { type: 'go'; to: number }
  | { type: 'conflict'; direction: 1 | -1 }
  | { type: 'scroll'; by: number }
  | { type: 'pivot'; to: number }
  | { type: 'cycle-pivot'; by: number }
  | { type: 'mode'; mode: Mode }
  | { type: 'query'; query: string }
  | { type: 'select'; by: number }
  | { type: 'message'; text: string | null }
  | { type: 'key'; press: KeyPress };

/** The view as it opens, with the given pivot (the most complete source, see mostCompleteSource). */
export function initialState(pivot = 0): ViewState {
  return {
    mode: 'browse',
    focus: 0,
    pivot,
    columnOffset: 0,
    query: '',
    selected: 0,
    message: null,
    effect: null,
  };
}

/** The source that reports the most passages: the natural pivot (first one on ties). */
export function mostCompleteSource(
  passages: readonly { members: readonly { source: number }[] }[],
  sources: number,
): number {
  const counts = new Array<number>(sources).fill(0);
  for (const passage of passages) for (const member of passage.members) counts[member.source]!++;
  return counts.indexOf(Math.max(...counts));
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

/** The view's state machine: a pure function of the state, an action and the context. */
export function reduce(state: ViewState, action: Action, context: ViewContext): ViewState {
  const lastPassage = Math.max(0, context.passages - 1);
  switch (action.type) {
    case 'move':
      return { ...state, focus: clamp(state.focus + action.by, 0, lastPassage), message: null };
    case 'go':
      return { ...state, focus: clamp(action.to, 0, lastPassage), message: null };
    case 'conflict': {
      const list = context.conflictPassages;
      if (list.length === 0) return { ...state, message: 'no conflicts found' };
      const next =
        action.direction === 1
          ? (list.find((p) => p > state.focus) ?? list[0]!)
          : ([...list].reverse().find((p) => p < state.focus) ?? list[list.length - 1]!);
      const wrapped = action.direction === 1 ? next <= state.focus : next >= state.focus;
      return { ...state, focus: next, message: wrapped ? 'wrapped around' : null };
    }
    case 'scroll': {
      const maxOffset = Math.max(0, context.sources - 1 - context.visibleColumns);
      return { ...state, columnOffset: clamp(state.columnOffset + action.by, 0, maxOffset) };
    }
    case 'pivot':
      if (action.to < 0 || action.to >= context.sources) return state;
      return { ...state, pivot: action.to, message: null };
    case 'cycle-pivot':
      return {
        ...state,
        pivot: (state.pivot + action.by + context.sources) % context.sources,
        message: null,
      };
    case 'mode':
      return {
        ...state,
        mode: action.mode,
        selected: 0,
        query: action.mode === 'search' ? '' : state.query,
        message: null,
      };
    case 'query':
      return { ...state, query: action.query, selected: 0 };
    case 'select':
      return {
        ...state,
        selected: clamp(state.selected + action.by, 0, Math.max(0, context.listLength - 1)),
      };
    case 'message':
      return { ...state, message: action.text };
    case 'key':
      return reduceKey(state, action.press, context);
  }
}

const effect = (state: ViewState, kind: 'quit' | 'interrupt' | 'report'): ViewState => ({
  ...state,
  effect: { kind, serial: (state.effect?.serial ?? 0) + 1 },
});

/**
 * A key press, read through the key table in the current mode. Interpreting keys here, against
 * the state the key arrives in, means fast typing can never act on a stale mode.
 */
function reduceKey(state: ViewState, press: KeyPress, context: ViewContext): ViewState {
  const binding = commandFor(state.mode, press);
  const go = (action: Action) => reduce(state, action, context);
  if (!binding) {
    if (state.mode !== 'search') return state;
    if (press.backspace || press.delete) return go({ type: 'query', query: state.query.slice(0, -1) });
    if (press.input && !press.ctrl && !press.meta)
      return go({ type: 'query', query: state.query + press.input });
    return state;
  }
  const inList = state.mode === 'list' || state.mode === 'search';
  switch (binding.command) {
    case 'quit':
      return effect(state, 'quit');
    case 'interrupt':
      return effect(state, 'interrupt');
    case 'report':
      return effect(state, 'report');
    case 'up':
      return go(inList ? { type: 'select', by: -1 } : { type: 'move', by: -1 });
    case 'down':
      return go(inList ? { type: 'select', by: 1 } : { type: 'move', by: 1 });
    case 'page-up':
      return go({ type: 'move', by: -context.pageSize });
    case 'page-down':
      return go({ type: 'move', by: context.pageSize });
    case 'first':
      return go({ type: 'go', to: 0 });
    case 'last':
      return go({ type: 'go', to: context.passages - 1 });
    case 'next-conflict':
      return go({ type: 'conflict', direction: 1 });
    case 'previous-conflict':
      return go({ type: 'conflict', direction: -1 });
    case 'scroll-left':
      return go({ type: 'scroll', by: -1 });
    case 'scroll-right':
      return go({ type: 'scroll', by: 1 });
    case 'next-pivot':
      return go({ type: 'cycle-pivot', by: 1 });
    case 'previous-pivot':
      return go({ type: 'cycle-pivot', by: -1 });
    case 'pivot-number':
      return go({ type: 'pivot', to: Number(press.input) - 1 });
    case 'read':
      return go({ type: 'mode', mode: 'read' });
    case 'list':
      return go({ type: 'mode', mode: 'list' });
    case 'search':
      return go({ type: 'mode', mode: 'search' });
    case 'help':
      return go({ type: 'mode', mode: 'help' });
    case 'back':
      return go({ type: 'mode', mode: 'browse' });
    case 'accept': {
      const target = inList
        ? context.target(state.mode as 'list' | 'search', state.query, state.selected)
        : undefined;
      const browsing = reduce(state, { type: 'mode', mode: 'browse' }, context);
      return target === undefined ? browsing : reduce(browsing, { type: 'go', to: target }, context);
    }
  }
}
