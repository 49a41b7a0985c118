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

  get(a: number, b: number): T | undefined {
    const h = slotOf(this.keys, a * 67108864 + b);
    return this.keys[h] === -1 ? undefined : this.values[h];
  }

  set(a: number, b: number, value: T): void {
    const key = a * 67108864 + b;
    let h = slotOf(this.keys, key);
    if (this.keys[h] === -1) {
      if (2 * (this.size + 1) > this.keys.length) {
        this.grow();
        h = slotOf(this.keys, key);
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
      const h = slotOf(this.keys, keys[i]!);
      this.keys[h] = keys[i]!;
      this.values[h] = values[i];
    }
  }
}

/**
 * A bounded cache of a pure function of sentence pairs (probability and relative score): one slot
 * per hash, a newer pair overwrites an older one (which is then computed again when asked for), so
 * it never grows however many pairs are sampled. Unboxed, in one typed array: each slot holds the
 * pair's key plus one (0, as the array starts, is no pair), its probability and its relative score
 * side by side (performance: a run on a few articles sets a few dozen slots, and then touches only
 * the memory pages of those, not three whole arrays and a fill of the keys: about 250 page faults
 * of a seeds run).
 */
class PairCache {
  private slots: Float64Array;
  private mask: number;

  constructor(bits: number) {
    this.slots = new Float64Array(3 << bits);
    this.mask = (1 << bits) - 1;
  }

  private slot(a: number, b: number): number {
    return 3 * ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & this.mask);
  }

  /** The pair's probability, or NaN when not cached; its relative score is then relative(). */
  get(a: number, b: number): number {
    const h = this.slot(a, b);
    return this.slots[h] === a * 67108864 + b + 1 ? this.slots[h + 1]! : Number.NaN;
  }

  relative(a: number, b: number): number {
    return this.slots[this.slot(a, b) + 2]!;
  }

  set(a: number, b: number, prob: number, relative: number): void {
    const h = this.slot(a, b);
    this.slots[h] = a * 67108864 + b + 1;
    this.slots[h + 1] = prob;
    this.slots[h + 2] = relative;
  }
}

/** The slot of `key` in an open-addressing key array (its own, or the empty one it would take). */
function slotOf(keys: Float64Array, key: number): number {
  const mask = keys.length - 1;
  // Multiplicative hashing of the two halves of the key.
  let h = (Math.imul(key % 67108864, 0x9e3779b1) ^ Math.imul(Math.floor(key / 67108864), 0x85ebca6b)) & mask;
  while (keys[h] !== -1 && keys[h] !== key) h = (h + 1) & mask;
  return h;
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
  /**
   * Lowest mean probability for a sentence left alone by grouping to join a passage that already has
   * a sentence of its source, as a member of its own (the article reports the fact in two places;
   * absent: never). Weighed after grouping, with the echoes, so it only adds to the passages.
   */
  far?: number;
  /** Lowest mean probability for a sentence to echo into a second passage (absent or 1: never). */
  echo?: number;
}

/** A group of sentences (feature-table ids) that report one fact. */
export interface Group {
  ids: number[];
  /** The pairs that joined the group, with their probabilities, strongest first. */
  edges: { a: number; b: number; p: number }[];
  /** Sentences of other groups (or of none) that also report this group's fact (see addEchoesAndLateMembers). */
  echoes?: number[];
}

/** Members compared between two groups when deciding a join (larger groups are sampled). */
const LINK_SAMPLE = 8;

