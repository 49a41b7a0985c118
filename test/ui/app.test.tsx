import { render } from 'ink-testing-library';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../source/analysis/analyze.js';
import type { Comparison } from '../../source/analysis/types.js';
import { loadSources } from '../../source/corpus/load.js';
import { App } from '../../source/views/ui/app.js';

let comparison: Comparison;
beforeAll(async () => {
  comparison = analyze(await loadSources([new URL('../../seeds', import.meta.url).pathname]));
});

const KEYS = { down: '\u001b[B', up: '\u001b[A', enter: '\r', escape: '\u001b', tab: '\t' };
let view: ReturnType<typeof render> | undefined;
afterEach(() => view?.unmount());

/** Waits until the frame satisfies a condition (no fixed sleeps). */
async function frameWhere(check: (frame: string) => boolean, what: string): Promise<string> {
  for (let i = 0; i < 1000; i++) {
    const frame = view!.lastFrame() ?? '';
    if (check(frame)) return frame;
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
    const frame = await press('n', (f) => /F1 conflict/.test(f), 'the conflict detail');
    const conflict = comparison.figures.find((f) => f.status === 'conflict')!;
    const index = comparison.passages.findIndex((p) => p.id === conflict.passages[0]);
    expect(frame).toContain(`passage ${index + 1}/`);
    expect(frame).toContain('two or three months ago');
    expect(frame).toContain('▶P');
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
    await press('1', (f) => f.includes('pivot 000'), 'pivot 000 by number');
  });

  it('opens the help overlay from the key table, and closes it', async () => {
    await open();
    const help = await press('?', (f) => f.includes('parallax · keys'), 'the help');
    expect(help).toContain('next conflict');
    expect(help).toContain('fuzzy search passages');
    await press(KEYS.escape, (f) => f.includes('passage 1/'), 'back');
  });

  it('lists figures with d and jumps with Enter; stacks a passage with Enter', async () => {
    await open();
    const list = await press('d', (f) => f.includes('Figures ('), 'the list');
    expect(list).toMatch(/F1 +conflict/);
    await press(KEYS.enter, (f) => f.includes('F1 conflict ·'), 'the conflict passage');
    const read = await press(KEYS.enter, (f) => f.includes('(pivot)'), 'read mode');
    expect(read).toContain('· not reported');
  });

  it('writes the report with r and says where', async () => {
    const written = await open();
    await press('r', (f) => f.includes('report written to parallax-report.md'), 'the notice');
    expect(written).toEqual(['x']);
  });
});
