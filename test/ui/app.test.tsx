import { render } from 'ink-testing-library';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../source/analysis/analyze.js';
import type { Comparison } from '../../source/analysis/types.js';
import { loadSources } from '../../source/corpus/load.js';
import { makeStyle } from '../../source/text/style.js';
import { App } from '../../source/views/ui/app.js';
import { createScene } from '../../source/views/ui/scene.js';
import { renderBrowse } from '../../source/views/ui/screen.js';
import { initialState } from '../../source/views/ui/state.js';

let comparison: Comparison;

/**
 * The number (1-based) of the passage a figure is shown in: the first of its passages where two of
 * its sources give different values, else the first where two of its sources sit (a figure joined
 * across passages may start in a passage of one source).
 */
const shownAt = (figure: Comparison['figures'][number]) => {
  const here = comparison.passages.map((p) =>
    figure.passages.includes(p.id)
      ? figure.mentions.filter((m) =>
          p.members.some((x) => x.source === m.source && x.sentences.includes(m.sentence)),
        )
      : [],
  );
  const sources = (ms: typeof figure.mentions) => new Set(ms.map((m) => m.source)).size;
  const values = (ms: typeof figure.mentions) =>
    new Set(ms.map((m) => `${m.value.min}-${m.value.max}-${m.value.unit}`)).size;
  const differing = here.findIndex((ms) => sources(ms) > 1 && values(ms) > 1);
  return (differing >= 0 ? differing : here.findIndex((ms) => sources(ms) > 1)) + 1;
};
beforeAll(async () => {
  comparison = analyze(await loadSources([new URL('../../seeds', import.meta.url).pathname]));
});

const KEYS = { down: '\u001b[B', up: '\u001b[A', enter: '\r', escape: '\u001b', tab: '\t' };
let view: ReturnType<typeof render> | undefined;
afterEach(() => view?.unmount());

