import { diffWords } from 'diff';

/** A stretch of a text that is the same as, or differs from, the text it was compared with. */
export interface Run {
  start: number;
  end: number;
  changed: boolean;
}

/** Limits that keep a word diff from hanging on texts with nothing in common (jsdiff #163). */
export const DIFF_LIMITS = { maxEditLength: 400, timeout: 40 };

/**
 * Word diff of `text` against `pivot` (jsdiff, case-insensitive, bounded): the runs of `text` that
 * the pivot also has and those it does not. Returns null when the texts are too different to diff
 * within the limits; the caller then shows the text without marks.
 */
export function diffAgainst(pivot: string, text: string): Run[] | null {
  const changes = diffWords(pivot, text, { ignoreCase: true, ...DIFF_LIMITS });
  if (!changes) return null;
  const runs: Run[] = [];
  let at = 0;
  for (const change of changes) {
    if (change.removed) continue;
    const end = at + change.value.length;
    if (text.slice(at, end) !== change.value) return null; // never mark the wrong characters
    const changed = Boolean(change.added) && /\S/u.test(change.value);
    const last = runs[runs.length - 1];
    if (last && last.changed === changed) last.end = end;
    else runs.push({ start: at, end, changed });
    at = end;
  }
  return at === text.length ? runs : null;
}
