import { neutralizeInline } from '../../text/sanitize.js';
import type { Style } from '../../text/style.js';
import { fitWidth, padEnd, truncate, wrapLines } from '../../text/width.js';
import { membersOf, sentencesBetween, skippedWords, sourcesOf } from '../members.js';
import { STATUS, STATUSES } from '../status.js';
import { footerHint, helpLines, MODE_TITLES, type Mode } from './keys.js';
import { pairLines } from './pair.js';
import {
  cellKey,
  cellLines,
  columnLayout,
  dimLines,
  explanationOf,
  keyPrefix,
  MIN_SIZE,
  memberLines,
  memo,
  referenceOf,
  type Scene,
  type Size,
} from './scene.js';
import type { SearchResult } from './search.js';
import { type Line, paintLine, plainSpans, spanAttributes, wrapSpans } from './spans.js';
import type { ViewState } from './state.js';

export { MIN_SIZE, type Scene, type Size } from './scene.js';

/** Lines shown of a passage that does not have the focus. */
const ROW_LINES = 4;
/** Said where the detail lines are cut. */
const MORE = ' (Enter: all)';
/** Lines under the passages that explain the figure under focus. */
const DETAIL_LINES = 2;

function header(scene: Scene, state: ViewState, columns: number, style: Style): string {
  const { comparison } = scene;
  const { conflicts } = scene;
  const pivot = comparison.sources[state.pivot]!;
  const left = `parallax · ${comparison.sources.length} sources · passage ${state.focus + 1}/${comparison.passages.length} · ${conflicts} conflict${conflicts === 1 ? '' : 's'} · pivot ${scene.labels[state.pivot]}${pivot.title ? `: ${neutralizeInline(pivot.title)}` : ''}`;
  // Status messages may carry system error text: made safe like everything from outside.
  const message = state.message ? `  ${neutralizeInline(state.message)}` : '';
  return style.inverse(
    fitWidth(`${fitWidth(left, Math.max(10, columns - message.length))}${message}`, columns),
  );
}

const footers = new Map<string, string>();

function footer(mode: Mode, columns: number, style: Style, where = ''): string {
  const key = `${mode}:${columns}:${style.codes}:${where}`;
  let line = footers.get(key);
  if (line === undefined) {
    line = style.dim(fitWidth(`${where}${footerHint(mode)}`, columns));
    if (footers.size > 500) footers.clear();
    footers.set(key, line);
  }
  return line;
}

/** A figure's one-line title, its status word drawn in the status's look. */
function figureTitle(scene: Scene, state: ViewState, style: Style): { text: string; status: string } | null {
  const figures = scene.figuresByPassage[state.focus]!;
  const figure = figures[state.figure % Math.max(1, figures.length)];
  if (!figure) return null;
  const count =
    figures.length > 1 ? ` (${(state.figure % figures.length) + 1}/${figures.length}, f next)` : '';
  return {
    status: style.draw(
      style.color ? STATUS[figure.status].colour : STATUS[figure.status].mono,
      STATUS[figure.status].label,
    ),
    text: `${figure.id}${count} · ${neutralizeInline(figure.subject)}: ${explanationOf(scene, figure)}`,
  };
}

/** The lines under the passages: the figure under focus, wrapped, or why the passage was aligned. */
function detail(scene: Scene, state: ViewState, columns: number, style: Style): string[] {
  const passage = scene.comparison.passages[state.focus]!;
  const title = figureTitle(scene, state, style);
  let lines: string[];
  if (title) {
    const label =
      STATUS[
        scene.figuresByPassage[state.focus]![state.figure % scene.figuresByPassage[state.focus]!.length]!
          .status
      ].label;
    const wrapped = wrapLines(`${label} ${title.text}`, columns);
    if (wrapped.length > DETAIL_LINES)
      wrapped.splice(
        DETAIL_LINES - 1,
        wrapped.length,
        `${truncate(wrapped.slice(DETAIL_LINES - 1).join(' '), columns - MORE.length)}${MORE}`,
      );
    lines = wrapped.map((line, i) =>
      i === 0
        ? `${title.status}${fitWidth(line.slice(label.length), columns - label.length)}`
        : fitWidth(line, columns),
    );
  } else {
    const link = passage.links[0];
    const text = link
      ? `${passage.id}: ${sourcesOf(passage).length} sources, ${passage.strength} alignment (${passage.confidence?.toFixed(2)} right on the development set); shared: ${link.shared.map(neutralizeInline).join(', ')}`
      : `${passage.id}: reported by ${scene.labels[passage.members[0]!.source]} only`;
    lines = [style.dim(fitWidth(text, columns))];
  }
  while (lines.length < DETAIL_LINES) lines.push(' '.repeat(columns));
  return lines;
}

