/**
 * A lookup table keyed by words from article text or the command line: it has no inherited keys, so
 * a word such as "constructor", "toString" or "__proto__" finds nothing (a plain object literal
 * would answer with Object.prototype's members).
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
