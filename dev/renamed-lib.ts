// What dev/renamed.ts and test/robustness/renamed.test.ts share: an analysis with every source named
// by the file it was read from, and the same analysis of the files copied under other names.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { analyze } from '../source/analysis/analyze.js';
import type { Comparison } from '../source/analysis/types.js';
import { loadSources } from '../source/corpus/load.js';
import type { CalendarDate } from '../source/figures/types.js';

/** Passages and figures with each source named by the file it was read from (before renaming). */
export function canonical(comparison: Comparison, original: (path: string) => string) {
  const file = (i: number) => original(comparison.sources[i]!.path);
  const passages = comparison.passages
    .map((p) =>
      p.members
        .map((m) => `${file(m.source)}:${m.start}-${m.end}`)
        .sort()
        .join(' '),
    )
    .sort();
  const figures = comparison.figures
    .map(
      (f) =>
        `${f.status} ${f.basis} ${f.reasons.rule}${f.reasons.bound ? ` (${f.reasons.bound.hedge} ${f.reasons.bound.value})` : ''} ${f.subject}: ${f.mentions
          .map((m) => `${file(m.source)}:${m.start}-${m.end}(${m.text})`)
          .sort()
          .join(' | ')}`,
    )
    .sort();
  return { passages, figures };
}

/** The lines of one list that the other lacks (as multisets). */
export function missingFrom(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

/** A renaming: the new place of each of n files, in their order as read. */
export interface Renaming {
  name: string;
  places: number[];
}

/** The passages and figures of `files` as read (sorted by name), named by file. */
export async function asRead(files: readonly string[], asOf: CalendarDate | null) {
  return canonical(analyze(await loadSources([...files].sort()), { asOf }), (p) => basename(p));
}

/**
 * The passages and figures of `files` copied under names that put the i-th (in name order) at
 * `places[i]` ("a-x.txt" becomes "c-x.txt"...), each source named by its original file.
 */
export async function afterRenaming(
  files: readonly string[],
  asOf: CalendarDate | null,
  places: readonly number[],
) {
  const sorted = [...files].sort();
  const dir = mkdtempSync(join(tmpdir(), 'parallax-renamed-'));
  const renamed = new Map<string, string>();
  sorted.forEach((path, i) => {
    const base = basename(path).replace(/^[a-z]-/, '');
    const target = join(dir, `${String.fromCharCode(97 + places[i]!)}-${base}`);
    copyFileSync(path, target);
    renamed.set(target, basename(path));
  });
  try {
    return canonical(analyze(await loadSources([...renamed.keys()]), { asOf }), (p) => renamed.get(p)!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
