// `node .dev/renamed.js [TEXT]` (after `node scripts/build-dev.mjs`): the project's rule that output
// is a function of the inputs' contents and flags, never of their order, checked on the seeds, quake
// and every event of test/fixtures/real/ (or those whose folder name contains TEXT). Each set is
// analysed as read, then again with its files copied under names that reverse their order
// ("a-x.txt", "b-y.txt", "c-z.txt" become "c-x.txt", "b-y.txt", "a-z.txt"), and under names that move
// the first last (with --all, under every order), which changes the sources' ids and order.
// The passages and the figures (status and mentions, each mention named by its original file and
// offsets) must be the same up to the renaming; differences are listed. A dev script, not a test:
// loading and analysing every event takes minutes.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../source/analysis/analyze.js';
import type { Comparison } from '../source/analysis/types.js';
import { loadSources } from '../source/corpus/load.js';
import type { CalendarDate } from '../source/figures/types.js';
import { newsDay } from './event-days.js';
import { eventFiles } from './real-score.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv[2];
const verbose = process.argv.includes('--verbose');
/** Every order of the files, not only the two renamings below (n! of them: minutes for 5 files). */
const every = process.argv.includes('--all');

/** Passages and figures with each source named by the file it was read from (before renaming). */
function canonical(comparison: Comparison, original: (path: string) => string) {
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
function missingFrom(a: readonly string[], b: readonly string[]): string[] {
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
interface Renaming {
  name: string;
  places: number[];
}

/** The order reversed and the first file moved last; with --all, every order. */
function renamings(n: number): Renaming[] {
  const index = Array.from({ length: n }, (_, i) => i);
  if (!every)
    return [
      { name: 'reversed', places: index.map((i) => n - 1 - i) },
      { name: 'rotated', places: index.map((i) => (i + n - 1) % n) },
    ];
  const all: number[][] = [];
  const grow = (done: number[]) => {
    if (done.length === n) all.push(done);
    else for (const i of index) if (!done.includes(i)) grow([...done, i]);
  };
  grow([]);
  return all.filter((p) => p.some((x, i) => x !== i)).map((places) => ({ name: places.join(''), places }));
}

async function check(
  name: string,
  files: string[],
  asOf: CalendarDate | null,
  renaming: Renaming,
  before: ReturnType<typeof canonical>,
): Promise<boolean> {
  const sorted = [...files].sort();
  const dir = mkdtempSync(join(tmpdir(), 'parallax-renamed-'));
  const renamed = new Map<string, string>();
  sorted.forEach((path, i) => {
    const base = basename(path).replace(/^[a-z]-/, '');
    const target = join(dir, `${String.fromCharCode(97 + renaming.places[i]!)}-${base}`);
    copyFileSync(path, target);
    renamed.set(target, basename(path));
  });
  try {
    const after = canonical(
      analyze(await loadSources([...renamed.keys()]), { asOf }),
      (p) => renamed.get(p)!,
    );
    const passages = missingFrom(before.passages, after.passages).length;
    const lost = missingFrom(before.figures, after.figures);
    const gained = missingFrom(after.figures, before.figures);
    const same = passages === 0 && lost.length === 0 && gained.length === 0;
    console.log(
      `${same ? 'same    ' : 'CHANGED '} ${name.padEnd(42)} ${renaming.name.padEnd(9)} passages changed ${passages}  figures ${before.figures.length}: only as read ${lost.length}, only renamed ${gained.length}`,
    );
    if (verbose) {
      for (const l of missingFrom(before.passages, after.passages)) console.log(`    passage as read: ${l}`);
      for (const l of missingFrom(after.passages, before.passages)) console.log(`    passage renamed: ${l}`);
      for (const l of lost) console.log(`    as read: ${l}`);
      for (const l of gained) console.log(`    renamed: ${l}`);
    }
    return same;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const txt = (folder: string) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(folder, f));
const sets: { name: string; files: string[]; asOf: CalendarDate | null }[] = [
  { name: 'seeds', files: txt(`${root}seeds`), asOf: null },
  { name: 'quake', files: txt(`${root}test/fixtures/heldout/quake`), asOf: null },
];
const real = `${root}test/fixtures/real`;
for (const event of readdirSync(real, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(real, d.name, 'gold.json')))
  .map((d) => d.name)
  .sort())
  sets.push({ name: event, files: eventFiles(join(real, event)), asOf: newsDay(join(real, event)) });
let changed = 0;
let checked = 0;
for (const set of sets.filter((s) => !only || only.startsWith('--') || s.name.includes(only))) {
  const sorted = [...set.files].sort();
  const before = canonical(analyze(await loadSources(sorted), { asOf: set.asOf }), (p) => basename(p));
  for (const renaming of renamings(sorted.length)) {
    checked++;
    if (!(await check(set.name, set.files, set.asOf, renaming, before))) changed++;
  }
}
console.log(`${changed} of ${checked} renamings changed the passages or figures`);
