import { describe, expect, it } from 'vitest';
import { wordKey } from '../../source/tokens/normalize.js';

describe('synonym classes of the aligner', () => {
  it.each([
    ['soldiers', 'troops'],
    ['died', 'killed'],
    ['deaths', 'dead'],
    ['wounded', 'injured'],
    ['quake', 'earthquake'],
    ['explosion', 'blast'],
    ['assailants', 'gunmen'],
    ['detained', 'arrested'],
    ['bolstered', 'reinforce'],
  ])('merge %s and %s (news usage for one fact)', (a, b) => {
    expect(wordKey(a)).toBe(wordKey(b));
  });

  it.each([
    ['lives', 'killed'],
    ['living', 'dead'],
    ['commander', 'gunmen'],
    ['headed', 'president'],
    ['increased', 'reinforce'],
    ['strongest', 'violent'],
    ['power', 'violent'],
    ['gathered', 'deployed'],
    ['called', 'telephoned'],
  ])('keep %s and %s apart (different facts)', (a, b) => {
    expect(wordKey(a)).not.toBe(wordKey(b));
  });
});
