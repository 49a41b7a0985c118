/**
 * What a link's score (the pair model's probability) is worth: how often links of that score joined
 * two sentences that report a common fact, measured by `dev/calibrate.ts` on the tuning half of the
 * real development set and the seeds (an isotonic fit over score bins: a higher score is never worth
 * less). The model's raw probabilities run high (it is fitted with the rare positive pairs weighted
 * up), so these rates, not the scores, are what a passage's confidence says.
 */
const LINK_RATES: readonly { from: number; rate: number }[] = [
  { from: 0, rate: 0.721 },
  { from: 0.95, rate: 0.903 },
  { from: 0.98, rate: 0.962 },
];

/** The measured share of links with this score that are right. */
export function linkRate(score: number): number {
  let rate = LINK_RATES[0]!.rate;
  for (const bin of LINK_RATES) if (score >= bin.from) rate = bin.rate;
  return rate;
}

/** How sure an alignment is, in words a reader acts on. */
export type Strength = 'strong' | 'fair' | 'weak';

/**
 * strong: about nine links in ten or more are right; fair: about three in four; weak: fewer (a
 * passage to check before quoting it).
 */
export function strengthOf(confidence: number): Strength {
  return confidence >= 0.9 ? 'strong' : confidence >= 0.75 ? 'fair' : 'weak';
}
