import { describe, expect, it } from 'vitest';
import { renderTextReport } from '../../source/views/report/text.js';
import { comparisonWith } from '../helpers/several.js';

const comparison = comparisonWith(
  ['Flood waters rose in the valley on Monday.\n', 'The valley flooded on Monday.\n'],
  [
    [
      [0, [0]],
      [1, [0]],
    ],
  ],
);

function withPath(path: string) {
  return {
    ...comparison,
    sources: comparison.sources.map((s, i) => (i === 0 ? { ...s, path, title: 'Valley flood' } : s)),
  };
}

describe("the text report's list of sources", () => {
  it('keeps a short path after the title on one line', () => {
    const lines = renderTextReport(withPath('in/a.txt'), { width: 60, color: false }).split('\n');
    expect(lines).toContain('  s0  Valley flood (in/a.txt)');
  });

  it('gives a path too long for the line a line of its own, whole, to be copied', () => {
    const path = 'reports/2024/valley-flood/collected-on-the-day/first-outlet-article-text.txt';
    const lines = renderTextReport(withPath(path), { width: 60, color: false }).split('\n');
    expect(lines).toContain('  s0  Valley flood');
    expect(lines).toContain(`      (${path})`);
  });
});