/** A frame without its colour codes. */
const plain = (frame: string) => frame.replace(/\u001b\[[0-9;]*m/g, '');

/** Waits until the frame (read without colour codes) satisfies a condition (no fixed sleeps). */
async function frameWhere(check: (frame: string) => boolean, what: string): Promise<string> {
  for (let i = 0; i < 1000; i++) {
    const frame = view!.lastFrame() ?? '';
    if (check(plain(frame))) return frame;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`timed out waiting for ${what}; last frame:\n${view!.lastFrame()}`);
}

async function open(color = false) {
  const written: string[] = [];
  view = render(
    <App
      comparison={comparison}
      color={color}
      writeReport={async () => {
        written.push('x');
        return 'parallax-report.md';
      }}
    />,
  );
  await frameWhere((f) => f.includes('passage 1/'), 'the first frame');
  return written;
}

async function press(key: string, until: (frame: string) => boolean, what: string) {
  view!.stdin.write(key);
  return frameWhere(until, what);
}

/** The SGR attributes in force at each visible character of a line. */
function attributesAt(line: string): { char: string; on: Set<number> }[] {
  const on = new Set<number>();
  const out: { char: string; on: Set<number> }[] = [];
  const closes: Record<number, number[]> = {
    22: [1, 2],
    23: [3],
    24: [4],
    27: [7],
    39: [31, 32, 33, 36, 97],
    49: [41],
  };
  for (const part of line.split(/(\u001b\[[0-9;]*m)/)) {
    const m = /^\u001b\[([0-9;]*)m$/.exec(part);
    if (m) {
      for (const code of m[1]!.split(';').map(Number)) {
        if (code === 0) on.clear();
        else if (closes[code]) for (const c of closes[code]!) on.delete(c);
        else on.add(code);
      }
    } else for (const char of part) out.push({ char, on: new Set(on) });
  }
  return out;
}

describe('App', () => {
  it('moves the focus with j/k and the arrows', async () => {
    await open();
    await press('j', (f) => f.includes('passage 2/'), 'passage 2');
    await press(KEYS.down, (f) => f.includes('passage 3/'), 'passage 3');
    await press('k', (f) => f.includes('passage 2/'), 'back to 2');
    await press('G', (f) => f.includes(`passage ${comparison.passages.length}/`), 'the last passage');
  });

  it('jumps to the conflict with n and explains it', async () => {
    await open();
    const frame = await press('n', (f) => /conflict F1/.test(f), 'the conflict detail');
    const conflict = comparison.figures.find((f) => f.status === 'conflict')!;
    expect(frame).toContain(`passage ${shownAt(conflict)}/`);
    expect(plain(frame)).toContain('two or three months ago');
    expect(plain(frame)).toContain('▶P');
  });

  it('searches as you type and jumps to the chosen passage', async () => {
    await open();
    await press('/', (f) => f.includes('/▌'), 'the search prompt');
    for (const char of 'battalion') view!.stdin.write(char);
    const results = await frameWhere((f) => f.includes('/battalion▌') && /▶P\d+/.test(f), 'results');
    const id = /▶(P\d+)/.exec(results)![1]!;
    const target = comparison.passages.findIndex((p) => p.id === id);
    expect(comparison.passages[target]!.members.some((m) => m.text.includes('battalion'))).toBe(true);
    await press(KEYS.enter, (f) => f.includes(`passage ${target + 1}/`), 'the jump');
  });

  it('changes the pivot, and with it what is marked as different', async () => {
    await open(true);
    // Go to the first passage that sources 000 and 001 and a third one all report.
    const target = comparison.passages.findIndex(
      (p) =>
        p.members.length >= 3 &&
        p.members.some((m) => m.source === 0) &&
        p.members.some((m) => m.source === 1),
    );
    for (let k = 0; k < target; k++)
      await press('j', (f) => f.includes(`passage ${k + 2}/`), 'the next passage');
    const before = view!.lastFrame()!;
    const pivot = /pivot (\d{3})/.exec(before)![1];
    const after = await press(KEYS.tab, (f) => /pivot (\d{3})/.exec(f)?.[1] !== pivot, 'a new pivot');
    expect(after).not.toBe(before);
    // Differences from the pivot are drawn in yellow; they move with the pivot.
    const marked = (frame: string) =>
      [...frame.matchAll(/\u001b\[[0-9;]*33m([^\u001b]+)/g)].map((m) => m[1]).join('|');
    expect(marked(after)).not.toBe(marked(before));
    await press('0', (f) => f.includes('pivot 000'), 'pivot 000 by its number');
    await press('3', (f) => f.includes('pivot 003'), 'pivot 003 by its number');
  });

  it('opens the help overlay from the key table, and closes it', async () => {
    await open();
    const help = await press('?', (f) => f.includes('parallax · keys'), 'the help');
    expect(help).toContain('next conflict');
    expect(help).toContain('What the marks mean');
    const end = await press('G', (f) => f.includes('erase a word'), 'the end of the help');
    expect(end).toContain('Ctrl-U');
    await press(KEYS.escape, (f) => f.includes('passage 1/'), 'back');
  });

  it('lists figures with d and jumps with Enter; stacks a passage with Enter', async () => {
    await open();
    const list = await press('d', (f) => f.includes('Figures ('), 'the list');
    expect(list).toMatch(/F1 +conflict/);
    await press(KEYS.enter, (f) => f.includes('conflict F1'), 'the conflict passage');
    const read = await press(KEYS.enter, (f) => f.includes('(pivot)'), 'read mode');
    expect(read).toContain('marks: words');
  });

  it('writes the report with r and says where', async () => {
    const written = await open();
    await press('r', (f) => f.includes('report written to parallax-report.md'), 'the notice');
    expect(written).toEqual(['x']);
  });
});

describe('App input', () => {
  it('applies every key of a burst, in order: 50 j in one write move 50 passages', async () => {
    await open();
    view!.stdin.write('j'.repeat(50));
    await frameWhere((f) => f.includes('passage 51/'), 'passage 51');
    view!.stdin.write('kkkkkkkkkk');
    await frameWhere((f) => f.includes('passage 41/'), 'passage 41');
  });

  it('edits the search with bursts of Backspace, Ctrl-W and Ctrl-U', async () => {
    await open();
    await press('/', (f) => f.includes('/▌'), 'the search prompt');
    view!.stdin.write('nato troops');
    await frameWhere((f) => f.includes('/nato troops▌'), 'the query');
    view!.stdin.write('\u007f\u007f');
    await frameWhere((f) => f.includes('/nato troo▌'), 'two characters erased');
    view!.stdin.write('\u0017');
    await frameWhere((f) => f.includes('/nato ▌'), 'a word erased');
    view!.stdin.write('\u0015');
    await frameWhere((f) => f.includes('/▌') && !f.includes('/nato'), 'the query cleared');
  });

  it('keeps the selected search row bold after its first match', async () => {
    await open(true);
    await press('/', (f) => f.includes('/▌'), 'the search prompt');
    view!.stdin.write('Kosovo');
    const frame = await frameWhere((f) => f.includes('/Kosovo▌') && f.includes('▶P'), 'results');
    const row = frame.split('\n').find((l) => l.includes('▶P'))!;
    const chars = attributesAt(row);
    const matched = chars.map((c) => c.on.has(33));
    const afterFirst = matched.indexOf(false, matched.indexOf(true));
    expect(afterFirst).toBeGreaterThan(0);
    expect(chars.slice(afterFirst).every((c) => c.on.has(1))).toBe(true);
  });

  it('searches numbers exactly', async () => {
    await open();
    await press('/', (f) => f.includes('/▌'), 'the search prompt');
    view!.stdin.write('4500');
    const frame = await frameWhere((f) => f.includes('/4500▌') && f.includes('▶P'), 'results');
    expect(frame).toContain('4,500');
    expect(frame).not.toMatch(/no passage matches/);
  });

  it('opens the table of quantities with t and jumps to a row with Enter', async () => {
    await open();
    const table = await press('t', (f) => f.includes('Quantities ('), 'the table');
    expect(table).toMatch(/F1 +when \(troops\) +conflict/);
    const at = shownAt(comparison.figures[0]!);
    await press(KEYS.enter, (f) => f.includes('conflict F1') && f.includes(`passage ${at}/`), 'the conflict');
  });

  it('paints a figure as one unit in its status colour, never split by the diff colour', async () => {
    await open(true);
    const frame = await press('n', (f) => /conflict F1/.test(f), 'the conflict');
    // The passage rows, not the explanation under them.
    const lines = frame
      .split('\n')
      .filter((l) => plain(l).includes('two or three') && !plain(l).includes('say'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const chars = attributesAt(line);
      const start = chars
        .map((c) => c.char)
        .join('')
        .indexOf('two or three');
      const figure = chars.slice(start, start + 'two or three'.length);
      expect(figure.every((c) => c.on.has(41) && !c.on.has(33))).toBe(true);
    }
  });

  it('draws, row for row, what the screen renderer draws, after resizes and pivot changes', async () => {
    await open(true);
    let size = { columns: 100, rows: 24 };
    Object.defineProperty(view!.stdout, 'columns', { get: () => size.columns, configurable: true });
    Object.defineProperty(view!.stdout, 'rows', { get: () => size.rows, configurable: true });
    const scene = createScene(comparison);
    const style = makeStyle(true, true);
    // Ink drops the unstyled blanks that end a row and may join colour codes: compared as text,
    // without the blanks at the ends of rows.
    const text = (frame: string) =>
      frame
        .split('\n')
        .map((line) => plain(line).replace(/ +$/, ''))
        .join('\n');
    const expected = (pivot: number) =>
      renderBrowse(scene, { ...initialState(pivot) }, size, style)
        .map((line) => plain(line).replace(/ +$/, ''))
        .join('\n');
    const pivot = /pivot (\d{3})/.exec(plain(view!.lastFrame()!))![1]!;
    for (const next of [
      { columns: 80, rows: 24 },
      { columns: 60, rows: 15 },
      { columns: 160, rows: 45 },
    ]) {
      size = next;
      view!.stdout.emit('resize');
      // Wait for the frame drawn at the new size (a resize that keeps the row count would
      // otherwise match the frame before it); a frame that never matches fails with it shown.
      const want = expected(Number(pivot));
      const frame = await frameWhere((f) => text(f) === want, `the frame at ${size.columns}x${size.rows}`);
      expect(frame.split('\n')).toHaveLength(size.rows);
    }
    const want = expected((Number(pivot) + 1) % comparison.sources.length);
    const after = await press(KEYS.tab, (f) => text(f) === want, 'the frame with the next pivot');
    expect(/pivot (\d{3})/.exec(plain(after))?.[1]).not.toBe(pivot);
  });
});
