import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newsDay } from '../../dev/event-days.js';
import { eventFiles } from '../../dev/real-score.js';
import { afterRenaming, asRead } from '../../dev/renamed-lib.js';

// Output is a function of the inputs' contents and flags, never of their order: the sources' ids
// (and so their order) come from the file names, so the same articles under other names must give
// the same passages and figures, up to the renaming. Checked on every set of real articles we have,
// with the order of the files reversed (`node .dev/renamed.js --all` tries every order).
const root = new URL('../../', import.meta.url).pathname;
const txt = (folder: string) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(folder, f));
const real = `${root}test/fixtures/real`;
const sets = [
  { name: 'seeds', files: txt(`${root}seeds`), asOf: null },
  ...readdirSync(real, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(real, d.name, 'gold.json')))
    .map((d) => ({ name: d.name, files: eventFiles(join(real, d.name)), asOf: newsDay(join(real, d.name)) })),
];

describe('renaming the articles', () => {
  it.each(sets)('changes no passage and no figure of $name', async ({ files, asOf }) => {
    const before = await asRead(files, asOf);
    const after = await afterRenaming(
      files,
      asOf,
      files.map((_, i) => files.length - 1 - i),
    );
    expect(after.passages).toEqual(before.passages);
    expect(after.figures).toEqual(before.figures);
  });
});
