import type { Edge } from './candidates.js';
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
  /** Lowest mean similarity between two groups for them to merge (guards against chaining). */
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

  for (const edge of edges) {
    const x = clusterOf(edge.a);
    const y = clusterOf(edge.b);
    if (x === y) continue;
    if (!compatible(table, x, y, options.maxRun)) continue;
    if (cohesion(table, x, y) < options.minCohesion) continue;
    const [big, small] = size(x) >= size(y) ? [x, y] : [y, x];
    for (const [source, ids] of small.bySource) {
      const merged = [...(big.bySource.get(source) ?? []), ...ids].sort((p, q) => p - q);
      big.bySource.set(source, merged);
      for (const id of ids) owner.set(id, big);
    }
    big.edges.push(edge, ...small.edges);
  }
  const unique = new Set(owner.values());
  return [...unique].filter((cluster) => cluster.bySource.size > 1);
}

function size(cluster: Cluster): number {
  let n = 0;
  for (const ids of cluster.bySource.values()) n += ids.length;
  return n;
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

/** Mean similarity between members of two groups from different sources (sampled for large groups). */
function cohesion(table: FeatureTable, x: Cluster, y: Cluster): number {
  const sample = (cluster: Cluster) => [...cluster.bySource.values()].flat().slice(0, COHESION_SAMPLE);
  let total = 0;
  let count = 0;
  for (const a of sample(x)) {
    for (const b of sample(y)) {
      const sa = table.sentences[a]!;
      const sb = table.sentences[b]!;
      if (sa.source === sb.source) continue;
      total += similarity(table, sa, sb);
      count++;
    }
  }
  return count === 0 ? 1 : total / count;
}
