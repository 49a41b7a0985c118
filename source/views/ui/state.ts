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
  /** Which figure of the focused passage the detail lines explain. */
  figure: number;
  /** Word differences are marked. */
  diff: boolean;
  /** First line shown of a scrolling pane (read, pair, help). */
  scroll: number;
  /** The two sources of the pair mode, and the numbers typed so far to choose them. */
  pair: [number, number] | null;
  picked: number[];
  /** The search text. */
  query: string;
  /** Highlighted row in the table, the figure list or the search results. */
  selected: number;
  /** A one-line notice ("report written to ..."). */
  message: string | null;
  /** A side effect the view must run (quit, write the report), numbered so each runs once. */
  effect: { kind: 'quit' | 'interrupt' | 'report'; serial: number } | null;
}

/** Where a jump lands: a passage, and the pivot and column that show the figure's two sides. */
export interface Landing {
  passage: number;
  /** Index of the figure among the passage's figures. */
  figure?: number;
  /** The pivot to use (when the current one does not report the figure) and a source to show. */
  pivot?: number;
  show?: number;
}

/** What the reducer needs to know of the comparison and the screen, for the state it acts on. */
export interface ViewContext {
  passages: number;
  sources: number;
  /** Passage indices a conflict is shown in, ascending. */
  conflictPassages: number[];
  /** Where to look at the conflict of a passage, from a pivot. */
  conflictLanding: (passage: number, pivot: number) => Landing;
  /** Figures in a passage. */
  figuresAt: (passage: number) => number;
  /** Non-pivot columns that fit on screen. */
  visibleColumns: number;
  /** Passages per page, for PgUp/PgDn; lines per page in panes and lists. */
  pageSize: number;
  /** Rows in the current list (table, figures or search results). */
  listLength: number;
  /** Lines of the current pane (read, pair, help) beyond one screen: how far it scrolls (as far as
   * drawn so far, or to its very end). */
  scrollLimit: (toEnd: boolean) => number;
  /** Where a row of the table, the figure list or the search results leads. */
  target: (
    mode: 'table' | 'list' | 'search',
    query: string,
    row: number,
    pivot: number,
  ) => Landing | undefined;
  /** The source a number key stands for (its label's number), if any. */
  digit: (digit: number) => number | undefined;
}

/** Things that change the view. */
export type Action =
  | { type: 'move'; by: number }
  | { type: 'go'; to: number }
  | { type: 'land'; at: Landing }
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
    figure: 0,
    diff: true,
    scroll: 0,
    pair: null,
    picked: [],
    query: '',
    selected: 0,
    message: null,
    effect: null,
  };
}

/**
 * The source that reports the most passages: the natural pivot (first one on ties). A source with
 * several members in a passage (two places of its article) reports it once.
 */
