import { expect, it } from 'vitest';
import { analyze } from '../../source/analysis/analyze.js';
import { loadSources } from '../../source/corpus/load.js';
import { reportContent } from '../../source/views/report/content.js';

it("the coverage row's gist is a sentence the passage owns, not one it echoes from another", async () => {
  const comparison = analyze(await loadSources([new URL('../../seeds', import.meta.url).pathname]));
  const content = reportContent(comparison);
  const echoFirst = comparison.passages.filter((p) => p.members[0]!.alsoIn);
  expect(echoFirst.length).toBeGreaterThan(0);
  for (const passage of echoFirst) {
    const row = content.coverage.find((r) => r.passage === passage.id)!;
    expect(row.gist).toBe(passage.members.find((m) => !m.alsoIn)!.text);
    expect(row.gist).not.toBe(passage.members[0]!.text);
  }
});