/** Pair probabilities and relative scores, by sentence ids (both symmetric). */
export interface PairModel {
  p: (a: number, b: number) => number;
  /** The relative score of a pair (see relativeScore). */
  relative: (a: number, b: number) => number;
  /** p of sentence a and its k-th candidate (faster than p: no search for the pair). */
  candidate: (a: number, k: number) => number;
  /** Whether the k-th candidate of sentence a has a among its own candidates. */
  mutual: (a: number, k: number) => boolean;
}

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
export function pairProbabilities(table: FeatureTable, scored: ScoredCandidates): PairModel {
  const { sentences } = table;
  let maxIdf = 0;
  // Indexed loops (performance: on a short run, for...of allocates an iterator result per element).
  const idfs = table.idf;
  for (let k = 0; k < idfs.length; k++) if (idfs[k]! > maxIdf) maxIdf = idfs[k]!;
  const count = sentences.length;
  const sourceOf = Int32Array.from(sentences, (sentence) => sentence.source);
  // Per-candidate arrays, flat: candidate k of sentence a is entry offsets[a] + k.
  const offsets = new Int32Array(count + 1);
  for (let a = 0; a < count; a++) offsets[a + 1] = offsets[a]! + scored[a]!.ids.length;
  const total = offsets[count]!;
  // For each candidate, the index (in its sentence's list) of the sentence's best candidate in the
  // same source, by cosine (ties: the lower id).
  const bestAt = new Int32Array(total);
  const sourceCount = table.sourceLengths.length;
  const bestOfSource = new Int32Array(sourceCount);
  const stamp = new Int32Array(sourceCount).fill(-1);
  for (let a = 0; a < count; a++) {
    const { ids, scores } = scored[a]!;
    for (let k = 0; k < ids.length; k++) {
      const source = sourceOf[ids[k]!]!;
      if (stamp[source] !== a) {
        stamp[source] = a;
        bestOfSource[source] = k;
        continue;
      }
      const current = bestOfSource[source]!;
      const score = scores[k]!;
      const cs = scores[current]!;
      if (score > cs || (score === cs && ids[k]! < ids[current]!)) bestOfSource[source] = k;
    }
    const at = offsets[a]!;
    for (let k = 0; k < ids.length; k++) bestAt[at + k] = bestOfSource[sourceOf[ids[k]!]!]!;
  }
  // Each candidate list also sorted by id and by source, as (value << bits) | place, for binary
  // search: pairs outside the lists (sampled for joins and echoes) are looked up often.
  let longest = 0;
  for (const { ids } of scored) longest = Math.max(longest, ids.length);
  let bits = 1;
  while (1 << bits <= longest) bits++;
  const packed = Math.max(count, sourceCount) < 2 ** (31 - bits);
  const byId = new Int32Array(packed ? total : 0);
  const bySource = new Int32Array(packed ? total : 0);
  if (packed) {
    for (let a = 0; a < count; a++) {
      const ids = scored[a]!.ids;
      const at = offsets[a]!;
      for (let k = 0; k < ids.length; k++) {
        byId[at + k] = (ids[k]! << bits) | k;
        bySource[at + k] = (sourceOf[ids[k]!]! << bits) | k;
      }
      byId.subarray(at, at + ids.length).sort();
      bySource.subarray(at, at + ids.length).sort();
    }
  }
  /** The place of the first entry of a's list in `sorted` whose value is `value`, or -1. */
  const search = (sorted: Int32Array, a: number, value: number) => {
    let lo = offsets[a]!;
    let hi = offsets[a + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! >> bits < value) lo = mid + 1;
      else hi = mid;
    }
    return lo < offsets[a + 1]! && sorted[lo]! >> bits === value ? sorted[lo]! & ((1 << bits) - 1) : -1;
  };
  /** Where b is in a's candidates, or -1. */
  const locate = (a: number, b: number) => {
    if (packed) return search(byId, a, b);
    const ids = scored[a]!.ids;
    for (let k = 0; k < ids.length; k++) if (ids[k] === b) return k;
    return -1;
  };
  /** The best cosine of sentence a in b's source, among a's candidates (0: none there). */
  const bestCosine = (a: number, b: number) => {
    const { ids, scores } = scored[a]!;
    const source = sourceOf[b]!;
    if (packed) {
      const k = search(bySource, a, source);
      return k < 0 ? 0 : scores[bestAt[offsets[a]! + k]!]!;
    }
    for (let k = 0; k < ids.length; k++)
      if (sourceOf[ids[k]!] === source) return scores[bestAt[offsets[a]! + k]!]!;
    return 0;
  };
  // Probabilities and relative scores per sentence pair: beside the candidate lists for candidate
  // pairs (NaN until computed), in a table for other pairs (sampled when groups join).
  const probs = new Float64Array(total).fill(Number.NaN);
  const relatives = new Float64Array(total);
  // Pairs that are nobody's candidates (sampled when groups join): 2^16 slots, about 1.5 MB.
  const others = new PairCache(16);
  // Evidence per pair of distinct texts (a sentence repeated word for word by many sources is
  // compared with another text only once); kept only for texts that occur more than once.
  // (The highest text id by a loop: spreading 200,000 ids into Math.max overflows the stack.)
  const textCount = new Int32Array(sentences.reduce((n, s) => Math.max(n, s.text + 1), 0));
  for (let s = 0; s < sentences.length; s++) textCount[sentences[s]!.text]!++;
  const evidenceCache = new PairTable<PairEvidence>();
  // The last pair asked for, so relative() right after p() of the same pair finds it at once.
  let lastA = -1;
  let lastB = -1;
  let lastP = 0;
  let lastRelative = 0;
  /** p of sentences a < b, where kab / kba are each one's place in the other's candidates (or -1). */
  const known = (a: number, b: number, kab: number, kba: number) => {
    if (a === lastA && b === lastB) return lastP;
    lastA = a;
    lastB = b;
    const atAB = kab < 0 ? -1 : offsets[a]! + kab;
    const atBA = kba < 0 ? -1 : offsets[b]! + kba;
    const cached = atAB >= 0 ? probs[atAB]! : atBA >= 0 ? probs[atBA]! : others.get(a, b);
    if (!Number.isNaN(cached)) {
      lastP = cached;
      lastRelative = atAB >= 0 ? relatives[atAB]! : atBA >= 0 ? relatives[atBA]! : others.relative(a, b);
      return cached;
    }
    const sa = sentences[a]!;
    const sb = sentences[b]!;
    const ta = sa.text < sb.text ? sa.text : sb.text;
    const tb = sa.text < sb.text ? sb.text : sa.text;
    const shared = textCount[ta]! * textCount[tb]! > 1;
    let evidence = shared ? evidenceCache.get(ta, tb) : undefined;
    if (evidence === undefined) {
      evidence = pairEvidence(table, sa, sb);
      if (shared) evidenceCache.set(ta, tb, evidence);
    }
    const ba = atAB >= 0 && bestAt[atAB] === kab;
    const bb = atBA >= 0 && bestAt[atBA] === kba;
    const bestA =
      atAB >= 0 ? scored[a]!.scores[bestAt[atAB]!]! : atBA >= 0 ? backBest[atBA]! : bestCosine(a, b);
    const bestB =
      atBA >= 0 ? scored[b]!.scores[bestAt[atBA]!]! : atAB >= 0 ? backBest[atAB]! : bestCosine(b, a);
    const relative = relativeScore(evidence.cosine, bestA, bestB);
    const features = pairFeatures(table, sa, sb, evidence, ba || bb, ba && bb, maxIdf, relative);
    // Figures alone never make a match: a pair must share a word.
    const prob = evidence.sharedWords > 0 ? probability(features) : 0;
    if (atAB >= 0) {
      probs[atAB] = prob;
      relatives[atAB] = relative;
    }
    if (atBA >= 0) {
      probs[atBA] = prob;
      relatives[atBA] = relative;
    }
    if (atAB < 0 && atBA < 0) {
      others.set(a, b, prob, relative);
    }
    lastP = prob;
    lastRelative = relative;
    return prob;
  };
  const p = (x: number, y: number) => {
    const a = x < y ? x : y;
    const b = x < y ? y : x;
    if (a === lastA && b === lastB) return lastP;
    return known(a, b, locate(a, b), locate(b, a));
  };
  const relative = (x: number, y: number) => {
    p(x, y);
    return lastRelative;
  };
  // Where each candidate's sentence has the other among its own candidates (-1: it has not),
  // found through the candidate lists turned around (who lists b), in time linear in their size.
  const mirror = new Int32Array(total).fill(-1);
  const incoming = new Int32Array(count + 1);
  for (const { ids } of scored) for (let k = 0; k < ids.length; k++) incoming[ids[k]! + 1]!++;
  for (let b = 0; b < count; b++) incoming[b + 1]! += incoming[b]!;
  // For each sentence b, the sentences that list it and where (flat entries).
  const listedBy = new Int32Array(total);
  const listedAt = new Int32Array(total);
  const fill = incoming.slice(0, count);
  for (let a = 0; a < count; a++) {
    const ids = scored[a]!.ids;
    for (let k = 0; k < ids.length; k++) {
      const n = fill[ids[k]!]!++;
      listedBy[n] = a;
      listedAt[n] = offsets[a]! + k;
    }
  }
  // And for a candidate b of a that does not list a: b's best cosine in a's source.
  const backBest = new Float64Array(total);
  const placeOf = new Int32Array(count).fill(-1);
  stamp.fill(-1);
  for (let b = 0; b < count; b++) {
    const { ids, scores } = scored[b]!;
    for (let k = 0; k < ids.length; k++) {
      placeOf[ids[k]!] = k;
      const source = sourceOf[ids[k]!]!;
      if (stamp[source] !== b) {
        stamp[source] = b;
        bestOfSource[source] = bestAt[offsets[b]! + k]!;
      }
    }
    for (let n = incoming[b]!; n < incoming[b + 1]!; n++) {
      const a = listedBy[n]!;
      mirror[listedAt[n]!] = placeOf[a]!;
      const source = sourceOf[a]!;
      backBest[listedAt[n]!] = stamp[source] === b ? scores[bestOfSource[source]!]! : 0;
    }
    for (let k = 0; k < ids.length; k++) placeOf[ids[k]!] = -1;
  }
  /** p of a and its candidate k, and whether that candidate has a among its own candidates. */
  const candidate = (a: number, k: number) => {
    const b = scored[a]!.ids[k]!;
    const back = mirror[offsets[a]! + k]!;
    return a < b ? known(a, b, k, back) : known(b, a, back, k);
  };
  const mutual = (a: number, k: number) => mirror[offsets[a]! + k]! >= 0;
  return { p, relative, candidate, mutual };
}

