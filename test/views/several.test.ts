import { describe, expect, it } from 'vitest';
import { reportContent } from '../../source/views/report/content.js';
import { renderJsonReport } from '../../source/views/report/json.js';
import { renderMarkdownReport } from '../../source/views/report/markdown.js';
import { renderTextReport } from '../../source/views/report/text.js';
import { expectValidReport } from '../helpers/contract.js';
import { comparisonWith } from '../helpers/several.js';

// Two invented reports of one ferry grounding. The first tells the passage's fact in its lead and
// again, in other words, near its end: one passage, two members of that source.
const EAST = [
  'A passenger ferry ran aground off Port Selma late on Friday.',
  'The coast guard sent two patrol boats.',
  'Passengers were taken ashore by lifeboat.',
  'The operator suspended its evening crossings.',
  'The grounding left the ferry stuck on a sandbank off Port Selma.',
];
const WEST = [
  'A ferry carrying passengers ran aground near Port Selma on Friday night.',
  'Divers were checking the hull for damage.',
];
const text = (lines: string[]) => `${lines.join('\n')}\n`;
const twice = comparisonWith(
  [text(EAST), text(WEST)],
  [
    [
      [0, [0]],
      [0, [4]],
      [1, [0]],
    ],
  ],
);

describe('reports of a passage that holds two members of one source', () => {
  it("give the gist from all of its first source's members, in order, the gap marked", () => {
    const row = reportContent(twice).coverage.find((r) => r.passage === 'P1')!;
    expect(row.gist).toBe(`${EAST[0]} … ${EAST[4]}`);
    expect(row.present).toEqual([true, true]);
  });

  it('count a passage as reported by several sources only when two sources report it', () => {
    // A passage of one source's two members (the aligner joins sources, but a view must not count members).
    const alone = comparisonWith(
      [text(EAST), text(WEST)],
      [
        [
          [0, [0]],
          [0, [4]],
        ],
      ],
    );
    expect(reportContent(alone).alignedCount).toBe(0);
    expect(reportContent(twice).alignedCount).toBe(1);
    expect(renderTextReport(twice)).toMatch(
      /^parallax report: 2 sources, \d+ passages \(1 reported by several sources\)/,
    );
  });

  it('show one coverage row for the passage, the source counted once', () => {
    const coverage = renderTextReport(twice, { width: 200, color: false });
    const rows = coverage.split('\n').filter((l) => /^ {2}P1 /.test(l));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(
      /^ {2}P1 +█ +█ +A passenger ferry ran aground off Port Selma late on Friday\. … The grounding/,
    );
    const markdown = renderMarkdownReport(twice)
      .split('\n')
      .filter((l) => l.startsWith('| P1 '));
    expect(markdown).toEqual(['| P1 | ✓ | ✓ | A passenger ferry ran aground off Port Selma… |']);
  });

  it('keep both members in the JSON, each with exact offsets, ordered by source then position', () => {
    const report = JSON.parse(renderJsonReport(twice)) as {
      passages: { id: string; members: { source: string; sentences: number[]; text: string }[] }[];
    };
    const texts = new Map(twice.sources.map((s) => [s.path, s.text]));
    expectValidReport(report, (path) => texts.get(path)!);
    expect(report.passages[0]!.members.map((m) => [m.source, m.sentences])).toEqual([
      ['s0', [0]],
      ['s0', [4]],
      ['s1', [0]],
    ]);
  });
});
