// What a figure is about, in plain words: its label ("attackers killed", "when (troops)").
import type { Sentence } from '../corpus/types.js';
import { unicodeRegExp } from '../tokens/letters.js';
import { roleOfNoun } from './read-count.js';
import type { FigureKind, Mention } from './types.js';

const KIND_SUBJECT: Partial<Record<FigureKind, string>> = {
  date: 'date',
  time: 'time of day',
  'relative-time': 'when',
  duration: 'how long',
};

/**
 * The body a figure's counts name, when most of its mentions name one and none another, and the
 * label does not already say it: two figures of one class and role (troops killed) are told apart
 * by whose they are ("marine troops killed" / "american troops killed").
 */
function bodyLabel(group: readonly Mention[], what: string | null): string {
  const bodies = new Set(group.flatMap((m) => (m.body ? [m.body] : [])));
  if (bodies.size !== 1) return '';
  const body = [...bodies][0]!;
  if (group.filter((m) => m.body).length * 2 < group.length) return '';
  if (what && (what.includes(body) || body.includes(what))) return '';
  return `${body} `;
}

/** What a figure is about, in plain words: "attackers killed", "troops", "when (troops)". */
export function describeSubject(
  group: readonly Mention[],
  bySentence: ReadonlyMap<string, Mention[]>,
  sentenceOf: (m: Mention) => Sentence | undefined,
): string {
  const m = labelMention(group) ?? group[0]!;
  if (m.kind === 'count' || m.kind === 'proportion' || m.kind === 'money' || m.kind === 'percent') {
    const subject = m.subjectClass ? plainWord(m.subjectClass) : null;
    const what =
      m.kind === 'proportion'
        ? subject
          ? `share (${subject})`
          : 'share'
        : (subject ?? (m.kind === 'count' ? 'number' : m.kind));
    // Casualties and a possibility with no other role are qualifiers: "people (casualties)".
    const role =
      m.role === 'casualties' || m.role === 'possible' ? ` (${m.role})` : m.role ? ` ${m.role}` : '';
    // "the bodies of 40 passengers": the counted thing is the bodies, of passengers.
    const counted = countedContainer(m, sentenceOf(m));
    if (counted && !m.sumOf) return `${counted} of ${writtenNoun(m) ?? what}${role}`;
    // A group noun ("in a battalion"), or a share of a count or part of a group ("of 30,000"); a
    // part of the very thing counted ("six of the deceased") says nothing more.
    // "six of the deceased": part of the dead, whom the role already names.
    const partOfItself =
      m.container !== null &&
      (m.container === `part of ${m.subject}` ||
        m.container === `part of ${m.subjectClass}` ||
        (m.role !== null && roleOfNoun(m.container.replace(/^part of /, '')) === m.role));
    const container =
      !m.container || partOfItself
        ? ''
        : /^(?:part )?of /.test(m.container)
          ? ` ${m.container}`
          : ` (in a ${m.container})`;
    return `${bodyLabel(group, what)}${m.sumOf ? 'people' : what}${role}${container}`;
  }
  // A timespan's subject: what the sentence counted just before it ("half the troops ... months ago").
  const base = KIND_SUBJECT[m.kind] ?? m.kind;
  if (m.kind === 'date' || m.kind === 'time') return base;
  if (m.kind === 'age') return m.subject ? `age (${plainWord(m.subject)})` : 'age';
  // What lasts, when the text names it ("how long (exercises)"); a count or length before it names
  // something else ("3 million people visited over the past two weeks" is not how long people last).
  if (m.kind === 'duration' && m.value.relation === 'every') return 'how often';
  if (m.kind === 'duration') return m.subjectClass ? `${base} (${plainWord(m.subjectClass)})` : base;
  const neighbour = bySentence
    .get(`${m.source}:${m.sentence}`)
    ?.find((x) => x.subjectClass && x.end <= m.start && m.start - x.end < 60);
  return neighbour ? `${base} (${plainWord(neighbour.subjectClass!)})` : base;
}

