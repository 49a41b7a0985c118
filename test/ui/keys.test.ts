import { describe, expect, it } from 'vitest';
import {
  commandFor,
  footerHint,
  helpLines,
  KEYMAP,
  type KeyPress,
  type Mode,
  splitKeys,
} from '../../source/views/ui/keys.js';

const MODES: Mode[] = ['browse', 'read', 'pair', 'pick', 'table', 'list', 'search', 'help'];
const named = [
  'upArrow',
  'downArrow',
  'leftArrow',
  'rightArrow',
  'pageUp',
  'pageDown',
  'home',
  'end',
  'return',
  'escape',
  'tab',
] as const;
const presses: KeyPress[] = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/?[]'
    .split('')
    .map((input) => ({ input })),
  ...named.map((name) => ({ input: '', [name]: true })),
  { input: '', tab: true, shift: true },
  { input: 'c', ctrl: true },
  { input: 'u', ctrl: true },
  { input: 'w', ctrl: true },
  { input: '', backspace: true },
  { input: '', delete: true },
];

describe('the key table', () => {
  it('gives no key two meanings in one mode', () => {
    for (const mode of MODES) {
      for (const press of presses) {
        const matches = KEYMAP.filter((b) => b.modes.includes(mode) && b.match(press));
        expect(matches.length, `${mode} ${JSON.stringify(press)}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('binds the documented keys', () => {
    const cmd = (mode: Mode, press: KeyPress) => commandFor(mode, press)?.command;
    expect(cmd('browse', { input: 'j' })).toBe('down');
    expect(cmd('browse', { input: '', downArrow: true })).toBe('down');
    expect(cmd('browse', { input: 'n' })).toBe('next-conflict');
    expect(cmd('browse', { input: 'N' })).toBe('previous-conflict');
    expect(cmd('browse', { input: '', tab: true })).toBe('next-pivot');
    expect(cmd('browse', { input: '', tab: true, shift: true })).toBe('previous-pivot');
    expect(cmd('browse', { input: '3' })).toBe('pivot-number');
    expect(cmd('browse', { input: '', return: true })).toBe('read');
    expect(cmd('read', { input: '', return: true })).toBe('back');
    expect(cmd('browse', { input: '', escape: true })).toBe('hint-quit'); // Esc never quits
    expect(cmd('browse', { input: 'q' })).toBe('quit');
    for (const mode of ['read', 'pair', 'table', 'list', 'help', 'pick'] as Mode[]) {
      expect(cmd(mode, { input: 'q' }), mode).toBe('back');
      expect(cmd(mode, { input: '', escape: true }), mode).toBe('back');
    }
    for (const mode of ['table', 'list', 'help', 'read', 'pair'] as Mode[]) {
      for (const input of ['j', 'k', 'g', 'G'])
        expect(cmd(mode, { input }), `${mode} ${input}`).toBeDefined();
      expect(cmd(mode, { input: '', pageDown: true }), mode).toBe('page-down');
    }
    expect(cmd('search', { input: 'u', ctrl: true })).toBe('clear');
    expect(cmd('search', { input: 'w', ctrl: true })).toBe('erase-word');
    expect(cmd('search', { input: '', delete: true })).toBe('erase');
    expect(cmd('browse', { input: 't' })).toBe('table');
    expect(cmd('browse', { input: 'p' })).toBe('pair');
    expect(cmd('browse', { input: 'w' })).toBe('toggle-diff');
    expect(cmd('browse', { input: '0' })).toBe('pivot-number');
    expect(cmd('search', { input: '', escape: true })).toBe('back');
    expect(cmd('search', { input: 'q' })).toBeUndefined(); // typed into the query
    expect(cmd('search', { input: 'c', ctrl: true })).toBe('interrupt');
  });

  it('generates the footer and the help from the table', () => {
    expect(footerHint('browse')).toContain('n next conflict');
    expect(footerHint('search')).toBe(
      'Enter jump to the passage · Ctrl-W erase a word · Ctrl-U clear the search · Esc back to the passages',
    );
    const help = helpLines();
    for (const binding of KEYMAP.filter((b) => b.modes.includes('browse'))) {
      expect(help).toContainEqual({ mode: 'browse', keys: binding.label, help: binding.help });
    }
  });
});

describe('splitKeys', () => {
  it('cuts a burst of typed keys into one press per character, in order', () => {
    expect(splitKeys('jjj', {}).map((k) => k.input)).toEqual(['j', 'j', 'j']);
    expect(splitKeys('jG', {})).toEqual([
      { input: 'j', shift: false },
      { input: 'G', shift: true },
    ]);
    expect(splitKeys('\u007f\u007f', {})).toEqual([
      { input: '', delete: true },
      { input: '', delete: true },
    ]);
    expect(splitKeys('a\u0015\u0017\r', {})).toEqual([
      { input: 'a', shift: false },
      { input: 'u', ctrl: true },
      { input: 'w', ctrl: true },
      { input: '', return: true },
    ]);
  });
  it('passes a single key or a named key through as Ink parsed it', () => {
    expect(splitKeys('j', {})).toEqual([{ input: 'j' }]);
    expect(splitKeys('', { downArrow: true })).toEqual([{ input: '', downArrow: true }]);
    expect(splitKeys('東京', {}).map((k) => k.input)).toEqual(['東', '京']);
  });
});
