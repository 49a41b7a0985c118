// The news day of an event folder of the real development set: its README's "News day:" line
// (test/fixtures/real/FORMAT.md), passed to the analysis as the reports' present, like --as-of.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CalendarDate } from '../source/figures/types.js';

/** The first ISO date on a "News day:" line of a README text, or null when it has none. */
export function newsDayOf(readme: string): CalendarDate | null {
  const line = readme.split('\n').find((l) => l.startsWith('News day:'));
  const match = line?.match(/(\d{4})-(\d{2})-(\d{2})/);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The news day of an event folder (from its README.md), or null. */
export function newsDay(folder: string): CalendarDate | null {
  const readme = join(folder, 'README.md');
  return existsSync(readme) ? newsDayOf(readFileSync(readme, 'utf8')) : null;
}
