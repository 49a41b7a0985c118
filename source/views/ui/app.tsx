import { Text, useApp, useInput } from 'ink';
import { useEffect, useMemo, useReducer } from 'react';
import type { Comparison } from '../../analysis/types.js';
import { makePaint } from './paint.js';
import {
  columnLayout,
  createScene,
  MIN_SIZE,
  renderBrowse,
  renderHelp,
  renderList,
  renderRead,
  renderSearch,
  renderTooSmall,
} from './screen.js';
import { createSearch } from './search.js';
import {
  type Action,
  initialState,
  mostCompleteSource,
  reduce,
  type ViewContext,
  type ViewState,
} from './state.js';
import { useTerminalSize } from './use-terminal-size.js';

/** Props of the interactive view. */
export interface AppProps {
  comparison: Comparison;
  color: boolean;
  /** Writes the Markdown report and resolves with where it went. */
  writeReport: () => Promise<string>;
  /** Called when the user interrupts (Ctrl-C) rather than quits. */
  onInterrupt?: () => void;
}

/** The interactive view: keys go through the key table to the reducer; screens are pure functions. */
export function App({ comparison, color, writeReport, onInterrupt }: AppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const scene = useMemo(() => createScene(comparison), [comparison]);
  const search = useMemo(() => createSearch(comparison), [comparison]);
  const paint = useMemo(() => makePaint(color), [color]);
  const [state, dispatchWith] = useReducer(
    (s: ViewState, a: Action & { context: ViewContext }) => reduce(s, a, a.context),
    mostCompleteSource(comparison.passages, comparison.sources.length),
    initialState,
  );
  const results = useMemo(
    () => (state.mode === 'search' ? search(state.query) : []),
    [search, state.mode, state.query],
  );
  const layout = columnLayout(scene, state, size.columns);
  const context: ViewContext = {
    passages: comparison.passages.length,
    sources: comparison.sources.length,
    conflictPassages: scene.conflictPassages,
    visibleColumns: layout.visibleOthers,
    pageSize: Math.max(1, Math.floor((size.rows - 4) / 4)),
    listLength: state.mode === 'search' ? results.length : comparison.figures.length,
    target: (mode, query, row) =>
      mode === 'search'
        ? search(query)[row]?.passage
        : passageOf(comparison, comparison.figures[row]?.passages[0]),
  };
  const dispatch = (action: Action) => dispatchWith({ ...action, context });

  useInput((input, key) => dispatch({ type: 'key', press: { input, ...key } }));

  // Side effects asked for by the reducer run once each (numbered by serial).
  const serial = state.effect?.serial;
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per effect serial
  useEffect(() => {
    if (!state.effect) return;
    if (state.effect.kind === 'quit') exit();
    else if (state.effect.kind === 'interrupt') {
      onInterrupt?.();
      exit();
    } else
      writeReport().then(
        (path) => dispatch({ type: 'message', text: `report written to ${path}` }),
        (error: Error) => dispatch({ type: 'message', text: `report not written: ${error.message}` }),
      );
  }, [serial]);

  // Lifecycle tests need an error while drawing: the terminal must still be restored (exit 70).
  if (process.env.PARALLAX_TEST_RENDER_ERROR && state.focus > 0)
    throw new Error('render failure requested by a test');
  let lines: string[];
  if (size.columns < MIN_SIZE.columns || size.rows < MIN_SIZE.rows) lines = renderTooSmall(size);
  else if (state.mode === 'read') lines = renderRead(scene, state, size, paint);
  else if (state.mode === 'list') lines = renderList(scene, state, size, paint);
  else if (state.mode === 'search') lines = renderSearch(scene, state, results, size, paint);
  else if (state.mode === 'help') lines = renderHelp(state, size, paint);
  else lines = renderBrowse(scene, state, size, paint);
  return <Text>{lines.join('\n')}</Text>;
}

function passageOf(comparison: Comparison, id: string | undefined): number | undefined {
  if (id === undefined) return undefined;
  const index = comparison.passages.findIndex((p) => p.id === id);
  return index < 0 ? undefined : index;
}
