/**
 * What ordering needs to know of a passage: its members' sources and first sentence indices (a
 * source may have several members, in reading order).
 */
export interface Placed {
  members: { source: number; sentence: number }[];
}

/**
 * Reading order for passages. The backbone is the source that takes part in the most aligned
 * passages; passages it lacks are placed right after the nearest earlier sentence of one of their
 * own sources whose passage is already placed (or before the nearest later one), so one-source
 * passages stay where they stand in their article. Returns the passages' indices in order.
 */
export function readingOrder(passages: readonly Placed[], sourceCount: number): number[] {
  const sentenceCount = new Array<number>(sourceCount).fill(0);
  const passageAt: Map<number, number>[] = Array.from({ length: sourceCount }, () => new Map());
  const shared = new Array<number>(sourceCount).fill(0);
  passages.forEach((passage, p) => {
    // A passage may hold several members of one source (two places of its article): the source
    // takes part in it once, and the passage is aligned only when two sources take part.
    const sources = new Set(passage.members.map((m) => m.source));
    for (const { source, sentence } of passage.members) {
      passageAt[source]!.set(sentence, p);
      sentenceCount[source] = Math.max(sentenceCount[source]!, sentence + 1);
    }
    if (sources.size > 1) for (const source of sources) shared[source]!++;
  });
  let backbone = 0;
  for (let s = 1; s < sourceCount; s++) if (shared[s]! > shared[backbone]!) backbone = s;

  const key = new Array<number | undefined>(passages.length);
  passages.forEach((passage, p) => {
    const member = passage.members.find((m) => m.source === backbone);
    if (member) key[p] = member.sentence;
  });

  // A source with several members in a passage (two places of its article): the one-source passages
  // that follow its earlier members come first, so those after a later member are placed after them
  // (the room they take), not on the same keys, where the two runs of the article would interleave.
  const roomBefore = (q: number, source: number, at: number): number => {
    let room = 0;
    for (const m of passages[q]!.members) {
      if (m.source !== source || m.sentence >= at) continue;
      for (let k = m.sentence + 1; k < at; k++) {
        const x = passageAt[source]!.get(k);
        if (x === undefined || passages[x]!.members.length !== 1) break;
        room++;
      }
    }
    return room;
  };
  const STEP = 1e-3;
  for (let changed = true; changed; ) {
    changed = false;
    passages.forEach((passage, p) => {
      if (key[p] !== undefined) return;
      for (const { source, sentence } of [...passage.members].sort((x, y) => x.source - y.source)) {
        const at = passageAt[source]!;
        for (let i = sentence - 1; i >= 0; i--) {
          const q = at.get(i);
          if (q !== undefined && key[q] !== undefined) {
            key[p] = key[q]! + STEP * (roomBefore(q, source, i) + sentence - i);
            break;
          }
        }
        if (key[p] !== undefined) break;
        for (let i = sentence + 1; i < sentenceCount[source]!; i++) {
          const q = at.get(i);
          if (q !== undefined && key[q] !== undefined) {
            key[p] = key[q]! - STEP * (i - sentence);
            break;
          }
        }
        if (key[p] !== undefined) break;
      }
      if (key[p] !== undefined) changed = true;
    });
  }
  const fallback = (p: number) => {
    const first = passages[p]!.members[0]!;
    return 1e9 + first.source * 1e6 + first.sentence;
  };
  const first = (p: number) => passages[p]!.members[0]!;
  return passages
    .map((_, p) => p)
    .sort(
      (x, y) =>
        (key[x] ?? fallback(x)) - (key[y] ?? fallback(y)) ||
        first(x).source - first(y).source ||
        first(x).sentence - first(y).sentence,
    );
}
