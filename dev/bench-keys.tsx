// Keypress-to-frame latency of the interactive view, measured through Ink itself (rendering into
// an in-memory terminal with ink-testing-library) so that React, layout and output are included.
import { render } from 'ink-testing-library';
import type { Comparison } from '../source/analysis/types.js';
import { App } from '../source/views/ui/app.js';

const KEYS = [
  'j',
  'j',
  'n',
  '\t',
  'l',
  'j',
  'k',
  'h',
  'G',
  'g',
  'N',
  '\t',
  'j',
  '\r',
  ']',
  '\u001b',
  'd',
  'j',
  '\u001b',
  't',
  'j',
  'G',
  'q',
  'w',
  'w',
];

/** Times from writing a key to the frame that shows its effect, over `presses` keys. */
export async function keyLatencies(comparison: Comparison, presses = 120): Promise<number[]> {
  const view = render(<App comparison={comparison} color={true} writeReport={async () => 'none'} />);
  const settle = async (previous: string | undefined) => {
    for (let i = 0; i < 100_000 && view.lastFrame() === previous; i++)
      await new Promise((r) => setImmediate(r));
  };
  await settle(undefined);
  const times: number[] = [];
  for (let i = 0; i < presses; i++) {
    const key = KEYS[i % KEYS.length]!;
    const before = view.lastFrame();
    const started = performance.now();
    view.stdin.write(key);
    await settle(before);
    times.push(performance.now() - started);
  }
  view.unmount();
  return times;
}
