import { Box, Text, useApp, useInput } from 'ink';
import { memo, useEffect, useMemo, useReducer, useRef } from 'react';
import type { Comparison } from '../../analysis/types.js';
import { makeStyle } from '../../text/style.js';
import { splitKeys } from './keys.js';
import { columnLayout, conflictLanding, createScene, figureLanding, type Scene, type Size } from './scene.js';
import {
  MIN_SIZE,
  paneLimit,
  renderBrowse,
  renderHelp,
  renderList,
  renderPair,
  renderRead,
  renderSearch,
  renderTable,
  renderTooSmall,
} from './screen.js';
import { createSearch, type SearchResult } from './search.js';
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

/** What the reducer knows of the comparison and the screen, for the state a key arrives in. */
function contextFor(
  scene: Scene,
  search: (query: string) => SearchResult[],
  size: Size,
  style: ReturnType<typeof makeStyle>,
  state: ViewState,
): ViewContext {
  const { comparison } = scene;
  const listLength =
    state.mode === 'search'
      ? search(state.query).length
      : state.mode === 'table'
        ? scene.quantities.length
        : comparison.figures.length;
  return {
    passages: comparison.passages.length,
    sources: comparison.sources.length,
    conflictPassages: scene.conflictPassages,
    conflictLanding: (passage, pivot) => conflictLanding(scene, passage, pivot),
    figuresAt: (passage) => scene.figuresByPassage[passage]?.length ?? 0,
    visibleColumns: columnLayout(scene, state, size.columns).visibleOthers,
    pageSize:
      state.mode === 'browse' ? Math.max(1, Math.floor((size.rows - 5) / 4)) : Math.max(1, size.rows - 4),
    listLength,
    scrollLimit: (toEnd) => Math.max(0, paneLimit(scene, state, size, style, toEnd)),
    target: (mode, query, row, pivot) => {
      if (mode === 'search') {
        const passage = search(query)[row]?.passage;
        return passage === undefined ? undefined : { passage };
      }
      const figure = mode === 'table' ? scene.quantities[row]?.figure : comparison.figures[row];
      return figure ? figureLanding(scene, figure, pivot) : undefined;
    },
    digit: (digit) => scene.digits.get(digit),
  };
}

/** The interactive view: keys go through the key table to the reducer; screens are pure functions. */
export function App({ comparison, color, writeReport, onInterrupt }: AppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const scene = useMemo(() => createScene(comparison), [comparison]);
  const search = useMemo(() => createSearch(comparison), [comparison]);
  const style = useMemo(() => makeStyle(color, true), [color]);
  // The reducer reads the context of the state each key arrives in: keys of one burst are applied
  // in order, each against the screen the previous one left.
  const contextOf = useRef((state: ViewState) => contextFor(scene, search, size, style, state));
  contextOf.current = (state: ViewState) => contextFor(scene, search, size, style, state);
  // The initial state is computed once, not on every render (it walks every passage).
  const [state, dispatch] = useReducer(
    (s: ViewState, a: Action) => reduce(s, a, contextOf.current(s)),
    comparison,
    (c: Comparison) => initialState(mostCompleteSource(c.passages, c.sources.length)),
  );
  const results = useMemo(
    () => (state.mode === 'search' ? search(state.query) : []),
    [search, state.mode, state.query],
  );

  useInput((input, key) => {
    for (const press of splitKeys(input, key)) dispatch({ type: 'key', press });
  });

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
  else if (state.mode === 'read') lines = renderRead(scene, state, size, style);
  else if (state.mode === 'pair' && state.pair) lines = renderPair(scene, state, size, style);
  else if (state.mode === 'table') lines = renderTable(scene, state, size, style);
  else if (state.mode === 'list') lines = renderList(scene, state, size, style);
  else if (state.mode === 'search') lines = renderSearch(scene, state, results, size, style);
  else if (state.mode === 'help') lines = renderHelp(state, size, style);
  else lines = renderBrowse(scene, state, size, style);
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a row is its place on the screen
        <Row key={i} text={trimPlainEnd(line)} />
      ))}
    </Box>
  );
}

/**
 * One screen row. Rows are compared by text, so a key redraws only the rows it changed: Ink
 * measures (for layout) only text nodes that changed, and React skips the rest.
 */
const Row = memo(function Row({ text }: { text: string }) {
  // An empty text node has no height: a blank row is one space (trimmed again by Ink's output).
  return <Text>{text || ' '}</Text>;
});

/**
 * A row without the spaces that end it outside any style: the terminal shows them as the empty
 * cells they replace (Ink trims them from every row it writes), and Ink measures and tokenises
 * every character of a frame, so a frame of short lines costs less.
 */
export function trimPlainEnd(line: string): string {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
  return end === line.length ? line : line.slice(0, end);
}
