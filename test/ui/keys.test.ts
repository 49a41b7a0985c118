import { describe, expect, it } from 'vitest';
import {
  commandFor,
  footerHint,
  helpLines,
  KEYMAP,
  type KeyPress,
  type Mode,
} from '../../source/views/ui/keys.js';

const MODES: Mode[] = ['browse', 'read', 'list', 'search', 'help'];
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
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/?'.split('').map((input) => ({ input })),
  ...named.map((name) => ({ input: '', [name]: true })),
  { input: '', tab: true, shift: true },
  { input: 'c', ctrl: true },
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
    expect(cmd('browse', { input: '', escape: true })).toBe('quit');
    expect(cmd('search', { input: '', escape: true })).toBe('back');
    expect(cmd('search', { input: 'q' })).toBeUndefined(); // typed into the query
    expect(cmd('search', { input: 'c', ctrl: true })).toBe('interrupt');
  });

  it('generates the footer and the help from the table', () => {
    expect(footerHint('browse')).toContain('n next conflict');
    expect(footerHint('search')).toBe('Enter jump to the chosen passage · Esc back to the passages');
    const help = helpLines();
    for (const binding of KEYMAP.filter((b) => b.modes.includes('browse'))) {
      expect(help).toContainEqual({ mode: 'browse', keys: binding.label, help: binding.help });
    }
  });
});
