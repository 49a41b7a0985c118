// The development sets as the dev tools load them: the real set's halves (test/fixtures/real,
// split by splits.json) and the seeds, each with its gold facts. One loader, so every tool reads
// the same files the same way (eval.ts also scores figures and reads more; it keeps its own).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSources } from '../source/corpus/load.js';
import type { Source } from '../source/corpus/types.js';
import { eventFiles, factsFromGroups, type GoldAlignment, type RealGold } from './real-score.js';

/** The repository's root folder, with a trailing slash: the nearest folder up with a package.json
 * (the dev tools run from .dev/ and this module may be bundled into .dev/chunks/). */
export const root = (() => {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) folder = dirname(folder);
  return `${folder}/`;
})();

/** A JSON file of the repository, by its path from the root. */
export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(`${root}${path}`, 'utf8')) as T;
}

export type Half = 'tune' | 'heldout';

/** The events of one half of the real set. */
export function eventsOf(half: Half): string[] {
  return readJson<Record<Half, string[]>>('test/fixtures/real/splits.json')[half];
}

/** A set of articles and the gold facts they report. */
export interface DevSet {
  name: string;
  sources: Source[];
  facts: RealGold['facts'];
}

/** One event of the real set, its articles loaded. */
export async function loadEvent(event: string): Promise<DevSet & { gold: RealGold }> {
  const folder = `test/fixtures/real/${event}`;
  const gold = readJson<RealGold>(`${folder}/gold.json`);
  return { name: event, sources: await loadSources(eventFiles(`${root}${folder}`)), facts: gold.facts, gold };
}

/** Every event of one half, loaded, in splits.json's order. */
export async function loadHalf(half: Half): Promise<(DevSet & { gold: RealGold })[]> {
  const out: (DevSet & { gold: RealGold })[] = [];
  for (const event of eventsOf(half)) out.push(await loadEvent(event));
  return out;
}

/** The seeds (near-copies: translations of one wire story) and their gold alignment as facts. */
export async function loadSeedSet(): Promise<DevSet> {
  return {
    name: 'seeds',
    sources: await loadSources([`${root}seeds`]),
    facts: factsFromGroups(readJson<GoldAlignment>('test/fixtures/gold/seeds-alignment.json')),
  };
}
