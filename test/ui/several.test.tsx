import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { makeStyle } from '../../source/text/style.js';
import { App } from '../../source/views/ui/app.js';
import { pairLines } from '../../source/views/ui/pair.js';
import { createScene, diffRuns } from '../../source/views/ui/scene.js';
import { renderBrowse, renderRead } from '../../source/views/ui/screen.js';
import { createSearch } from '../../source/views/ui/search.js';
import { initialState, mostCompleteSource } from '../../source/views/ui/state.js';
import { comparisonWith } from '../helpers/several.js';

// Two invented reports of one landslide. The second tells the passage's fact in its lead and again,
// in other words, in its last sentence: one passage, two members of that source.
const NORTH = [
  'A landslide blocked the coastal road near Tarvik overnight, the worst slide in memory, cutting off the hill villages.',
  'Crews began clearing the debris at dawn.',
  'The regional council said the road would reopen soon.',
  'Schools in the area stayed closed.',
  'Boats carried food and water to the cut-off villages.',
];
const SOUTH = [
  'The hill villages near Tarvik were cut off when a landslide buried the coastal road overnight.',
  'Fishing boats ferried food and water to the villages.',
  'Engineers inspected the slope for further movement.',
  'Local farmers said the harvest would be delayed.',
  'Officials called it the worst slide on that stretch of coast in memory.',
];
const text = (lines: string[]) => `${lines.join('\n')}\n`;
const comparison = comparisonWith(
  [text(NORTH), text(SOUTH)],
  [
    [
      [0, [0]],
      [1, [0]],
      [1, [4]],
    ],
    [
      [0, [4]],
      [1, [1]],
    ],
  ],
);
const plain = (lines: string[]) => lines.join('\n').replace(/\u001b\[[0-9;]*m/g, '');
const NO_COLOUR = makeStyle(false, true);
/** Where each text first appears in the output (-1: absent). */
const at = (out: string, ...texts: string[]) => texts.map((t) => out.indexOf(t));

describe('a passage that holds two members of one source', () => {
  it("shows both in the source's column, in reading order, with a line that says text was skipped", () => {
    const out = plain(
      renderBrowse(createScene(comparison), initialState(0), { columns: 160, rows: 30 }, NO_COLOUR),
    );
    const [first, skipped, second] = at(
      out,
      'The hill villages near Tarvik',
      '… 3 sentences skipped',
      'Officials called it the worst',
    );
    expect(first).toBeGreaterThan(0);
    expect(skipped).toBeGreaterThan(first!);
    expect(second).toBeGreaterThan(skipped!);
  });

  it("counts the source once in the passage's sources", () => {
    const scene = createScene({ ...comparison, figures: [] });
    const out = plain(renderBrowse(scene, initialState(0), { columns: 160, rows: 30 }, NO_COLOUR));
    expect(out).toContain('P1: 2 sources');
  });

  it("diffs words against all of the pivot's members, joined in reading order", () => {
    const scene = createScene(comparison);
    // Pivot on the source with two members: "worst" and "memory" are in its second member only.
    const [north] = diffRuns(scene, 0, 1, 0);
    const marked = north!
      .filter((r) => r.changed)
      .map((r) => comparison.passages[0]!.members[0]!.text.slice(r.start, r.end));
    expect(marked.join(' ')).not.toMatch(/worst|memory/);
    expect(marked.join(' ')).toMatch(/blocked/);
    // The other way: one list of runs per member, over that member's own text.
    const south = diffRuns(scene, 0, 0, 1);
    const members = comparison.passages[0]!.members.filter((m) => m.source === 1);
    expect(south).toHaveLength(2);
    south.forEach((runs, i) => {
      expect(runs[0]!.start).toBe(0);
      expect(runs[runs.length - 1]!.end).toBe(members[i]!.text.length);
    });
    const second = south[1]!.filter((r) => r.changed).map((r) => members[1]!.text.slice(r.start, r.end));
    expect(second.join(' ')).toMatch(/stretch/);
    expect(second.join(' ')).not.toMatch(/worst|memory/);
  });

  it('reads each member with the sentences around it, and says how many were left out between', () => {
    const { columns } = { columns: 200 };
    const out = plain(
      renderRead(
        createScene(comparison),
        { ...initialState(0), mode: 'read' },
        { columns, rows: 60 },
        NO_COLOUR,
      ),
    );
    const block = out.slice(out.indexOf('s1 s1'));
    const order = at(block, SOUTH[0]!, SOUTH[1]!, '… 1 sentence skipped', SOUTH[3]!, SOUTH[4]!);
    for (let i = 1; i < order.length; i++) expect(order[i]).toBeGreaterThan(order[i - 1]!);
    expect(block).not.toContain(SOUTH[2]!);
  });

  it('reads an echo that stands right after a member of its source once, not also as context', () => {
    // The south report's second sentence belongs to P2 and is echoed into P1, right after the
    // south member P1 owns: read mode shows it as the echo, not first as that member's context.
    const echoed = comparisonWith(
      [text(NORTH), text(SOUTH)],
      [
        [
          [0, [0]],
          [1, [0]],
        ],
        [
          [0, [4]],
          [1, [1]],
        ],
      ],
    );
    const home = echoed.passages[1]!.members.find((m) => m.source === 1)!;
    echoed.passages[0]!.members.push({ ...home, alsoIn: 'P2' });
    const out = plain(
      renderRead(
        createScene(echoed),
        { ...initialState(0), mode: 'read' },
        { columns: 200, rows: 60 },
        NO_COLOUR,
      ),
    );
    const block = out.slice(out.indexOf('s1 s1'));
    expect(block.split(SOUTH[1]!).length - 1).toBe(1);
    const order = at(block, SOUTH[0]!, '↺ also in P2', SOUTH[1]!, SOUTH[2]!);
    for (let i = 1; i < order.length; i++) expect(order[i]).toBeGreaterThan(order[i - 1]!);
    expect(block).not.toContain('skipped');
  });

  it('draws every sentence once in pair mode, the second member marked as more of the passage', () => {
    const scene = createScene(comparison);
    const out = plain(pairLines(scene, [0, 1], 200, true, NO_COLOUR));
    const right = out
      .split('\n')
      .map((l) => l.split('│')[1] ?? '')
      .join(' ')
      .replace(/\s+/g, ' ');
    for (const sentence of SOUTH) expect(right.split(sentence).length - 1, sentence).toBe(1);
    expect(right).toContain('… more of P1');
  });

  it('is found by search, its members in order, a gap marked', () => {
    const [hit] = createSearch(comparison)('stretch of coast');
    expect(hit!.passage).toBe(0);
    expect(hit!.text).toBe(`${NORTH[0]} ┃ ${SOUTH[0]} … ${SOUTH[4]}`);
  });

  it('makes a source the pivot by the passages it reports, not by its members', () => {
    // Source 1's two members of one passage count once: it reports no more passages than source 0.
    const passages = [
      { members: [{ source: 1 }, { source: 1 }, { source: 2 }] },
      { members: [{ source: 0 }] },
    ];
    expect(mostCompleteSource(passages, 3)).toBe(0);
  });

  it('keeps article text safe to print in both members', () => {
    const hostile = comparisonWith(
      [
        text(NORTH),
        text([
          ...SOUTH.slice(0, 4),
          'Officials \u001b]0;x\u0007called it the worst slide in memory \u001b[2J.',
        ]),
      ],
      [
        [
          [0, [0]],
          [1, [0]],
          [1, [4]],
        ],
      ],
    );
    const scene = createScene(hostile);
    for (const out of [
      renderBrowse(scene, initialState(0), { columns: 160, rows: 30 }, NO_COLOUR),
      renderRead(scene, { ...initialState(0), mode: 'read' }, { columns: 160, rows: 60 }, NO_COLOUR),
      pairLines(scene, [0, 1], 160, true, NO_COLOUR),
    ]) {
      const shown = plain(out);
      expect(shown).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(shown).toContain('␛]0;x␇called');
    }
  });
});

describe('the interactive view of such a passage', () => {
  let view: ReturnType<typeof render> | undefined;
  afterEach(() => view?.unmount());

  it('shows both members with the skipped line, and j still moves one passage', async () => {
    view = render(<App comparison={comparison} color={false} writeReport={async () => 'x.md'} />);
    const frame = async (check: (f: string) => boolean) => {
      for (let i = 0; i < 1000; i++) {
        const f = plain([view!.lastFrame() ?? '']);
        if (check(f)) return f;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      throw new Error(`timed out; last frame:\n${view!.lastFrame()}`);
    };
    const first = await frame((f) => f.includes('passage 1/'));
    expect(first).toContain('3 sentences skipped');
    view.stdin.write('j');
    await frame((f) => f.includes(`passage 2/${comparison.passages.length}`));
  });
});
