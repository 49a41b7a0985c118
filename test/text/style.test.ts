import { describe, expect, it } from 'vitest';
import { wantsColor } from '../../source/text/style.js';

describe('wantsColor', () => {
  it.each([
    ['auto', {}, true, true],
    ['auto', {}, false, false],
    ['auto', { TERM: 'dumb' }, true, false],
    ['auto', { NO_COLOR: '1' }, true, false],
    ['auto', { NO_COLOR: '' }, true, true],
    ['auto', { FORCE_COLOR: '1' }, false, true],
    ['auto', { FORCE_COLOR: '0' }, true, false],
    ['always', { NO_COLOR: '1' }, false, true],
    ['never', { FORCE_COLOR: '1' }, true, false],
  ] as const)('--color %s with %j, terminal %s: %s', (choice, env, terminal, expected) => {
    expect(wantsColor(choice, env, terminal)).toBe(expected);
  });
});