export function mostCompleteSource(
  passages: readonly { members: readonly { source: number; alsoIn?: string }[] }[],
  sources: number,
): number {
  const counts = new Array<number>(sources).fill(0);
  for (const passage of passages)
    for (const source of new Set(passage.members.flatMap((m) => (m.alsoIn ? [] : [m.source]))))
      counts[source]!++;
  return counts.indexOf(Math.max(...counts));
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

/** The column offset that shows source `show` first among the non-pivot columns (as far as they go). */
function offsetShowing(state: ViewState, show: number, context: ViewContext): number {
  const others = [...Array(context.sources).keys()].filter((s) => s !== state.pivot);
  const index = others.indexOf(show);
  if (index < 0) return state.columnOffset;
  return Math.min(index, Math.max(0, others.length - Math.max(1, context.visibleColumns)));
}

/** The view's state machine: a pure function of the state, an action and the context. */
export function reduce(state: ViewState, action: Action, context: ViewContext): ViewState {
  const lastPassage = Math.max(0, context.passages - 1);
  switch (action.type) {
    case 'move':
      return reduce(state, { type: 'go', to: state.focus + action.by }, context);
    case 'go': {
      const focus = clamp(action.to, 0, lastPassage);
      return { ...state, focus, figure: 0, scroll: focus === state.focus ? state.scroll : 0, message: null };
    }
    case 'land': {
      const { at } = action;
      let next = reduce(state, { type: 'go', to: at.passage }, context);
      next = { ...next, figure: at.figure ?? 0, scroll: 0 };
      if (at.pivot !== undefined && at.pivot !== next.pivot) {
        next = {
          ...next,
          pivot: at.pivot,
          columnOffset: 0,
          message: 'pivot moved to a source that reports it',
        };
      }
      if (at.show !== undefined) next = { ...next, columnOffset: offsetShowing(next, at.show, context) };
      return next;
    }
    case 'conflict': {
      const list = context.conflictPassages;
      if (list.length === 0) return { ...state, message: 'no conflicts found' };
      const next =
        action.direction === 1
          ? (list.find((p) => p > state.focus) ?? list[0]!)
          : ([...list].reverse().find((p) => p < state.focus) ?? list[list.length - 1]!);
      const wrapped = action.direction === 1 ? next <= state.focus : next >= state.focus;
      const landed = reduce(state, { type: 'land', at: context.conflictLanding(next, state.pivot) }, context);
      return wrapped ? { ...landed, message: 'wrapped around' } : landed;
    }
    case 'scroll': {
      if (state.mode === 'browse') {
        const maxOffset = Math.max(0, context.sources - 1 - context.visibleColumns);
        return { ...state, columnOffset: clamp(state.columnOffset + action.by, 0, maxOffset) };
      }
      return {
        ...state,
        scroll: clamp(state.scroll + action.by, 0, Math.max(0, context.scrollLimit(false))),
      };
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
        scroll: 0,
        picked: [],
        query: action.mode === 'search' ? '' : state.query,
        message: action.mode === 'pick' ? 'pair: type the numbers of two sources (Esc cancels)' : null,
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

/** The search text without its last word (and the spaces after it), as Ctrl-W in a shell. */
export function eraseWord(query: string): string {
  return query.replace(/\S*\s*$/u, '');
}

/**
 * A key press, read through the key table in the current mode. Interpreting keys here, against
 * the state the key arrives in, means fast typing can never act on a stale mode.
 */
function reduceKey(state: ViewState, press: KeyPress, context: ViewContext): ViewState {
  const binding = commandFor(state.mode, press);
  const go = (action: Action) => reduce(state, action, context);
  if (!binding) {
    if (state.mode !== 'search') return state;
    if (press.input && !press.ctrl && !press.meta && !/\p{Cc}/u.test(press.input))
      return go({ type: 'query', query: state.query + press.input });
    return state;
  }
  const mode = state.mode;
  const list = mode === 'table' || mode === 'list' || mode === 'search';
  const pane = mode === 'read' || mode === 'pair' || mode === 'help';
  const page = context.pageSize;
  switch (binding.command) {
    case 'quit':
      return effect(state, 'quit');
    case 'interrupt':
      return effect(state, 'interrupt');
    case 'report':
      return effect(state, 'report');
    case 'hint-quit':
      return { ...state, message: 'q quits' };
    case 'up':
    case 'down': {
      const by = binding.command === 'up' ? -1 : 1;
      if (list) return go({ type: 'select', by });
      if (pane) return go({ type: 'scroll', by });
      return go({ type: 'move', by });
    }
    case 'page-up':
    case 'page-down': {
      const by = binding.command === 'page-up' ? -page : page;
      if (list) return go({ type: 'select', by });
      if (pane) return go({ type: 'scroll', by });
      return go({ type: 'move', by });
    }
    case 'first':
    case 'last': {
      const far = binding.command === 'first' ? -Infinity : Infinity;
      if (list) return { ...state, selected: far < 0 ? 0 : Math.max(0, context.listLength - 1) };
      if (pane) return { ...state, scroll: far < 0 ? 0 : Math.max(0, context.scrollLimit(true)) };
      return go({ type: 'go', to: far < 0 ? 0 : context.passages - 1 });
    }
    case 'next-passage':
      return go({ type: 'move', by: 1 });
    case 'previous-passage':
      return go({ type: 'move', by: -1 });
    case 'next-conflict':
      return go({ type: 'conflict', direction: 1 });
    case 'previous-conflict':
      return go({ type: 'conflict', direction: -1 });
    case 'next-figure': {
      const count = context.figuresAt(state.focus);
      if (count === 0) return { ...state, message: 'no figures in this passage' };
      return { ...state, figure: (state.figure + 1) % count, message: null };
    }
    case 'toggle-diff':
      return {
        ...state,
        diff: !state.diff,
        message: state.diff ? 'word differences hidden (w shows)' : null,
      };
    case 'scroll-left':
      return go({ type: 'scroll', by: -1 });
    case 'scroll-right':
      return go({ type: 'scroll', by: 1 });
    case 'next-pivot':
      return go({ type: 'cycle-pivot', by: 1 });
    case 'previous-pivot':
      return go({ type: 'cycle-pivot', by: -1 });
    case 'pivot-number': {
      const source = context.digit(Number(press.input));
      if (source === undefined) return { ...state, message: `no source numbered ${press.input}` };
      return go({ type: 'pivot', to: source });
    }
    case 'pick-number': {
      const source = context.digit(Number(press.input));
      if (source === undefined) return { ...state, message: `no source numbered ${press.input}` };
      if (state.picked.length === 0)
        return { ...state, picked: [source], message: 'pair: and the second source?' };
      if (state.picked[0] === source) return { ...state, message: 'pair: choose another source' };
      return {
        ...state,
        mode: 'pair',
        pair: [state.picked[0]!, source],
        picked: [],
        scroll: 0,
        message: null,
      };
    }
    case 'read':
      return go({ type: 'mode', mode: 'read' });
    case 'pair':
      return context.sources < 2 ? state : go({ type: 'mode', mode: 'pick' });
    case 'table':
      return go({ type: 'mode', mode: 'table' });
    case 'list':
      return go({ type: 'mode', mode: 'list' });
    case 'search':
      return go({ type: 'mode', mode: 'search' });
    case 'help':
      return go({ type: 'mode', mode: 'help' });
    case 'back':
      return go({ type: 'mode', mode: 'browse' });
    case 'erase':
      return go({ type: 'query', query: [...state.query].slice(0, -1).join('') });
    case 'erase-word':
      return go({ type: 'query', query: eraseWord(state.query) });
    case 'clear':
      return go({ type: 'query', query: '' });
    case 'accept': {
      const landing = list
        ? context.target(mode as 'table' | 'list' | 'search', state.query, state.selected, state.pivot)
        : undefined;
      const browsing = reduce(state, { type: 'mode', mode: 'browse' }, context);
      return landing === undefined ? browsing : reduce(browsing, { type: 'land', at: landing }, context);
    }
  }
}
