import type { Style } from '../../text/style.js';
import { fitWidth } from '../../text/width.js';
import { diffRuns, memo, type Scene } from './scene.js';
import { type Line, memberSpans, paintLine, plainSpans, wrapSpans } from './spans.js';

/** A stretch of one article in pair mode: an aligned member, or text the other does not report. */
interface Unit {
  /** Passage index when both sources report it. */
  passage: number | null;
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
  const passageOf = new Map<number, number>();
  scene.comparison.passages.forEach((p, i) => {
    const mine = p.members.find((m) => m.source === source);
    // Each sentence is drawn once, in its own passage (not where it is only an echo).
    if (mine && !mine.alsoIn && p.members.some((m) => m.source === other))
      for (const s of mine.sentences) passageOf.set(s, i);
  });
  const units: Unit[] = [];
  for (const paragraph of src.paragraphs) {
    const sentences = src.sentences.filter((s) => s.paragraph === paragraph.index);
    if (paragraph.kind !== 'body' || sentences.length === 0) {
      units.push({
        passage: null,
        text: paragraph.text,
        start: paragraph.start,
        end: paragraph.end,
        body: false,
        paragraphEnd: true,
      });
      continue;
    }
    for (const sentence of sentences) {
      const passage = passageOf.get(sentence.index) ?? null;
      const last = units[units.length - 1];
      // Sentences of one member, or unaligned sentences in a row, make one unit.
      if (last && !last.paragraphEnd && last.body && last.passage === passage) {
        last.text = src.text.slice(last.start, sentence.end);
        last.end = sentence.end;
      } else
        units.push({
          passage,
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
    const rightIndex = new Map(
      right.flatMap((u, i) => (u.passage === null ? [] : [[u.passage, i] as const])),
    );
    const alignedLeft = left.flatMap((u, i) => (u.passage !== null && rightIndex.has(u.passage) ? [i] : []));
    const anchors = increasing(alignedLeft.map((i) => rightIndex.get(left[i]!.passage!)!)).map(
      (k) => alignedLeft[k]!,
    );
    const anchored = new Set(anchors.map((i) => left[i]!.passage!));

    const draw = (unit: Unit, source: number, other: number): Line[] => {
      if (unit.passage === null) return wrapSpans(plainSpans(unit.text, !unit.body), width);
      const passage = scene.comparison.passages[unit.passage]!;
      const member = passage.members.find((m) => m.source === source)!;
      const runs = diff ? diffRuns(scene, unit.passage, other, source) : null;
      const lines = wrapSpans(memberSpans(member, runs, scene.figuresByPassage[unit.passage]!), width);
      if (!anchored.has(unit.passage))
        lines.unshift(
          ...wrapSpans(
            [{ text: `↔ ${passage.id}, elsewhere in the other`, changed: false, figure: null, dim: true }],
            width,
          ),
        );
      return lines;
    };
    const stack = (units: Unit[], source: number, other: number): Line[] =>
      units.flatMap((u) => [...draw(u, source, other), ...(u.paragraphEnd ? [[] as Line] : [])]);

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
      emit(stack(left.slice(li, anchor), a, b), stack(right.slice(ri, rAnchor), b, a));
      if (anchor < left.length) {
        const l = left[anchor]!;
        const r = right[rAnchor]!;
        emit(
          [...draw(l, a, b), ...(l.paragraphEnd ? [[]] : [])],
          [...draw(r, b, a), ...(r.paragraphEnd ? [[]] : [])],
          scene.comparison.passages[l.passage!]!.id,
        );
      }
      li = anchor + 1;
      ri = rAnchor + 1;
    }
    return out;
  });
}