/** A group while grouping: its sources' sentence counts and spans, kept up to date as groups join. */
interface Growing extends Group {
  /** Per source: how many sentences it gives and the first and last of them. */
  spans: Map<number, { source: number; count: number; first: number; last: number }>;
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
  model: PairModel,
  options: GroupOptions,
): Group[] {
  const { p } = model;
  const { sentences } = table;
  // Edges as parallel typed arrays (there can be millions): the pair and its probability.
  let edgeA = new Int32Array(1024);
  let edgeB = new Int32Array(1024);
  let edgeP = new Float64Array(1024);
  let edgeCount = 0;
  scored.forEach(({ ids }, a) => {
    for (let k = 0; k < ids.length; k++) {
      const b = ids[k]!;
      if (b < a && model.mutual(a, k)) continue; // once per pair
      const prob = model.candidate(a, k);
      if (prob >= options.edge && model.relative(a, b) >= options.relative) {
        if (edgeCount === edgeA.length) {
          edgeA = grow(edgeA, new Int32Array(2 * edgeCount));
          edgeB = grow(edgeB, new Int32Array(2 * edgeCount));
          edgeP = grow(edgeP, new Float64Array(2 * edgeCount));
        }
        edgeA[edgeCount] = Math.min(a, b);
        edgeB[edgeCount] = Math.max(a, b);
        edgeP[edgeCount] = prob;
        edgeCount++;
      }
    }
  });
  const order = strongestFirst(edgeA, edgeB, edgeP, edgeCount);

  // The group of each sentence (index into `all`, -1: none yet), and the sentences in the order
  // they were first given a group (the groups come out in that order).
  const groupIndex = new Int32Array(sentences.length).fill(-1);
  const all: Growing[] = [];
  const touched: number[] = [];
  const groupOf = (id: number): Growing => {
    const index = groupIndex[id]!;
    if (index >= 0) return all[index]!;
    const { source, sentence } = sentences[id]!;
    const g: Growing = {
      ids: [id],
      edges: [],
      spans: new Map([[source, { source, count: 1, first: sentence, last: sentence }]]),
    };
    groupIndex[id] = all.length;
    all.push(g);
    touched.push(id);
    return g;
  };
  /** Joining keeps at most maxPerSource sentences of a source, no further apart than span. */
  const fits = (x: Growing, y: Growing) => {
    const [big, small] = x.ids.length >= y.ids.length ? [x.spans, y.spans] : [y.spans, x.spans];
    for (const s of small.values()) {
      const b = big.get(s.source);
      if (!b) continue;
      if (b.count + s.count > options.maxPerSource) return false;
      if (Math.max(b.last, s.last) - Math.min(b.first, s.first) > options.span) return false;
    }
    return true;
  };
  /**
   * Whether the mean probability between the groups' (sampled) members of different sources is not
   * below `link`. Reading stops once the answer is certain: each probability is between 0 and 1
   * and floating-point sums are monotone, so the sum so far, plus 1 for each pair not yet read,
   * bounds the final sum from above, and the sum so far bounds it from below.
   */
  const linked = (xs: readonly number[], ys: readonly number[], link: number) => {
    const pairs: number[] = [];
    for (const a of sample(xs))
      for (const b of sample(ys)) if (sentences[a]!.source !== sentences[b]!.source) pairs.push(a, b);
    const count = pairs.length / 2;
    let sum = 0;
    for (let i = 0; i < count; i++) {
      sum += p(pairs[2 * i]!, pairs[2 * i + 1]!);
      if (sum / count >= link) return true;
      let most = sum;
      for (let r = i + 1; r < count; r++) most += 1;
      if (most / count < link) return false;
    }
    return !((count ? sum / count : 0) < link);
  };

  for (let n = 0; n < edgeCount; n++) {
    const e = order[n]!;
    const ea = edgeA[e]!;
    const eb = edgeB[e]!;
    const x = groupOf(ea);
    const y = groupOf(eb);
    if (x === y) continue;
    if (!fits(x, y)) continue;
    if ((x.ids.length > 1 || y.ids.length > 1) && !linked(x.ids, y.ids, options.link)) continue;
    const [big, small] = x.ids.length >= y.ids.length ? [x, y] : [y, x];
    const into = groupIndex[big.ids[0]!]!;
    for (const id of small.ids) {
      big.ids.push(id);
      groupIndex[id] = into;
    }
    big.edges.push({ a: ea, b: eb, p: edgeP[e]! }, ...small.edges);
    for (const s of small.spans.values()) {
      const b = big.spans.get(s.source);
      if (b) {
        b.count += s.count;
        b.first = Math.min(b.first, s.first);
        b.last = Math.max(b.last, s.last);
      } else big.spans.set(s.source, { ...s });
    }
  }
  const groups: Group[] = [];
  const listed = new Uint8Array(all.length);
  for (const id of touched) {
    const index = groupIndex[id]!;
    if (listed[index]) continue;
    listed[index] = 1;
    const g = all[index]!;
    if (g.spans.size > 1) groups.push({ ids: g.ids.sort((a, b) => a - b), edges: g.edges });
  }
  joinSandwiched(table, scored, p, groups);
  const echo = options.echo !== undefined && options.echo < 1 ? options.echo : Number.POSITIVE_INFINITY;
  const far = options.far ?? Number.POSITIVE_INFINITY;
  if (echo <= 1 || far <= 1) addEchoesAndLateMembers(table, scored, p, groups, echo, far, model.candidate);

  return groups;
}

