import type { Source } from '../corpus/types.js';
import { findEdges, findSecondChanceEdges, scoreCandidates } from './candidates.js';
import { clusterEdges, joinSandwiched } from './cluster.js';
import { buildFeatures } from './features.js';
import { readingOrder } from './order.js';
import { explainPair } from './score.js';
import type { Link, Member, Passage } from './types.js';

/** Tuning of the aligner; the defaults are what `npm run eval` was measured with. */
export interface AlignOptions {
  minScore: number;
  splitRatio: number;
  maxRun: number;
  minCohesion: number;
  secondChanceScore: number;
}

/** Default tuning (see README, "How alignment works"). */
export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  minScore: 0.14,
  splitRatio: 0.8,
  maxRun: 3,
  minCohesion: 0.05,
  secondChanceScore: 0.12,
};

/**
 * Aligns the sentences of all sources into passages: groups of sentences from different sources
 * that report the same fact, in reading order. Sentences that match nothing are one-source passages.
 */
export function align(
  sources: readonly Source[],
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
  progress: (stage: string) => void = () => {},
): Passage[] {
  const table = buildFeatures(sources);
  progress('aligning: finding candidate pairs');
  const scored = scoreCandidates(table);
  progress('aligning: joining passages');
  const edges = findEdges(table, scored, options);
  const clusters = joinSandwiched(
    table,
    scored,
    clusterEdges(table, edges, options, (isAlone) =>
      findSecondChanceEdges(table, scored, options.secondChanceScore, isAlone),
    ),
  );

  const groups: { source: number; sentences: number[] }[][] = [];
  const grouped = new Set<number>();
  const linksOf: Link[][] = [];
  for (const cluster of clusters) {
    const members = [...cluster.bySource.entries()]
      .sort((x, y) => x[0] - y[0])
      .map(([source, ids]) => {
        for (const id of ids) grouped.add(id);
        return { source, sentences: ids.map((id) => table.sentences[id]!.sentence) };
      });
    groups.push(members);
    linksOf.push(
      [...cluster.edges]
        .sort((x, y) => y.score - x.score || x.a - y.a)
        .map((edge) => {
          const a = table.sentences[edge.a]!;
          const b = table.sentences[edge.b]!;
          return { from: a.source, to: b.source, score: round(edge.score), ...explainPair(a, b) };
        }),
    );
  }
  for (const sentence of table.sentences) {
    if (grouped.has(sentence.id)) continue;
    groups.push([{ source: sentence.source, sentences: [sentence.sentence] }]);
    linksOf.push([]);
  }

  const order = readingOrder(
    groups.map((members) => ({
      members: members.map((m) => ({ source: m.source, sentence: m.sentences[0]! })),
    })),
    sources.length,
  );
  return order.map((g, i): Passage => {
    const links = linksOf[g]!;
    const members = groups[g]!.map((m): Member => {
      const source = sources[m.source]!;
      const first = source.sentences[m.sentences[0]!]!;
      const last = source.sentences[m.sentences[m.sentences.length - 1]!]!;
      return {
        source: m.source,
        sentences: m.sentences,
        start: first.start,
        end: last.end,
        text: source.text.slice(first.start, last.end),
      };
    });
    const confidence = links.length ? round(links.reduce((sum, l) => sum + l.score, 0) / links.length) : null;
    return { id: `P${i + 1}`, members, links, confidence };
  });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
