import stringWidth from 'string-width';
import type { Comparison } from '../../analysis/types.js';
import { shortLabels } from '../../corpus/labels.js';
import { displayDate } from '../../corpus/provenance.js';
import type { Provenance } from '../../corpus/types.js';
import type { Figure } from '../../figures/types.js';
import { neutralizeInline } from '../../text/sanitize.js';
import { footerHint, helpLines } from './keys.js';
import { fitWidth, type Paint, paintLine } from './paint.js';
import type { SearchResult } from './search.js';
import { type Line, memberSpans, wrapSpans } from './spans.js';
import type { ViewState } from './state.js';
import { diffAgainst, type Run } from './word-diff.js';

/** A terminal's size in columns and rows. */
export interface Size {
  columns: number;
  rows: number;
}

/** The smallest terminal the view draws in. */
export const MIN_SIZE = { columns: 60, rows: 15 };
/** The narrowest readable column. */
export const MIN_COLUMN = 28;
/** Lines shown of a passage that does not have the focus. */
const ROW_LINES = 4;

/** What the screen renderers need besides the state: the comparison and memoised pieces. */
export interface Scene {
  comparison: Comparison;
  labels: string[];
  /** Per source: "outlet · published" made safe to print, or null when the source does not say. */
  provenance: (string | null)[];
  figuresByPassage: Figure[][];
  conflictPassages: number[];
  /** Diff runs per passage, pivot and source. */
  diffs: Map<string, Run[] | null>;
  /** Wrapped cells per passage, pivot, source and width. */
  cells: Map<string, Line[]>;
}

/** Builds the scene of a comparison once; the renderers fill its memo tables as needed. */
export function createScene(comparison: Comparison): Scene {
  const index = new Map(comparison.passages.map((p, i) => [p.id, i]));
  const rank = { conflict: 0, agreement: 1, 'single-source': 2 };
  const figuresByPassage: Figure[][] = comparison.passages.map(() => []);
  for (const figure of comparison.figures) {
    for (const id of figure.passages) figuresByPassage[index.get(id)!]!.push(figure);
  }
  for (const list of figuresByPassage) list.sort((a, b) => rank[a.status] - rank[b.status]);
  const conflictPassages = figuresByPassage.flatMap((list, i) =>
    list.some((f) => f.status === 'conflict') ? [i] : [],
  );
  return {
    comparison,
    // Labels come from file names: made safe once, here, for every place the view prints them.
    labels: shortLabels(comparison.sources).map(neutralizeInline),
    provenance: comparison.sources.map((source) => columnProvenance(source.provenance)),
    figuresByPassage,
    conflictPassages,
    diffs: new Map(),
    cells: new Map(),
  };
}

/** A column head's second line: the outlet and when it published, e.g. "Northern Wire · 2024-03-12 21:30 UTC". */
export function columnProvenance(p: Provenance): string | null {
  const parts = [p.outlet, p.published && displayDate(p.published)].filter(Boolean) as string[];
  return parts.length ? neutralizeInline(parts.join(' · ')) : null;
}

/** How the columns are laid out at a width: which sources show, in what order, how wide. */
export function columnLayout(scene: Scene, state: ViewState, columns: number) {
  const sources = scene.comparison.sources.length;
  const gutter = Math.max(2, ...scene.comparison.passages.map((p) => p.id.length)) + 2;
  const room = columns - gutter;
  const fitCount = Math.max(1, Math.min(sources, Math.floor((room + 1) / (MIN_COLUMN + 1))));
  const others = [...Array(sources).keys()].filter((s) => s !== state.pivot);
  const offset = Math.min(state.columnOffset, Math.max(0, others.length - (fitCount - 1)));
  const order = [state.pivot, ...others.slice(offset, offset + fitCount - 1)];
  const width = Math.floor((room - (order.length - 1)) / order.length);
  return {
    gutter,
    order,
    width,
    hiddenLeft: offset,
    hiddenRight: Math.max(0, others.length - offset - (fitCount - 1)),
    visibleOthers: fitCount - 1,
  };
}

