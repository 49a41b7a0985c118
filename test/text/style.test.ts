import { describe, expect, it } from 'vitest';
import { makeStyle, sgr, wantsColor } from '../../source/text/style.js';

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

describe('sgr and makeStyle', () => {
  it('closes each attribute with its own code and re-opens an outer one an inner close ends', () => {
    const bold = makeStyle(true).bold;
    // The bug this fixes: a bold row holding a marked match lost its bold after the match.
    expect(bold(`a${sgr(['dim'], 'b')}c`)).toBe('\u001b[1ma\u001b[2mb\u001b[22m\u001b[1mc\u001b[22m');
    expect(bold(`a${sgr(['underline'], 'b')}c`)).toBe('\u001b[1ma\u001b[4mb\u001b[24mc\u001b[22m');
    expect(sgr(['bold', 'red'], 'x')).toBe('\u001b[1m\u001b[31mx\u001b[39m\u001b[22m');
    expect(sgr(['bold'], '')).toBe('');
  });
  it('drops colours without colour, and every code without codes', () => {
    expect(makeStyle(false, true).draw(['bold', 'red', 'bgRed'], 'x')).toBe('\u001b[1mx\u001b[22m');
    expect(makeStyle(false).draw(['bold', 'red'], 'x')).toBe('x');
  });
});
