import type { Span } from '../corpus/types.js';

/** A day of the calendar (month 1-12). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** What a mention measures. */
export type FigureKind =
  | 'count'
  | 'percent'
  | 'money'
  | 'proportion'
  | 'duration'
  | 'relative-time'
  | 'date'
  | 'time'
  | 'measure'
  | 'age';

/** A quantity's value: an interval with a unit, or calendar components for dates and times. */
export interface FigureValue {
  min?: number;
  max?: number;
  unit?: string;
  /** How a time span relates to now: "ago", "last" (over the last...), "for", "within", "after". */
  relation?: string;
  /** The bound or hedge the text put on the number ("more than", "about", ...). */
  hedge?: string;
  /** A vague amount ("dozens", "tens of thousands"): it can differ from a figure, never contradict it. */
  vague?: boolean;
  /**
   * The same figure restated in brackets right after it, in another unit or currency ("190 miles
   * (300 km)": 300 km; "US$3 billion (S$4.1 billion)"): compared as another reading of the figure.
   */
  restated?: FigureValue;
  /** Other readings of a garbled phrase ("four or five years ago months": also months). */
  alternatives?: string[];
  year?: number;
  month?: number;
  day?: number;
  /** 0 = Sunday ... 6 = Saturday. */
  weekday?: number;
  hour?: number;
  minute?: number;
}

/** A quantity as found in one source, with its exact span and what it counts. */
export interface Mention extends Span {
  /** Index of the source. */
  source: number;
  /** Index of the sentence in its source. */
  sentence: number;
  text: string;
  kind: FigureKind;
  value: FigureValue;
  /** What is counted or dated, lemmatised ("gunman"), or null when the text does not say. */
  subject: string | null;
  /** The comparison class of the subject ("attackers" for gunman, assailant...). */
  subjectClass: string | null;
  /** What happened to it, when the text says: killed, injured, arrested, deployed, missing... */
  role: string | null;
  /** A group the count belongs to ("battalion" in "a battalion of 500 men"). */
  container: string | null;
  /**
   * The body the counted people belong to, when the count names one: a branch of service, nation,
   * organisation or unit ("navy" in "three Navy sailors", "american" in "40 U.S. troops"; bodies.ts).
   */
  body?: string;
  /**
   * The place a count is of, when its sentence names one: a place name after "in" ("12,400 in
   * Lorn", "In Lorn, ..."), lower case, or "nationwide" ("across the country", "nationwide").
   * Counts of two different places are never compared; a count with no place may be of any.
   */
  place?: string;
  /** Part of a sum of coordinated counts ("a ranger and two poachers"). */
  sumOf?: number;
  /**
   * Who the text says gives the figure ("police", "organiser", "health minister"), from "police
   * said", "according to the organisers", "said the ministry"; absent when the sentence names no one.
   */
  attribution?: string;
  /**
   * Stated as a possibility or a forecast ("could reach 3,000", "feared dead"), not as a count of
   * what happened: compared only with figures stated the same way.
   */
  projected?: boolean;
  /**
   * How far back a superlative's record runs ("the deadliest attack since 2007", "the worst
   * drought in decades"): compared with the other sources' such spans (records.ts).
   */
  baseline?: boolean;
  /**
   * Of an age given after a person's full name, the name's word before the surname, lower case
   * ("oren" in "Oren Valdis, 52,"): the same two words in the other order ("Valdis Oren", family
   * name first) name the same person (compare.ts, grades.ts).
   */
  givenName?: string;
}

/** A mention inside one sentence, offsets relative to the sentence. */
export type SentenceMention = Omit<Mention, 'source' | 'sentence'>;

