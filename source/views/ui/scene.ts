import type { Comparison } from '../../analysis/types.js';
import { shortLabels } from '../../corpus/labels.js';
import { displayDate } from '../../corpus/provenance.js';
import type { Provenance } from '../../corpus/types.js';
import type { Figure } from '../../figures/types.js';
import { neutralizeInline } from '../../text/sanitize.js';
import { explain } from '../explain.js';
import { joinedText, membersOf, sentencesBetween, skippedWords } from '../members.js';
import { type QuantityRow, quantityTable } from '../quantities.js';
import { STATUS } from '../status.js';
import { type Line, memberSpans, wrapSpans } from './spans.js';
import type { Landing, ViewState } from './state.js';
import { contentDiff, type Run, sliceRuns } from './word-diff.js';

/** A terminal's size in columns and rows. */
export interface Size {
  columns: number;
  rows: number;
}

/** The smallest terminal the view draws in. */
export const MIN_SIZE = { columns: 60, rows: 15 };
/** The narrowest readable column. */
export const MIN_COLUMN = 28;

/** What the screen renderers need besides the state: the comparison and memoised pieces. */
export interface Scene {
  comparison: Comparison;
  labels: string[];
  /** Per source: "outlet · published" made safe to print, or null when the source does not say. */
  provenance: (string | null)[];
  /** The widest passage id ("P1234"). */
  idWidth: number;
  /** Figures per passage, most urgent first. */
  figuresByPassage: Figure[][];
  /** Passages conflicts are shown in (one per conflict, see landingPassage), ascending. */
  conflictPassages: number[];
  /** The passage each figure is shown in (landingPassage), by figure id: worked out once. */
  landing: ReadonlyMap<string, string | undefined>;
  /** The table of quantities. */
  quantities: QuantityRow[];
  /** Source index by number key, and the key of each source (null: none). */
  digits: Map<number, number>;
  keyOf: (number | null)[];
  /** Every label is a number, which is then its key (no "3:" prefix in titles). */
  numericLabels: boolean;
  /** Figures in conflict, for the header. */
  conflicts: number;
  /** Memo tables, filled as the renderers need them. */
  memo: Map<string, unknown>;
}

/** A column head's second line: the outlet and when it published, e.g. "Northern Wire · 2024-03-12 21:30 UTC". */
export function columnProvenance(p: Provenance): string | null {
  const parts = [p.outlet, p.published && displayDate(p.published)].filter(Boolean) as string[];
  return parts.length ? neutralizeInline(parts.join(' · ')) : null;
}

/** A figure's explanation in words, made once per figure and safe to print. */
export function explanationOf(scene: Scene, figure: Figure): string {
  const key = `explain:${figure.id}`;
  let text = scene.memo.get(key) as string | undefined;
  if (text === undefined) {
    text = neutralizeInline(explain(figure, scene.labels));
    scene.memo.set(key, text);
  }
  return text;
}

/** Builds the scene of a comparison once; the renderers fill its memo tables as needed. */
export function createScene(comparison: Comparison): Scene {
  const index = new Map(comparison.passages.map((p, i) => [p.id, i]));
  const figuresByPassage: Figure[][] = comparison.passages.map(() => []);
  for (const figure of comparison.figures) {
    for (const id of figure.passages) figuresByPassage[index.get(id)!]!.push(figure);
  }
  for (const list of figuresByPassage) list.sort((a, b) => STATUS[a.status].rank - STATUS[b.status].rank);
  const landing = new Map(comparison.figures.map((f) => [f.id, landingPassage(comparison, f)]));
  // `n` steps through the passages conflicts are shown in (landingPassage): a conflict joined
  // across passages is shown in one, and its other passages would send `n` back to it.
  const conflictPassages = [
    ...new Set(
      comparison.figures
        .filter((f) => f.status === 'conflict')
        .map((f) => index.get(landing.get(f.id) ?? '') ?? -1)
        .filter((i) => i >= 0),
    ),
  ].sort((a, b) => a - b);
  // Labels come from file names: made safe once, here, for every place the view prints them.
  const labels = shortLabels(comparison.sources).map(neutralizeInline);
  const { digits, keyOf } = numberKeys(labels);
  return {
    comparison,
    labels,
    provenance: comparison.sources.map((source) => columnProvenance(source.provenance)),
    idWidth: comparison.passages.reduce((n, p) => Math.max(n, p.id.length), 0),
    figuresByPassage,
    conflictPassages,
    landing,
    quantities: quantityTable(comparison.figures, comparison.sources.length),
    digits,
    keyOf,
    numericLabels: labels.every((l) => /^\d+$/.test(l)),
    conflicts: comparison.figures.filter((f) => f.status === 'conflict').length,
    memo: new Map(),
  };
}

