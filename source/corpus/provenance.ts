import type { Provenance, Source } from './types.js';

/** The provenance of a plain-text article: nothing is known. */
export const NO_PROVENANCE: Provenance = Object.freeze({
  outlet: null,
  published: null,
  modified: null,
  byline: null,
  url: null,
});

// ISO 8601 as pages write it: a day, optionally a time (seconds and fractions optional), optionally
// an offset. A space may stand for the "T".
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * A page's date as ISO 8601 in the page's own time zone ("2024-03-12T08:40:00+01:00", or
 * "2024-03-12" for a day alone), or null when it is not an ISO date that exists. Other forms
 * ("Tuesday, 12 March") are not guessed at: the day they name depends on a time zone and a year.
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  const m = raw ? ISO.exec(raw.trim()) : null;
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4] === undefined) return date;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return null;
  const offset = m[7]?.toUpperCase();
  const zone =
    offset === undefined
      ? ''
      : offset === 'Z'
        ? 'Z'
        : `${offset.slice(0, 3)}:${offset.slice(3).replace(':', '').padEnd(2, '0')}`;
  return `${date}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`;
}

/** A normalized date for people: "2024-03-12 08:40 +01:00", "2024-03-12 21:30 UTC", "2024-03-12". */
export function displayDate(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}):\d{2}(Z|[+-]\d{2}:\d{2})?)?$/.exec(iso);
  if (!m) return iso;
  if (!m[2]) return m[1]!;
  const zone = m[3] === undefined ? '' : m[3] === 'Z' ? ' UTC' : ` ${m[3]}`;
  return `${m[1]} ${m[2]}${zone}`;
}

/**
 * The latest publication day among the sources (the day in each page's own time zone), as the
 * analysis takes its reference date; null when no source states one.
 */
export function latestPublishedDay(
  sources: readonly Source[],
): { year: number; month: number; day: number } | null {
  const days = sources.flatMap((s) => (s.provenance.published ? [s.provenance.published.slice(0, 10)] : []));
  if (days.length === 0) return null;
  const latest = days.sort().at(-1)!;
  return {
    year: Number(latest.slice(0, 4)),
    month: Number(latest.slice(5, 7)),
    day: Number(latest.slice(8, 10)),
  };
}

/** Whether any source has provenance to show (views add their provenance lines only then). */
export function hasProvenance(sources: readonly Source[]): boolean {
  return sources.some((s) => Object.values(s.provenance).some((v) => v !== null));
}