/** The member of a source in a passage, wrapped to a width, with its diff against the pivot. */
export function cellLines(
  scene: Scene,
  passage: number,
  pivot: number,
  source: number,
  width: number,
): Line[] | null {
  const p = scene.comparison.passages[passage]!;
  const member = p.members.find((m) => m.source === source);
  if (!member) return null;
  const key = `${passage}:${pivot}:${source}:${width}`;
  const cached = scene.cells.get(key);
  if (cached) return cached;
  const pivotMember = p.members.find((m) => m.source === pivot);
  let runs: Run[] | null = null;
  if (pivotMember && source !== pivot) {
    const diffKey = `${passage}:${pivot}:${source}`;
    if (!scene.diffs.has(diffKey)) scene.diffs.set(diffKey, diffAgainst(pivotMember.text, member.text));
    runs = scene.diffs.get(diffKey)!;
  }
  const lines = wrapSpans(memberSpans(member, runs, scene.figuresByPassage[passage]!), width);
  // The word diff gave up within its limits: say so rather than show the text as if identical.
  if (pivotMember && source !== pivot && runs === null) {
    lines.push([
      {
        text: fitWidth('(too different from the pivot to mark)', width).trimEnd(),
        changed: false,
        figure: null,
      },
    ]);
  }
  scene.cells.set(key, lines);
  return lines;
}

function header(scene: Scene, state: ViewState, columns: number, paint: Paint): string {
  const { comparison } = scene;
  const conflicts = comparison.figures.filter((f) => f.status === 'conflict').length;
  const pivot = comparison.sources[state.pivot]!;
  const left = `parallax · ${comparison.sources.length} sources · passage ${state.focus + 1}/${comparison.passages.length} · ${conflicts} conflict${conflicts === 1 ? '' : 's'} · pivot ${scene.labels[state.pivot]}${pivot.title ? `: ${neutralizeInline(pivot.title)}` : ''}`;
  const message = state.message ? `  ${neutralizeInline(state.message)}` : '';
  return paint.inverse(
    fitWidth(`${fitWidth(left, Math.max(10, columns - message.length))}${message}`, columns),
  );
}

/** The one line under the passages: the figure under focus, or why the passage was aligned. */
function detail(scene: Scene, state: ViewState, columns: number, paint: Paint): string {
  const passage = scene.comparison.passages[state.focus]!;
  const figure = scene.figuresByPassage[state.focus]![0];
  if (figure && figure.status !== 'single-source') {
    const text = `${figure.id} ${figure.status} · ${neutralizeInline(figure.subject)}: ${neutralizeInline(figure.explanation)}`;
    return figure.status === 'conflict' ? paint.bold(fitWidth(text, columns)) : fitWidth(text, columns);
  }
  const link = passage.links[0];
  if (!link)
    return paint.dim(
      fitWidth(`${passage.id}: reported by ${scene.labels[passage.members[0]!.source]} only`, columns),
    );
  const text = `${passage.id}: ${passage.members.length} sources, confidence ${passage.confidence?.toFixed(2)}; shared: ${link.shared.map(neutralizeInline).join(', ')}`;
  return paint.dim(fitWidth(text, columns));
}

function footer(state: ViewState, columns: number, paint: Paint): string {
  return paint.dim(fitWidth(footerHint(state.mode), columns));
}

