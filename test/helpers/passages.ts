import type { Passage } from '../../source/align/types.js';
import { segment } from '../../source/corpus/segment.js';
import { findFigures } from '../../source/figures/figures.js';
import type { CalendarDate, Figure } from '../../source/figures/types.js';

const source = (id: string, text: string) => segment(id, id, text, 'utf-8');

/**
 * Figures of sources (s0, s1...) whose passages are given by hand: each list of sentence indexes
 * (one per source, in source order) is one aligned passage; every other sentence is a passage of
 * its own, as the aligner makes them. The reports' present is `asOf`, else their latest stated date.
 */
export function figuresWith(
  texts: string[],
  aligned: number[][],
  asOf: CalendarDate | null = null,
): Figure[] {
  const sources = texts.map((text, i) => source(`s${i}`, text));
  const placed = new Set(aligned.flatMap((sentences) => sentences.map((sentence, s) => `${s}:${sentence}`)));
  const member = (s: number, sentence: number) => {
    const x = sources[s]!.sentences[sentence]!;
    return { source: s, sentences: [sentence], start: x.start, end: x.end, text: x.text };
  };
  const passages: Passage[] = aligned.map((sentences, p) => ({
    id: `P${p + 1}`,
    members: sentences.map((sentence, s) => member(s, sentence)),
    links: [],
    confidence: null,
    strength: null,
  }));
  sources.forEach((src, s) => {
    for (const x of src.sentences) {
      if (placed.has(`${s}:${x.index}`)) continue;
      passages.push({
        id: `P${passages.length + 1}`,
        members: [member(s, x.index)],
        links: [],
        confidence: null,
        strength: null,
      });
    }
  });
  return findFigures(sources, passages, asOf);
}

/** A figure's mentions as "s<source>:<text>", in the figure's order. */
export const texts = (figure: Figure) => figure.mentions.map((m) => `s${m.source}:${m.text}`);
