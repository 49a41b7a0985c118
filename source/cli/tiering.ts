import { setFlagsFromString } from 'node:v8';

/**
 * Start-up tiering (see scripts/entry.mjs): dist/cli.js starts V8 with its optimizing compiler off,
 * since a report on a few articles ends before optimized code pays for its compilation. From this
 * total size of the articles on (bytes, about 30 articles of news), the analysis runs long enough
 * for it to pay, many times over on large corpora; measured: at 20 generated articles (110 KB) a
 * run was faster without it, at 50 (270 KB) with it.
 */
export const LARGE_INPUT_BYTES = 150_000;

/**
 * Turns V8's optimizing compiler (back) on for the rest of the process, worker threads included:
 * for an interactive session (its key presses must stay fast however long it lasts) and for large
 * inputs. Without the entry's flag (tests, the development tools) it is on already: nothing changes.
 */
export function optimizeFromNowOn(): void {
  setFlagsFromString('--opt');
}