/** The side-by-side view: one column per visible source, one row per passage from the focus. */
export function renderBrowse(scene: Scene, state: ViewState, size: Size, paint: Paint): string[] {
  const { comparison } = scene;
  const layout = columnLayout(scene, state, size.columns);
  const lines = [header(scene, state, size.columns, paint)];
  const titles = layout.order.map((s, i) => {
    const source = comparison.sources[s]!;
    const mark = s === state.pivot ? '◆ ' : '';
    const arrowL = i === 1 && layout.hiddenLeft ? '◀ ' : '';
    const arrowR = i === layout.order.length - 1 && layout.hiddenRight ? ' ▶' : '';
    const title = `${arrowL}${mark}${scene.labels[s]} ${neutralizeInline(source.title ?? source.id)}`;
    return paint.bold(fitWidth(title, layout.width - arrowR.length) + arrowR);
  });
  lines.push(`${' '.repeat(layout.gutter)}${titles.join(' ')}`);
  // Outlet and publication time under the titles, when the sources say (HTML pages).
  if (scene.provenance.some(Boolean)) {
    const heads = layout.order.map((s) => paint.dim(fitWidth(scene.provenance[s] ?? '', layout.width)));
    lines.push(`${' '.repeat(layout.gutter)}${heads.join(' ')}`);
  }
  const budget = size.rows - 2 - lines.length;
  const body: string[] = [];
  for (let p = Math.max(0, state.focus - 1); p < comparison.passages.length && body.length < budget; p++) {
    const cells = layout.order.map((s) => cellLines(scene, p, state.pivot, s, layout.width));
    const focused = p === state.focus;
    const tallest = Math.max(...cells.map((c) => c?.length ?? 1));
    const height = Math.min(tallest, focused ? budget - body.length : ROW_LINES, budget - body.length);
    for (let row = 0; row < height; row++) {
      const id = comparison.passages[p]!.id;
      const gutter =
        row === 0
          ? focused
            ? paint.bold(fitWidth(`▶${id}`, layout.gutter))
            : paint.dim(fitWidth(` ${id}`, layout.gutter))
          : ' '.repeat(layout.gutter);
      const parts = cells.map((cell) => {
        if (!cell)
          return row === 0 ? paint.dim(fitWidth('· not reported', layout.width)) : ' '.repeat(layout.width);
        const line = cell[row];
        if (!line) return ' '.repeat(layout.width);
        const cut = row === height - 1 && cell.length > height;
        return paintLine(cut ? ellipsize(line, layout.width) : line, layout.width, paint);
      });
      body.push(`${gutter}${parts.join(' ')}`);
    }
    if (body.length < budget) body.push('');
  }
  while (body.length < budget) body.push('');
  lines.push(
    ...body.slice(0, budget),
    detail(scene, state, size.columns, paint),
    footer(state, size.columns, paint),
  );
  return lines;
}

/** A line that ends with "…" to say the cell goes on, still within the width. */
function ellipsize(line: Line, width: number): Line {
  const out = line.map((span) => ({ ...span }));
  let used = out.reduce((n, span) => n + stringWidth(span.text), 0);
  while (used + 1 > width && out.length) {
    const last = out[out.length - 1]!;
    const chars = [...last.text];
    const removed = chars.pop() ?? '';
    last.text = chars.join('');
    used -= stringWidth(removed);
    if (last.text === '') out.pop();
  }
  const last = out[out.length - 1];
  if (last) last.text += '…';
  else out.push({ text: '…', changed: false, figure: null });
  return out;
}

/** The stacked view of the focused passage: every source at full width, one under the other. */
export function renderRead(scene: Scene, state: ViewState, size: Size, paint: Paint): string[] {
  const { comparison } = scene;
  const lines = [header(scene, state, size.columns, paint)];
  const budget = size.rows - 3;
  const body: string[] = [];
  const order = [state.pivot, ...[...comparison.sources.keys()].filter((s) => s !== state.pivot)];
  for (const s of order) {
    if (body.length >= budget) break;
    const source = comparison.sources[s]!;
    const pivotMark = s === state.pivot ? ' (pivot)' : '';
    const from = scene.provenance[s] ? ` · ${scene.provenance[s]}` : '';
    body.push(
      paint.bold(
        fitWidth(
          `${scene.labels[s]} ${neutralizeInline(source.title ?? source.id)}${pivotMark}${from}`,
          size.columns,
        ),
      ),
    );
    const cell = cellLines(scene, state.focus, state.pivot, s, size.columns - 2);
    if (!cell) body.push(paint.dim(fitWidth('  · not reported', size.columns)));
    else for (const line of cell) body.push(`  ${paintLine(line, size.columns - 2, paint)}`);
    body.push('');
  }
  if (body.length > budget)
    body.splice(
      budget - 1,
      body.length,
      paint.dim(fitWidth('  … (the rest does not fit: a taller terminal shows more)', size.columns)),
    );
  while (body.length < budget) body.push('');
  lines.push(...body, detail(scene, state, size.columns, paint), footer(state, size.columns, paint));
  return lines;
}

