// The place a count is of ("64,000 in Lorn", "In Lorn, ...", "nationwide").
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../lexicon/quantities.js';
import { unicodeRegExp } from '../tokens/letters.js';
import type { Token } from '../tokens/tokenize.js';
import { CLAUSE_BREAK, tokenIndex } from './clauses.js';
import { isWord } from './read-time.js';
import type { SentenceMention } from './types.js';

/** Words that spread a count over the whole country ("nationwide", "across the country"). */
const SPREAD = new Set(['nationwide', 'countrywide']);
const SPREAD_BEFORE = new Set(['across', 'throughout']);
const NATION = new Set(['country', 'nation']);
/** Capitalised words after "in" that are no place: times of the year and week. */
export const NOT_PLACES = new Set([...MONTHS, ...Object.keys(MONTH_ABBREVIATIONS), ...WEEKDAYS]);
// Unicode class: compiled on first use, as a plain twin on plain text (tokens/letters.ts).
export const CAPITALISED = unicodeRegExp(String.raw`^\p{Lu}`, 'u');

/**
 * The place named at token k: a capitalised name after "in", "across" or "throughout" (one or two
 * words; "across Lorn" is Lorn, which may be a city, not the whole country), or a spread.
 */
function placeAt(tokens: readonly Token[], k: number): string | undefined {
  const t = tokens[k]!.lower;
  if (SPREAD.has(t)) return 'nationwide';
  if (SPREAD_BEFORE.has(t) && tokens[k + 1]?.lower === 'the' && NATION.has(tokens[k + 2]?.lower ?? ''))
    return 'nationwide';
  if (t !== 'in' && !SPREAD_BEFORE.has(t)) return undefined;
  const words: string[] = [];
  for (let j = k + 1; j < tokens.length && words.length < 2; j++) {
    const w = tokens[j]!;
    if (!isWord(w) || !CAPITALISED().test(w.text) || NOT_PLACES.has(w.lower)) break;
    words.push(w.lower);
  }
  // "in Lorn and Dren", "in Lorn, Dren and Vell": several places are no one place.
  const after = tokens[k + 1 + words.length];
  const following = tokens[k + 2 + words.length];
  // After a comma, a list goes on with another name (of one or more words) and a comma or "and"
  // ("in Lorn, Dren and Vell", "in Lorn, New Dren and Vell"); "in Lorn, Vice President Ana Vidal
  // said" names one place. (Names of up to three words: the scan stays short.)
  let listEnd = k + 3 + words.length;
  const longest = listEnd + 2;
  while (listEnd < longest && isWord(tokens[listEnd]) && CAPITALISED().test(tokens[listEnd]!.text)) listEnd++;
  const third = tokens[listEnd];
  if (
    (after?.lower === 'and' || after?.lower === 'or' || after?.text === ',') &&
    isWord(following) &&
    (after.text !== ',' ||
      (CAPITALISED().test(following.text) &&
        (third?.text === ',' || third?.lower === 'and' || third?.lower === 'or')))
  )
    return undefined;
  return words.length ? words.join(' ') : undefined;
}

/**
 * The place each count is of ("65,000 marchers in Lorn and 300,000 across the country"): the first
 * place named after it in its stretch of the clause (up to eight words, no other figure, no
 * punctuation between), else the place a sentence opens with ("In Lorn, ..."). A city's count and
 * the nation's, or two cities', are different figures: reports give them side by side.
 */
export function readPlaces(tokens: readonly Token[], mentions: SentenceMention[]): void {
  const at = tokenIndex(tokens);
  // "In Lorn, ...": the place the sentence opens with, a name right before a comma.
  const named = tokens[0]?.lower === 'in' ? placeAt(tokens, 0) : undefined;
  const opening = named && tokens[1 + named.split(' ').length]?.text === ',' ? named : undefined;
  const countStarts = new Set(mentions.flatMap((x) => (x.kind === 'count' ? [x.start] : [])));
  for (const m of mentions) {
    if (m.kind !== 'count') continue;
    const last = at.end.get(m.end);
    if (last === undefined) continue;
    let place: string | undefined;
    for (let k = last + 1; k < tokens.length && k <= last + 8 && !place; k++) {
      const t = tokens[k]!;
      if (
        t.kind === 'number' ||
        (t.kind === 'punct' && /[.;:,!?()]/.test(t.text)) ||
        CLAUSE_BREAK.has(t.lower)
      )
        break;
      if (countStarts.has(t.start)) break;
      place = placeAt(tokens, k);
    }
    place ??= opening;
    if (place) m.place = place;
  }
}
