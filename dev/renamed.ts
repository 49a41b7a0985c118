// `node .dev/renamed.js [TEXT]` (after `node scripts/build-dev.mjs`): the project's rule that output
// is a function of the inputs' contents and flags, never of their order, checked on the seeds, quake
// and every event of test/fixtures/real/ (or those whose folder name contains TEXT). Each set is
// analysed as read, then again with its files copied under names that reverse their order
// ("a-x.txt", "b-y.txt", "c-z.txt" become "c-x.txt", "b-y.txt", "a-z.txt"), and under names that move
// the first last (with --all, under every order), which changes the sources' ids and order.
// The passages and the figures (status and mentions, each mention named by its original file and
// offsets) must be the same up to the renaming; differences are listed. A dev script, not a test:
// loading and analysing every event takes minutes.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CalendarDate } from '../source/figures/types.js';
import { newsDay } from './event-days.js';
import { eventFiles } from './real-score.js';
import { afterRenaming, asRead, missingFrom, type Renaming } from './renamed-lib.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv[2];
const verbose = process.argv.includes('--verbose');
/** Every order of the files, not only the two renamings below (n! of them: minutes for 5 files). */
const every = process.argv.includes('--all');

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
  before: Awaited<ReturnType<typeof asRead>>,
): Promise<boolean> {
  const after = await afterRenaming(files, asOf, renaming.places);
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
  const before = await asRead(set.files, set.asOf);
  for (const renaming of renamings(set.files.length)) {
    checked++;
    if (!(await check(set.name, set.files, set.asOf, renaming, before))) changed++;
  }
}
console.log(`${changed} of ${checked} renamings changed the passages or figures`);
