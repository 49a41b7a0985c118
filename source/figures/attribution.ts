// Who gives a sentence's figures ("police said", "according to the organisers", "the organisers
// counted 350,000, when the police counted 42,000"), and the counted thing that rival estimates share.
import { PHRASE_BREAK, ROLES, SCALES, singular, UNITS } from '../lexicon/quantities.js';
import { unicodeRegExp } from '../tokens/letters.js';
import type { Token } from '../tokens/tokenize.js';
import { CLAUSE_BREAK, tokenIndex } from './clauses.js';
import { CAPITALISED, NOT_PLACES } from './places.js';
import { isWord } from './read-time.js';
import type { FigureKind, SentenceMention } from './types.js';

/** Verbs by which a body gives a figure ("police said", "organisers estimated"). */
const GIVING = new Set(
  'said says say told reported estimated estimates counted counts claimed announced stated confirmed put puts cited'.split(
    ' ',
  ),
);
/** Words that are not a body a figure is attributed to (pronouns, relatives, determiners). */
const NOT_A_BODY = new Set(
  'he she they it we i you him her them us me who which that this these those there one some many others other reports report media previous earlier initial latest new first early recent current'.split(
    ' ',
  ),
);
/** Nouns of what a body gives out, not of a body ("according to data released by ..."): general English. */
const MATERIAL = new Set(['data', 'figures', 'statistics', 'numbers', 'information', 'estimates', 'records']);

/**
 * Participles of giving material out (general English verbs of publishing): "data released by",
 * "figures compiled by". Others before "by" say how the material is cut ("broken down by
 * province"), not who gave it.
 */
const GIVEN_OUT = new Set(
  'released published provided issued compiled collected gathered given shared reported announced presented supplied posted produced cited made put'.split(
    ' ',
  ),
);

/**
 * After a noun of material, where its giver is named: "by" right after it, or after a participle
 * of giving out ("released", "published", "provided") and at most one word more ("released
 * Monday by"); undefined otherwise.
 */
function materialBy(tokens: readonly Token[], from: number): number | undefined {
  if (tokens[from]?.lower === 'by') return from + 1;
  if (!GIVEN_OUT.has(tokens[from]?.lower ?? '')) return undefined;
  for (let k = from + 1; k < from + 3 && k < tokens.length; k++) if (tokens[k]!.lower === 'by') return k + 1;
  return undefined;
}

/** Offices whose holder speaks for a body (general: titles of those who give a body's figures). */
const SPEAKER_OFFICE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officer']);
/** Prepositions whose object is not the one who speaks ("familiar with the matter", "close to the talks"). */
const PREPOSITIONS = new Set(['with', 'to', 'on', 'about', 'by', 'into', 'near']);
/** Prepositions of place: the speaker is named before them ("a doctor at the hospital said"). */
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'from']);
/** Kinds of figure a body estimates (amounts); dates and timespans are not attributed. */
const ATTRIBUTED = new Set<FigureKind>(['count', 'proportion', 'percent', 'money', 'measure']);
/** An acronym (Unicode class: compiled on first use, as a plain twin on plain text; tokens/letters.ts). */
const ACRONYM = unicodeRegExp(String.raw`^\p{Lu}{2,}$`, 'u');
/** Words that open an aside between a speaker and its verb ("the union, on behalf of ..., counted"). */
const ASIDE_OPENERS = new Set(['on', 'in', 'for', 'with', 'through', 'citing', 'after', 'like', 'as']);
/** Times of the day a figure is reached by ("by noon", "by nightfall"): general English, no bodies. */
const TIMES_OF_DAY = new Set(
  'noon midday midnight morning afternoon evening night nightfall dawn dusk then now'.split(' '),
);
/**
 * Bodies that news copy names with no article ("police said", "and organisers 300,000"): general
 * English collective nouns of those who give figures.
 */
const BARE_BODIES = new Set(
  'police organisers organizers officials authorities unions rescuers activists monitors'.split(' '),
);