/** The side-by-side view: one column per visible source, one row per passage from the focus. */
export function renderBrowse(scene: Scene, state: ViewState, size: Size, style: Style): string[] {
  const { comparison } = scene;
  const layout = columnLayout(scene, state, size.columns);
  const lines = [header(scene, state, size.columns, style)];
  const titles = layout.order.map((s, i) => {
    const source = comparison.sources[s]!;
    const mark = s === state.pivot ? '◆ ' : '';
    const arrowL = i === 1 && layout.hiddenLeft ? '◀ ' : '';
    const arrowR = i === layout.order.length - 1 && layout.hiddenRight ? ' ▶' : '';
    const title = `${arrowL}${mark}${keyPrefix(scene, s)}${scene.labels[s]} ${neutralizeInline(source.title ?? source.id)}`;
    return style.bold(fitWidth(title, layout.width - arrowR.length) + arrowR);
  });
  lines.push(`${' '.repeat(layout.gutter)}${titles.join(' ')}`);
  // Outlet and publication time under the titles, when the sources say (HTML pages).
  if (scene.provenance.some(Boolean)) {
    const heads = layout.order.map((s) => style.dim(fitWidth(scene.provenance[s] ?? '', layout.width)));
    lines.push(`${' '.repeat(layout.gutter)}${heads.join(' ')}`);
  }
  const budget = size.rows - 1 - lines.length - DETAIL_LINES;
  const body: string[] = [];
  for (let p = Math.max(0, state.focus - 1); p < comparison.passages.length && body.length < budget; p++) {
    const keys = layout.order.map((s) => cellKey(scene, p, state, s, layout.width));
    const cells = layout.order.map((s, column) => cellLines(scene, p, state, s, layout.width, keys[column]));
    const focused = p === state.focus;
    const tallest = Math.max(...cells.map((c) => c?.length ?? 1));
    const height = Math.min(tallest, focused ? budget - body.length : ROW_LINES, budget - body.length);
    for (let row = 0; row < height; row++) {
      const id = comparison.passages[p]!.id;
      const gutter =
        row === 0
          ? focused
            ? style.bold(fitWidth(`▶${id}`, layout.gutter))
            : style.dim(fitWidth(` ${id}`, layout.gutter))
          : ' '.repeat(layout.gutter);
      const parts = cells.map((cell, column) => {
        if (!cell)
          return row === 0 ? style.dim(fitWidth('· not reported', layout.width)) : ' '.repeat(layout.width);
        const line = cell[row];
        if (!line) return ' '.repeat(layout.width);
        const cut = row === height - 1 && cell.length > height;
        if (cut) return paintLine(ellipsize(line, layout.width), layout.width, style);
        // Painting measures every span: done once per cell line.
        return memo(scene, `paint:${keys[column]}:${row}:${style.color}`, () =>
          paintLine(line, layout.width, style),
        );
      });
      body.push(`${gutter}${parts.join(' ')}`);
    }
    if (body.length < budget) body.push('');
  }
  while (body.length < budget) body.push('');
  lines.push(
    ...body.slice(0, budget),
    ...memo(scene, `detail:${state.focus}:${state.figure}:${size.columns}:${style.color}`, () =>
      detail(scene, state, size.columns, style),
    ),
  );
  lines.push(footer(state.mode === 'pick' ? 'pick' : 'browse', size.columns, style));
  return lines;
}

