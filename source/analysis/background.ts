import { Worker } from 'node:worker_threads';
import type { Progress } from './analyze.js';
import type { Comparison } from './types.js';
import type { WorkerInput, WorkerMessage } from './worker.js';

/**
 * Analyses in a worker thread (`script`: dist/analysis-worker.js, the bundled worker.ts), reporting
 * its stages, so the main thread stays free to animate the view while a large corpus is analysed.
 */
export function analyzeInBackground(
  input: WorkerInput,
  progress: Progress,
  script: URL,
): Promise<Comparison> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: input });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') progress(message.stage);
      else {
        resolve(message.comparison);
        void worker.terminate();
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`the analysis stopped (worker exit code ${code})`));
    });
  });
}
