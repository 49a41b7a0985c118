import type { ScoredCandidates } from './candidates.js';
import type { FeatureTable } from './features.js';
import { type PairEvidence, pairEvidence, pairFeatures, probability, relativeScore } from './model.js';

/**
 * A map from pairs of non-negative integers (below 2^26) to values: open addressing over one
 * Float64Array of keys, so millions of pairs cost no per-entry objects and no number boxing.
 */
class PairTable<T> {
  private keys: Float64Array;
  private values: (T | undefined)[];
  private size = 0;

  /** Sized for about `expected` entries (it grows past them). */
  constructor(expected = 512) {
    let capacity = 1024;
    while (capacity < 2 * expected) capacity *= 2;
    this.keys = new Float64Array(capacity).fill(-1);
    this.values = new Array(capacity);
  }

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    // Multiplicative hashing of the two halves of the key.
    let h =
      (Math.imul(key % 67108864, 0x9e3779b1) ^ Math.imul(Math.floor(key / 67108864), 0x85ebca6b)) & mask;
    while (this.keys[h] !== -1 && this.keys[h] !== key) h = (h + 1) & mask;
    return h;
  }

  get(a: number, b: number): T | undefined {
    const h = this.slot(a * 67108864 + b);
    return this.keys[h] === -1 ? undefined : this.values[h];
  }

  set(a: number, b: number, value: T): void {
    const key = a * 67108864 + b;
    let h = this.slot(key);
    if (this.keys[h] === -1) {
      if (2 * (this.size + 1) > this.keys.length) {
        this.grow();
        h = this.slot(key);
      }
      this.keys[h] = key;
      this.size++;
    }
    this.values[h] = value;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.values = new Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === -1) continue;
      const h = this.slot(keys[i]!);
      this.keys[h] = keys[i]!;
      this.values[h] = values[i];
    }
  }
}

/** Tuning of grouping (defaults in align.ts, measured by `npm run eval`). */
export interface GroupOptions {
  /** Lowest pair probability that proposes a join. */
  edge: number;
  /** Lowest mean probability between two groups' members (different sources) for them to join. */
  link: number;
  /** Most sentences of one source in one passage. */
  maxPerSource: number;
  /** Lowest relative score of an edge: how near it is to each sentence's best match in that source. */
  relative: number;
  /** Widest distance, in sentences, between two sentences of one source in a group. */
  span: number;
  /** Lowest mean probability for a sentence to echo into a second passage (absent or 1: never). */
  echo?: number;
}

/** A group of sentences (feature-table ids) that report one fact. */
export interface Group {
  ids: number[];
  /** The pairs that joined the group, with their probabilities, strongest first. */
  edges: { a: number; b: number; p: number }[];
  /** Sentences of other groups (or of none) that also report this group's fact (see addEchoes). */
  echoes?: number[];
}

/** Members compared between two groups when deciding a join (larger groups are sampled). */
const LINK_SAMPLE = 8;

/** At most LINK_SAMPLE members, spread evenly over the list. */
function sample(ids: readonly number[]): readonly number[] {
  return ids.length <= LINK_SAMPLE
    ? ids
    : Array.from({ length: LINK_SAMPLE }, (_, k) => ids[Math.floor((k * ids.length) / LINK_SAMPLE)]!);
}

/**
 * Pair probabilities for every candidate pair, from the pair model: the evidence of the two
 * sentences plus whether each is the other's best match in its source (by cosine, among candidates).
 */
export function pairProbabilities(
  table: FeatureTable,
  scored: ScoredCandidates,
): { p: (a: number, b: number) => number; relative: (a: number, b: number) => number } {
  const { sentences } = table;
  let maxIdf = 0;
  for (const v of table.idf) if (v > maxIdf) maxIdf = v;
  // Best candidate per (sentence, other source), by cosine.
  const bestOf = new Map<number, number>();
  const sourceCount = table.sourceLengths.length;
  scored.forEach(({ ids, scores }, a) => {
    ids.forEach((b, k) => {
      const key = a * sourceCount + sentences[b]!.source;
      const current = bestOf.get(key);
      const score = scores[k]!;
      if (current === undefined) bestOf.set(key, k);
      else {
        const cs = scores[current]!;
        if (score > cs || (score === cs && b < ids[current]!)) bestOf.set(key, k);
      }
    });
  });
  const isBest = (a: number, b: number) => {
    const k = bestOf.get(a * sourceCount + sentences[b]!.source);
    return k !== undefined && scored[a]!.ids[k] === b;
  };
  /** The best cosine of sentence a in b's source. */
  const bestCosine = (a: number, b: number) => {
    const k = bestOf.get(a * sourceCount + sentences[b]!.source);
    return k === undefined ? 0 : scored[a]!.scores[k]!;
  };
  // Probabilities and relative scores per sentence pair; evidence per pair of distinct texts (a
  // sentence repeated word for word by many sources is compared with another text only once).
  let candidatePairs = 0;
  for (const { ids } of scored) candidatePairs += ids.length;
  const cache = new PairTable<number>(candidatePairs);
  const relativeCache = new PairTable<number>(candidatePairs);
  const evidenceCache = new PairTable<PairEvidence>(candidatePairs);
  const p = (x: number, y: number) => {
    const a = x < y ? x : y;
    const b = x < y ? y : x;
    const cached = cache.get(a, b);
    if (cached !== undefined) return cached;
    const sa = sentences[a]!;
    const sb = sentences[b]!;
    const ta = sa.text < sb.text ? sa.text : sb.text;
    const tb = sa.text < sb.text ? sb.text : sa.text;
    let evidence = evidenceCache.get(ta, tb);
    if (evidence === undefined) {
      evidence = pairEvidence(table, sa, sb);
      evidenceCache.set(ta, tb, evidence);
    }
    const ba = isBest(a, b);
    const bb = isBest(b, a);
    const relative = relativeScore(evidence.cosine, bestCosine(a, b), bestCosine(b, a));
    relativeCache.set(a, b, relative);
    const features = pairFeatures(table, sa, sb, evidence, ba || bb, ba && bb, maxIdf, relative);
    // Figures alone never make a match: a pair must share a word.
    const prob = evidence.sharedWords > 0 ? probability(features) : 0;
    cache.set(a, b, prob);
    return prob;
  };
  const relative = (x: number, y: number) => {
    p(x, y);
    return relativeCache.get(Math.min(x, y), Math.max(x, y))!;
  };
  return { p, relative };
}

