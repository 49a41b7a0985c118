import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeInBackground } from '../../source/analysis/background.js';
import type { WorkerInput } from '../../source/analysis/worker.js';

// A stand-in for an analysis that never ends: it counts in shared memory as fast as it can and
// reports a stage once it has started.
const dir = mkdtempSync(join(tmpdir(), 'parallax-background-'));
const script = join(dir, 'endless.mjs');
writeFileSync(
  script,
  `import { parentPort, workerData } from 'node:worker_threads';
const counter = new Int32Array(workerData.counter);
Atomics.add(counter, 0, 1);
parentPort.postMessage({ type: 'progress', stage: 'started' });
for (;;) Atomics.add(counter, 0, 1);
`,
);

describe('analyzeInBackground', () => {
  it('stops the worker when the signal is aborted (quitting while waiting)', async () => {
    const shared = new SharedArrayBuffer(4);
    const counter = new Int32Array(shared);
    const cancel = new AbortController();
    let started!: () => void;
    const running = new Promise<void>((resolve) => {
      started = resolve;
    });
    const result = analyzeInBackground(
      { counter: shared } as unknown as WorkerInput,
      () => started(),
      pathToFileURL(script),
      cancel.signal,
    );
    result.catch(() => {});
    await running;
    expect(Atomics.load(counter, 0)).toBeGreaterThan(0);
    cancel.abort();
    await expect(result).rejects.toThrow(/cancelled/);
    // Terminated: the count no longer moves, however long we look.
    const stopped = Atomics.load(counter, 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(Atomics.load(counter, 0)).toBe(stopped);
  });

  it('does not start at all when already aborted', async () => {
    const shared = new SharedArrayBuffer(4);
    await expect(
      analyzeInBackground(
        { counter: shared } as unknown as WorkerInput,
        () => {},
        pathToFileURL(script),
        AbortSignal.abort(),
      ),
    ).rejects.toThrow(/cancelled/);
    expect(Atomics.load(new Int32Array(shared), 0)).toBe(0);
  });
});