/**
 * Number keys follow the labels: when every label is a number ("000", "001"...), key 3 is the
 * source labelled 3; otherwise the sources are numbered 1 to 9 in order (shown in the titles).
 */
export function numberKeys(labels: readonly string[]): {
  digits: Map<number, number>;
  keyOf: (number | null)[];
} {
  const numeric = labels.every((l) => /^\d+$/.test(l));
  const keyOf = labels.map((label, i) => {
    const n = numeric ? Number(label) : i + 1;
    return n <= 9 ? n : null;
  });
  const digits = new Map<number, number>();
  keyOf.forEach((key, source) => {
    if (key !== null && !digits.has(key)) digits.set(key, source);
  });
  return { digits, keyOf };
}

/** A title's prefix for a source: its number key when the label does not already say it. */
export function keyPrefix(scene: Scene, source: number): string {
  const key = scene.keyOf[source];
  return key === null || scene.numericLabels ? '' : `${key}:`;
}

/** Memoises a value in the scene under a key. */
export function memo<T>(scene: Scene, key: string, compute: () => T): T {
  if (scene.memo.has(key)) return scene.memo.get(key) as T;
  const value = compute();
  if (scene.memo.size > 20_000) scene.memo.clear();
  scene.memo.set(key, value);
  return value;
}

/**
 * Where to look at a figure from a pivot: its passage, the pivot on one side of it (the current
 * pivot when it reports the figure, else the first source that does), and the source on the other
 * side (one whose value differs, else another that reports it).
 */
export function figureLanding(scene: Scene, figure: Figure, pivot: number): Landing | undefined {
  const shownIn = scene.landing.get(figure.id);
  const passage = scene.comparison.passages.findIndex((p) => p.id === shownIn);
  if (passage < 0) return undefined;
  const sources = [...new Set(figure.mentions.map((m) => m.source))];
  const side = sources.includes(pivot) ? pivot : sources[0]!;
  const value = (source: number) =>
    figure.mentions
      .filter((m) => m.source === source)
      .map((m) => JSON.stringify(m.value))
      .join('|');
  const others = sources.filter((s) => s !== side);
  const show = others.find((s) => value(s) !== value(side)) ?? others[0];
  return {
    passage,
    figure: Math.max(0, scene.figuresByPassage[passage]!.indexOf(figure)),
    pivot: side,
    show,
  };
}

/**
 * The passage to show a figure in: the first of its passages where two of its sources give
 * different values (a figure joined across passages may start in a passage of one source), else
 * the first where two of its sources sit, else its first.
 */
export function landingPassage(comparison: Comparison, figure: Figure): string | undefined {
  if (figure.passages.length < 2) return figure.passages[0];
  const inside = (id: string) => {
    const members = comparison.passages.find((p) => p.id === id)?.members ?? [];
    return figure.mentions.filter((m) =>
      members.some((x) => x.source === m.source && x.sentences.includes(m.sentence)),
    );
  };
  const spread = figure.passages.map((id) => {
    const here = inside(id);
    return {
      id,
      sources: new Set(here.map((m) => m.source)).size,
      values: new Set(here.map((m) => JSON.stringify(m.value))).size,
    };
  });
  return (
    spread.find((p) => p.sources > 1 && p.values > 1)?.id ??
    spread.find((p) => p.sources > 1)?.id ??
    figure.passages[0]
  );
}

/** Where `n` lands on a conflict passage: its first conflict shown there, both sides in view. */
export function conflictLanding(scene: Scene, passage: number, pivot: number): Landing {
  const id = scene.comparison.passages[passage]?.id;
  const conflicts = (scene.figuresByPassage[passage] ?? []).filter((f) => f.status === 'conflict');
  const figure = conflicts.find((f) => scene.landing.get(f.id) === id) ?? conflicts[0];
  return (figure && figureLanding(scene, figure, pivot)) ?? { passage };
}

