import { Worker } from 'node:worker_threads';
import type { Progress } from './analyze.js';
import type { Comparison } from './types.js';
import type { WorkerInput, WorkerMessage } from './worker.js';

/**
 * Analyses in a worker thread (`script`: dist/analysis-worker.mjs, the bundled worker.ts), reporting
 * its stages, so the main thread stays free to animate the view while a large corpus is analysed.
 * Aborting `signal` (the user quit while waiting) terminates the worker at once: the process does
 * not run on until the analysis would have ended.
 */
export function analyzeInBackground(
  input: WorkerInput,
  progress: Progress,
  script: URL,
  signal?: AbortSignal,
): Promise<Comparison> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('the analysis was cancelled'));
    const worker = new Worker(script, { workerData: input });
    let cancelled = false;
    const cancel = () => {
      cancelled = true;
      const done = () => reject(new Error('the analysis was cancelled'));
      worker.terminate().then(done, done);
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') progress(message.stage);
      else {
        signal?.removeEventListener('abort', cancel);
        resolve(message.comparison);
        void worker.terminate();
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      signal?.removeEventListener('abort', cancel);
      if (code !== 0 && !cancelled) reject(new Error(`the analysis stopped (worker exit code ${code})`));
    });
  });
}
