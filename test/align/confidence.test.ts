import { describe, expect, it } from 'vitest';
import { linkRate, strengthOf } from '../../source/align/confidence.js';

describe('alignment confidence', () => {
  it('never says a higher score is worth less, and stays a share', () => {
    let last = 0;
    for (let score = 0; score <= 1.0001; score += 0.005) {
      const rate = linkRate(score);
      expect(rate).toBeGreaterThanOrEqual(last);
      expect(rate).toBeGreaterThan(0);
      expect(rate).toBeLessThanOrEqual(1);
      last = rate;
    }
    // The model's raw probabilities run high: a link scored 0.85 is right less often than that.
    expect(linkRate(0.85)).toBeLessThan(0.85);
  });

  it('names the confidence in three words, in order', () => {
    expect(strengthOf(0.97)).toBe('strong');
    expect(strengthOf(0.8)).toBe('fair');
    expect(strengthOf(0.6)).toBe('weak');
    expect(['strong', 'fair', 'weak'].indexOf(strengthOf(linkRate(0.99)))).toBeLessThanOrEqual(
      ['strong', 'fair', 'weak'].indexOf(strengthOf(linkRate(0.7))),
    );
  });
});
