import type { Figure } from '../figures/types.js';
import { MONTHS, WEEKDAYS } from '../lexicon/quantities.js';

/** Month or weekday names from the lexicon, capitalised. */
const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/** The words after a figure's readings that say which rule gave its status. */
const RULE_WORDS: Record<Figure['reasons']['rule'], string> = {
  conflict: '',
  agreement: '',
  'single-source': '',
  'running-count': ' (a running count: a later report gives a later figure)',
  midnight: ' (late one day and early the next: around midnight, possibly the same time)',
  bounds: '',
  'far-apart': ' (the values are far apart: they may count different things; check what each source counts)',
  record:
    ' (not in aligned passages: compared because each says how far back a record runs; check it is the same record)',
  'same-referent':
    ' (not in aligned passages: compared because they count or date the same thing; check it is the same event)',
  vague: ' (a vague amount can neither confirm nor contradict a figure)',
  reconcilable: ' (the values differ, but hedges or rounding could reconcile them)',
  estimates: ' (different bodies give their own estimates)',
};

/** Why one figure in several units agrees though its numbers differ. */
const CONVERTED = ' (the same figure in other units: a converted figure is rounded)';

/** What a figure joined across passages by its value rests on. */
const BASIS_VALUE =
  ' (not in aligned passages: joined because another source states the same value of the same kind of thing)';

/** What a conflict between precise figures in passages that were not aligned rests on. */
const BASIS_PRECISE =
  ' (not in aligned passages: precise figures this close are one figure reported differently)';

/** "a", "a and b", "a, b and c". */
const listed = (names: readonly string[]) =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/** A calendar date in words ("March 2, 2024"). */
const longDate = (d: { year: number; month: number; day: number }) =>
  `${capitalised(MONTHS[d.month - 1]!)} ${d.day}, ${d.year}`;

/**
 * One line a reader understands, from a figure's reasons: who says what, and the rule applied.
 * "001 says three or four weeks ago; 003 says three or four months ago"; "agree: 002, 003 say ...".
 * `labels` are the sources' labels as the view shows them.
 */