/** A line that ends with "…" to say the cell goes on, still within the width. */
function ellipsize(line: Line, width: number): Line {
  const text = line.map((s) => s.text).join('');
  const cut = truncate(`${text} …`, width);
  const keep = cut.endsWith('…') ? [...cut].slice(0, -1).join('') : text;
  const out: Line = [];
  let at = 0;
  for (const span of line) {
    const piece = keep.slice(at, at + span.text.length);
    at += span.text.length;
    if (piece) out.push({ ...span, text: piece });
  }
  out.push({ text: '…', changed: false, figure: null });
  return out;
}

/**
 * The lines of read mode: the passage's figures, each explained in full, then every source at full
 * width, the pivot first, each member with the sentence before and after it dimmed. Built block by
 * block, only as far as `need` lines (a passage reported by hundreds of sources is drawn as it is
 * scrolled); `complete` says whether all of it is there.
 */
export function readLines(
  scene: Scene,
  state: ViewState,
  columns: number,
  style: Style,
  need = Number.POSITIVE_INFINITY,
): { lines: string[]; complete: boolean } {
  const { comparison } = scene;
  const key = `${state.focus}:${state.pivot}:${state.diff}:${columns}:${style.color}`;
  const out: string[] = [...memo(scene, `read-head:${key}`, () => readHead(scene, state, columns, style))];
  const order = [state.pivot, ...[...comparison.sources.keys()].filter((s) => s !== state.pivot)];
  for (const s of order) {
    if (out.length >= need) return { lines: out, complete: false };
    out.push(...memo(scene, `read:${key}:${s}`, () => readBlock(scene, state, s, columns, style)));
  }
  return { lines: out, complete: true };
}

/** The figures of the focused passage, explained in full. */
function readHead(scene: Scene, state: ViewState, columns: number, style: Style): string[] {
  const out: string[] = [];
  for (const figure of scene.figuresByPassage[state.focus]!) {
    const look = style.color ? STATUS[figure.status].colour : STATUS[figure.status].mono;
    const label = STATUS[figure.status].label;
    const text = `${figure.id} ${neutralizeInline(figure.subject)}: ${explanationOf(scene, figure)}`;
    wrapLines(text, columns - label.length - 1).forEach((line, i) => {
      out.push(`${i === 0 ? `${style.draw(look, label)} ` : ' '.repeat(label.length + 1)}${line}`);
    });
  }
  if (out.length) out.push('');
  return out;
}

/**
 * One source in read mode: its title, then its members with the sentences around them (dim); where
 * two members are further apart than those sentences, a dim line says how many were left out.
 */
function readBlock(scene: Scene, state: ViewState, s: number, columns: number, style: Style): string[] {
  const source = scene.comparison.sources[s]!;
  const passage = scene.comparison.passages[state.focus]!;
  const members = membersOf(passage, s);
  const reference = state.diff ? referenceOf(scene, state.focus, state.pivot, s) : null;
  const compared =
    members.length && reference !== null ? ` · marks: words ${scene.labels[reference]} does not have` : '';
  const pivotMark = s === state.pivot ? ' (pivot)' : '';
  const from = scene.provenance[s] ? ` · ${scene.provenance[s]}` : '';
  const out = [
    style.bold(
      fitWidth(
        `${keyPrefix(scene, s)}${scene.labels[s]} ${neutralizeInline(source.title ?? source.id)}${pivotMark}${from}`,
        columns - compared.length,
      ),
    ) + style.dim(compared),
  ];
  if (!members.length) return [...out, style.dim('  · not reported'), ''];
  const width = columns - 2;
  const paint = (lines: Line[]) => lines.map((l) => `  ${paintLine(l, width, style)}`.trimEnd());
  const context = (sentence: number) => {
    const text = source.sentences[sentence]?.text;
    if (text !== undefined) out.push(...paint(wrapSpans(plainSpans(text, true), width)));
  };
  const lines = memberLines(scene, state.focus, state, s, width)!;
  members.forEach((member, i) => {
    const first = member.sentences[0]!;
    // The sentence before; after another member, the sentences between them that its own
    // sentence after has not shown, and a line for those left out.
    const gap = i === 0 ? 1 : sentencesBetween(members[i - 1]!, member);
    if (gap > 2) out.push(...paint(dimLines(skippedWords(gap - 2), width)));
    if (gap >= 2 || i === 0) context(first - 1);
    out.push(...paint(lines[i]!));
    // The sentence after, unless the next member starts there (an echo next to a member).
    const next = members[i + 1];
    if (!next || sentencesBetween(member, next) > 0)
      context(member.sentences[member.sentences.length - 1]! + 1);
  });
  out.push('');
  return out;
}