/**
 * Groups sentences into passages: candidate pairs the model finds likely are joined strongest first
 * (average linkage: the groups' members from different sources must be alike on average, so one
 * sentence that states two facts does not chain two groups together), with at most maxPerSource
 * sentences of one source, no further apart than `span`.
 */
export function groupSentences(
  table: FeatureTable,
  scored: ScoredCandidates,
  model: ReturnType<typeof pairProbabilities>,
  options: GroupOptions,
): Group[] {
  const { p } = model;
  const { sentences } = table;
  const edges: { a: number; b: number; p: number }[] = [];
  scored.forEach(({ ids }, a) => {
    for (const b of ids) {
      if (b < a && scored[b]!.ids.includes(a)) continue; // once per pair
      const prob = p(a, b);
      if (prob >= options.edge && model.relative(a, b) >= options.relative)
        edges.push({ a: Math.min(a, b), b: Math.max(a, b), p: prob });
    }
  });
  edges.sort((x, y) => y.p - x.p || x.a - y.a || x.b - y.b);

  const owner = new Map<number, Group>();
  const groupOf = (id: number): Group => {
    let g = owner.get(id);
    if (!g) {
      g = { ids: [id], edges: [] };
      owner.set(id, g);
    }
    return g;
  };
  // Per group: for each source, how many sentences it gives and the first and last of them, kept
  // up to date as groups join, so a join is checked in time proportional to the smaller group.
  const spans = new Map<Group, Map<number, { count: number; first: number; last: number }>>();
  const spanOf = (g: Group) => {
    let m = spans.get(g);
    if (!m) {
      m = new Map();
      for (const id of g.ids) {
        const { source, sentence } = sentences[id]!;
        const at = m.get(source);
        if (at) {
          at.count++;
          at.first = Math.min(at.first, sentence);
          at.last = Math.max(at.last, sentence);
        } else m.set(source, { count: 1, first: sentence, last: sentence });
      }
      spans.set(g, m);
    }
    return m;
  };
  /** Joining keeps at most maxPerSource sentences of a source, no further apart than span. */
  const fits = (x: Group, y: Group) => {
    const [big, small] = x.ids.length >= y.ids.length ? [spanOf(x), spanOf(y)] : [spanOf(y), spanOf(x)];
    for (const [source, s] of small) {
      const b = big.get(source);
      if (!b) continue;
      if (b.count + s.count > options.maxPerSource) return false;
      if (Math.max(b.last, s.last) - Math.min(b.first, s.first) > options.span) return false;
    }
    return true;
  };
  const meanLink = (xs: readonly number[], ys: readonly number[]) => {
    let sum = 0;
    let count = 0;
    for (const a of sample(xs))
      for (const b of sample(ys)) {
        if (sentences[a]!.source === sentences[b]!.source) continue;
        sum += p(a, b);
        count++;
      }
    return count ? sum / count : 0;
  };

  for (const edge of edges) {
    const x = groupOf(edge.a);
    const y = groupOf(edge.b);
    if (x === y) continue;
    if (!fits(x, y)) continue;
    if ((x.ids.length > 1 || y.ids.length > 1) && meanLink(x.ids, y.ids) < options.link) continue;
    const [big, small] = x.ids.length >= y.ids.length ? [x, y] : [y, x];
    for (const id of small.ids) {
      big.ids.push(id);
      owner.set(id, big);
    }
    big.edges.push(edge, ...small.edges);
    const into = spanOf(big);
    for (const [source, s] of spanOf(small)) {
      const b = into.get(source);
      if (b) {
        b.count += s.count;
        b.first = Math.min(b.first, s.first);
        b.last = Math.max(b.last, s.last);
      } else into.set(source, { ...s });
    }
    spans.delete(small);
  }
  const groups = [...new Set(owner.values())].filter(
    (g) => new Set(g.ids.map((id) => sentences[id]!.source)).size > 1,
  );
  for (const g of groups) g.ids.sort((a, b) => a - b);
  joinSandwiched(table, scored, p, groups);
  if (options.echo !== undefined && options.echo < 1) addEchoes(table, scored, p, groups, options.echo);

  return groups;
}

