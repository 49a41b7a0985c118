import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type GoldAlignment, scoreAlignment } from '../../dev/alignment-score.js';
import { type GoldFigures, scoreFigures } from '../../dev/figures-score.js';
import { analyze } from '../../source/analysis/analyze.js';
import { loadSources } from '../../source/corpus/load.js';

const root = new URL('../../', import.meta.url).pathname;
const gold = <T>(name: string) => JSON.parse(readFileSync(`${root}test/fixtures/gold/${name}`, 'utf8')) as T;

// Floors under the scores that npm run eval reports; they fail when a change makes things worse.
describe.each([
  { folder: 'seeds', name: 'seeds', alignment: { precision: 0.95, recall: 0.85 } },
  { folder: 'test/fixtures/heldout/quake', name: 'quake', alignment: { precision: 0.85, recall: 0.7 } },
])('evaluation on $folder', ({ folder, name, alignment }) => {
  it('finds every gold conflict, no false one, and never calls compatible wordings a conflict', async () => {
    const sources = await loadSources([`${root}${folder}`]);
    const comparison = analyze(sources);
    const figures = scoreFigures(sources, comparison.figures, gold<GoldFigures>(`${name}-figures.json`));
    expect(figures.violations).toEqual([]);
    expect(figures.falseConflicts).toEqual([]);
    expect(figures.missed).toEqual([]);
    const aligned = scoreAlignment(
      sources,
      comparison.passages,
      gold<GoldAlignment>(`${name}-alignment.json`),
    );
    expect(aligned.precision).toBeGreaterThanOrEqual(alignment.precision);
    expect(aligned.recall).toBeGreaterThanOrEqual(alignment.recall);
  });
});
