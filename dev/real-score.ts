// Scores an analysis against the gold of the real development set (test/fixtures/real/*/gold.json,
// format in test/fixtures/real/FORMAT.md): pair recall and strict precision of the alignment, and
// the figure measures of the figures issue (must-see recall, false conflicts, wrong "single-source").
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Passage } from '../source/align/types.js';
import { shortLabels } from '../source/corpus/labels.js';
import type { Source } from '../source/corpus/types.js';
import type { Figure, Mention } from '../source/figures/types.js';
import { explain } from '../source/views/explain.js';
import { holds, quoteSpan } from './figures-score.js';

type Entry = [string, string];

export type FigureLabel = 'conflict' | 'update' | 'differs' | 'different-referent' | 'agreement';

/** The gold alignment of the seeds and quake: groups of quotes, one group per fact ('?' optional). */
export interface GoldAlignment {
  groups: { fact: string; members: Entry[] }[];
}

/** A groups-style gold as facts (the real set's format), so one scorer serves every set. */
export function factsFromGroups(gold: GoldAlignment): RealGold['facts'] {
  return gold.groups.map((g, i) => ({ id: `g${i}`, fact: g.fact, members: g.members }));
}

export interface RealGold {
  event: string;
  day: string;
  facts: { id: string; fact: string; members: Entry[] }[];
  figures: { about: string; label: FigureLabel; sides: Entry[][]; note?: string }[];
}

/** Where a gold quote is: its source, offsets, and the sentence that holds its start (if any). */
export interface Located {
  source: number;
  start: number;
  end: number;
  /** Where the figure the quote states lies (figures-score.ts figureSpan). */
  figureStart: number;
  figureEnd: number;
  sentence: number | null;
  optional: boolean;
  label: string;
}

/** The source a gold prefix names: its id is the prefix, or starts with it and a separator. */
function sourceIndex(sources: readonly Source[], prefix: string): number {
  const s = sources.findIndex(
    (source) => source.id === prefix || new RegExp(`^${prefix}[-_. ]`).test(source.id),
  );
  if (s < 0) throw new Error(`gold: no source is named ${prefix}`);
  return s;
}

/** Finds a gold quote (it must occur exactly once in its source) and the sentence it starts in. */
export function locate(sources: readonly Source[], [rawPrefix, quote]: Entry): Located {
  const optional = rawPrefix.startsWith('?');
  const prefix = rawPrefix.replace(/^\?/, '');
  const s = sourceIndex(sources, prefix);
  const source = sources[s]!;
  const span = quoteSpan(source.text, quote, source.id);
  const sentence = source.sentences.find((x) => x.start <= span.start && span.start < x.end);
  return {
    source: s,
    ...span,
    sentence: sentence ? sentence.index : null,
    optional,
    label: `${prefix}: ${quote}`,
  };
}

export interface RealAlignmentScore {
  /** Required pairs (different sources, same fact) placed in one passage, of all required pairs. */
  recall: number;
  required: number;
  placed: number;
  /** Pairs of labelled sentences put in one passage whose fact sets meet, of all such pairs. */
  precision: number;
  predicted: number;
  correct: number;
  /** Gold quotes that are in no sentence the aligner reads (dropped as headings or furniture). */
  unread: number;
  missed: string[];
  wrong: string[];
}

const refKey = (source: number, sentence: number) => `${source}:${sentence}`;

function addTo<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** Pair recall and strict precision of the passages against the gold facts. */
export function scoreRealAlignment(
  sources: readonly Source[],
  passages: readonly Passage[],
  facts: RealGold['facts'],
): RealAlignmentScore {
  const passagesOf = new Map<string, Set<number>>();
  passages.forEach((passage, p) => {
    for (const member of passage.members)
      for (const sentence of member.sentences) {
        addTo(passagesOf, refKey(member.source, sentence), p);
      }
  });
  const together = (a: string, b: string) => {
    const x = passagesOf.get(a);
    const y = passagesOf.get(b);
    if (!x || !y) return false;
    for (const p of x) if (y.has(p)) return true;
    return false;
  };
  const factsOf = new Map<string, Set<string>>();
  const text = (l: Located) => l.label;
  let unread = 0;
  const requiredPairs = new Map<string, string>();
  for (const fact of facts) {
    const located = fact.members.map((entry) => locate(sources, entry));
    for (const l of located) {
      if (l.sentence === null) {
        unread++;
        continue;
      }
      addTo(factsOf, refKey(l.source, l.sentence), fact.id);
    }
    for (let i = 0; i < located.length; i++)
      for (let j = i + 1; j < located.length; j++) {
        const a = located[i]!;
        const b = located[j]!;
        if (a.source === b.source || a.optional || b.optional) continue;
        const ka = a.sentence === null ? `unread ${text(a)}` : refKey(a.source, a.sentence);
        const kb = b.sentence === null ? `unread ${text(b)}` : refKey(b.source, b.sentence);
        const key = ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
        requiredPairs.set(key, `${fact.id} ${text(a)}  <->  ${text(b)}`);
      }
  }
  const missed: string[] = [];
  let placed = 0;
  for (const [key, label] of requiredPairs) {
    const [a, b] = key.split('|') as [string, string];
    if (together(a, b)) placed++;
    else missed.push(label);
  }
  const predictedPairs = new Set<string>();
  for (const passage of passages) {
    const refs = passage.members.flatMap((m) =>
      m.sentences.map((s) => ({ source: m.source, key: refKey(m.source, s) })),
    );
    for (let i = 0; i < refs.length; i++)
      for (let j = i + 1; j < refs.length; j++) {
        const a = refs[i]!;
        const b = refs[j]!;
        if (a.source === b.source || !factsOf.has(a.key) || !factsOf.has(b.key)) continue;
        predictedPairs.add(a.key < b.key ? `${a.key}|${b.key}` : `${b.key}|${a.key}`);
      }
  }
  const wrong: string[] = [];
  let correct = 0;
  const show = (key: string) => {
    const [s, i] = key.split(':').map(Number) as [number, number];
    return `${sources[s]!.id.slice(0, 1)}:${i} ${sources[s]!.sentences[i]!.text.slice(0, 70)}`;
  };
  for (const key of predictedPairs) {
    const [a, b] = key.split('|') as [string, string];
    const fa = factsOf.get(a)!;
    const fb = factsOf.get(b)!;
    if ([...fa].some((f) => fb.has(f))) correct++;
    else wrong.push(`${show(a)}  <->  ${show(b)}`);
  }
  return {
    recall: requiredPairs.size ? placed / requiredPairs.size : 1,
    required: requiredPairs.size,
    placed,
    precision: predictedPairs.size ? correct / predictedPairs.size : 1,
    predicted: predictedPairs.size,
    correct,
    unread,
    missed,
    wrong,
  };
}

