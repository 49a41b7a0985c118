import { it } from 'vitest';
import { figuresWith } from '../helpers/passages.js';
const pairs: [string, string][] = [
  ['The dam burst today in the valley.', 'The dam burst on Tuesday in the valley.'],
  ['The dam burst this morning in the valley.', 'The dam burst on Tuesday morning in the valley.'],
  ['The dam burst on the 12th in the valley.', 'The dam burst on March 12 in the valley.'],
  ['The dam burst last Sunday in the valley.', 'The dam burst on March 10 in the valley.'],
  ['Sunday\'s vote in the valley was calm.', 'The vote on March 10 in the valley was calm.'],
  ['The dam burst on Monday night in the valley.', 'The dam burst late on Monday in the valley.'],
  ['The dam burst the day before yesterday in the valley.', 'The dam burst on Sunday in the valley.'],
  ['The dam burst two days ago in the valley.', 'The dam burst on Sunday in the valley.'],
  ['The dam burst a week ago in the valley.', 'The dam burst on March 5 in the valley.'],
  ['The dam burst over the weekend in the valley.', 'The dam burst on Saturday in the valley.'],
  ['The dam burst earlier this month in the valley.', 'The dam burst on March 3 in the valley.'],
  ['The dam burst in 2019 in the valley.', 'The dam burst five years ago in the valley.'],
  ['The dam burst last year in the valley.', 'The dam burst in 2023 in the valley.'],
  ['The dam burst last month in the valley.', 'The dam burst in February in the valley.'],
];
it('dbg', () => {
  for (const [a, b] of pairs) {
    const figures = figuresWith([`Roads were closed.\n${a}`, `${b}\nSchools shut.`], [[1, 0]], { year: 2024, month: 3, day: 12 });
    console.log('OUT', JSON.stringify(figures.map((f) => `${f.status}:${f.mentions.map((m) => `s${m.source}:${m.text}`).join('|')}`)));
  }
});
