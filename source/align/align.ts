import type { Source } from '../corpus/types.js';
import { scoreCandidates } from './candidates.js';
import { linkRate, strengthOf } from './confidence.js';
import { buildFeatures } from './features.js';
import { type GroupOptions, groupSentences, pairProbabilities } from './group.js';
import { readingOrder } from './order.js';
import { explainPair } from './score.js';
import type { Link, Member, Passage } from './types.js';

/**
 * Default grouping, chosen with `dev/align-tune.ts` on the tuning half of the real development set
 * and the seeds (see README, "How it works"): an edge needs a pair probability of 0.7 and to be at
 * least half as alike as each sentence's best match in that source; groups join when their members
 * are alike on average (0.75); a source gives at most two adjacent sentences to a passage. After
 * grouping, a sentence is also shown (echoed) in a second passage whose other sources match it at a
 * mean probability of 0.9 (or strongly, two of them: group.ts, STRONG_LINK), and a sentence left alone joins a passage that already has a sentence of
 * its source (two places of its article) at 0.95: links scored 0.95 or more were right about nine
 * times in ten on the tuning half (`dev/calibrate.ts`), and such a member stands where a reader
 * would not look for it. Both only add to the passages grouping made.
 */
export const DEFAULT_GROUP_OPTIONS: GroupOptions = {
  edge: 0.7,
  link: 0.75,
  maxPerSource: 2,
  span: 1,
  relative: 0.5,
  echo: 0.9,
  far: 0.95,
};

/**
 * Aligns the sentences of all sources into passages: groups of sentences from different sources
 * that report the same fact, in reading order. Sentences that match nothing are one-source passages.
 */
export function align(
  sources: readonly Source[],
  options: GroupOptions = DEFAULT_GROUP_OPTIONS,
  progress: (stage: string) => void = () => {},
): Passage[] {
  const table = buildFeatures(sources);
  progress('aligning: finding candidate pairs');
  const scored = scoreCandidates(table);
  progress('aligning: joining passages');
  const groups = groupSentences(table, scored, pairProbabilities(table, scored), options);

  const grouped = new Set<number>();
  const lists: { source: number; sentences: number[]; echo: boolean }[][] = [];
  const linksOf: Link[][] = [];
  for (const g of groups) {
    const bySource = new Map<number, number[]>();
    for (const id of g.ids) {
      const s = table.sentences[id]!;
      grouped.add(id);
      const list = bySource.get(s.source);
      if (list) list.push(s.sentence);
      else bySource.set(s.source, [s.sentence]);
    }
    // One member per run of adjacent sentences: a source that reports the fact in two places of
    // its article (a far join, GroupOptions.far) gives two members, in reading order.
    const members = [...bySource.entries()].flatMap(([source, sentences]) =>
      runsOf(sentences.sort((a, b) => a - b)).map((run) => ({ source, sentences: run, echo: false })),
    );
    for (const id of g.echoes ?? []) {
      const s = table.sentences[id]!;
      members.push({ source: s.source, sentences: [s.sentence], echo: true });
    }
    lists.push(members.sort((x, y) => x.source - y.source || x.sentences[0]! - y.sentences[0]!));
    linksOf.push(
      g.edges.map((edge) => {
        const a = table.sentences[edge.a]!;
        const b = table.sentences[edge.b]!;
        return { from: a.source, to: b.source, score: round(edge.p), ...explainPair(a, b) };
      }),
    );
  }
  for (const sentence of table.sentences) {
    if (grouped.has(sentence.id)) continue;
    lists.push([{ source: sentence.source, sentences: [sentence.sentence], echo: false }]);
    linksOf.push([]);
  }

  const order = readingOrder(
    lists.map((members) => ({
      // An echo stands where its own passage stands, not here.
      members: members.filter((m) => !m.echo).map((m) => ({ source: m.source, sentence: m.sentences[0]! })),
    })),
    sources.length,
  );
  // Where each sentence belongs (the passage it is an ordinary member of), for the echoes.
  const home = new Map<string, string>();
  order.forEach((g, i) => {
    for (const m of lists[g]!)
      if (!m.echo) for (const s of m.sentences) home.set(`${m.source}:${s}`, `P${i + 1}`);
  });
  return order.map((g, i): Passage => {
    const links = linksOf[g]!;
    const members = lists[g]!.map((m): Member => {
      const source = sources[m.source]!;
      const first = source.sentences[m.sentences[0]!]!;
      const last = source.sentences[m.sentences[m.sentences.length - 1]!]!;
      const member: Member = {
        source: m.source,
        sentences: m.sentences,
        start: first.start,
        end: last.end,
        text: source.text.slice(first.start, last.end),
      };
      if (m.echo) member.alsoIn = home.get(`${m.source}:${m.sentences[0]}`)!;
      return member;
    });
    const confidence = links.length
      ? round(links.reduce((sum, l) => sum + linkRate(l.score), 0) / links.length)
      : null;
    return {
      id: `P${i + 1}`,
      members,
      links,
      confidence,
      strength: confidence === null ? null : strengthOf(confidence),
    };
  });
}

/** Sorted sentence indices cut into runs of adjacent ones: [3, 4, 9] gives [[3, 4], [9]]. */
export function runsOf(sorted: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const s of sorted) {
    const run = runs[runs.length - 1];
    if (run && s === run[run.length - 1]! + 1) run.push(s);
    else runs.push([s]);
  }
  return runs;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
