import { stemmer } from 'stemmer';
import { SCALES, UNITS } from '../lexicon/quantities.js';
import { wordTable } from '../text/table.js';
import { unicodeRegExp } from './letters.js';
import { startsUpper, tokenize } from './tokenize.js';

/** A content word of a sentence (a token that is a word or a number), with its matching key. */
export interface ContentWord {
  /** Normalised form used for matching: stem, number value, or synonym class. */
  key: string;
  /** The word as written (the token's text). */
  raw: string;
  start: number;
  end: number;
  /** Capitalised word that does not open the sentence: likely a name. */
  name: boolean;
  /** A number, in digits or words. */
  number: boolean;
}

// Function words, reporting verbs and other words that say nothing about which fact a sentence
// reports. General English, not tuned to any article.
const STOPWORDS = new Set(
  (
    'a about above after again against all almost also although am among an and another any are around as at ' +
    'be because been before being below between both but by can could did do does doing done down during each ' +
    'either even ever every few for from further had has have having he her here hers herself him himself his ' +
    'how however i if in into is it its itself just least less like many may me might more most much must my ' +
    'near neither no nor not now of off often on once one only or other others our ours ourselves out over own ' +
    'per perhaps quite rather same several she should since so some still such than that the their theirs them ' +
    'themselves then there these they this those though through thus to too toward towards under until up upon ' +
    'us very was we were what whatever when where whether which while who whom whose why will with within ' +
    'without would yet you your yours also said says say saying told tell tells stated states stating added adds ' +
    'according noted notes indicated indicates reported reports reportedly asked claimed claims part its ' +
    'mr mrs ms dr s t don didn doesn isn wasn weren won aren'
  ).split(' '),
);

// Small classes of words that news reports use for one another, whatever the event. Keys are
// Porter stems. Each class is general English news usage (checked against the wire-style guides'
// synonyms for these facts), not fitted to any article; near-synonyms beyond these come from the
// word vectors (lexicon/embeddings.ts), so the classes stay few and strict. A word in no class
// keeps its stem: a wrong merge costs more than a missed one.
const SYNONYM_CLASSES: readonly (readonly string[])[] = [
  // A state's armed personnel, as deployment reports alternate them ("3,000 troops", "soldiers").
  ['troop', 'soldier', 'forc', 'militari', 'armi', 'personnel'],
  // Death, as tolls are worded ("killed", "dead", "died", "deaths", "fatalities").
  ['kill', 'dead', 'death', 'di', 'die', 'slain', 'fatal'],
  // Injury, as tolls are worded.
  ['injur', 'wound', 'hurt'],
  // An armed attack, as incident reports word it.
  ['attack', 'assault', 'ambush', 'raid'],
  // The people who carry out an armed attack.
  ['gunmen', 'gunman', 'assail', 'milit', 'fighter'],
  // An exchange of fire.
  ['clash', 'confront', 'firefight', 'shootout', 'gunfight', 'skirmish'],
  // An official's expressed concern.
  ['warn', 'alarm', 'concern', 'worri'],
  // A withdrawal of forces.
  ['withdraw', 'pull', 'retreat'],
  // Moving forces into place.
  ['deploy', 'deploi', 'buildup', 'mobil'],
  ['border', 'frontier'],
  // Disaster words that reports use for one another.
  ['earthquak', 'quak', 'tremor', 'temblor', 'seism'],
  ['blast', 'explos', 'deton'],
  ['fire', 'blaze', 'inferno'],
  ['flood', 'inund', 'delug'],
  ['storm', 'hurrican', 'typhoon', 'cyclon'],
  // A head of state or government, as reports alternate title and role.
  ['presid', 'leader'],
  // A phone conversation between officials.
  ['telephon', 'phone'],
  // Taking someone into custody.
  ['arrest', 'detain', 'captur'],
  // Adding forces.
  ['reinforc', 'bolster', 'strengthen', 'boost'],
];

const SYNONYM = new Map<string, string>();
for (const group of SYNONYM_CLASSES)
  for (const stem of group) if (!SYNONYM.has(stem)) SYNONYM.set(stem, group[0]!);

/** Number words and scale words, by value (the figures reader's closed classes). */
const NUMBER_WORDS = wordTable<number>({ ...UNITS, ...SCALES });

// Words repeat: folding and stemming each distinct word once saves most of the tokenising time.
const MEMO_LIMIT = 200_000;

/** A word function computed once per distinct word (the table is emptied past MEMO_LIMIT words). */
function memoised(compute: (word: string) => string): (word: string) => string {
  const table = new Map<string, string>();
  return (word) => {
    const cached = table.get(word);
    if (cached !== undefined) return cached;
    const value = compute(word);
    if (table.size > MEMO_LIMIT) table.clear();
    table.set(word, value);
    return value;
  };
}

/** Folds case, accents and spelling variants (British -ise/-our, hyphens) before stemming. */
export const foldWord = memoised(fold);

const MARK = unicodeRegExp(String.raw`\p{M}`, 'gu');

function fold(word: string): string {
  // ASCII words need no Unicode normalisation.
  let w = (/^[\x00-\x7f]*$/.test(word) ? word : word.normalize('NFKD').replace(MARK(), ''))
    .toLowerCase()
    .replace(/['’`](?:s)?$/u, '')
    .replace(/[-‐‑–'’.]/gu, '');
  if (w.length > 5) {
    w = w
      .replace(/is(e|ed|es|ing|ation|ations|er|ers)$/u, 'iz$1')
      .replace(/our$/u, 'or')
      .replace(/yse$/u, 'yze');
    w = w.replace(/ence$/u, 'ense').replace(/tre$/u, 'ter');
  }
  return w;
}

/** The matching key of a word: number value, synonym class, or Porter stem. */
export const wordKey = memoised(computeKey);

function computeKey(word: string): string {
  const folded = foldWord(word);
  // A number by value: thousands separators (comma, dot, thin or no-break space) and an ordinal
  // suffix dropped ("4 000", "4,000" and "4000" are one key; "5th" is "#5").
  if (/^\d/u.test(word))
    return `#${word.replace(/(?:st|nd|rd|th)$/u, '').replace(/[,.\s\u00a0\u2009\u202f](?=\d{3}\b)/gu, '')}`;
  const value = NUMBER_WORDS[folded];
  if (value !== undefined) return `#${value}`;
  const stem = stemmer(folded);
  return SYNONYM.get(stem) ?? stem;
}

/**
 * Content words of a sentence: its words and numbers (from the one tokenizer), stopwords and
 * single letters dropped, each with its matching key.
 */
export function contentWords(text: string): ContentWord[] {
  const words: ContentWord[] = [];
  let first = true;
  // Indexed loops here and in the aligner (performance: on a short run, for...of allocates an
  // iterator result for every element).
  const tokens = tokenize(text);
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.kind === 'punct') continue;
    const raw = token.text;
    const folded = foldWord(raw);
    const isNumber = token.kind === 'number' || NUMBER_WORDS[folded] !== undefined;
    const opensSentence = first;
    first = false;
    if (!isNumber && (STOPWORDS.has(folded) || raw.length < 2)) continue;
    words.push({
      key: wordKey(raw),
      raw,
      start: token.start,
      end: token.end,
      name: !opensSentence && startsUpper(raw) && !isNumber,
      number: isNumber,
    });
  }
  return words;
}
