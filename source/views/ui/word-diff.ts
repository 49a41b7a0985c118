import { diffArrays } from 'diff';
import { contentWords } from '../../tokens/normalize.js';
import { variantMap } from '../../tokens/variants.js';

/** Most edits the word diff looks for before it falls back to marking absent words. */
const MAX_EDITS = 400;

/** A stretch of a text that the text it was compared with also has, or lacks. */
export interface Run {
  start: number;
  end: number;
  changed: boolean;
}

/**
 * The content words of `text` that `other` lacks, as runs over `text`: a word diff by jsdiff
 * (`diffArrays`, the longest common subsequence of the two texts' content words). Words are compared
 * the way the aligner compares them (case, accents, punctuation and quote styles folded; stems,
 * number values, synonym classes and spelling variants), and function words are never marked: on a
 * paraphrase only the words that carry a different fact stand out. A word the diff adds here and
 * removes elsewhere has only moved: it is paired off and not marked, so a reordered sentence is not
 * shown as changed, while a word said twice here and once there still is.
 */
export function contentDiff(other: string, text: string): Run[] {
  const mine = contentWords(text);
  const theirs = contentWords(other);
  const variants = variantMap(new Set([...mine, ...theirs].map((t) => t.key)));
  const key = (k: string) => variants.get(k) ?? k;
  const theirKeys = theirs.map((t) => key(t.key));
  const myKeys = mine.map((t) => key(t.key));
  // Bounded work (deterministic: no timeout): past MAX_EDITS the texts are too different to align
  // word by word, and every word of this text the other lacks entirely is marked instead.
  const changes = diffArrays(theirKeys, myKeys, { maxEditLength: MAX_EDITS }) ?? [
    { value: theirKeys, added: false, removed: true, count: theirKeys.length },
    { value: myKeys, added: true, removed: false, count: myKeys.length },
  ];
  // Words the other text has that the diff found out of order: each pairs off one added word.
  const removed = new Map<string, number>();
  for (const change of changes)
    if (change.removed) for (const k of change.value) removed.set(k, (removed.get(k) ?? 0) + 1);
  const added: boolean[] = [];
  for (const change of changes) {
    if (change.removed) continue;
    for (const k of change.value) {
      const moved = change.added && (removed.get(k) ?? 0) > 0;
      if (moved) removed.set(k, removed.get(k)! - 1);
      added.push(change.added && !moved);
    }
  }
  const runs: Run[] = [];
  let at = 0;
  const push = (end: number, changed: boolean) => {
    if (end <= at) return;
    const last = runs[runs.length - 1];
    if (last && last.changed === changed) last.end = end;
    else runs.push({ start: at, end, changed });
    at = end;
  };
  mine.forEach((token, i) => {
    if (!added[i]) return;
    push(token.start, false);
    push(token.end, true);
  });
  push(text.length, false);
  return runs;
}

/**
 * The runs of a diff that fall in `[from, to)` of its text, as runs over that stretch (offsets
 * from `from`): a member's share of the diff of several members' joined texts.
 */
export function sliceRuns(runs: readonly Run[], from: number, to: number): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const start = Math.max(run.start, from);
    const end = Math.min(run.end, to);
    if (start < end) out.push({ start: start - from, end: end - from, changed: run.changed });
  }
  return out;
}
