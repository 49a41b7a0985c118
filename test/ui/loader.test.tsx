import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import type { Comparison } from '../../source/analysis/types.js';
import { Loader } from '../../source/views/ui/loader.js';

let view: ReturnType<typeof render> | undefined;
afterEach(() => view?.unmount());

/** Waits until a condition holds (no fixed sleeps). */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`timed out waiting for ${what}; last frame:\n${view?.lastFrame()}`);
}

/** A loader on an analysis that never ends by itself; returns the signal it was given. */
async function waiting() {
  let signal: AbortSignal | undefined;
  const analysis = (progress: (stage: string) => void, given: AbortSignal) => {
    signal = given;
    progress('aligning 9 sentences');
    return new Promise<Comparison>(() => {});
  };
  view = render(<Loader analysis={analysis} color={false} writeReport={async () => 'x.md'} />);
  await until(() => (view!.lastFrame() ?? '').includes('(q quits)'), 'the spinner');
  return () => signal;
}

describe('quitting while the analysis runs', () => {
  it.each([
    ['q', 'q'],
    ['Esc', '\u001b'],
    ['Ctrl-C', '\u0003'],
  ])('%s aborts the analysis, not only the view', async (_, key) => {
    const signal = await waiting();
    expect(signal()?.aborted).toBe(false);
    view!.stdin.write(key);
    await until(() => signal()?.aborted === true, 'the abort');
  });
});