/**
 * A sentence that states two facts can serve two passages: it is added, as an echo, to another
 * group's passage when that passage has nothing from its source and its members match the sentence
 * with a mean probability of at least `threshold` (large groups sampled). A sentence echoes into at
 * most one passage, the one it matches best; a passage takes at most one echo from each source. A
 * sentence that is in no passage yet joins the passage as an ordinary member instead.
 */
function addEchoes(
  table: FeatureTable,
  scored: ScoredCandidates,
  p: (a: number, b: number) => number,
  groups: Group[],
  threshold: number,
): void {
  const { sentences } = table;
  const owner = new Map<number, Group>();
  for (const g of groups) for (const id of g.ids) owner.set(id, g);
  // The sources each group has a member or an echo from.
  const sourcesOf = new Map(groups.map((g) => [g, new Set(g.ids.map((id) => sentences[id]!.source))]));
  const found: { id: number; group: Group; p: number }[] = [];
  scored.forEach(({ ids }, a) => {
    const home = owner.get(a);
    const source = sentences[a]!.source;
    let best: Group | undefined;
    let bestP = 0;
    const seen = new Set<Group>();
    for (const b of ids) {
      const g = owner.get(b);
      if (!g || g === home || seen.has(g)) continue;
      seen.add(g);
      if (sourcesOf.get(g)!.has(source)) continue;
      // Large groups are sampled, as when groups join.
      const members = sample(g.ids);
      let sum = 0;
      for (const id of members) sum += p(a, id);
      const mean = sum / members.length;
      if (mean >= threshold && mean > bestP) {
        best = g;
        bestP = mean;
      }
    }
    if (best) found.push({ id: a, group: best, p: bestP });
  });
  // Strongest first, so a passage keeps the best echo of each source.
  found.sort((x, y) => y.p - x.p || x.id - y.id);
  for (const { id, group } of found) {
    const source = sentences[id]!.source;
    const taken = sourcesOf.get(group)!;
    if (taken.has(source)) continue;
    taken.add(source);
    if (owner.has(id)) {
      group.echoes ??= [];
      group.echoes.push(id);
    } else {
      // A sentence in no passage yet simply joins, linked to the member it matches best.
      let partner = group.ids[0]!;
      for (const m of sample(group.ids)) if (p(id, m) > p(id, partner)) partner = m;
      group.edges.push({ a: Math.min(id, partner), b: Math.max(id, partner), p: p(id, partner) });
      group.ids.push(id);
      owner.set(id, group);
    }
  }
  for (const g of groups) {
    g.ids.sort((a, b) => a - b);
    g.echoes?.sort((a, b) => a - b);
  }
}

/** The lowest pair probability for a pair that its neighbours vouch for (see joinSandwiched). */
const SANDWICH_P = 0.2;

/**
 * Joins two sentences left alone when the passages around them vouch for the pair: the sentences just
 * before both are in one group and the sentences just after both are in one group, so two outlets tell
 * the same stretch of the story in the same order, and the pair needs only a little evidence of its own
 * (probability SANDWICH_P).
 */
function joinSandwiched(
  table: FeatureTable,
  scored: ScoredCandidates,
  p: (a: number, b: number) => number,
  groups: Group[],
): void {
  const { sentences } = table;
  const owner = new Map<number, Group>();
  for (const g of groups) for (const id of g.ids) owner.set(id, g);
  const neighbour = (id: number, step: number): number | undefined => {
    const next = sentences[id + step];
    return next && next.source === sentences[id]!.source ? next.id : undefined;
  };
  const together = (x: number | undefined, y: number | undefined) =>
    x !== undefined && y !== undefined && owner.has(x) && owner.get(x) === owner.get(y);
  const pairs: { a: number; b: number; p: number }[] = [];
  scored.forEach(({ ids }, a) => {
    for (const b of ids) {
      if (b < a || owner.has(a) || owner.has(b)) continue;
      if (!together(neighbour(a, -1), neighbour(b, -1)) || !together(neighbour(a, 1), neighbour(b, 1)))
        continue;
      const prob = p(a, b);
      if (prob >= SANDWICH_P) pairs.push({ a, b, p: prob });
    }
  });
  pairs.sort((x, y) => y.p - x.p || x.a - y.a || x.b - y.b);
  for (const pair of pairs) {
    if (owner.has(pair.a) || owner.has(pair.b)) continue;
    const group: Group = { ids: [pair.a, pair.b], edges: [pair] };
    groups.push(group);
    owner.set(pair.a, group);
    owner.set(pair.b, group);
  }
}
