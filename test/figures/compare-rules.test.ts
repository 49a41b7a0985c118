import { describe, expect, it } from 'vitest';
import { words } from '../helpers/figures.js';
import { figuresWith, texts } from '../helpers/passages.js';

// Rules of how mentions become figures (issue 12, the comparison review), one invented sentence
// shape per rule.
describe('one disagreement, one figure', () => {
  it('reports a conflict of an aligned passage and the same referent elsewhere once, as a conflict', () => {
    const figures = figuresWith(
      [
        'The ferry sinking killed 12 people on Monday.\nRain fell all day.\nRescuers said 12 people died.',
        'The ferry sinking killed 20 people on Monday.\nThe port closed.\nTwenty people died, rescuers said.',
      ],
      [[0, 0]],
    );
    const tolls = figures.filter((f) => f.kind === 'count' && f.mentions.some((m) => m.role === 'killed'));
    expect(tolls).toHaveLength(1);
    expect(tolls[0]!.status).toBe('conflict');
    expect(tolls[0]!.mentions).toHaveLength(4);
    // The explanation says what the conflict rests on and what was only compared by referent.
    expect(words(tolls[0]!)).toContain('s0 and s1 conflict in an aligned passage');
    expect(words(tolls[0]!)).toContain('compared because they count or date the same thing');
  });

  it('puts a count that does not say what happened with the figure where its source gives that value', () => {
    const figures = figuresWith(
      [
        'Twelve fishermen in the storm off the cape.\nThe storm killed 12 fishermen, officials said.',
        'Fourteen fishermen in the storm off the cape.\nThe storm killed 14 fishermen on Monday.',
      ],
      [],
    );
    const fishermen = figures.filter((f) => f.mentions.some((m) => m.subjectClass?.startsWith('fisher')));
    expect(fishermen.map(texts)).toEqual([
      ['s0:Twelve fishermen', 's0:12 fishermen', 's1:Fourteen fishermen', 's1:14 fishermen'],
    ]);
  });
});
