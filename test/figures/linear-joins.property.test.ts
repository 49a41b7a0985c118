import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REFERENT_RATIO, rolelessScopes } from '../../source/figures/groups.js';
import { allCheckable, checkable, roleOf } from '../../source/figures/slots.js';
import type { Mention } from '../../source/figures/types.js';
import { sameReferent } from '../../source/figures/value-joins.js';

// Mentions of invented shapes: a few subjects, roles and groups (null: the text does not say), and
// dates that give any of their calendar parts, so that lists often mix stated and unstated fields.
const maybe = <T>(values: T[]) => fc.option(fc.constantFrom(...values), { nil: null });
const mention = fc
  .record({
    kind: fc.constantFrom('count' as const, 'date' as const),
    subjectClass: maybe(['passengers', 'workers', 'vehicles']),
    role: maybe(['killed', 'casualties', 'injured', 'deployed', 'participated']),
    container: maybe(['convoy', 'battalion']),
    year: fc.option(fc.constant(2021), { nil: undefined }),
    month: fc.option(fc.constant(4), { nil: undefined }),
    day: fc.option(fc.constant(9), { nil: undefined }),
    weekday: fc.option(fc.constant(2), { nil: undefined }),
    source: fc.nat(3),
  })
  .map(
    (r): Mention => ({
      source: r.source,
      sentence: 0,
      start: 0,
      end: 1,
      text: 'x',
      kind: r.kind,
      value:
        r.kind === 'date'
          ? { year: r.year, month: r.month, day: r.day, weekday: r.weekday }
          : { min: 12, max: 12 },
      subject: r.subjectClass,
      subjectClass: r.subjectClass,
      role: r.role,
      container: r.container,
    }),
  );
const mentions = fc.array(mention, { maxLength: 7 });

describe('the linear forms of pairwise checks (performance: same results as every pair)', () => {
  it('sameReferent is true exactly when every pair of the two lists agrees', () => {
    const agree = (x: string | null, y: string | null) => x === null || y === null || x === y;
    fc.assert(
      fc.property(mentions, mentions, (a, b) => {
        const pairwise = a.every((x) =>
          b.every(
            (y) =>
              agree(x.subjectClass, y.subjectClass) &&
              roleOf(x) === roleOf(y) &&
              agree(x.container, y.container),
          ),
        );
        expect(sameReferent(a, b)).toBe(pairwise);
      }),
      { numRuns: 2000 },
    );
  });

  it('allCheckable is true exactly when every two mentions (each with itself too) are checkable', () => {
    fc.assert(
      fc.property(mentions, (list) => {
        expect(allCheckable(list)).toBe(list.every((a) => list.every((b) => checkable(a, b))));
      }),
      { numRuns: 2000 },
    );
  });

  it("rolelessScopes is true exactly when every two sources' counts are orders of magnitude apart", () => {
    // Counts of no role, of values that are often near, equal, zero or a range.
    const count = fc
      .record({
        min: fc.integer({ min: 0, max: 3000 }),
        span: fc.nat(200),
        range: fc.boolean(),
        source: fc.nat(3),
      })
      .map(
        (r): Mention => ({
          source: r.source,
          sentence: 0,
          start: 0,
          end: 1,
          text: 'x',
          kind: 'count',
          value: { min: r.min, max: r.range ? r.min + r.span : r.min },
          subject: null,
          subjectClass: null,
          role: null,
          container: null,
        }),
      );
    const middle = (m: Mention) => ((m.value.min ?? 0) + (m.value.max ?? 0)) / 2;
    fc.assert(
      fc.property(fc.array(count, { maxLength: 7 }), (list) => {
        const pairwise = list.every((a) =>
          list.every((b) => {
            if (a.source === b.source) return true;
            const [x, y] = [middle(a), middle(b)];
            return x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) > REFERENT_RATIO;
          }),
        );
        expect(rolelessScopes(list)).toBe(pairwise);
      }),
      { numRuns: 3000 },
    );
  });
});