/** A group of mentions about the same thing across sources, and whether they agree. */
export interface Figure {
  id: string;
  /**
   * conflict: the values cannot both be true of the same thing at the same time; differs: different
   * values that hedges or rounding could reconcile (or compared across passages only); update: a
   * later figure for the same thing ("rose to"); agreement: the same value in other words;
   * single-source: no other source states a value for it.
   */
  status: 'conflict' | 'differs' | 'update' | 'agreement' | 'single-source';
  /**
   * What the comparison rests on: the mentions sat in one aligned passage; or, across passages,
   * they count the same thing with the same role (referent); or another source states the same
   * value of a thing of the same kind, or the same day (value).
   */
  basis: 'passage' | 'referent' | 'value';
  kind: FigureKind;
  /** What the figure is about, in plain words. */
  subject: string;
  /** Passage ids the mentions sit in. */
  passages: string[];
  mentions: Mention[];
  /** Why it has its status, as data; views/explain.ts puts it into words. */
  reasons: {
    /**
     * conflict: the values cannot both be true; estimates: they would conflict, but different
     * bodies give them ("police said" / "organisers said"); reconcilable: hedges or rounding could reconcile
     * them; vague: a vague amount against a figure; same-referent: compared across passages only
     * because they count the same thing; running-count: a later figure of a running count;
     * midnight: late one day and early the next ("late Tuesday" / "early Wednesday"); bounds: a
     * conflict that the bounds on the figures make ("at least 14" / "at least 21", see `bound`);
     * far-apart: values hedges could reconcile but far apart, likely different things counted;
     * record: how far back a superlative's record runs, by sources that put it at different times
     * ("the deadliest since 2007" / "the worst in decades");
     * agreement; single-source.
     */
    rule:
      | 'conflict'
      | 'reconcilable'
      | 'vague'
      | 'same-referent'
      | 'running-count'
      | 'midnight'
      | 'bounds'
      | 'far-apart'
      | 'record'
      | 'agreement'
      | 'single-source'
      | 'estimates';
    /**
     * Sources that give one value, with the wordings they use and whom they attribute it to
     * ("police", "organiser"; empty when no one is named).
     */
    readings: { sources: number[]; wordings: string[]; attributions: string[] }[];
    /** A garbled phrase whose other reading would agree ("four or five years ago months"). */
    garbled: { source: number; alternative: string }[];
    /** A date whose stated weekday is not the weekday of its date. */
    wrongWeekdays: {
      source: number;
      text: string;
      year: number;
      month: number;
      day: number;
      weekday: number;
    }[];
    /**
     * The sources whose figures conflict inside an aligned passage, when the figure also holds
     * figures of the same referent from passages that were not aligned (the conflict stands).
     */
    aligned?: number[];
    /**
     * The mentions give one figure in several units of one measure, or restate it in brackets in
     * another ("190 miles (300 km)"): a converted figure is rounded, so its numbers may differ.
     */
    converted?: boolean;
    /** The bound that makes a conflict (rule 'bounds'): "at least" 16. */
    bound?: { hedge: string; value: number };
    /**
     * An agreement joined because its wordings name one calendar day in other words ("yesterday" /
     * "on Tuesday" / "September 11"): that day, and the sources whose relative day names it only if
     * their report is of the day after the reports' present (a next-day print).
     */
    sameDay?: { year: number; month: number; day: number; weekday: number; nextDay?: number[] };
    /**
     * An agreement joined because a source's count of nothing named sits in a sentence that names
     * the unit of time before it ("the days it takes ... from 12 to 6") and another source gives
     * that many of that unit ("within 10 days"): that source and the unit.
     */
    unitNamed?: { source: number; unit: string };
    /**
     * An agreement joined because a span up to now ("over the past three weeks") is as long as the
     * time since a date ("since it began on March 2"): the date, the days from it to the
     * reports' present, and the sources whose span is as long only counted to the day after (if
     * their report is of the next day, a next-day print).
     */
    elapsed?: { since: CalendarDate; days: number; nextDay?: number[] };
    /**
     * An agreement joined because a thing's length ("a four-week fair") is the span between the
     * day it began and the day it ends, as other sources give them: those days and the span's days.
     */
    span?: { from: CalendarDate; to: CalendarDate; days: number };
    /**
     * An agreement joined because a thing's age ("a century-old bridge") holds the years since the
     * date another source says it was made ("opened on May 4, 1911"): that year, and
     * the whole years from it to the reports' present.
     */
    madeAgo?: { year: number; years: number };
    /**
     * An agreement joined because, in one aligned passage, another source states exactly the same
     * number (three or more) of the same kind and unit, of a thing it names in other words.
     */
    sameNumber?: boolean;
  };
}