/**
 * Who gives the figures of a sentence, when it says: "police said", "the health minister said",
 * "according to the organisers", "..., said the interior ministry". The body is the last two words
 * of its noun phrase (lower case, the last one singular): "police", "organiser", "health minister".
 * Each mention takes the attribution of its own clause ("Police said 10,000 marched, while
 * organisers put the figure at 50,000"), else the sentence's only one.
 */
export function attribute(tokens: readonly Token[], mentions: SentenceMention[]): void {
  if (!mentions.some((m) => ATTRIBUTED.has(m.kind))) return;
  const found: { at: number; body: string }[] = [];
  const body = (words: Token[]) => {
    const kept = words.filter((t) => !['the', 'a', 'an', 'its', 'their'].includes(t.lower));
    if (!kept.length || kept.some((t) => !isWord(t) || NOT_A_BODY.has(t.lower))) return undefined;
    // A phrase cut short at an initial ("two U.S. officials") names no body; how many speak
    // ("three police sources") is not part of who they are.
    if (kept.some((t) => t.text.length === 1)) return undefined;
    while (kept.length && UNITS[kept[0]!.lower] !== undefined) kept.shift();
    // A scale word is the figure itself ("2 million claimed by..."), not who gives it.
    if (kept.some((t) => SCALES[t.lower] !== undefined)) return undefined;
    if (!kept.length) return undefined;
    const last = kept.slice(-2).map((t) => t.lower);
    // An acronym is a name, never a plural ("USGS", "NHS").
    if (!ACRONYM().test(kept[kept.length - 1]!.text))
      last[last.length - 1] = singular(last[last.length - 1]!);
    return last.join(' ');
  };
  const phraseBefore = (j: number): Token[] => {
    const words: Token[] = [];
    let k = j - 1;
    for (; k >= 0 && words.length < 3; k--) {
      const t = tokens[k]!;
      if (!isWord(t) || PHRASE_BREAK.has(t.lower) || GIVING.has(t.lower)) break;
      words.unshift(t);
    }
    // The object of a preposition is not the speaker: after a place ("a doctor at the hospital
    // said", "officials in the capital said") the speaker stands before it; after others ("people
    // familiar with the matter said") no body is named; after "of" or "for" the object speaks ("a
    // spokesman for the ministry said").
    while (['the', 'a', 'an', 'its', 'their'].includes(tokens[k]?.lower ?? '')) k--;
    const preposition = tokens[k]?.lower ?? '';
    if (PLACE_PREPOSITIONS.has(preposition) && words.length) return phraseBefore(k);
    if (PREPOSITIONS.has(preposition)) return [];
    return words;
  };
  const phraseAfter = (j: number) => {
    const words: Token[] = [];
    let k = j;
    if (['the', 'a', 'an'].includes(tokens[k]?.lower ?? '')) k++;
    for (; k < tokens.length && words.length < 3; k++) {
      const t = tokens[k]!;
      if (!isWord(t) || PHRASE_BREAK.has(t.lower) || GIVING.has(t.lower)) break;
      words.push(t);
    }
    return words;
  };
  /**
   * A named speaker in apposition before the verb ("<name>, a spokesman for the ministry, said"):
   * the body the office speaks for. Only an office of speaking (see SPEAKER_OFFICE) names one; other
   * appositions ("a friend of the mayor") do not.
   */
  const apposition = (j: number): string | undefined => {
    if (tokens[j - 1]?.text !== ',') return undefined;
    const words: Token[] = [];
    let k = j - 2;
    for (; k >= 0 && words.length < 3; k--) {
      const t = tokens[k]!;
      if (!isWord(t) || t.lower === 'for' || t.lower === 'of') break;
      words.unshift(t);
    }
    if (!['for', 'of'].includes(tokens[k]?.lower ?? '')) return undefined;
    if (!SPEAKER_OFFICE.has(tokens[k - 1]?.lower ?? '')) return undefined;
    if (!['a', 'an', 'the'].includes(tokens[k - 2]?.lower ?? '') || tokens[k - 3]?.text !== ',')
      return undefined;
    return body(words);
  };
  /**
   * The subject before an aside that opens with a preposition ("the union, on behalf of all the
   * strikers, counted"): news copy sets such asides between a speaker and its verb.
   */
  const aside = (j: number): string | undefined => {
    if (tokens[j - 1]?.text !== ',') return undefined;
    let k = j - 2;
    while (k >= 0 && j - 2 - k < 8 && isWord(tokens[k])) k--;
    if (tokens[k]?.text !== ',' || k === j - 2) return undefined;
    if (!ASIDE_OPENERS.has(tokens[k + 1]!.lower)) return undefined;
    return body(phraseBefore(k));
  };
  /** Attributions that follow a figure closely ("41,000 according to police", "2 million claimed by the unions"). */
  const following: { at: number; body: string }[] = [];
  /** Verbs of giving a figure with their subject ("the organisers counted", "police put the number at"). */
  const giving: { at: number; body: string }[] = [];
  tokens.forEach((t, j) => {
    let who: string | undefined;
    if (t.lower === 'according' && tokens[j + 1]?.lower === 'to') {
      // "according to data released by the ministry": the body is the one who gave the material.
      const by = MATERIAL.has(tokens[j + 2]?.lower ?? '') ? materialBy(tokens, j + 3) : undefined;
      who = body(phraseAfter(by ?? j + 2));
      if (who) following.push({ at: j, body: who });
    } else if (
      t.lower === 'by' &&
      tokens.slice(Math.max(0, j - 6), j).some((x) => GIVING.has(x.lower) || x.lower === 'given') &&
      tokens[j - 1]?.kind === 'number' &&
      // "put the toll at 40 by Monday", "by noon": a time it was reached by, no body.
      !mentions.some((x) => (x.kind === 'date' || x.kind === 'time') && x.start === tokens[j + 1]?.start) &&
      !NOT_PLACES.has(tokens[j + 1]?.lower ?? '') &&
      !TIMES_OF_DAY.has(tokens[j + 1]?.lower ?? '')
    ) {
      // A passive with the figure between ("was put at 40,000 by the council"): the body after "by".
      who = body(phraseAfter(j + 1));
      if (who) following.push({ at: j, body: who });
    } else if ((GIVING.has(t.lower) || t.lower === 'given') && tokens[j + 1]?.lower === 'by') {
      // The passive names the body after "by" ("the figure given by the ministry").
      who = body(phraseAfter(j + 2));
      if (who) following.push({ at: j, body: who });
    } else if (GIVING.has(t.lower)) {
      // "put" gives a figure only as "put the number/figure/toll at".
      if ((t.lower === 'put' || t.lower === 'puts') && tokens[j + 3]?.lower !== 'at') return;
      // Claiming responsibility or credit for an attack gives no figure.
      if (t.lower.startsWith('claim') && ['responsibility', 'credit'].includes(tokens[j + 1]?.lower ?? ''))
        return;
      who = body(phraseBefore(j)) ?? apposition(j) ?? aside(j);
      if (who) giving.push({ at: j, body: who });
      // "..., said the interior ministry": the body after the verb, at the end of a clause (after
      // "told" it is the listener).
      if (
        !who &&
        t.lower !== 'told' &&
        (tokens[j - 1]?.text === ',' || tokens[j - 1]?.text === '"' || tokens[j - 1]?.text === '”')
      )
        who = body(phraseAfter(j + 1));
    }
    if (who) found.push({ at: j, body: who });
  });
  if (!found.length) return;
  /** The words right before token `index`, when a comma or "and" opens them and they name a body. */
  const gappedBody = (index: number): string | undefined => {
    if (!giving.some((f) => f.at < index)) return undefined;
    const words: Token[] = [];
    let k = index - 1;
    for (; k >= 0 && words.length < 4 && isWord(tokens[k]) && tokens[k]!.lower !== 'and'; k--)
      words.unshift(tokens[k]!);
    if (!words.length || (tokens[k]?.text !== ',' && tokens[k]?.lower !== 'and')) return undefined;
    const articles = ['the', 'a', 'an'];
    if (words.some((t) => (PHRASE_BREAK.has(t.lower) && !articles.includes(t.lower)) || ROLES[t.lower]))
      return undefined;
    // A noun phrase of a body opens with an article, holds a name ("the police", "Vantor") or is
    // a collective noun of a body that copy writes bare ("and police 45,000").
    const bare = words.length === 1 && BARE_BODIES.has(words[0]!.lower);
    if (!bare && !articles.includes(words[0]!.lower) && !words.some((t) => CAPITALISED().test(t.text)))
      return undefined;
    return body(words);
  };
  const at = tokenIndex(tokens);
  // The clause of every token, counted once (linear on very long sentences).
  const clauses = new Uint32Array(tokens.length + 1);
  for (let k = 0; k < tokens.length; k++)
    clauses[k + 1] = clauses[k]! + (CLAUSE_BREAK.has(tokens[k]!.lower) ? 1 : 0);
  const clauseOf = (index: number) => clauses[index]!;
  const bodies = new Set(found.map((f) => f.body));
  const byClause = new Map<number, Set<string>>();
  for (const f of found) {
    const clause = clauseOf(f.at);
    const set = byClause.get(clause);
    if (set) set.add(f.body);
    else byClause.set(clause, new Set([f.body]));
  }
  for (const m of mentions) {
    const index = at.start.get(m.start);
    if (index === undefined || !ATTRIBUTED.has(m.kind)) continue;
    // An attribution right after the figure (at most two words or a comma between, no other
    // figure) is its own, whatever else its clause attributes: "41,000 marched according to
    // police, and 300,000 according to the unions".
    const last = at.end.get(m.end);
    const close =
      last === undefined
        ? undefined
        : following.find(
            (f) =>
              f.at > last &&
              f.at - last <= 3 &&
              tokens.slice(last + 1, f.at).every((t) => t.kind !== 'number') &&
              !mentions.some((x) => x !== m && x.start >= m.end && x.start < tokens[f.at]!.start),
          );
    if (close) {
      m.attribution = close.body;
      continue;
    }
    // So is the subject of a verb of giving right before it, with no other figure between ("the
    // organisers counted 350,000, when the police counted 42,000"; "police put the figure at 9,000").
    let verb: { at: number; body: string } | undefined;
    for (const f of giving)
      if (
        f.at < index &&
        index - f.at <= 4 &&
        tokens.slice(f.at + 1, index).every((t) => t.kind !== 'number') &&
        !mentions.some((x) => x !== m && x.start > tokens[f.at]!.start && x.start < m.start)
      )
        verb = f;
    if (verb) {
      m.attribution = verb.body;
      continue;
    }
    // A verb of giving left out ("the organisers counted 300,000, the police 42,000 and a monitor
    // 38,000"): the body right before the figure, after a comma or "and", once a figure before it
    // in the sentence was given by a verb.
    const gapped = gappedBody(index);
    if (gapped && mentions.some((x) => x.end <= m.start && ATTRIBUTED.has(x.kind) && x.attribution)) {
      m.attribution = gapped;
      continue;
    }
    const own = byClause.get(clauseOf(index)) ?? new Set<string>();
    if (own.size === 1) m.attribution = [...own][0]!;
    else if (own.size === 0 && bodies.size === 1) m.attribution = [...bodies][0]!;
  }
}

/**
 * Rival estimates in one sentence count one thing: a count with no noun of its own that another
 * body gives, right after a count that names what it counts ("the organisers counted 300,000
 * marchers, when the police counted 42,000"; "8,000 people according to police, and 20,000
 * according to the organisers"), takes that count's counted thing (and its role, when it has
 * none). Two figures of one body are two things it counts; so the bodies must differ.
 */
export function inheritEstimateSubjects(tokens: readonly Token[], mentions: SentenceMention[]): void {
  const at = tokenIndex(tokens);
  let previous: SentenceMention | undefined;
  for (const mention of mentions) {
    if (mention.kind !== 'count') continue;
    if (
      !mention.subject &&
      previous?.subject &&
      previous.attribution &&
      mention.attribution &&
      previous.attribution !== mention.attribution
    ) {
      const from = at.end.get(previous.end);
      const to = at.start.get(mention.start);
      // In the same stretch of the sentence: at most a clause between (no other count).
      if (from !== undefined && to !== undefined && to - from <= 24) {
        mention.subject = previous.subject;
        mention.subjectClass = previous.subjectClass;
        mention.role ??= previous.role;
      }
    }
    previous = mention;
  }
}
