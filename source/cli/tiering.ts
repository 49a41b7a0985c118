/**
 * V8's setFlagsFromString as the entry hands it over (dist/cli.js sets its flags without loading
 * node:v8, which loads Node's stream modules; see scripts/entry.mjs). Without the entry (tests,
 * the development tools) V8 runs with its default flags, which is all the callers here restore:
 * nothing to do.
 */
function setFlagsFromString(flags: string): void {
  (globalThis as { __parallaxSetFlags?: (flags: string) => void }).__parallaxSetFlags?.(flags);
}

/**
 * Start-up tiering (see scripts/entry.mjs): dist/cli.js starts V8 with its optimizing compiler off,
 * since a report on a few articles ends before optimized code pays for its compilation. From this
 * total size of the articles on (bytes, about 30 articles of news), the analysis runs long enough
 * for it to pay, many times over on large corpora; measured: at 20 generated articles (110 KB) a
 * run was faster without it, at 50 (270 KB) with it.
 */
export const LARGE_INPUT_BYTES = 150_000;

/**
 * dist/cli.js also starts V8 with a young generation that does not grow (see scripts/entry.mjs):
 * fewer pages of memory touched, at the cost of more scavenges. Up to this many sentences in all
 * that pays; measured against a growing young generation (paired wall times, callgrind, page
 * faults): 5 to 8 articles of 86 to 138 sentences ran 2-6 ms faster, 10 articles of 167 sentences
 * 5 ms slower (its extra promotions brought a full collection).
 */
export const SMALL_INPUT_SENTENCES = 150;

/**
 * Turns V8's optimizing compiler (back) on for the rest of the process, worker threads included:
 * for an interactive session (its key presses must stay fast however long it lasts) and for large
 * inputs. Without the entry's flag (tests, the development tools) it is on already: nothing changes.
 * The young generation may grow again too.
 */
export function optimizeFromNowOn(): void {
  setFlagsFromString('--opt');
  letYoungGenerationGrow();
}

/**
 * Lets V8's young generation double as it fills with survivors again (V8's default), for an input
 * of more than SMALL_INPUT_SENTENCES. Without the entry's flag nothing changes.
 */
export function letYoungGenerationGrow(): void {
  setFlagsFromString('--semi-space-growth-factor=2');
}