/** The figure list, conflicts first; the selected row is highlighted. */
export function renderList(scene: Scene, state: ViewState, size: Size, paint: Paint): string[] {
  const { figures } = scene.comparison;
  const lines = [
    header(scene, state, size.columns, paint),
    paint.bold(fitWidth(`Figures (${figures.length}): Enter jumps to the passage`, size.columns)),
  ];
  const budget = size.rows - 3;
  const top = Math.max(0, Math.min(state.selected - Math.floor(budget / 2), figures.length - budget));
  for (let i = top; i < Math.min(figures.length, top + budget); i++) {
    const f = figures[i]!;
    const text = `${f.id.padEnd(4)} ${f.status.padEnd(13)} ${f.passages[0]?.padEnd(5) ?? ''} ${neutralizeInline(f.subject)}: ${neutralizeInline(f.explanation)}`;
    const line = fitWidth(text, size.columns);
    lines.push(
      i === state.selected ? paint.inverse(line) : f.status === 'conflict' ? paint.bold(line) : line,
    );
  }
  while (lines.length < size.rows - 1) lines.push('');
  lines.push(footer(state, size.columns, paint));
  return lines;
}

/** The search prompt and its results, with the matched characters underlined. */
export function renderSearch(
  scene: Scene,
  state: ViewState,
  results: readonly SearchResult[],
  size: Size,
  paint: Paint,
): string[] {
  const lines = [
    header(scene, state, size.columns, paint),
    fitWidth(`/${neutralizeInline(state.query)}▌`, size.columns),
  ];
  const budget = size.rows - 3;
  if (state.query && results.length === 0)
    lines.push(paint.dim(fitWidth('  no passage matches', size.columns)));
  results.slice(0, budget).forEach((result, i) => {
    const id = scene.comparison.passages[result.passage]!.id;
    const first = result.ranges[0]?.[0] ?? 0;
    const from = Math.max(0, first - 20);
    const text = neutralizeInline(result.text.slice(from, from + size.columns * 2));
    const marked = highlight(
      text,
      result.ranges.map(([a, b]) => [a - from, b - from] as [number, number]),
    );
    const prefix = `${i === state.selected ? '▶' : ' '}${id.padEnd(5)} `;
    const row = fitStyled(`${prefix}${from > 0 ? '…' : ''}`, marked, size.columns, paint);
    lines.push(i === state.selected ? paint.bold(row) : row);
  });
  while (lines.length < size.rows - 1) lines.push('');
  lines.push(footer(state, size.columns, paint));
  return lines;
}

/** A search result's text with the matched ranges marked as "changed" spans (drawn underlined). */
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

/** A prefix and a highlighted text, cut to the width. */
function fitStyled(prefix: string, pieces: Line, width: number, paint: Paint): string {
  const line: Line = [{ text: prefix, changed: false, figure: null }];
  let used = stringWidth(prefix);
  for (const piece of pieces) {
    let text = '';
    for (const char of piece.text) {
      if (used + stringWidth(char) > width - 1) break;
      text += char;
      used += stringWidth(char);
    }
    if (text) line.push({ ...piece, text });
    if (text.length < piece.text.length) break;
  }
  return paintLine(line, width, paint);
}

/** The help overlay, generated from the key table. */
export function renderHelp(state: ViewState, size: Size, paint: Paint): string[] {
  const lines = [paint.inverse(fitWidth('parallax · keys', size.columns)), ''];
  let mode = '';
  for (const entry of helpLines()) {
    if (entry.mode !== mode) {
      mode = entry.mode;
      lines.push(
        paint.bold(
          fitWidth(
            mode === 'browse'
              ? 'Passages'
              : mode === 'read'
                ? 'Reading'
                : mode === 'list'
                  ? 'Figure list'
                  : 'Search',
            size.columns,
          ),
        ),
      );
    }
    lines.push(fitWidth(`  ${entry.keys.padEnd(10)} ${entry.help}`, size.columns));
  }
  const body = lines.slice(0, size.rows - 1);
  while (body.length < size.rows - 1) body.push('');
  body.push(footer(state, size.columns, paint));
  return body;
}

/** What to show when the terminal is too small to draw the view. */
export function renderTooSmall(size: Size): string[] {
  return [
    `parallax needs at least ${MIN_SIZE.columns}x${MIN_SIZE.rows}; this terminal is ${size.columns}x${size.rows}.`.slice(
      0,
      Math.max(1, size.columns),
    ),
    'Enlarge it, or press q to quit.'.slice(0, Math.max(1, size.columns)),
  ];
}