/** A scrolling pane: header, the lines from the scroll position, a footer that says where. */
function pane(
  all: string[],
  head: string[],
  state: ViewState,
  size: Size,
  style: Style,
  complete = true,
): string[] {
  const budget = size.rows - head.length - 1;
  const top = Math.max(0, Math.min(state.scroll, all.length - budget));
  const body = all.slice(top, top + budget);
  while (body.length < budget) body.push('');
  const more =
    all.length > budget
      ? `${top + 1}-${Math.min(all.length, top + budget)}/${all.length}${complete ? '' : '+'} · `
      : '';
  return [...head, ...body, footer(state.mode, size.columns, style, more)];
}

/** How far a pane scrolls: its lines beyond one screen. */
export function paneLimit(scene: Scene, state: ViewState, size: Size, style: Style, toEnd = false): number {
  if (state.mode === 'read') {
    // Far enough to scroll a page on; all of it only when asked for the end.
    const need = toEnd ? Number.POSITIVE_INFINITY : state.scroll + 2 * size.rows;
    const { lines, complete } = readLines(scene, state, size.columns, style, need);
    return lines.length - (size.rows - 2) + (complete ? 0 : size.rows);
  }
  if (state.mode === 'pair' && state.pair)
    return pairLines(scene, state.pair, size.columns, state.diff, style).length - (size.rows - 3);
  if (state.mode === 'help') return helpBody(size, style).length - (size.rows - 2);
  return 0;
}

/** Read mode: the focused passage stacked, with context; j/k and PgUp/PgDn scroll. */
export function renderRead(scene: Scene, state: ViewState, size: Size, style: Style): string[] {
  const { lines, complete } = readLines(scene, state, size.columns, style, state.scroll + size.rows);
  return pane(lines, [header(scene, state, size.columns, style)], state, size, style, complete);
}

/** Pair mode: two articles side by side in full. */
export function renderPair(scene: Scene, state: ViewState, size: Size, style: Style): string[] {
  const [a, b] = state.pair!;
  const gutter = Math.max(3, scene.idWidth) + 1;
  const width = Math.max(10, Math.floor((size.columns - gutter - 3) / 2));
  const title = (s: number) =>
    fitWidth(
      `${scene.labels[s]} ${neutralizeInline(scene.comparison.sources[s]!.title ?? scene.comparison.sources[s]!.id)}`,
      width,
    );
  const head = [
    style.inverse(
      fitWidth(
        `parallax · ${scene.labels[a]} and ${scene.labels[b]} in full · rows with a passage id are aligned`,
        size.columns,
      ),
    ),
    style.bold(`${' '.repeat(gutter)}${title(a)}   ${title(b)}`),
  ];
  return pane(pairLines(scene, state.pair!, size.columns, state.diff, style), head, state, size, style);
}

/** Rows of a list overlay around the selection (only those drawn), the selected one inverse. */
function listWindow<T>(
  rows: readonly T[],
  state: ViewState,
  budget: number,
  style: Style,
  draw: (row: T, index: number) => string,
): string[] {
  const top = Math.max(0, Math.min(state.selected - Math.floor(budget / 2), rows.length - budget));
  return rows
    .slice(top, top + budget)
    .map((row, i) => (top + i === state.selected ? style.inverse(draw(row, top + i)) : draw(row, top + i)));
}