/** A typed array grown into `into` (which is larger). */
function grow<T extends Int32Array | Float64Array>(from: T, into: T): T {
  into.set(from);
  return into;
}

/**
 * Edges from which they are ordered by counting sorts rather than by comparisons (measured: below
 * some 200,000 edges the comparison sort is as fast, and it has no fixed cost).
 */
const RADIX_FROM = 200_000;

/**
 * The order of the edges, strongest first, ties by the lower sentence id, then the higher (in
 * linear time but for sorting the probabilities' values).
 */
export function strongestFirst(
  edgeA: Int32Array,
  edgeB: Int32Array,
  edgeP: Float64Array,
  count: number,
): Uint32Array {
  if (count < RADIX_FROM) {
    // Fewer edges: a comparison sort. The order is total, so both give the same result.
    return Uint32Array.from({ length: count }, (_, i) => i).sort(
      (x, y) => edgeP[y]! - edgeP[x]! || edgeA[x]! - edgeA[y]! || edgeB[x]! - edgeB[y]!,
    );
  }
  // Stable counting sorts, least significant key first: by b, by a, then by the rank of the
  // probability among the distinct probabilities (repeated sentences give many equal ones).
  let size = 0;
  for (let i = 0; i < count; i++) size = Math.max(size, edgeA[i]!, edgeB[i]!);
  const values = Float64Array.from(edgeP.subarray(0, count)).sort();
  let distinct = 0;
  for (let i = 0; i < count; i++) if (i === 0 || values[i] !== values[i - 1]) values[distinct++] = values[i]!;
  const rank = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    // Binary search; the highest probability gets rank 0.
    let lo = 0;
    let hi = distinct - 1;
    const v = edgeP[i]!;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = distinct - 1 - lo;
  }
  let order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  let next = new Uint32Array(count);
  for (const key of [edgeB, edgeA, rank]) {
    const buckets = new Int32Array(Math.max(size, distinct) + 2);
    for (let i = 0; i < count; i++) buckets[key[i]! + 1]!++;
    for (let d = 1; d < buckets.length; d++) buckets[d]! += buckets[d - 1]!;
    for (let n = 0; n < count; n++) {
      const i = order[n]!;
      next[buckets[key[i]!]!++] = i;
    }
    [order, next] = [next, order];
  }
  return order;
}

