import type { Style } from '../../text/style.js';
import { fitWidth } from '../../text/width.js';
import { membersOf } from '../members.js';
import { diffRuns, dimLines, memo, type Scene } from './scene.js';
import { type Line, memberSpans, paintLine, plainSpans, wrapSpans } from './spans.js';
import { sliceRuns } from './word-diff.js';

/** A stretch of one article in pair mode: an aligned member, or text the other does not report. */
interface Unit {
  /** Passage index when both sources report it. */
  passage: number | null;
  /** Which of the source's members of that passage the unit is part of (0: the first). */
  member: number;
  /** Sentence text, or a whole paragraph that is not body text (title, heading, page furniture). */
  text: string;
  /** The member's offsets in its source, for its figures. */
  start: number;
  end: number;
  /** Body text (else a title, heading or page furniture, shown dim). */
  body: boolean;
  /** Last unit of its paragraph: a blank line follows. */
  paragraphEnd: boolean;
}

/** One article cut into units, in its own order, nothing left out. */
function unitsOf(scene: Scene, source: number, other: number): Unit[] {
  const src = scene.comparison.sources[source]!;
  const passageOf = new Map<number, { passage: number; member: number }>();
  scene.comparison.passages.forEach((p, i) => {
    if (!p.members.some((m) => m.source === other)) return;
    // Each sentence is drawn once, in its own passage (not where it is only an echo).
    membersOf(p, source).forEach((mine, member) => {
      if (!mine.alsoIn) for (const s of mine.sentences) passageOf.set(s, { passage: i, member });
    });
  });
  const units: Unit[] = [];
  for (const paragraph of src.paragraphs) {
    const sentences = src.sentences.filter((s) => s.paragraph === paragraph.index);
    if (paragraph.kind !== 'body' || sentences.length === 0) {
      units.push({
        passage: null,
        member: 0,
        text: paragraph.text,
        start: paragraph.start,
        end: paragraph.end,
        body: false,
        paragraphEnd: true,
      });
      continue;
    }
    for (const sentence of sentences) {
      const place = passageOf.get(sentence.index);
      const passage = place?.passage ?? null;
      const member = place?.member ?? 0;
      const last = units[units.length - 1];
      // Sentences of one member, or unaligned sentences in a row, make one unit.
      if (last && !last.paragraphEnd && last.body && last.passage === passage && last.member === member) {
        last.text = src.text.slice(last.start, sentence.end);
        last.end = sentence.end;
      } else
        units.push({
          passage,
          member,
          text: sentence.text,
          start: sentence.start,
          end: sentence.end,
          body: true,
          paragraphEnd: false,
        });
    }
    units[units.length - 1]!.paragraphEnd = true;
  }
  return units;
}

/** Indices (into `values`) of a longest strictly increasing subsequence. */
function increasing(values: readonly number[]): number[] {
  const tails: number[] = [];
  const previous: number[] = [];
  values.forEach((value, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (values[tails[mid]!]! < value) low = mid + 1;
      else high = mid;
    }
    previous[i] = low > 0 ? tails[low - 1]! : -1;
    tails[low] = i;
  });
  const out: number[] = [];
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i]!) out.push(i);
  return out.reverse();
}

/**
 * The two articles side by side, whole and each in its own order: passages both report in the same
 * order sit on one row (the passage id in the gutter) and are word-diffed against each other;
 * passages they tell in a different order are marked ↔ with their id; text only one reports is
 * shown plainly, page furniture dim. Memoised per pair, width and marks.
 */
export function pairLines(
  scene: Scene,
  pair: [number, number],
  columns: number,
  diff: boolean,
  style: Style,
): string[] {
  return memo(scene, `pair:${pair}:${columns}:${diff}:${style.color}`, () => {
    const [a, b] = pair;
    const gutter = Math.max(3, scene.idWidth) + 1;
    const width = Math.max(10, Math.floor((columns - gutter - 3) / 2));
    const left = unitsOf(scene, a, b);
    const right = unitsOf(scene, b, a);
    // A passage a source tells in two places (two members) or across a paragraph break is several
    // units: its first unit on each side is the one rows are aligned on.
    const firsts = (units: Unit[]) => {
      const seen = new Set<number>();
      return units.map((u) => {
        if (u.passage === null || seen.has(u.passage)) return false;
        seen.add(u.passage);
        return true;
      });
    };
    const leftFirst = firsts(left);
    const rightFirst = firsts(right);
    const rightIndex = new Map(right.flatMap((u, i) => (rightFirst[i] ? [[u.passage!, i] as const] : [])));
    const alignedLeft = left.flatMap((u, i) => (leftFirst[i] && rightIndex.has(u.passage!) ? [i] : []));
    const anchors = increasing(alignedLeft.map((i) => rightIndex.get(left[i]!.passage!)!)).map(
      (k) => alignedLeft[k]!,
    );
    const anchored = new Set(anchors.map((i) => left[i]!.passage!));

    const draw = (unit: Unit, source: number, other: number, first: boolean): Line[] => {
      if (unit.passage === null) return wrapSpans(plainSpans(unit.text, !unit.body), width);
      const passage = scene.comparison.passages[unit.passage]!;
      const member = membersOf(passage, source)[unit.member]!;
      // The unit's stretch of its member (all of it, unless the member crosses a paragraph break).
      const from = unit.start - member.start;
      const to = unit.end - member.start;
      const part = { ...member, start: unit.start, end: unit.end, text: member.text.slice(from, to) };
      const runs = diff
        ? sliceRuns(diffRuns(scene, unit.passage, other, source)[unit.member]!, from, to)
        : null;
      const lines = wrapSpans(memberSpans(part, runs, scene.figuresByPassage[unit.passage]!), width);
      const note = !first
        ? unit.member > 0 && from === 0
          ? `… more of ${passage.id}`
          : null
        : anchored.has(unit.passage)
          ? null
          : `↔ ${passage.id}, elsewhere in the other`;
      if (note) lines.unshift(...dimLines(note, width));
      return lines;
    };
    const stack = (units: Unit[], firstOf: boolean[], at: number, source: number, other: number): Line[] =>
      units.flatMap((u, i) => [
        ...draw(u, source, other, firstOf[at + i]!),
        ...(u.paragraphEnd ? [[] as Line] : []),
      ]);

    const out: string[] = [];
    const emit = (l: Line[], r: Line[], label = '') => {
      const height = Math.max(l.length, r.length);
      for (let row = 0; row < height; row++) {
        const mark = row === 0 && label ? style.bold(fitWidth(label, gutter)) : ' '.repeat(gutter);
        out.push(
          `${mark}${paintLine(l[row] ?? [], width, style)} ${style.dim('│')} ${paintLine(r[row] ?? [], width, style)}`,
        );
      }
    };
    let li = 0;
    let ri = 0;
    for (const anchor of [...anchors, left.length]) {
      const rAnchor = anchor < left.length ? rightIndex.get(left[anchor]!.passage!)! : right.length;
      emit(
        stack(left.slice(li, anchor), leftFirst, li, a, b),
        stack(right.slice(ri, rAnchor), rightFirst, ri, b, a),
      );
      if (anchor < left.length) {
        const l = left[anchor]!;
        const r = right[rAnchor]!;
        emit(
          [...draw(l, a, b, true), ...(l.paragraphEnd ? [[]] : [])],
          [...draw(r, b, a, true), ...(r.paragraphEnd ? [[]] : [])],
          scene.comparison.passages[l.passage!]!.id,
        );
      }
      li = anchor + 1;
      ri = rAnchor + 1;
    }
    return out;
  });
}