/**
 * The mention whose counted thing names the figure: the class most of the figure's mentions count,
 * as a mention names it in its own words ("two Chileans", not the "two" of "two from Chile", whose
 * subject is read from the country nearby); a class no mention names in its own words is a label
 * only when no class is. Among mentions of that class, one in the role at least half of them give
 * (a restatement that says no role, "the 13 soldiers were ...", does not take "killed" off the
 * label; a role one headline of many gives does not make the label); then the first.
 */
function labelMention(group: readonly Mention[]): Mention | undefined {
  const named = group.filter((x) => x.subjectClass);
  const own = named.filter(namesItsThing);
  const counts = new Map<string, number>();
  const roles = new Map<string, number>();
  const roleKey = (x: Mention) => `${x.subjectClass}|${x.role}`;
  for (const x of named) {
    counts.set(x.subjectClass!, (counts.get(x.subjectClass!) ?? 0) + 1);
    if (x.role !== null) roles.set(roleKey(x), (roles.get(roleKey(x)) ?? 0) + 1);
  }
  // A role counts when at least half the mentions of the class give it.
  const rank = (x: Mention) => {
    const c = counts.get(x.subjectClass!)!;
    const r = roles.get(roleKey(x)) ?? 0;
    return [c, r * 2 >= c ? r : 0] as const;
  };
  let best: Mention | undefined;
  for (const x of own.length ? own : named) {
    if (!best) {
      best = x;
      continue;
    }
    const [c, r] = rank(x);
    const [bc, br] = rank(best);
    if (c > bc || (c === bc && r > br)) best = x;
  }
  return best;
}

/** Whether a mention's own words hold its counted thing (its lemma or class, give or take an ending). */
function namesItsThing(m: Mention): boolean {
  const text = m.text.toLowerCase();
  const holds = (word: string | null) =>
    word !== null && text.includes(word.toLowerCase().slice(0, Math.max(3, word.length - 2)));
  return holds(m.subject) || holds(m.subjectClass);
}

/** A word as a label shows it: no possessive or stray punctuation at its ends ("nigeria'" is "nigeria"). */
function plainWord(word: string): string {
  // Performance: a plain ASCII word (most labels) has nothing to strip.
  if (/^[a-z0-9](?:[a-z0-9 -]*[a-z0-9])?$/.test(word)) return word;
  return word.replace(/['’]s?$/u, '').replace(END_PUNCTUATION(), '');
}

// Unicode classes: compiled on first use, as plain twins on plain text (performance: tokens/letters.ts).
const END_PUNCTUATION = unicodeRegExp(String.raw`^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$`, 'gu');
const NOUN_OF = unicodeRegExp(String.raw`(\p{L}+)\s+of\s+(?:the\s+)?$`, 'u');
const LAST_WORD = unicodeRegExp(String.raw`(\p{L}+)\W*$`, 'u');

/**
 * Nouns that stand one for one for the people they are of (a body per passenger): "the bodies of 22
 * passengers" counts bodies. General English, not a list of any article's words; other plural
 * nouns before "of" ("reports of 60 killed") do not count themselves.
 */
const ONE_FOR_ONE = /^(?:bodies|corpses|remains|coffins)$/;

/**
 * The container as written when it is what is counted: a plural noun that stands one for one for
 * the counted people, before "of" and the number ("the bodies of 40 passengers"), not a group that
 * holds the count ("a battalion of 500 men") nor a report of it.
 */
function countedContainer(m: Mention, sentence: Sentence | undefined): string | undefined {
  if (!m.container || !sentence || /^(?:part )?of /.test(m.container)) return undefined;
  const before = sentence.text.slice(0, m.start - sentence.start);
  const word = NOUN_OF().exec(before)?.[1]?.toLowerCase();
  if (!word || !/s$/.test(word) || !ONE_FOR_ONE.test(word)) return undefined;
  const stem = m.container.toLowerCase().slice(0, Math.max(3, m.container.length - 2));
  return word.startsWith(stem) && word !== m.container.toLowerCase() ? word : undefined;
}

/** The counted noun as the mention writes it, lower case ("40 passengers": "passengers"). */
function writtenNoun(m: Mention): string | undefined {
  const last = LAST_WORD().exec(m.text)?.[1]?.toLowerCase();
  return last && namesItsThing(m) ? last : undefined;
}