/**
 * A pair probability this high is a strong link (links scored 0.95 or more were right about nine
 * times in ten on the tuning half, `dev/calibrate.ts`). A sentence with strong links to members of
 * ECHO_WITNESSES other sources of a passage reports the passage's fact even when its mean over the
 * passage's members is below the echo bar (the passage's other members tell the fact in other
 * words, or tell more), provided that mean is at least ECHO_WITNESSED_MEAN (measured on the tuning
 * half: pair recall 0.374 -> 0.391 at equal strict precision; without that floor, precision -0.005).
 */
const STRONG_LINK = 0.95;
const ECHO_WITNESSES = 2;
const ECHO_WITNESSED_MEAN = 0.6;

/**
 * A sentence that states two facts can serve two passages: it is added, as an echo, to another
 * group's passage when that passage's members of other sources match the sentence with a mean
 * probability of at least `threshold` (large groups sampled), or when members of two other sources
 * match it strongly (STRONG_LINK, above), even when the passage has a sentence of its source already
 * (an article that tells the fact twice, once in a sentence of its own and once beside another
 * fact). A sentence that is in no passage yet joins a passage instead, as an ordinary member, on the
 * mean alone: at `threshold` when the passage has nothing from its source, at `far` when it has (the
 * article reports the fact in two places). A sentence goes to at most one passage, the one it
 * matches best; a passage takes at most one such sentence from each source.
 */
