import { describe, expect, it } from 'vitest';
import { explain } from '../../source/views/explain.js';
import { comparisonWith } from '../helpers/several.js';

// An invented crush at a festival. The first report gives the count of bodies in one paragraph and
// again, in a quote, near its end; the second gives its own count once, and the toll in its lead.
const text = (lines: string[]) => `${lines.join('\n')}\n`;
const FIRST = text([
  'Dozens of people were killed in a crush at the Orlen river festival on Wednesday, police said.',
  'Nearly 35 bodies were taken to the district morgue, two police officers said.',
  'The festival grounds were closed to visitors.',
  'Police opened an inquiry into the crowd control.',
  'Pilgrims continued to arrive by train.',
  '"We have nearly 35 bodies here," a morgue worker told reporters.',
]);
const SECOND = text([
  'The number of deaths in the crush at the Orlen festival has risen to 35, officials said.',
  'The festival draws millions of pilgrims every year.',
  'Reports say 35 bodies have been taken to the district morgue so far.',
]);
const bodies = (second: [number, number[]][]) =>
  comparisonWith(
    [FIRST, SECOND],
    [
      [
        [0, [0]],
        [1, [0]],
      ],
      second,
    ],
  ).figures.find((f) => f.mentions.some((m) => m.text === '35 bodies'))!;

describe('figures of a passage that holds two members of one source', () => {
  it('are compared in the passage as when the source gives its figure once', () => {
    const once = bodies([
      [0, [1]],
      [1, [2]],
    ]);
    const twice = bodies([
      [0, [1]],
      [0, [5]],
      [1, [2]],
    ]);
    expect(once.basis).toBe('passage');
    // The two sources give the count in one aligned passage: the figure rests on the passage,
    // never on "not in aligned passages".
    expect(twice.basis).toBe('passage');
    expect(twice.status).toBe(once.status);
    expect(explain(twice, ['s0', 's1'])).not.toContain('not in aligned passages');
    // Both of the first source's mentions, one reading of that source.
    expect(twice.mentions.filter((m) => /nearly 35 bodies/i.test(m.text)).map((m) => m.source)).toEqual([
      0, 0,
    ]);
    expect(new Set(twice.reasons.readings.flatMap((r) => r.sources))).toEqual(new Set([0, 1]));
  });
});