/** How the columns are laid out at a width: which sources show, in what order, how wide. */
export function columnLayout(scene: Scene, state: ViewState, columns: number) {
  const sources = scene.comparison.sources.length;
  const gutter = Math.max(2, scene.idWidth) + 2;
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

/**
 * The member a source's words are compared with in a passage: the pivot's, or when the pivot does
 * not report the passage (or is the source itself), the member it is most closely linked to.
 */
export function referenceOf(scene: Scene, passage: number, pivot: number, source: number): number | null {
  const p = scene.comparison.passages[passage]!;
  if (source === pivot) return null;
  if (p.members.some((m) => m.source === pivot)) return pivot;
  let best: { score: number; other: number } | null = null;
  for (const link of p.links) {
    const other = link.from === source ? link.to : link.to === source ? link.from : null;
    if (other === null || other === source) continue;
    if (!best || link.score > best.score) best = { score: link.score, other };
  }
  return best?.other ?? p.members.find((m) => m.source !== source)?.source ?? null;
}

/**
 * The content-word diff of a source's members against another's, memoised: one list of runs per
 * member of `source` (in reading order), over that member's text. A source's several members (runs
 * of its article that report the passage's fact) are diffed as one text, each side's joined the
 * same way, so a word one run says and the other side says in another run is not marked.
 */
export function diffRuns(scene: Scene, passage: number, reference: number, source: number): Run[][] {
  return memo(scene, `diff:${passage}:${reference}:${source}`, () => {
    const p = scene.comparison.passages[passage]!;
    const mine = membersOf(p, source);
    const joined = joinedText(mine);
    const runs = contentDiff(joinedText(membersOf(p, reference)).text, joined.text);
    return mine.map((m, i) => sliceRuns(runs, joined.starts[i]!, joined.starts[i]! + m.text.length));
  });
}

/**
 * The memo key of a source's cell in a passage at a width: what its lines depend on, the member
 * it is compared with (not the pivot: a pivot that does not report the passage leaves the
 * reference, and so the cell, unchanged). Null when the source does not report the passage.
 */
export function cellKey(
  scene: Scene,
  passage: number,
  state: Pick<ViewState, 'pivot' | 'diff'>,
  source: number,
  width: number,
): string | null {
  const p = scene.comparison.passages[passage]!;
  if (!p.members.some((m) => m.source === source)) return null;
  const reference = state.diff ? referenceOf(scene, passage, state.pivot, source) : null;
  return `${passage}:${reference ?? '-'}:${source}:${width}`;
}

/**
 * Each member of a source in a passage (in reading order), wrapped to a width, with its marks: a
 * sentence that reports two passages' facts is shown in both, marked in the second.
 */
export function memberLines(
  scene: Scene,
  passage: number,
  state: Pick<ViewState, 'pivot' | 'diff'>,
  source: number,
  width: number,
  key = cellKey(scene, passage, state, source, width),
): Line[][] | null {
  if (key === null) return null;
  return memo(scene, `members:${key}`, () => {
    const p = scene.comparison.passages[passage]!;
    const reference = state.diff ? referenceOf(scene, passage, state.pivot, source) : null;
    const runs = reference === null ? null : diffRuns(scene, passage, reference, source);
    return membersOf(p, source).map((member, i) => {
      const lines = wrapSpans(
        memberSpans(member, runs?.[i] ?? null, scene.figuresByPassage[passage]!),
        width,
      );
      if (member.alsoIn) lines.unshift(...dimLines(`↺ also in ${member.alsoIn}`, width));
      return lines;
    });
  });
}

/**
 * The members of a source in a passage, wrapped to a width, with their marks; between two members
 * (two places of its article), a dim line that says how much of the article was left out.
 */
export function cellLines(
  scene: Scene,
  passage: number,
  state: Pick<ViewState, 'pivot' | 'diff'>,
  source: number,
  width: number,
  key = cellKey(scene, passage, state, source, width),
): Line[] | null {
  if (key === null) return null;
  return memo(scene, `cell:${key}`, () => {
    const members = membersOf(scene.comparison.passages[passage]!, source);
    return memberLines(scene, passage, state, source, width, key)!.flatMap((lines, i) => {
      // An echo may stand right next to a member of its source: then nothing was left out.
      const gap = i === 0 ? 0 : sentencesBetween(members[i - 1]!, members[i]!);
      return gap === 0 ? lines : [...dimLines(skippedWords(gap), width), ...lines];
    });
  });
}

/** A dim note of the view's own (not article text), wrapped to a width. */
export function dimLines(text: string, width: number): Line[] {
  return wrapSpans([{ text, changed: false, figure: null, dim: true }], width);
}
