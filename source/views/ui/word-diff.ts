import { contentWords } from '../../tokens/normalize.js';
import { variantMap } from '../../tokens/variants.js';

/** A stretch of a text that the text it was compared with also has, or lacks. */
export interface Run {
  start: number;
  end: number;
  changed: boolean;
}

/**
 * The content words of `text` that `other` lacks, as runs over `text`. Words are compared the way
 * the aligner compares them (case, accents, punctuation and quote styles folded; stems, number
 * values, synonym classes and spelling variants), and function words are never marked: on a
 * paraphrase only the words that carry a different fact stand out. A word counts as shared
 * wherever it sits in the other text, so a reordered sentence is not marked as changed.
 */
export function contentDiff(other: string, text: string): Run[] {
  const mine = contentWords(text);
  const theirs = contentWords(other);
  const variants = variantMap(new Set([...mine, ...theirs].map((t) => t.key)));
  const key = (k: string) => variants.get(k) ?? k;
  const shared = new Set(theirs.map((t) => key(t.key)));
  const runs: Run[] = [];
  let at = 0;
  const push = (end: number, changed: boolean) => {
    if (end <= at) return;
    const last = runs[runs.length - 1];
    if (last && last.changed === changed) last.end = end;
    else runs.push({ start: at, end, changed });
    at = end;
  };
  for (const token of mine) {
    if (shared.has(key(token.key))) continue;
    push(token.start, false);
    push(token.end, true);
  }
  push(text.length, false);
  return runs;
}