/** The table of quantities: one row per referent, one column per source, the row's status. */
export function renderTable(scene: Scene, state: ViewState, size: Size, style: Style): string[] {
  const rows = scene.quantities;
  const sources = scene.comparison.sources.length;
  const { idWidth, statusWidth, whatWidth } = memo(scene, 'table-widths', () => ({
    idWidth: Math.max(3, ...rows.map((r) => r.figure.id.length)),
    statusWidth: Math.max(...STATUSES.map((s) => STATUS[s].label.length)),
    whatWidth: Math.min(24, Math.max(4, ...rows.map((r) => r.label.length))),
  }));
  const room = size.columns - (idWidth + 1) - (whatWidth + 1) - (statusWidth + 1);
  const cell = Math.max(6, Math.floor(room / sources) - 1);
  const fitCount = Math.max(1, Math.min(sources, Math.floor(room / (cell + 1))));
  const lines = [
    header(scene, state, size.columns, style),
    style.bold(
      fitWidth(
        `Quantities (${rows.length}): what each source says; blank: it does not say. Enter jumps`,
        size.columns,
      ),
    ),
    style.bold(
      fitWidth(
        `${padEnd('', idWidth)} ${fitWidth('what', whatWidth)} ${fitWidth('status', statusWidth)} ${scene.labels
          .slice(0, fitCount)
          .map((l) => fitWidth(l, cell))
          .join(' ')}`,
        size.columns,
      ),
    ),
  ];
  // A row depends on the width only (cell width and count follow from it): drawn once per width.
  const draw = (row: (typeof rows)[number], index: number) =>
    memo(scene, `table-row:${index}:${size.columns}`, () =>
      fitWidth(
        `${padEnd(row.figure.id, idWidth)} ${fitWidth(neutralizeInline(row.label), whatWidth)} ${fitWidth(STATUS[row.status].label, statusWidth)} ${row.cells
          .slice(0, fitCount)
          .map((c) => fitWidth(c === null ? '' : neutralizeInline(c), cell))
          .join(' ')}`,
        size.columns,
      ),
    );
  const budget = size.rows - lines.length - 2;
  lines.push(...listWindow(rows, state, budget, style, draw));
  while (lines.length < size.rows - 2) lines.push('');
  // The selected row in full: cells are cut to fit the columns.
  const chosen = rows[state.selected];
  const full = chosen
    ? chosen.cells
        .flatMap((c, i) => (c === null ? [] : [`${scene.labels[i]}: ${neutralizeInline(c)}`]))
        .join(' · ')
    : '';
  lines.push(fitWidth(full, size.columns), footer('table', size.columns, style));
  return lines;
}

/** The figure list, most urgent first; the selected row is highlighted. */
export function renderList(scene: Scene, state: ViewState, size: Size, style: Style): string[] {
  const { figures } = scene.comparison;
  const lines = [
    header(scene, state, size.columns, style),
    style.bold(fitWidth(`Figures (${figures.length}): Enter jumps to the passage`, size.columns)),
  ];
  const width = Math.max(...STATUSES.map((s) => STATUS[s].label.length));
  const draw = (f: (typeof figures)[number], index: number) =>
    memo(scene, `list-row:${index}:${size.columns}`, () =>
      fitWidth(
        `${f.id.padEnd(4)} ${STATUS[f.status].label.padEnd(width)} ${scene.landing.get(f.id)?.padEnd(5) ?? ''} ${neutralizeInline(f.subject)}: ${explanationOf(scene, f)}`,
        size.columns,
      ),
    );
  lines.push(...listWindow(figures, state, size.rows - 3, style, draw));
  while (lines.length < size.rows - 1) lines.push('');
  lines.push(footer('list', size.columns, style));
  return lines;
}

