import { shortLabels } from '../source/corpus/labels.js';
import type { Source } from '../source/corpus/types.js';
import type { Figure, Mention } from '../source/figures/types.js';
import { MONTH_ABBREVIATIONS, MONTHS, SCALES, UNITS, WEEKDAYS } from '../source/lexicon/quantities.js';
import { explain } from '../source/views/explain.js';

type Entry = [string, string];

/** Gold figures: the real contradictions, and wordings that must never be called a conflict. */
export interface GoldFigures {
  conflicts: { about: string; sides: Entry[][] }[];
  compatible: Entry[][];
  /**
   * Mentions in different sources that state one value of one thing, in any words: none of them is
   * "stated by one source only" (scored as the real set's agreement groups).
   */
  same?: { about: string; mentions: Entry[] }[];
}

/** How the conflicts found compare with the gold ones. */
export interface FiguresScore {
  precision: number;
  recall: number;
  found: number;
  matched: number;
  gold: number;
  /** Found conflicts that gold does not have. */
  falseConflicts: string[];
  /** Gold conflicts not found. */
  missed: string[];
  /** Compatible wordings reported as conflicting (must be none). */
  violations: string[];
}

interface Located {
  source: number;
  start: number;
  end: number;
  /** Where the figure the quote states lies (its first number, number word or calendar word). */
  figureStart: number;
  figureEnd: number;
  label: string;
}

/** Number words, and the words of vague or paired amounts a gold quote may state its figure with. */
const NUMBER_WORDS = new Set([
  ...Object.keys(UNITS),
  ...Object.keys(SCALES),
  'dozens',
  'hundreds',
  'thousands',
  'tens',
  'several',
  'twin',
  'pair',
  'half',
]);
/** Calendar words: capitalised only, so that "may" the verb is not read as May. */
const CALENDAR_WORDS = new Set([...WEEKDAYS, ...MONTHS, ...Object.keys(MONTH_ABBREVIATIONS)]);

/**
 * Where, inside a gold quote, the figure it states lies: the first run of digits, number word or
 * capitalised weekday or month name; the whole quote when it has none. A gold quote names the
 * figure with some context ("10 Marines, two Army soldiers and a Navy corpsman"); a mention holds
 * the quote's value only when it covers that first figure, not when it merely overlaps the context.
 */
export function figureSpan(quote: string): [number, number] {
  const found: [number, number][] = [];
  for (const match of quote.matchAll(/[A-Za-z]+\d\w*|\d[\d,.:]*\d|\d|[A-Za-z]+/g)) {
    const word = match[0];
    const at = match.index;
    const lower = word.toLowerCase();
    // Letters then digits make a name ("G7", "MH17"), not a figure.
    if (/^[A-Za-z]+\d/.test(word)) continue;
    if (/^\d/.test(word) || NUMBER_WORDS.has(lower) || (CALENDAR_WORDS.has(lower) && /^[A-Z]/.test(word)))
      found.push([at, at + word.length]);
  }
  // A hyphenated length before a noun ("its 20-year presence Tuesday") describes the noun: when
  // the quote states another figure, that one is the figure it was chosen for.
  const length = ([, end]: [number, number]) =>
    /^-(?:year|month|week|day|hour|minute)\b/.test(quote.slice(end));
  return found.find((f) => !length(f)) ?? found[0] ?? [0, quote.length];
}

/** A mention holds a located gold quote's value when it covers the figure the quote states. */
export const holds = (m: Mention, l: { source: number; figureStart: number; figureEnd: number }) =>
  m.source === l.source && m.start < l.figureEnd && l.figureStart < m.end;

/** Finds a quote in the source whose id starts with prefix; it must occur exactly once. */
/**
 * Where a gold quote lies in its source's text (it must occur exactly once; `where` names the source
 * in the error) and where the figure it states lies within it.
 */
export function quoteSpan(
  text: string,
  quote: string,
  where: string,
): { start: number; end: number; figureStart: number; figureEnd: number } {
  const at = text.indexOf(quote);
  if (at < 0 || text.indexOf(quote, at + 1) >= 0)
    throw new Error(`gold: "${quote}" is not exactly once in ${where}`);
  const [from, to] = figureSpan(quote);
  return { start: at, end: at + quote.length, figureStart: at + from, figureEnd: at + to };
}

function locate(sources: readonly Source[], [prefix, quote]: Entry): Located {
  const s = sources.findIndex((source) => source.id.startsWith(prefix));
  if (s < 0) throw new Error(`gold: no source starts with ${prefix}`);
  return { source: s, ...quoteSpan(sources[s]!.text, quote, prefix), label: `${prefix}: ${quote}` };
}

const overlaps = (m: Mention, l: Located) => m.source === l.source && m.start < l.end && l.start < m.end;

/**
 * Scores the conflicts found: a found conflict is right when it holds the values of two sides of a
 * gold conflict (mentions covering the figures those sides state); a gold conflict is found when
 * some found conflict is right about it.
 */
export function scoreFigures(
  sources: readonly Source[],
  figures: readonly Figure[],
  gold: GoldFigures,
): FiguresScore {
  const conflicts = figures.filter((f) => f.status === 'conflict');
  const goldSides = gold.conflicts.map((c) => ({
    about: c.about,
    sides: c.sides.map((side) => side.map((e) => locate(sources, e))),
  }));
  const hits = (figure: Figure, sides: Located[][]) => {
    const touched = sides.map((side) => side.some((l) => figure.mentions.some((m) => holds(m, l))));
    return touched.filter(Boolean).length >= 2;
  };
  const matchedFigures = conflicts.filter((f) => goldSides.some((g) => hits(f, g.sides)));
  const found = goldSides.filter((g) => conflicts.some((f) => hits(f, g.sides)));
  const violations: string[] = [];
  for (const group of gold.compatible) {
    const located = group.map((e) => locate(sources, e));
    for (const figure of conflicts) {
      const inside = located.filter((l) => figure.mentions.some((m) => overlaps(m, l)));
      // Compatible wordings inside a conflict are a violation when the figure sets them against
      // each other (in different readings), not when they stand together on one side of it.
      const readingOf = (l: Located) =>
        figure.reasons.readings.findIndex((r) =>
          figure.mentions.some(
            (m) =>
              overlaps(m, l) &&
              r.sources.includes(m.source) &&
              r.wordings.includes(m.text.replace(/\s+/g, ' ')),
          ),
        );
      if (new Set(inside.map((l) => l.source)).size >= 2 && new Set(inside.map(readingOf)).size >= 2)
        violations.push(`${figure.id}: ${inside.map((l) => l.label).join(' / ')}`);
    }
  }
  return {
    precision: conflicts.length ? matchedFigures.length / conflicts.length : 1,
    recall: goldSides.length ? found.length / goldSides.length : 1,
    found: conflicts.length,
    matched: matchedFigures.length,
    gold: goldSides.length,
    falseConflicts: conflicts
      .filter((f) => !matchedFigures.includes(f))
      .map((f) => `${f.id} ${explain(f, shortLabels(sources))}`),
    missed: goldSides.filter((g) => !found.includes(g)).map((g) => g.about),
    violations,
  };
}