export function explain(figure: Figure, labels: readonly string[]): string {
  const { rule, readings, garbled, wrongWeekdays } = figure.reasons;
  const selfContradictions = wrongWeekdays.map(
    (w) =>
      `${labels[w.source]} says ${w.text}, but ${capitalised(MONTHS[w.month - 1]!)} ${w.day}, ${w.year} was a ${capitalised(WEEKDAYS[w.weekday]!)}`,
  );
  const sources = new Set(readings.flatMap((r) => r.sources));
  if (selfContradictions.length && sources.size < 2) return selfContradictions.join('; ');
  if (rule === 'single-source')
    return `only ${labels[readings[0]!.sources[0]!]} says ${readings[0]!.wordings[0]}`;
  const describe = (reading: Figure['reasons']['readings'][number]) => {
    const who = reading.sources.map((s) => labels[s]!);
    const whoText =
      who.length > 6 ? `${who.slice(0, 5).join(', ')} and ${who.length - 5} more` : who.join(', ');
    const { wordings } = reading;
    const what = wordings.length > 4 ? `${wordings.slice(0, 4).join(' / ')} / …` : wordings.join(' / ');
    // Whom the sources attribute the figure to: "s0 says 10,000 (police)".
    const by =
      rule !== 'agreement' && reading.attributions.length ? ` (${reading.attributions.join(', ')})` : '';
    return `${whoText} ${who.length > 1 ? 'say' : 'says'} ${what}${by}`;
  };
  const text = [...readings.map(describe), ...selfContradictions].join('; ');
  const basis =
    figure.basis === 'referent'
      ? figure.status === 'conflict'
        ? RULE_WORDS['same-referent']
        : ''
      : figure.basis !== 'value'
        ? ''
        : figure.status === 'conflict'
          ? BASIS_PRECISE
          : BASIS_VALUE;
  if (figure.reasons.aligned)
    return `${text} (${listed(figure.reasons.aligned.map((s) => labels[s]!))} conflict in an aligned passage;${RULE_WORDS['same-referent'].replace(/^ \(not/, ' the rest is not')}`;
  // A length between a start and an end date (joinSpans) may join a figure already joined in other
  // words (its start date is also "two weeks" before the present): the explanation gives both.
  const span = figure.reasons.span;
  const spanWords = span ? `${longDate(span.from)} to ${longDate(span.to)} is ${span.days} days` : undefined;
  if (rule === 'agreement' && figure.reasons.sameDay)
    return `agree: ${text}${sameDayWords(figure.reasons.sameDay, labels)}${spanWords ? ` (the same span in other words: ${spanWords})` : ''}`;
  if (rule === 'agreement' && figure.reasons.elapsed) {
    const { since, days, nextDay } = figure.reasons.elapsed;
    const date = `${capitalised(MONTHS[since.month - 1]!)} ${since.day}, ${since.year}`;
    // A span as long only counted to the day after says so, as one day in other words does.
    const before = nextDay?.length
      ? `${days + 1} days before the day after the reports' day, if ${listed(nextDay.map((s) => labels[s]!))} ${nextDay.length > 1 ? 'are reports' : 'is a report'} of the next day`
      : `${days} days before the reports' day`;
    return `agree: ${text} (the same span in other words: ${date} is ${before}${spanWords ? `; ${spanWords}` : ''})`;
  }
  if (rule === 'agreement' && figure.reasons.madeAgo) {
    const { year, years } = figure.reasons.madeAgo;
    return `agree: ${text} (the same age in other words: made in ${year}, ${years} years before the reports' day)`;
  }
  if (rule === 'agreement' && spanWords) return `agree: ${text} (the same span in other words: ${spanWords})`;
  if (rule === 'agreement' && figure.reasons.sameNumber)
    return `agree: ${text} (the same number, stated in one aligned passage: taken for one figure, whatever each source calls what it counts)`;
  if (rule === 'agreement' && figure.reasons.unitNamed) {
    const { source, unit } = figure.reasons.unitNamed;
    return `agree: ${text} (the same number of ${unit}s: ${labels[source]}'s sentence says it counts ${unit}s)`;
  }
  // One figure in several units: outlets convert for their readers and round the conversion.
  const converted = figure.reasons.converted ? CONVERTED : '';
  if (rule === 'agreement') return `agree: ${text}${converted}${basis}`;
  const notes = garbled.map(
    (g) => ` (${labels[g.source]}'s wording is garbled; read with "${g.alternative}" it would agree)`,
  );
  const bound = figure.reasons.bound ? boundWords(figure.reasons.bound) : '';
  // A date joined to the age it gives ("May 4, 1911" beside "century-old").
  const made = figure.reasons.madeAgo
    ? ` (made in ${figure.reasons.madeAgo.year}: ${figure.reasons.madeAgo.years} years before the reports' day)`
    : '';
  // A side that took in another source's same number of a thing named otherwise (other-words.ts).
  const sameNumber = figure.reasons.sameNumber
    ? ' (wordings of one number in one aligned passage are taken for one figure, whatever each source calls what it counts)'
    : '';
  return text + RULE_WORDS[rule] + bound + basis + notes.join('') + made + sameNumber;
}

/**
 * What an agreement of one day in other words rests on: the day, and the reports whose "yesterday"
 * or weekday names it only if they are of the day after the reports' present.
 */
function sameDayWords(day: NonNullable<Figure['reasons']['sameDay']>, labels: readonly string[]): string {
  const date = `${capitalised(WEEKDAYS[day.weekday]!)}, ${capitalised(MONTHS[day.month - 1]!)} ${day.day}, ${day.year}`;
  const next = day.nextDay?.length
    ? `, if ${listed(day.nextDay.map((s) => labels[s]!))} ${day.nextDay.length > 1 ? 'are reports' : 'is a report'} of the next day`
    : '';
  return ` (the same day in other words: ${date}${next})`;
}

/** A number with thousands separators, the same on every machine (no locale). */
const grouped = (n: number) => {
  const [whole, fraction] = String(n).split('.');
  const digits = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${digits}.${fraction}` : digits;
};

/** Why bounds make a conflict: news reads a bound as the last round figure passed (numbers.md). */
function boundWords({ hedge, value }: { hedge: string; value: number }): string {
  const n = grouped(value);
  const reading =
    hedge === 'at least'
      ? `${n} or a little more`
      : hedge === 'more than'
        ? `a little more than ${n}`
        : `a little less than ${n}`;
  return ` (bounds as news uses them: "${hedge} ${n}" is ${reading}, so the figures do not overlap)`;
}
