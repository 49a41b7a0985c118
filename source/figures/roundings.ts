// A figure written as a decimal of a scale word ("2.31 million", "2.4bn") is the precise figure
// rounded to its decimals: news copy rounds an official "2,314,000" so, and the two state one value.
import type { Mention } from './types.js';

/** Scale words and glued scales a decimal is written before (general English number words). */
const SCALED = /(\d+)[.·](\d+)\s*(million|billion|trillion|mn|bn|tn|m)\b/i;
const SCALE: Record<string, number> = {
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/** Hedges under which a figure states its number as it is (none, or "about", "an estimated"). */
const plain = (m: Mention) => m.value.hedge === undefined || m.value.hedge === 'about';

/** One stated number, not a range nor a vague amount. */
const single = (m: Mention) =>
  !m.value.vague && m.value.min !== undefined && m.value.min === (m.value.max ?? m.value.min);

/**
 * `rounded` is written as a decimal of a scale word and `precise` is a more precise number that,
 * rounded to those decimals, gives it ("2.31 million" / "2,314,000"; "2.3 million" / "2,314,000"),
 * both stated plainly or about: one value, once rounded. A number as precise as the decimal
 * ("2.31 million" / "2,310,000") is the same number anyway; one that rounds elsewhere differs.
 */
export function scaledRounding(rounded: Mention, precise: Mention): boolean {
  if (!single(rounded) || !single(precise) || !plain(rounded) || !plain(precise)) return false;
  const found = SCALED.exec(rounded.text);
  const scale = found && SCALE[found[3]!.toLowerCase()];
  if (!found || !scale) return false;
  const step = scale * 10 ** -found[2]!.length;
  const x = rounded.value.min!;
  const y = precise.value.min!;
  if (Math.abs(x - y) > 0.05 * Math.max(x, y)) return false;
  // Steps of the rounded value, compared in whole steps (no floating-point residue).
  return Math.round(x / step) === Math.round(y / step) && Math.abs(y - x) < step;
}

/**
 * A share in words and a percentage ("a quarter of the homes" / "25 percent of the homes"): the two
 * mentions as percentages (the share times 100, hedge kept), or undefined when they are not one of
 * each. values.ts relates them so; value-joins.ts finds them across kinds.
 */
export function asPercents(a: Mention, b: Mention): [Mention, Mention] | undefined {
  const percent = (m: Mention): Mention => {
    const { min, max } = m.value;
    const scaled = (n: number | undefined) => (n === undefined ? undefined : Math.round(n * 1e8) / 1e6);
    return {
      ...m,
      kind: 'percent',
      value: { ...m.value, min: scaled(min), max: scaled(max), unit: 'percent' },
    };
  };
  if (a.kind === 'proportion' && b.kind === 'percent' && !a.value.vague) return [percent(a), b];
  if (a.kind === 'percent' && b.kind === 'proportion' && !b.value.vague) return [a, percent(b)];
  return undefined;
}

/**
 * `bound` is "more than" or "at least" a round number and `precise` a more precise number (bare, or
 * "up to" it) that passed it by less than the bound's own rounding step and its hedge's reach
 * ("more than 31,000" / "31,642": news states the last round figure passed). relate's rounding goes to the nearest step
 * (31,642 to 32,000), which a bound from below does not.
 */
export function boundPassed(bound: Mention, precise: Mention): boolean {
  const { hedge, min, max, vague } = bound.value;
  if ((hedge !== 'more than' && hedge !== 'at least') || vague || min === undefined || min !== (max ?? min))
    return false;
  // "Up to 31,642" is that number as a ceiling, still the precise figure the bound passed.
  const hedged = precise.value.hedge !== undefined && precise.value.hedge !== 'up to';
  if (!single(precise) || hedged || min <= 0) return false;
  const zeros = /0*$/.exec(String(min))![0].length;
  // Only a bound of hundreds or rounder: a small count is stated as it is ("at least 20" then 22
  // is a toll that rose, not 22 told roughly).
  if (zeros < 2) return false;
  const step = 10 ** zeros;
  const y = precise.value.min!;
  return y >= min && y < min + step && y <= min * 1.1 && y !== min && y % step !== 0;
}
