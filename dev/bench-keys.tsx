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

/**
 * Event-loop turns without a new frame after which a key counts as one that changed nothing (at the
 * edge of a list, say). A render runs in one or a few turns however long it takes, so a real change
 * comes well within this; waiting for one that never comes must not be counted as latency.
 */
const QUIET_TURNS = 200;

/**
 * Times from writing a key to the frame that shows its effect, over `presses` keys after `warmup`
 * keys (timed apart: the first keys run code V8 has not compiled yet); keys after which no frame
 * came (they changed nothing) are counted apart, not timed.
 */
export async function keyLatencies(
  comparison: Comparison,
  presses = 120,
  warmup = KEYS.length,
): Promise<{ times: number[]; unchanged: number; cold: number[]; keyed: { key: string; ms: number }[] }> {
  const view = render(<App comparison={comparison} color={true} writeReport={async () => 'none'} />);
  const settle = async (previous: string | undefined, turns: number) => {
    for (let i = 0; i < turns && view.lastFrame() === previous; i++)
      await new Promise((r) => setImmediate(r));
    return view.lastFrame() !== previous;
  };
  await settle(undefined, 100_000);
  const cold: number[] = [];
  const times: number[] = [];
  const keyed: { key: string; ms: number }[] = [];
  let unchanged = 0;
  for (let i = 0; i < warmup + presses; i++) {
    const key = KEYS[i % KEYS.length]!;
    const before = view.lastFrame();
    const started = performance.now();
    view.stdin.write(key);
    const changed = await settle(before, QUIET_TURNS);
    if (i < warmup) {
      if (changed) cold.push(performance.now() - started);
    } else if (changed) {
      times.push(performance.now() - started);
      keyed.push({ key, ms: times[times.length - 1]! });
    } else unchanged++;
  }
  view.unmount();
  return { times, unchanged, cold, keyed };
}