export interface RealFiguresScore {
  /** Gold conflicts and updates (must-see) found as conflict, differs or update, of all must-see. */
  mustSee: number;
  mustSeeFound: number;
  /** Gold conflicts found with the status conflict. */
  conflicts: number;
  conflictsFound: number;
  /**
   * Conflicts found that cross no gold conflict, update or differs group. A figure crosses a gold
   * group when it holds the values of two of its sides: mentions that cover the figures those sides'
   * quotes state, not mentions that merely overlap a quote's context.
   */
  falseConflicts: string[];
  /**
   * single-source entries whose mention carries the value of a gold quote (covers its figure) that
   * a quote of another source on the same side also states (in a different-referent group, only
   * the same figure as written, since its sides gather referents, not values).
   */
  wrongSingle: string[];
  missed: string[];
  /** Gold figure quotes (any label) whose figure no mention of any figure covers: never read. */
  unread: string[];
}

/** Statuses that put a disagreement in front of the reader. */
const SHOWN = new Set<string>(['conflict', 'differs', 'update']);

/** Figure measures against the gold figure groups. */
export function scoreRealFigures(
  sources: readonly Source[],
  figures: readonly Figure[],
  gold: RealGold['figures'],
): RealFiguresScore {
  const groups = gold.map((g) => ({
    ...g,
    located: g.sides.map((side) => side.map((e) => locate(sources, e))),
  }));
  const crosses = (figure: Figure, sides: Located[][]) =>
    sides.filter((side) => side.some((l) => figure.mentions.some((m: Mention) => holds(m, l)))).length >= 2;
  const mustSee = groups.filter((g) => g.label === 'conflict' || g.label === 'update');
  const found = mustSee.filter((g) => figures.some((f) => SHOWN.has(f.status) && crosses(f, g.located)));
  const conflicts = groups.filter((g) => g.label === 'conflict');
  const conflictsFound = conflicts.filter((g) =>
    figures.some((f) => f.status === 'conflict' && crosses(f, g.located)),
  );
  const disagreeing = groups.filter(
    (g) => g.label === 'conflict' || g.label === 'update' || g.label === 'differs',
  );
  const falseConflicts = figures
    .filter((f) => f.status === 'conflict' && !disagreeing.some((g) => crosses(f, g.located)))
    .map((f) => `${f.id} ${explain(f, shortLabels(sources))}`);
  const wrongSingle: string[] = [];
  // The figure a gold quote states, as written ("5,300" -> 5300). A side of a different-referent
  // group gathers one referent, whose quotes may give different values of it ("5,500" / "more than
  // 5,300" earlier counts): there only the same figure as written is the same value. In other
  // groups the quotes of one side agree, in any words.
  const written = (l: Located) =>
    sources[l.source]!.text.slice(l.figureStart, l.figureEnd).toLowerCase().replace(/[\s,]/g, '');
  for (const figure of figures) {
    if (figure.status !== 'single-source') continue;
    const agreeing = groups.some((g) =>
      g.located.some((side) => {
        const mine = side.filter((l) => figure.mentions.some((m) => holds(m, l)));
        return side.some(
          (l) =>
            !mine.some((x) => x.source === l.source) &&
            mine.some((x) => g.label !== 'different-referent' || written(x) === written(l)),
        );
      }),
    );
    if (agreeing) wrongSingle.push(`${figure.id} ${explain(figure, shortLabels(sources))}`);
  }
  const all = figures.flatMap((f) => f.mentions);
  const unread = [
    ...new Set(
      groups.flatMap((g) =>
        g.located
          .flat()
          .filter((l) => !all.some((m) => holds(m, l)))
          .map((l) => l.label),
      ),
    ),
  ];
  return {
    unread,
    mustSee: mustSee.length,
    mustSeeFound: found.length,
    conflicts: conflicts.length,
    conflictsFound: conflictsFound.length,
    falseConflicts,
    wrongSingle,
    missed: mustSee.filter((g) => !found.includes(g)).map((g) => `${g.label}: ${g.about}`),
  };
}

/** The article files of an event folder (a-*.txt, b-*.txt...), not its README or gold. */
export function eventFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => /^[a-z]-.*\.txt$/.test(name))
    .sort()
    .map((name) => join(folder, name));
}

/** The gold facts each located sentence reports, keyed "source:sentence". */
export function factsBySentence(
  sources: readonly Source[],
  facts: RealGold['facts'],
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const fact of facts)
    for (const entry of fact.members) {
      const l = locate(sources, entry);
      if (l.sentence === null) continue;
      addTo(out, refKey(l.source, l.sentence), fact.id);
    }
  return out;
}
