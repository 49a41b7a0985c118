import type { Source } from './types.js';

/** Short labels for sources in explanations: "001" for "001_ba15d7545e409241", when unambiguous. */
export function shortLabels(sources: readonly Source[]): string[] {
  const short = sources.map((s) => s.id.split(/[_\s]/)[0] || s.id);
  return new Set(short).size === short.length ? short : sources.map((s) => s.id);
}
