import type { Member, Passage } from '../../source/align/types.js';
import type { Comparison } from '../../source/analysis/types.js';
import { segment } from '../../source/corpus/segment.js';
import type { Source } from '../../source/corpus/types.js';
import { findFigures } from '../../source/figures/figures.js';

/**
 * A comparison built by hand, for views of passages that hold several members of one source (a
 * source that reports the fact in two places of its article). `aligned` lists each aligned
 * passage as members: [source, sentence indices of one run]; every other sentence is a passage of
 * its own, as the aligner makes them. Figures are read as the analysis reads them.
 */
export function comparisonWith(texts: string[], aligned: [number, number[]][][]): Comparison {
  const sources: Source[] = texts.map((text, i) => segment(`s${i}`, `s${i}`, text, 'utf-8'));
  const member = (s: number, sentences: number[]): Member => {
    const first = sources[s]!.sentences[sentences[0]!]!;
    const last = sources[s]!.sentences[sentences[sentences.length - 1]!]!;
    const text = sources[s]!.text.slice(first.start, last.end);
    return { source: s, sentences, start: first.start, end: last.end, text };
  };
  const placed = new Set(aligned.flat().flatMap(([s, sentences]) => sentences.map((x) => `${s}:${x}`)));
  const passages: Passage[] = aligned.map((members) => ({
    id: '',
    members: members
      .map(([s, sentences]) => member(s, sentences))
      .sort((a, b) => a.source - b.source || a.sentences[0]! - b.sentences[0]!),
    links: [{ from: members[0]![0], to: members[1]![0], score: 0.9, shared: ['shared'], strong: [] }],
    confidence: 0.9,
    strength: 'strong',
  }));
  sources.forEach((source, s) => {
    for (const x of source.sentences)
      if (!placed.has(`${s}:${x.index}`))
        passages.push({
          id: '',
          members: [member(s, [x.index])],
          links: [],
          confidence: null,
          strength: null,
        });
  });
  passages.forEach((p, i) => {
    p.id = `P${i + 1}`;
  });
  return { sources, passages, figures: findFigures(sources, passages, null) };
}