function addEchoesAndLateMembers(
  table: FeatureTable,
  scored: ScoredCandidates,
  p: (a: number, b: number) => number,
  groups: Group[],
  threshold: number,
  far: number,
  /** p of a sentence and its k-th candidate (PairModel.candidate). */
  candidate: (a: number, k: number) => number,
): void {
  const { sentences } = table;
  // The group of each sentence, as an index into `groups` (-1: none).
  const owner = new Int32Array(sentences.length).fill(-1);
  groups.forEach((g, index) => {
    for (const id of g.ids) owner[id] = index;
  });
  // The sources each group has members from (as grouping made it), and those it has taken an echo
  // (or a late member) from.
  const sourcesOf = groups.map((g) => new Set(g.ids.map((id) => sentences[id]!.source)));
  const echoed = groups.map(() => new Set<number>());
  // Each group's sample (its members do not change while echoes are looked for).
  const samples = groups.map((g) => sample(g.ids));
  // The groups already looked at for the current sentence: seen[g] === that sentence.
  const seen = new Int32Array(groups.length).fill(-1);
  const found: { id: number; group: number; p: number }[] = [];
  // The current sentence's strong candidates (STRONG_LINK): their groups and sources, in pairs.
  const strongLinks: number[] = [];
  scored.forEach(({ ids }, a) => {
    const home = owner[a]!;
    const source = sentences[a]!.source;
    let best = -1;
    let bestP = 0;
    // Witnesses: strong links to members of other passages (for echoes only: a join stands on the
    // mean). A group can have them only if the sentence has two strong candidates.
    strongLinks.length = 0;
    if (home >= 0)
      for (let k = 0; k < ids.length; k++) {
        const g = owner[ids[k]!]!;
        if (g >= 0 && g !== home && candidate(a, k) >= STRONG_LINK)
          strongLinks.push(g, sentences[ids[k]!]!.source);
      }
    const vouched = strongLinks.length >= 2 * ECHO_WITNESSES;
    for (let k = 0; k < ids.length; k++) {
      const b = ids[k]!;
      const g = owner[b]!;
      if (g < 0 || g === home || seen[g] === a) continue;
      seen[g] = a;
      // The bar: a sentence in no passage that would join one with its source is a far member.
      const bar = home < 0 && sourcesOf[g]!.has(source) ? far : threshold;
      if (bar > 1) continue;
      // The other sources that link strongly to this group's members (counted once each).
      let witnesses = 0;
      if (vouched)
        for (let i = 0; i < strongLinks.length; i += 2) {
          if (strongLinks[i] !== g) continue;
          let first = true;
          for (let j = 0; j < i; j += 2)
            if (strongLinks[j] === g && strongLinks[j + 1] === strongLinks[i + 1]) first = false;
          if (first) witnesses++;
        }
      // A sentence that two other sources vouch for strongly need only reach a lower mean.
      const need = witnesses >= ECHO_WITNESSES ? Math.min(bar, ECHO_WITNESSED_MEAN) : bar;
      // Large groups are sampled, as when groups join; a member of the sentence's own source is
      // no evidence for or against it.
      const sampled = samples[g]!;
      let count = 0;
      let brought = false;
      for (const m of sampled)
        if (sentences[m]!.source !== source) {
          count++;
          if (m === b) brought = true;
        }
      if (count === 0) continue;
      // A vouched sentence counts as reaching the bar (its score is the bar, or its mean if higher).
      const beat = (mean: number) => (mean >= bar ? mean : bar) > bestP;
      // The member that brought the group here first (performance: its probability is known, and
      // when it alone rules the group out, as it mostly does, no other pair is computed).
      if (brought) {
        const most = (candidate(a, k) + (count - 1)) / count;
        if (most < need || !beat(most)) continue;
      }
      const members =
        count === sampled.length ? sampled : sampled.filter((m) => sentences[m]!.source !== source);
      // Reading stops once the mean can neither reach what it needs nor beat the best so far:
      // each probability is at most 1 and floating-point sums are monotone, so the sum so far
      // plus 1 for each member not yet read bounds the final sum (the result is the same).
      let sum = 0;
      let read = 0;
      while (read < members.length) {
        sum += p(a, members[read++]!);
        let most = sum;
        for (let r = read; r < members.length; r++) most += 1;
        if (most / members.length < need || !beat(most / members.length)) break;
      }
      if (read < members.length) continue;
      const mean = sum / members.length;
      if (mean >= need && beat(mean)) {
        best = g;
        bestP = mean >= bar ? mean : bar;
      }
    }
    if (best >= 0) found.push({ id: a, group: best, p: bestP });
  });
  // Strongest first, so a passage keeps the best echo of each source.
  found.sort((x, y) => y.p - x.p || x.id - y.id);
  for (const { id, group: index } of found) {
    const group = groups[index]!;
    const source = sentences[id]!.source;
    const taken = echoed[index]!;
    if (taken.has(source)) continue;
    taken.add(source);
    if (owner[id]! >= 0) {
      group.echoes ??= [];
      group.echoes.push(id);
    } else {
      // A sentence in no passage yet simply joins, linked to the member it matches best.
      let partner = group.ids[0]!;
      for (const m of sample(group.ids)) if (p(id, m) > p(id, partner)) partner = m;
      group.edges.push({ a: Math.min(id, partner), b: Math.max(id, partner), p: p(id, partner) });
      group.ids.push(id);
      owner[id] = index;
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
  // The group of each sentence, as an index into `groups` (-1: none).
  const owner = new Int32Array(sentences.length).fill(-1);
  groups.forEach((g, index) => {
    for (const id of g.ids) owner[id] = index;
  });
  const neighbour = (id: number, step: number): number => {
    const next = sentences[id + step];
    return next && next.source === sentences[id]!.source ? next.id : -1;
  };
  const together = (x: number, y: number) => x >= 0 && y >= 0 && owner[x]! >= 0 && owner[x] === owner[y];
  const pairs: { a: number; b: number; p: number }[] = [];
  scored.forEach(({ ids }, a) => {
    if (owner[a]! >= 0) return;
    for (const b of ids) {
      if (b < a || owner[b]! >= 0) continue;
      if (!together(neighbour(a, -1), neighbour(b, -1)) || !together(neighbour(a, 1), neighbour(b, 1)))
        continue;
      const prob = p(a, b);
      if (prob >= SANDWICH_P) pairs.push({ a, b, p: prob });
    }
  });
  pairs.sort((x, y) => y.p - x.p || x.a - y.a || x.b - y.b);
  for (const pair of pairs) {
    if (owner[pair.a]! >= 0 || owner[pair.b]! >= 0) continue;
    const group: Group = { ids: [pair.a, pair.b], edges: [pair] };
    owner[pair.a] = groups.length;
    owner[pair.b] = groups.length;
    groups.push(group);
  }
}
