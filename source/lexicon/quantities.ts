import { wordTable } from '../text/table.js';
// Closed word classes for reading quantities in English news text. General English, nothing here
// is taken from any particular article.

/** Cardinal number words and their values. */
export const UNITS = wordTable<number>({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/** Multipliers that follow a number ("five hundred", "2.4 million", "two dozen"). */
export const SCALES = wordTable<number>({
  dozen: 12,
  hundred: 100,
  thousand: 1000,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  // South Asian English ("Rs 40 lakh", "two crore people"), whose digit grouping is read too.
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
});

/** Vague amounts, as intervals (numbers.md): never a point, and "a few" is not exactly three. */
export const VAGUE: { words: string[]; min: number; max: number }[] = [
  { words: ['tens', 'of', 'thousands'], min: 20_000, max: 99_999 },
  { words: ['hundreds', 'of', 'thousands'], min: 200_000, max: 999_999 },
  { words: ['tens', 'of', 'millions'], min: 20_000_000, max: 99_999_999 },
  { words: ['hundreds', 'of', 'millions'], min: 200_000_000, max: 999_999_999 },
  { words: ['several', 'dozen'], min: 24, max: 100 },
  { words: ['several', 'hundred'], min: 300, max: 999 },
  { words: ['several', 'thousand'], min: 3000, max: 9999 },
  { words: ['a', 'few', 'dozen'], min: 24, max: 72 },
  { words: ['a', 'few', 'hundred'], min: 200, max: 599 },
  { words: ['a', 'few', 'thousand'], min: 2000, max: 5999 },
  { words: ['a', 'handful'], min: 2, max: 6 },
  { words: ['a', 'couple', 'of'], min: 2, max: 3 },
  { words: ['a', 'few'], min: 2, max: 5 },
  { words: ['dozens'], min: 24, max: 99 },
  { words: ['scores'], min: 40, max: 199 },
  { words: ['hundreds'], min: 200, max: 999 },
  { words: ['thousands'], min: 2000, max: 9999 },
  { words: ['millions'], min: 2e6, max: 9.99e6 },
  { words: ['several'], min: 3, max: 9 },
];

/**
 * The entries of a phrase list (VAGUE, HEDGES) by their first word, each list in the original order:
 * a reader tries only the phrases that can start at a token, and the first one that matches is
 * still the one the whole list would give.
 */
export function byFirstWord<T extends { words: readonly string[] }>(
  list: readonly T[],
): ReadonlyMap<string, T[]> {
  const index = new Map<string, T[]>();
  for (const entry of list) {
    const first = entry.words[0]!;
    const known = index.get(first);
    if (known) known.push(entry);
    else index.set(first, [entry]);
  }
  return index;
}

/** Words before a number that hedge or bound it. */
export type Hedge = 'about' | 'more than' | 'at least' | 'up to' | 'nearly' | 'fewer than';
export const HEDGES: { words: string[]; hedge: Hedge }[] = [
  { words: ['more', 'than'], hedge: 'more than' },
  { words: ['just', 'over'], hedge: 'more than' },
  { words: ['over'], hedge: 'more than' },
  { words: ['in', 'excess', 'of'], hedge: 'more than' },
  { words: ['at', 'least'], hedge: 'at least' },
  { words: ['no', 'fewer', 'than'], hedge: 'at least' },
  { words: ['up', 'to'], hedge: 'up to' },
  { words: ['as', 'many', 'as'], hedge: 'up to' },
  { words: ['at', 'most'], hedge: 'up to' },
  { words: ['nearly'], hedge: 'nearly' },
  { words: ['almost'], hedge: 'nearly' },
  { words: ['close', 'to'], hedge: 'nearly' },
  { words: ['just', 'under'], hedge: 'nearly' },
  { words: ['fewer', 'than'], hedge: 'fewer than' },
  { words: ['less', 'than'], hedge: 'fewer than' },
  { words: ['under'], hedge: 'fewer than' },
  { words: ['about'], hedge: 'about' },
  { words: ['around'], hedge: 'about' },
  { words: ['approximately'], hedge: 'about' },
  { words: ['roughly'], hedge: 'about' },
  { words: ['some'], hedge: 'about' },
  { words: ['an', 'estimated'], hedge: 'about' },
  { words: ['estimated'], hedge: 'about' },
  { words: ['circa'], hedge: 'about' },
];

/** Units of time, in months for comparison of durations ("decade" = 120). */
export const TIME_UNITS = wordTable<{ unit: string; months: number }>({
  minute: { unit: 'minute', months: 1 / 43_800 },
  hour: { unit: 'hour', months: 1 / 730 },
  day: { unit: 'day', months: 1 / 30.44 },
  night: { unit: 'day', months: 1 / 30.44 },
  week: { unit: 'week', months: 1 / 4.35 },
  weekend: { unit: 'week', months: 1 / 4.35 },
  month: { unit: 'month', months: 1 },
  year: { unit: 'year', months: 12 },
  decade: { unit: 'decade', months: 120 },
  century: { unit: 'century', months: 1200 },
});

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const MONTH_ABBREVIATIONS = wordTable<number>({
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
});
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Words that say what happened to the counted people or things: the role of a count. */
export const ROLES = wordTable<string>({
  killed: 'killed',
  kill: 'killed',
  kills: 'killed',
  dead: 'killed',
  died: 'killed',
  die: 'killed',
  dies: 'killed',
  death: 'killed',
  deaths: 'killed',
  slain: 'killed',
  // News English of South Asia and the Middle East for soldiers, police and civilians killed.
  martyred: 'killed',
  fatalities: 'killed',
  fatality: 'killed',
  perished: 'killed',
  lives: 'killed',
  toll: 'killed',
  casualties: 'casualties',
  injured: 'injured',
  wounded: 'injured',
  hurt: 'injured',
  injuries: 'injured',
  injury: 'injured',
  injuring: 'injured',
  wounding: 'injured',
  arrested: 'arrested',
  detained: 'arrested',
  arrest: 'arrested',
  arrests: 'arrested',
  captured: 'arrested',
  // Sending forces, in every tense: "to deploy 700", "mobilizing 200,000 troops", "activated 2,000".
  deployed: 'deployed',
  deploying: 'deployed',
  deploy: 'deployed',
  deploys: 'deployed',
  send: 'deployed',
  sends: 'deployed',
  dispatching: 'deployed',
  mobilized: 'deployed',
  mobilised: 'deployed',
  mobilizing: 'deployed',
  mobilising: 'deployed',
  mobilize: 'deployed',
  mobilise: 'deployed',
  activated: 'deployed',
  activating: 'deployed',
  stationed: 'deployed',
  sent: 'deployed',
  sending: 'deployed',
  deployment: 'deployed',
  dispatched: 'deployed',
  missing: 'missing',
  // "40 people remain unaccounted for": missing in other words.
  unaccounted: 'missing',
  evacuated: 'evacuated',
  displaced: 'displaced',
  // "left 500 people homeless": driven from their homes, as the displaced are.
  homeless: 'displaced',
  rescued: 'rescued',
  // Bodies or survivors brought out after a disaster: a count that grows as the search goes on.
  recovered: 'recovered',
  retrieved: 'recovered',
  // People held where they cannot leave (under rubble, in a mine, a flooded tunnel): a count that
  // falls or rises as rescuers reach them, never the dead.
  trapped: 'trapped',
  // Taking part (in an exercise, a march, a vote); not "marched", a manner of moving that also
  // describes soldiers on parade.
  participated: 'participated',
  participating: 'participated',
  // Being there as one of a crowd: "20,000 people attended".
  attended: 'participated',
  attending: 'participated',
  // Called off before a storm, a strike or a crash: trains, flights, sailings, events. A count that
  // grows while the disruption lasts.
  cancelled: 'cancelled',
  canceled: 'cancelled',
  cancelling: 'cancelled',
  canceling: 'cancelled',
});

/**
 * Roles whose counts grow while a story develops (tolls, people missing, rescued...): different
 * values of them in different reports are often successive figures, not contradictions.
 */
export const RUNNING_ROLES = new Set([
  'killed',
  'casualties',
  'injured',
  'missing',
  'rescued',
  'recovered',
  'evacuated',
  'displaced',
  'arrested',
  'trapped',
]);

/**
 * Words that mark a figure as the latest of a series ("the toll rose to 36", "so far", "as of
 * noon", "revised"): English news usage for running counts, not taken from any article.
 */
export const UPDATE_CUE =
  /\b(?:rose|risen|rises|rising|climbed|climbs|jumped|increased|reached|revised|updated|upped|raised|soared|surged|swelled|so far|as of|now stands|stands at|has grown|grew)\b/i;

/** Plural nouns and their singular, where dropping an "s" is wrong. */
const IRREGULAR = wordTable<string>({
  men: 'man',
  women: 'woman',
  people: 'person',
  children: 'child',
  gunmen: 'gunman',
  policemen: 'policeman',
  servicemen: 'serviceman',
  personnel: 'personnel',
  police: 'police',
  troops: 'troop',
  forces: 'force',
  casualties: 'casualty',
  lives: 'life',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  series: 'series',
  news: 'news',
  species: 'species',
  kilometres: 'kilometre',
  kilometers: 'kilometer',
  buses: 'bus',
  gases: 'gas',
  crises: 'crisis',
  analyses: 'analysis',
});

/** A noun's singular form (a light lemmatiser for the counted subject). */
export function singular(word: string): string {
  // A possessive is the noun itself ("the city's" -> city, "Chile's" -> chile).
  const w = word.toLowerCase().replace(/['’]s$|(?<=s)['’]$/, '');
  if (IRREGULAR[w]) return IRREGULAR[w]!;
  if (/men$/.test(w) && w.length > 4) return `${w.slice(0, -3)}man`;
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (/[^su]s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}

/**
 * Nouns that news reports use for the same counted people: comparing "500 men" with "500 troops"
 * is comparing the same thing. A class name is the plain word shown to the reader.
 */
const SUBJECT_CLASSES = wordTable<string[]>({
  troops: [
    'troop',
    'soldier',
    'man',
    'personnel',
    'force',
    'serviceman',
    'servicemember',
    'peacekeeper',
    'marine',
    'reservist',
    'service member',
    'paratrooper',
    'trooper',
  ],
  attackers: [
    'gunman',
    'attacker',
    'assailant',
    'militant',
    'fighter',
    'insurgent',
    'terrorist',
    'commando',
    'raider',
  ],
  'police officers': ['police', 'officer', 'policeman', 'policewoman', 'police officer', 'cop', 'patrolman'],
  people: ['person', 'people', 'civilian', 'resident', 'victim', 'individual', 'casualty', 'inhabitant'],
  protesters: ['protester', 'protestor', 'demonstrator', 'rioter'],
  children: ['child', 'kid', 'minor', 'student', 'pupil'],
  // Military exercises under their usual names (what a "week-long" or "nine days" is the length of).
  exercises: ['exercise', 'drill', 'manoeuvre', 'maneuver', 'war game', 'wargame'],
  // What a fire, flood or quake destroys or damages, counted as a whole: buildings by their general
  // names (homes, a subset, are a class of their own: "300 homes" may be part of "450 buildings").
  buildings: ['building', 'structure'],
  homes: ['home', 'house', 'dwelling', 'residence'],
});
const CLASS_OF = new Map<string, string>();
for (const [name, members] of Object.entries(SUBJECT_CLASSES)) for (const m of members) CLASS_OF.set(m, name);

/**
 * Looser kinds of counted things, used only to join reports that state the same value ("70
 * planes" / "70 aircraft"; "seven sites" / "seven training grounds"; "44 pilgrims" / "44 people"),
 * never to compare different values: a kind holds members that are often one another's
 * subset (helicopters are aircraft, passengers are people), so different numbers of them are not
 * a contradiction, but the same number is the same figure. General news nouns, by kind.
 * Hand-made, not read off the word vectors (embeddings.ts): there, nouns used alike are as often
 * neighbours as one kind. With plural forms, cars/buses (0.77), officials/police (0.73) and
 * survivors/victims (0.86) are closer than miners/workers (0.68) or pilgrims/devotees (0.65), so
 * no cosine bar links the one without the other (tried for same-value joins only, issue 12).
 */
const KINDS = wordTable<string[]>({
  aircraft: [
    'aircraft',
    'plane',
    'airplane',
    'aeroplane',
    'jet',
    'warplane',
    'helicopter',
    'chopper',
    'bomber',
  ],
  ships: ['ship', 'warship', 'vessel', 'boat', 'frigate', 'destroyer', 'corvette'],
  // Those who work a plane, ship or train: "four crew", "four crew members" and "four flight staff"
  // are the same count.
  crew: ['crew', 'crew member', 'crewmember', 'staff', 'attendant', 'flight attendant'],
  sites: ['site', 'ground', 'range', 'location', 'venue', 'facility', 'polygon'],
  people: [
    ...SUBJECT_CLASSES.people!,
    'passenger',
    'pilgrim',
    'worshipper',
    'devotee',
    'spectator',
    'fan',
    'tourist',
    'visitor',
    'worker',
    'migrant',
    'refugee',
  ],
  troops: [...SUBJECT_CLASSES.troops!, 'member', 'sailor', 'airman'],
  foreigners: ['foreigner', 'national', 'expatriate', 'citizen'],
  votes: ['vote', 'ballot'],
  // Violent events named by what happened: a bombing is an attack and an explosion.
  attacks: ['attack', 'bombing', 'explosion', 'blast', 'assault'],
  // The dead's remains: a count of bodies is a recovery count, neither the people aboard nor a toll.
  remains: ['body', 'corpse', 'remains'],
  // Buildings and homes: the same number of them is the same figure ("300 homes" / "300 houses").
  buildings: [...SUBJECT_CLASSES.buildings!, ...SUBJECT_CLASSES.homes!],
});
const KIND_OF = new Map<string, string>();
// Members by lemma, and each kind by its own name (the comparison classes people and troops) and
// by the name of each comparison class all of whose members it holds ("homes" in buildings).
for (const [name, members] of Object.entries(KINDS)) {
  KIND_OF.set(name, name);
  for (const m of members) KIND_OF.set(m, name);
  for (const [cls, of] of Object.entries(SUBJECT_CLASSES))
    if (!KIND_OF.has(cls) && of.every((m) => members.includes(m))) KIND_OF.set(cls, name);
}

/**
 * Endings that make the adjective or demonym of a place without changing what is named
 * ("Bhutan" / "Bhutani" / "Bhutanese", "Sudan" / "Sudanese", "Kenya" / "Kenyan",
 * "Filipino" / "Filipina"). Endings that make another noun (an agent, "villager"; a thing,
 * "stationery"; an office, "official" beside "officer") are not among them. General English word
 * formation.
 */
const DEMONYM_ENDINGS = ['ese', 'ian', 'ish', 'an', 'ar', 'i', 'a', 'o'];

/** A word and the word without each demonym ending it has ("Russian": russian, russ, russi). */
function demonymStems(word: string): string[] {
  const lower = word.toLowerCase();
  const stems = [lower];
  for (const ending of DEMONYM_ENDINGS)
    if (lower.length > ending.length + 2 && lower.endsWith(ending))
      stems.push(lower.slice(0, -ending.length));
  return stems;
}

/**
 * Whether two counted things (subject classes or lemmas) are of one kind: the same class, a kind
 * above, or spelling variants of one word (the same first five letters, endings of at most three
 * that only make a demonym: "Bhutani" / "Bhutanese", "Kenya" / "Kenyan"; not "village" /
 * "villager").
 */
export function sameKind(a: string, b: string): boolean {
  if (a === b) return true;
  const ka = KIND_OF.get(a);
  if (ka !== undefined && ka === KIND_OF.get(b)) return true;
  return spellingVariants(a, b);
}

/**
 * Two words are spelling variants of one name: the same first five letters, endings of at most
 * three that only make a demonym ("Bhutani" / "Bhutanese", "Kenya" / "Kenyan"; not "village" /
 * "villager").
 */
export function spellingVariants(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return (
    common >= 5 &&
    a.length - common <= 3 &&
    b.length - common <= 3 &&
    demonymStems(a).some((stem) => demonymStems(b).includes(stem))
  );
}

/** Kinds of people (see KINDS): those who act, are counted among the dead, sail or fly. */
const PEOPLE_KINDS = new Set(['people', 'troops', 'foreigners', 'crew']);
/** Kinds of things made or done (see KINDS): never people. */
const THING_KINDS = new Set(['aircraft', 'ships', 'sites', 'buildings', 'votes', 'attacks']);

/**
 * Whether two counted things are known to be people and things ("100 people" / "100 structures"):
 * kinds overlap (tourists are people and may be foreigners), people and buildings never do.
 */
export function peopleAndThings(a: string, b: string): boolean {
  const [x, y] = [KIND_OF.get(a), KIND_OF.get(b)];
  if (x === undefined || y === undefined) return false;
  return (PEOPLE_KINDS.has(x) && THING_KINDS.has(y)) || (THING_KINDS.has(x) && PEOPLE_KINDS.has(y));
}

/** Classes of counted people (see SUBJECT_CLASSES): those whose age is a person's. */
const PEOPLE_CLASSES = new Set([
  'troops',
  'attackers',
  'police officers',
  'people',
  'protesters',
  'children',
]);

/** Whether a counted thing is known to be people ("soldier", "resident", "child"), by its kind or class. */
export function countsPeople(subject: string): boolean {
  const [kind, cls] = [KIND_OF.get(subject), CLASS_OF.get(subject)];
  return (kind !== undefined && PEOPLE_KINDS.has(kind)) || (cls !== undefined && PEOPLE_CLASSES.has(cls));
}

/** The looser kind of a counted thing (see KINDS), if it has one. */
export function kindOf(subject: string): string | undefined {
  return KIND_OF.get(subject);
}

/** Whether a counted thing belongs to one of the comparison classes above. */
export function knownClass(subject: string): boolean {
  return SUBJECT_CLASSES[subject] !== undefined;
}

/** The comparison class of a counted noun (its plural as the class name when it has none). */
export function subjectClass(lemma: string): string {
  return CLASS_OF.get(lemma) ?? lemma;
}

/** Words that end a noun phrase: verbs, prepositions, conjunctions, pronouns. */
export const PHRASE_BREAK = new Set(
  (
    'a an the and or but nor so yet of in on at to from by with for into onto over under about after before since ' +
    'during between among against through across near while who whom which that whose where when is are was were ' +
    'be been being has have had will would could should may might must can do does did not no than as if it its ' +
    'they them their he she his her we our you your i this these those there here what also said says say told ' +
    'reportedly according each per had got get live lived lives lost remain remained fled became become came ' +
    'went took made left stood marched joined attended gathered included include includes face faced need ' +
    'needed want wanted tried overnight today tonight tomorrow yesterday earlier later now still already again ' +
    'along alongside around amid amidst behind below beneath beside beyond despite inside outside throughout ' +
    'toward towards upon via within without underneath following including excluding regarding concerning ' +
    'given taken shown known seen fell flew landed crashed sank exploded struck'
  ).split(' '),
);

/** Units of measure that follow a number ("5 km", "40 degrees"); values are compared per unit. */
export const MEASURE_UNITS = wordTable<string>({
  km: 'km',
  kilometre: 'km',
  kilometer: 'km',
  kilometres: 'km',
  kilometers: 'km',
  mile: 'mile',
  miles: 'mile',
  yard: 'yard',
  yards: 'yard',
  foot: 'foot',
  feet: 'foot',
  ft: 'foot',
  inch: 'inch',
  inches: 'inch',
  acre: 'acre',
  acres: 'acre',
  metre: 'm',
  meter: 'm',
  metres: 'm',
  meters: 'm',
  m: 'm',
  kg: 'kg',
  kilogram: 'kg',
  kilograms: 'kg',
  kilo: 'kg',
  kilos: 'kg',
  tonne: 'tonne',
  tonnes: 'tonne',
  ton: 'tonne',
  tons: 'tonne',
  degree: 'degree',
  degrees: 'degree',
  hectare: 'hectare',
  hectares: 'hectare',
  litre: 'litre',
  litres: 'litre',
  liter: 'litre',
  liters: 'litre',
  'km/h': 'km/h',
  kmh: 'km/h',
  kph: 'km/h',
  // South Asian copy writes kilometres per hour so.
  kmph: 'km/h',
  mph: 'mph',
  magnitude: 'magnitude',
});

/**
 * Nouns of sudden news events, by class: a day stated in the same clause as one ("the stampede
 * happened on Tuesday", "Tuesday's blast") is the day of that event, so two reports' days of one
 * event class are compared even when their passages were not aligned. Only sudden events (attacks,
 * earthquakes, crushes, crashes, disasters; a disaster may go on for days, see LASTING_EVENTS): an
 * election, a protest movement or an exercise has several days (the vote and its result, start and
 * end), which a nearby day may name. General news vocabulary, no article's words.
 */
const EVENT_CLASSES = wordTable<string[]>({
  attack: ['attack', 'blast', 'bombing', 'explosion', 'shooting', 'ambush', 'raid', 'assault'],
  earthquake: ['earthquake', 'quake', 'tremor'],
  stampede: ['stampede', 'crush'],
  crash: ['crash', 'collision', 'derailment'],
  disaster: [
    'flood',
    'flooding',
    'landslide',
    'eruption',
    'cyclone',
    'hurricane',
    'typhoon',
    'storm',
    'fire',
    'wildfire',
  ],
});
/**
 * Event classes whose events go on for days (a flood rises for days, a fire or a storm rages on): a
 * day named with one may be any of its days, so two reports' days of it can differ without either
 * being wrong.
 */
export const LASTING_EVENTS = new Set(['disaster']);
const EVENT_OF = new Map<string, string>();
for (const [name, members] of Object.entries(EVENT_CLASSES)) for (const m of members) EVENT_OF.set(m, name);

/** The event class of a noun ("blasts" -> attack), if it names a news event. */
export function eventClass(word: string): string | undefined {
  return EVENT_OF.get(singular(word.replace(/'s$/, '')));
}
