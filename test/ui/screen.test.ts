import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../source/analysis/analyze.js';
import type { Comparison } from '../../source/analysis/types.js';
import { loadSources } from '../../source/corpus/load.js';
import { segment } from '../../source/corpus/segment.js';
import { makeStyle } from '../../source/text/style.js';
import { pairLines } from '../../source/views/ui/pair.js';
import {
  columnLayout,
  conflictLanding,
  createScene,
  figureLanding,
  numberKeys,
} from '../../source/views/ui/scene.js';
import {
  renderBrowse,
  renderHelp,
  renderList,
  renderPair,
  renderRead,
  renderSearch,
  renderTable,
  renderTooSmall,
} from '../../source/views/ui/screen.js';
import { createSearch } from '../../source/views/ui/search.js';
import { initialState, reduce } from '../../source/views/ui/state.js';

let comparison: Comparison;
beforeAll(async () => {
  comparison = analyze(await loadSources([new URL('../../seeds', import.meta.url).pathname]));
});

const SIZES = [
  { columns: 60, rows: 15 },
  { columns: 80, rows: 24 },
  { columns: 160, rows: 45 },
  { columns: 237, rows: 61 },
];
const strip = (line: string) => line.replace(/\u001b\[[0-9;]*m/g, '');

describe('screens', () => {
  it.each(SIZES)('fill exactly the terminal at $columns x $rows, never wider', (size) => {
    const scene = createScene(comparison);
    const search = createSearch(comparison);
    for (const color of [true, false]) {
      const paint = makeStyle(color, true);
      for (const focus of [0, 24, comparison.passages.length - 1]) {
        const state = { ...initialState(1), focus };
        const screens = [
          renderBrowse(scene, state, size, paint),
          renderRead(scene, state, size, paint),
          renderList(scene, { ...state, selected: 3 }, size, paint),
          renderSearch(scene, { ...state, query: 'nato' }, search('nato'), size, paint),
          renderHelp(state, size, paint),
          renderTable(scene, { ...state, mode: 'table', selected: 2 }, size, paint),
          renderPair(scene, { ...state, mode: 'pair', pair: [1, 3], scroll: 5 }, size, paint),
        ];
        for (const lines of screens) {
          expect(lines.length).toBe(size.rows);
          for (const line of lines) expect(stringWidth(line), strip(line)).toBeLessThanOrEqual(size.columns);
        }
      }
    }
  });

  it.each(SIZES)('draws pair mode within $columns columns for every pair, whole', (size) => {
    const scene = createScene(comparison);
    const sources = comparison.sources.length;
    for (let a = 0; a < sources; a++)
      for (let b = 0; b < sources; b++) {
        if (a === b) continue;
        for (const line of pairLines(scene, [a, b], size.columns, true, makeStyle(true, true)))
          expect(stringWidth(line), strip(line)).toBeLessThanOrEqual(size.columns);
      }
  });

  it('draws from its memo tables what a fresh scene draws, across pivots, widths, columns and marks', () => {
    // One scene kept over a walk of states (as the view keeps it over keys) against a new scene
    // for every screen: a memo keyed on too little would show a stale cell after the change.
    const kept = createScene(comparison);
    const sources = comparison.sources.length;
    const conflict = comparison.passages.findIndex((_, i) => kept.conflictPassages.includes(i));
    let state = initialState(0);
    for (let step = 0; step < 20; step++) {
      const size = SIZES[step % SIZES.length]!;
      state = {
        ...state,
        pivot: (state.pivot + (step % 3 === 0 ? 1 : 0)) % sources,
        diff: step % 7 !== 3,
        columnOffset: step % 5,
        focus: step % 4 === 0 ? Math.max(0, conflict) : (step * 7) % comparison.passages.length,
      };
      for (const color of [true, false]) {
        const paint = makeStyle(color, true);
        expect(renderBrowse(kept, state, size, paint)).toEqual(
          renderBrowse(createScene(comparison), state, size, paint),
        );
        expect(renderRead(kept, { ...state, mode: 'read' }, size, paint)).toEqual(
          renderRead(createScene(comparison), { ...state, mode: 'read' }, size, paint),
        );
        const listed = { ...state, selected: step % 9 };
        expect(renderTable(kept, { ...listed, mode: 'table' }, size, paint)).toEqual(
          renderTable(createScene(comparison), { ...listed, mode: 'table' }, size, paint),
        );
        expect(renderList(kept, { ...listed, mode: 'list' }, size, paint)).toEqual(
          renderList(createScene(comparison), { ...listed, mode: 'list' }, size, paint),
        );
      }
    }
  });

  it('shows as many columns as fit at a readable width, the pivot first', () => {
    const scene = createScene(comparison);
    expect(columnLayout(scene, initialState(2), 160).order).toEqual([2, 0, 1, 3, 4]);
    const narrow = columnLayout(scene, initialState(2), 80);
    expect(narrow.order).toEqual([2, 0]);
    expect(narrow.width).toBeGreaterThanOrEqual(28);
    expect(columnLayout(scene, { ...initialState(2), columnOffset: 2 }, 80).order).toEqual([2, 3]);
  });

  it('says when a source does not report a passage', () => {
    const scene = createScene(comparison);
    const lone = comparison.passages.findIndex((p) => p.members.length === 1);
    const text = renderBrowse(
      scene,
      { ...initialState(0), focus: lone },
      { columns: 160, rows: 45 },
      makeStyle(false, true),
    ).join('\n');
    expect(text).toContain('· not reported');
  });

  it('marks a sentence shown in a second passage with the passage it belongs to', () => {
    const scene = createScene(comparison);
    const focus = comparison.passages.findIndex((p) => p.members.some((m) => m.alsoIn));
    expect(focus).toBeGreaterThanOrEqual(0);
    const passage = comparison.passages[focus]!;
    const echo = passage.members.find((m) => m.alsoIn)!;
    // Pivot on the echo's own source, so its column is on screen.
    const state = { ...initialState(echo.source), focus };
    const size = { columns: 237, rows: 61 };
    for (const screen of [
      renderBrowse(scene, state, size, makeStyle(false, true)),
      renderRead(scene, state, size, makeStyle(false, true)),
    ])
      expect(screen.join('\n')).toContain(`↺ also in ${echo.alsoIn}`);
    // An ordinary member carries no mark (read mode shows the focused passage alone).
    const plain = comparison.passages.findIndex(
      (p) => p.members.length > 1 && p.members.every((m) => !m.alsoIn),
    );
    const text = renderRead(scene, { ...initialState(0), focus: plain }, size, makeStyle(false, true)).join(
      '\n',
    );
    expect(text).not.toContain('↺ also in');
  });

  it('neutralises control characters from the articles', () => {
    const texts = [
      'Officials said \u001b]0;pwned\u0007 that 12 people were hurt in the blast at the port.\n',
      'Twelve people were hurt in the blast at the port, officials said \u001b[2J.\n',
    ];
    const sources = texts.map((t, i) => segment(`s${i}`, `s${i}`, t, 'utf-8'));
    const scene = createScene(analyze(sources));
    for (const render of [renderBrowse, renderRead]) {
      const out = render(scene, initialState(0), { columns: 100, rows: 20 }, makeStyle(false, true)).join(
        '\n',
      );
      expect(out).not.toMatch(/\u001b\]|\u0007|\u001b\[2J/);
      expect(strip(out)).toContain('␛]0;pwned␇');
    }
  });

  it('neutralises control characters in labels taken from file names', () => {
    const texts = [
      'Officials said that 12 people were hurt in the blast at the port.\n',
      'Twelve people were hurt in the blast at the port, officials said.\n',
    ];
    const ids = ['\u001b]52;c;cHduZWQ=\u0007one', '\u001b]0;title\u001b\\\u009b31mtwo'];
    const sources = texts.map((t, i) => segment(ids[i]!, `${ids[i]}.txt`, t, 'utf-8'));
    const scene = createScene(analyze(sources));
    const state = initialState(0);
    for (const out of [
      renderBrowse(scene, state, { columns: 100, rows: 20 }, makeStyle(false, true)),
      renderRead(scene, state, { columns: 100, rows: 20 }, makeStyle(false, true)),
      renderList(scene, state, { columns: 100, rows: 20 }, makeStyle(false, true)),
    ]) {
      // Only the view's own SGR styling may remain.
      expect(strip(out.join('\n'))).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    }
    expect(
      renderBrowse(scene, state, { columns: 100, rows: 20 }, makeStyle(false, true)).join('\n'),
    ).toContain('␛]52;c;cHduZWQ=␇one');
  });

  it('asks for a bigger terminal below the minimum size', () => {
    expect(renderTooSmall({ columns: 70, rows: 10 })[0]).toBe(
      'parallax needs at least 60x15; this terminal is 70x10.',
    );
  });
});

describe('conflict in view', () => {
  it('lands on a conflict with the pivot on one side and the other side among the columns', () => {
    const scene = createScene(comparison);
    const passage = scene.conflictPassages[0]!;
    const landing = conflictLanding(scene, passage, 2);
    const figure = scene.figuresByPassage[passage]!.find((f) => f.status === 'conflict')!;
    const sources = figure.mentions.map((m) => m.source);
    expect(sources).toContain(landing.pivot);
    expect(sources).toContain(landing.show);
    const values = (s: number) => figure.mentions.filter((m) => m.source === s).map((m) => m.text);
    expect(values(landing.show!)).not.toEqual(values(landing.pivot!));
  });
});

describe('conflicts in turn', () => {
  it('visits with n every conflict, each in the passage it is shown in, in reading order', () => {
    // A second conflict (made from a one-passage figure) between the two passages of the seeds'
    // conflict, which is shown in its later passage (where the months and the years meet).
    const index = (id: string) => comparison.passages.findIndex((p) => p.id === id);
    const first = comparison.figures.find((f) => f.status === 'conflict')!;
    expect(first.passages.length).toBeGreaterThan(1);
    const [from, to] = [index(first.passages[0]!), index(first.passages.at(-1)!)];
    const between = comparison.figures.find(
      (f) => f.passages.length === 1 && index(f.passages[0]!) > from && index(f.passages[0]!) < to,
    )!;
    const figures = comparison.figures.map((f) =>
      f === between ? { ...f, status: 'conflict' as const } : f,
    );
    const scene = createScene({ ...comparison, figures });
    const context = {
      passages: comparison.passages.length,
      sources: comparison.sources.length,
      conflictPassages: scene.conflictPassages,
      conflictLanding: (passage: number, pivot: number) => conflictLanding(scene, passage, pivot),
      figuresAt: (passage: number) => scene.figuresByPassage[passage]!.length,
      visibleColumns: 2,
      pageSize: 4,
      listLength: 0,
      scrollLimit: () => 0,
      target: () => undefined,
      digit: () => undefined,
    };
    let state = initialState(0);
    const visited: number[] = [];
    for (let i = 0; i < 4; i++) {
      state = reduce(state, { type: 'conflict', direction: 1 }, context);
      visited.push(state.focus);
    }
    expect(visited).toEqual([index(between.passages[0]!), to, index(between.passages[0]!), to]);
  });
});

describe('the figure list', () => {
  it('gives each figure the passage Enter jumps to', () => {
    const scene = createScene(comparison);
    const rows = renderList(
      scene,
      { ...initialState(0), mode: 'list' },
      { columns: 160, rows: 200 },
      makeStyle(false, true),
    ).map(strip);
    for (const figure of comparison.figures) {
      const landing = figureLanding(scene, figure, 0)!;
      const id = comparison.passages[landing.passage]!.id;
      const row = rows.find((r) => r.startsWith(`${figure.id} `))!;
      expect(/ (P\d+) /.exec(row)?.[1]).toBe(id);
    }
  });
});

describe('number keys', () => {
  it('follow numeric labels, else number the sources from 1', () => {
    expect([...numberKeys(['000', '001', '004']).digits]).toEqual([
      [0, 0],
      [1, 1],
      [4, 2],
    ]);
    expect(numberKeys(['bbc', 'cnn']).keyOf).toEqual([1, 2]);
  });
});

describe('pair mode', () => {
  it('shows both articles whole, each in its own order', () => {
    const scene = createScene(comparison);
    const size = { columns: 120, rows: 10_000 };
    const out = renderPair(
      scene,
      { ...initialState(0), mode: 'pair', pair: [1, 3] },
      size,
      makeStyle(false, true),
    );
    const [left, right] = [0, 1].map((side) =>
      out
        .slice(2, -1)
        .map((line) => strip(line).split('│')[side] ?? '')
        .map((half) => (side === 0 ? half.slice(4) : half))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
    for (const [source, text] of [
      [1, left],
      [3, right],
    ] as const) {
      const sentences = comparison.sources[source]!.sentences;
      let at = 0;
      for (const sentence of sentences) {
        const words = sentence.text.replace(/\s+/g, ' ').trim();
        const found = text!.indexOf(words, at);
        expect(found, words).toBeGreaterThanOrEqual(0);
        at = found;
      }
    }
  });
});

describe('column heads of pages with provenance', () => {
  const html = (name: string) => new URL(`../fixtures/html/${name}`, import.meta.url).pathname;
  let pages: Comparison;
  beforeAll(async () => {
    pages = analyze(
      await loadSources([html('jsonld-news.html'), html('opengraph-only.html'), html('wire.txt')]),
    );
  });

  it('show outlet and publication time under each title, blank for a text file', () => {
    const lines = renderBrowse(
      createScene(pages),
      initialState(0),
      { columns: 160, rows: 24 },
      makeStyle(false, true),
    );
    expect(lines).toHaveLength(24);
    expect(strip(lines[1]!)).toMatch(
      /^ {4}◆ 1:jsonld-news Ferry capsizes on Lake Orrin, at l… 2:opengraph-only Death toll/,
    );
    expect(strip(lines[2]!).trimEnd()).toBe(
      `${' '.repeat(4)}${'The Lakeside Courier · 2024-03-12 08:40 +01:00'.padEnd(52)}Northern Wire · 2024-03-12 21:30 UTC`,
    );
  });

  it('are added only when some source has provenance', () => {
    const lines = renderBrowse(
      createScene(comparison),
      initialState(0),
      { columns: 120, rows: 24 },
      makeStyle(false, true),
    );
    expect(lines).toHaveLength(24);
    expect(strip(lines[2]!)).toMatch(/^▶P1 /);
  });

  it('follow the title in the stacked reading view', () => {
    const out = renderRead(
      createScene(pages),
      initialState(0),
      { columns: 200, rows: 40 },
      makeStyle(false, true),
    );
    expect(strip(out.join('\n'))).toContain(
      '2:opengraph-only Death toll in Lake Orrin ferry disaster rises to 89 · Northern Wire · 2024-03-12 21:30 UTC',
    );
  });
});