/** The search prompt and its results, with the matched characters underlined. */
export function renderSearch(
  scene: Scene,
  state: ViewState,
  results: readonly SearchResult[],
  size: Size,
  style: Style,
): string[] {
  const lines = [
    header(scene, state, size.columns, style),
    fitWidth(`/${neutralizeInline(state.query)}▌`, size.columns),
  ];
  const budget = size.rows - 3;
  if (state.query && results.length === 0)
    lines.push(style.dim(fitWidth('  no passage matches', size.columns)));
  const top = Math.max(0, Math.min(state.selected - Math.floor(budget / 2), results.length - budget));
  results.slice(top, top + budget).forEach((result, k) => {
    const i = top + k;
    const id = scene.comparison.passages[result.passage]!.id;
    const first = result.ranges[0]?.[0] ?? 0;
    const from = Math.max(0, first - 20);
    const text = neutralizeInline(result.text.slice(from, from + size.columns * 2));
    const marked = highlight(
      text,
      result.ranges.map(([a, b]) => [a - from, b - from] as [number, number]),
    );
    const prefix = `${i === state.selected ? '▶' : ' '}${id.padEnd(5)} ${from > 0 ? '…' : ''}`;
    const line = [{ text: prefix, changed: false, figure: null }, ...marked];
    const row = paintLine(wrapSpans(line, size.columns)[0] ?? [], size.columns, style);
    lines.push(i === state.selected ? style.bold(row) : row);
  });
  while (lines.length < size.rows - 1) lines.push('');
  lines.push(footer('search', size.columns, style));
  return lines;
}

/** A search result's text with the matched ranges marked (drawn as word differences are). */
function highlight(text: string, ranges: [number, number][]): Line {
  const on = new Uint8Array(text.length);
  for (const [a, b] of ranges) for (let i = Math.max(0, a); i <= Math.min(text.length - 1, b); i++) on[i] = 1;
  const line: Line = [];
  for (let i = 0; i < text.length; i++) {
    const changed = on[i] === 1;
    const last = line[line.length - 1];
    if (last && last.changed === changed) last.text += text[i];
    else line.push({ text: text[i]!, changed, figure: null });
  }
  return line;
}

/** The help's lines: the legend of marks, drawn as the view draws them, then the key table. */
function helpBody(size: Size, style: Style): string[] {
  const lines = [style.bold('What the marks mean')];
  for (const status of STATUSES) {
    const look = spanAttributes({ text: '', changed: false, figure: status }, style.color);
    lines.push(
      fitWidth(
        `  ${style.draw(look, ' 4,500 ')} ${STATUS[status].label}: ${STATUS[status].legend}`,
        size.columns,
      ),
    );
  }
  const changed = spanAttributes({ text: '', changed: true, figure: null }, style.color);
  lines.push(
    `  ${style.draw(changed, 'wording')} a content word the compared source does not have (w hides)`,
  );
  lines.push(
    `  ${style.dim('◆')} the pivot: the others are compared with it (or, where it is silent, with their closest source)`,
  );
  lines.push('');
  let mode = '';
  for (const entry of helpLines()) {
    if (entry.mode !== mode) {
      mode = entry.mode;
      lines.push(style.bold(MODE_TITLES[entry.mode] ?? entry.mode));
    }
    lines.push(`  ${entry.keys.padEnd(10)} ${entry.help}`);
  }
  return lines.map((line) => fitWidth(line, size.columns));
}

/** The help overlay, generated from the key table and the status table; it scrolls. */
export function renderHelp(state: ViewState, size: Size, style: Style): string[] {
  return pane(
    helpBody(size, style),
    [style.inverse(fitWidth('parallax · keys and colours', size.columns))],
    state,
    size,
    style,
  );
}

/** What to show when the terminal is too small to draw the view. */
export function renderTooSmall(size: Size): string[] {
  return [
    truncate(
      `parallax needs at least ${MIN_SIZE.columns}x${MIN_SIZE.rows}; this terminal is ${size.columns}x${size.rows}.`,
      Math.max(1, size.columns),
    ),
    truncate('Enlarge it, or press q to quit.', Math.max(1, size.columns)),
  ];
}
