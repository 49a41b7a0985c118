// What a distance is measured from ("37 km from Lorn", "6 km northwest of the village of Dren") and
// depths ("11 km deep", "at a depth of 10.6 km"): distances from different places, and a depth,
// are different figures of one story, often side by side in one aligned passage.
import { singular } from '../lexicon/quantities.js';
import type { Token } from '../tokens/tokenize.js';
import { tokenIndex } from './clauses.js';
import { CAPITALISED } from './places.js';
import { isWord } from './read-time.js';
import type { SentenceMention } from './types.js';

/** Units of distance (the lexicon's length units). */
const DISTANCE_UNITS = new Set(['km', 'm', 'foot', 'yard', 'mile']);
/**
 * Words between a distance and the place it is measured from that say which way ("12 km north of",
 * "3 miles south-east of", "10 km inland from", "5 km away from"): compass points and general
 * English adverbs of position.
 */
const WHICH_WAY =
  /^(?:(?:north|south)-?(?:east|west)(?:ward|wards|erly)?|(?:north|south|east|west)(?:ward|wards|erly)?|due|away|inland|offshore|out|outside|short)$/;
/** Words that take the place a distance is measured from ("from Lorn", "off the coast"). */
const MEASURED_FROM = new Set(['from', 'off']);
/** Determiners and possessives before the place's name: general English. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
/**
 * Kinds of settlement or division named by "KIND of NAME" ("the town of Dren", "the province of
 * Vell"): the place is the name after "of". General English nouns of settlement and administration.
 */
const PLACE_KINDS = new Set(
  'town city village hamlet district province region county municipality state island port'.split(' '),
);
/**
 * Words that end the place's phrase: prepositions, conjunctions, relatives, pronouns and common
 * auxiliaries (general English function words; "from the border on Monday", "from Lorn and Dren",
 * "from where", "from the capital was").
 */
const PHRASE_END = new Set(
  'on in at by to for with and or but where which that who when while as near into onto is was were are be been has had have will would could said says here there it this'.split(
    ' ',
  ),
);

/**
 * The place a distance is measured from, read at token k (just after "from"/"of"/"off"): a name
 * ("Lorn", "the town of Dren": "dren") or the head noun of a common noun phrase ("the Norlandic
 * border": "border"; adjectives are left out, since outlets add or drop them). Undefined when no
 * noun follows ("from here", "from where").
 */
function referenceAt(tokens: readonly Token[], k: number): string | undefined {
  let j = k;
  // After a determiner, names are modifiers of a noun ("the Lorn plant"); without one, a name is
  // the place and a word after it is not ("from Lorn killed").
  const determined = DETERMINERS.has(tokens[j]?.lower ?? '');
  if (determined) j++;
  let names: string[] = [];
  let head: string | undefined;
  for (let taken = 0; j < tokens.length && taken < 5; j++, taken++) {
    const t = tokens[j]!;
    if (!isWord(t)) break;
    if (t.lower === 'of' && head && PLACE_KINDS.has(head)) {
      // "the town of Dren": the place is named after "of".
      names = [];
      head = undefined;
      if (DETERMINERS.has(tokens[j + 1]?.lower ?? '')) j++;
      continue;
    }
    if (PHRASE_END.has(t.lower) || t.lower === 'of') break;
    if (CAPITALISED().test(t.text)) {
      if (head) break;
      names.push(t.lower);
    } else {
      if (names.length && !determined) break;
      head = singular(t.lower);
      names = [];
    }
  }
  if (head) return head;
  return names.length ? names.join(' ') : undefined;
}

/**
 * Distances say what they are measured from and depths say they are depths (counted thing "from
 * lorn", "depth"), so that, in one passage or across passages, distances from one place are
 * compared and those from different places are not ("37 km from Lorn" / "6 km from Dren" /
 * "5 km from the border" are three figures).
 */
export function nameWhereFrom(tokens: readonly Token[], mentions: SentenceMention[]): void {
  const at = tokenIndex(tokens);
  for (const m of mentions) {
    if (m.kind !== 'measure' || m.subject !== null || !DISTANCE_UNITS.has(m.value.unit ?? '')) continue;
    const first = at.start.get(m.start);
    const last = at.end.get(m.end);
    if (first === undefined || last === undefined) continue;
    // "11 km deep", "at a depth of roughly 10.6 km".
    if (
      tokens[last + 1]?.lower === 'deep' ||
      (tokens[first - 1]?.lower === 'of' && tokens[first - 2]?.lower === 'depth')
    ) {
      m.subject = 'depth';
      m.subjectClass = 'depth';
      continue;
    }
    let k = last + 1;
    let way = tokens[first - 1]?.lower === 'within';
    while (k <= last + 2 && WHICH_WAY.test(tokens[k]?.lower ?? '')) {
      way = true;
      k++;
    }
    const word = tokens[k]?.lower ?? '';
    if (!MEASURED_FROM.has(word) && !(word === 'of' && way)) continue;
    const place = referenceAt(tokens, k + 1);
    if (!place) continue;
    m.subject = place;
    m.subjectClass = `from ${place}`;
  }
}
