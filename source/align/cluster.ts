import type { Edge, ScoredCandidates } from './candidates.js';
import type { FeatureTable } from './features.js';
import { similarity } from './score.js';

/** A group of sentences across sources that report one fact; at most one run of sentences per source. */
export interface Cluster {
  /** Sentence ids (into the feature table) per source index, ascending and adjacent. */
  bySource: Map<number, number[]>;
  /** The edges that joined this cluster, strongest first. */
  edges: Edge[];
}

/** Tuning of clustering. */
export interface ClusterOptions {
  /** Most sentences of one source in one passage (one outlet may say in two what another says in one). */
  maxRun: number;
  /** Lowest similarity every member must have to the group it joins (guards against chaining). */
  minCohesion: number;
}

/** Members compared when checking cohesion between two groups. */
const COHESION_SAMPLE = 6;

/**
 * Greedy agglomerative clustering over the scored edges, strongest first, with the constraints that
 * make a passage: at most one member per source, a member being adjacent sentences of that source,
 * and enough similarity between the groups being joined that two facts are not chained together.
 */
export function clusterEdges(
  table: FeatureTable,
  edges: readonly Edge[],
  options: ClusterOptions,
  secondChance?: (isAlone: (id: number) => boolean) => Edge[],
): Cluster[] {
  const { sentences } = table;
  const owner = new Map<number, Cluster>();
  const clusterOf = (id: number): Cluster => {
    let cluster = owner.get(id);
    if (!cluster) {
      cluster = { bySource: new Map([[sentences[id]!.source, [id]]]), edges: [] };
      owner.set(id, cluster);
    }
    return cluster;
  };

  const join = (edge: Edge) => {
    const x = clusterOf(edge.a);
    const y = clusterOf(edge.b);
    if (x === y) return;
    if (!compatible(table, x, y, options.maxRun)) return;
    if (!extendsRuns(table, x, y, edge)) {
      // Two groups from the same sources, neither bringing a new one, are two facts told in the
      // same order unless a third source bridges them (extendsRuns).
      if (sameSources(x, y) || cohesion(table, x, y) < options.minCohesion) return;
      // A sentence that lengthens its source's run must match a source that says it all in one
      // sentence; matching one half of another source's two sentences is not enough.
      if (!lengthensAgainstOne(table, x, y, edge)) return;
    }
    const [big, small] = size(x) >= size(y) ? [x, y] : [y, x];
    for (const [source, ids] of small.bySource) {
      const merged = [...(big.bySource.get(source) ?? []), ...ids].sort((p, q) => p - q);
      big.bySource.set(source, merged);
      for (const id of ids) owner.set(id, big);
    }
    big.edges.push(edge, ...small.edges);
  };
  for (const edge of edges) join(edge);
  // Sentences still alone get a second chance at a lower bar (see findSecondChanceEdges).
  if (secondChance) {
    const isAlone = (id: number) => (owner.get(id)?.bySource.size ?? 1) === 1 && size(clusterOf(id)) === 1;
    for (const edge of secondChance(isAlone)) join(edge);
  }
  const unique = new Set(owner.values());
  return [...unique].filter((cluster) => cluster.bySource.size > 1);
}

function size(cluster: Cluster): number {
  let n = 0;
  for (const ids of cluster.bySource.values()) n += ids.length;
  return n;
}

/**
 * True when one group only continues the other: all of its sources are already in the other,
 * at least two of them go on with the next sentences, and a third source's single sentence
 * matches the continuation. Two outlets splitting one statement across
 * adjacent sentences in the same way is strong evidence, even when the halves do not resemble
 * each other (so the cohesion check does not apply).
 */
function extendsRuns(table: FeatureTable, x: Cluster, y: Cluster, edge: Edge): boolean {
  const [small, big] = x.bySource.size <= y.bySource.size ? [x, y] : [y, x];
  if (small.bySource.size < 2) return false;
  for (const source of small.bySource.keys()) if (!big.bySource.has(source)) return false;
  // The join must be vouched for by a source that says both halves in one sentence: the edge
  // reaches the smaller group from a source it does not have. Two outlets that merely tell two
  // facts in the same order are not one statement split in two.
  const sources = [table.sentences[edge.a]!.source, table.sentences[edge.b]!.source];
  return sources.some((source) => !small.bySource.has(source));
}

/**
 * False when the join lengthens a source's run and the edge that proposes it ends, on the other
 * side, in a member of several sentences.
 */
function lengthensAgainstOne(table: FeatureTable, x: Cluster, y: Cluster, edge: Edge): boolean {
  const shared = new Set([...y.bySource.keys()].filter((source) => x.bySource.has(source)));
  if (shared.size === 0) return true;
  // The edge's end from a source that only one group has must be a one-sentence member.
  for (const id of [edge.a, edge.b]) {
    const source = table.sentences[id]!.source;
    if (shared.has(source)) continue;
    const cluster = x.bySource.get(source)?.includes(id) ? x : y;
    return cluster.bySource.get(source)!.length === 1;
  }
  return false;
}

