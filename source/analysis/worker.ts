// Runs the analysis off the main thread, so the interactive view can show a spinner and the stage
// while a large corpus is analysed. Receives the loaded sources; posts progress, then the result.
import { parentPort, workerData } from 'node:worker_threads';
import type { Source } from '../corpus/types.js';
import type { CalendarDate } from '../figures/types.js';
import { analyze } from './analyze.js';

/** What the worker is given. */
export interface WorkerInput {
  sources: Source[];
  asOf: CalendarDate | null;
}

/** Messages from the analysis worker. */
export type WorkerMessage =
  | { type: 'progress'; stage: string }
  | { type: 'done'; comparison: ReturnType<typeof analyze> };

if (parentPort) {
  const port = parentPort;
  const { sources, asOf } = workerData as WorkerInput;
  // Lifecycle tests need an analysis that never ends: quitting must still end the process at once.
  if (process.env.PARALLAX_TEST_ENDLESS_ANALYSIS) {
    port.postMessage({ type: 'progress', stage: 'analysing forever (test)' } satisfies WorkerMessage);
    for (;;);
  }
  const comparison = analyze(sources, {
    asOf,
    progress: (stage) => port.postMessage({ type: 'progress', stage } satisfies WorkerMessage),
  });
  port.postMessage({ type: 'done', comparison } satisfies WorkerMessage);
}