/** True when two groups hold sentences of exactly the same sources. */
function sameSources(x: Cluster, y: Cluster): boolean {
  if (x.bySource.size !== y.bySource.size) return false;
  for (const source of x.bySource.keys()) if (!y.bySource.has(source)) return false;
  return true;
}

/** Joining keeps each source's sentences one run of adjacent sentences, no longer than maxRun. */
function compatible(table: FeatureTable, x: Cluster, y: Cluster, maxRun: number): boolean {
  for (const [source, ids] of y.bySource) {
    const other = x.bySource.get(source);
    if (!other) continue;
    const all = [...other, ...ids].map((id) => table.sentences[id]!.sentence).sort((p, q) => p - q);
    if (all.length > maxRun) return false;
    for (let i = 1; i < all.length; i++) if (all[i]! - all[i - 1]! !== 1) return false;
  }
  return true;
}

/**
 * Cohesion of two groups (members are one source's run of sentences; large groups are sampled).
 * Every member must resemble something that the other group brings from a source it lacks (the
 * lowest such best similarity counts), so a sentence that states two facts cannot chain two
 * unrelated groups together. When a group brings no new source and only continues a run, the
 * other group's members must resemble it on average.
 */
function cohesion(table: FeatureTable, x: Cluster, y: Cluster): number {
  const members = (cluster: Cluster) =>
    [...cluster.bySource.entries()]
      .slice(0, COHESION_SAMPLE)
      .map(([source, ids]) => ({ source, sentences: ids.map((id) => table.sentences[id]!) }));
  type Member = ReturnType<typeof members>[number];
  const best = (member: Member, candidates: Member[]) => {
    let top = 0;
    for (const candidate of candidates) {
      if (candidate.source === member.source) continue;
      for (const a of member.sentences)
        for (const b of candidate.sentences) top = Math.max(top, similarity(table, a, b));
    }
    return top;
  };
  const xs = members(x);
  const ys = members(y);
  let lowest = 1;
  for (const [own, other, otherCluster] of [
    [xs, ys, x],
    [ys, xs, y],
  ] as const) {
    const fresh = other.filter((candidate) => !otherCluster.bySource.has(candidate.source));
    if (fresh.length > 0) {
      for (const member of own) lowest = Math.min(lowest, best(member, fresh));
    } else {
      const scores = own
        .filter((member) => other.some((o) => o.source !== member.source))
        .map((m) => best(m, other));
      if (scores.length) lowest = Math.min(lowest, scores.reduce((sum, v) => sum + v, 0) / scores.length);
    }
  }
  return lowest;
}

/** The lowest score for a pair that its neighbours vouch for (see joinSandwiched). */
const SANDWICH_SCORE = 0.05;

/**
 * Joins a pair of sentences that the passages around them vouch for: when the sentences just
 * before both are in one passage and the sentences just after both are in one passage, two
 * outlets are telling the same stretch of the story in the same order, and the pair between them
 * needs only a little evidence of its own (a score of SANDWICH_SCORE and one informative word).
 * A sentence joins only a passage that lacks its source; both must not already be placed.
 */
export function joinSandwiched(
  table: FeatureTable,
  scored: ScoredCandidates,
  clusters: Cluster[],
): Cluster[] {
  const { sentences } = table;
  const owner = new Map<number, Cluster>();
  for (const cluster of clusters)
    for (const ids of cluster.bySource.values()) for (const id of ids) owner.set(id, cluster);
  const neighbour = (id: number, step: number): number | undefined => {
    const next = sentences[id + step];
    return next && next.source === sentences[id]!.source ? next.id : undefined;
  };
  const sameCluster = (x: number | undefined, y: number | undefined) =>
    x !== undefined && y !== undefined && owner.has(x) && owner.get(x) === owner.get(y);
  const pairs: Edge[] = [];
  scored.forEach(({ ids, scores }, a) => {
    ids.forEach((b, k) => {
      const pair = scores[k]!;
      if (b < a || pair.score < SANDWICH_SCORE || pair.informative < 1) return;
      if (!sameCluster(neighbour(a, -1), neighbour(b, -1)) || !sameCluster(neighbour(a, 1), neighbour(b, 1)))
        return;
      pairs.push({ a, b, ...pair });
    });
  });
  pairs.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const result = [...clusters];
  for (const edge of pairs) {
    const x = owner.get(edge.a);
    const y = owner.get(edge.b);
    const sa = sentences[edge.a]!.source;
    const sb = sentences[edge.b]!.source;
    if (x && y) continue;
    if (!x && !y) {
      const cluster: Cluster = {
        bySource: new Map([
          [sa, [edge.a]],
          [sb, [edge.b]],
        ]),
        edges: [edge],
      };
      result.push(cluster);
      owner.set(edge.a, cluster);
      owner.set(edge.b, cluster);
      continue;
    }
    const [home, id, source] = x ? [x, edge.b, sb] : [y!, edge.a, sa];
    if (home.bySource.has(source)) continue;
    home.bySource.set(source, [id]);
    home.edges.push(edge);
    owner.set(id, home);
  }
  return result;
}
