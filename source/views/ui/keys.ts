/** Where the user is: the side-by-side view and the screens and overlays over it. */
export type Mode = 'browse' | 'read' | 'pair' | 'pick' | 'table' | 'list' | 'search' | 'help';

/** What a key does. */
export type Command =
  | 'up'
  | 'down'
  | 'page-up'
  | 'page-down'
  | 'first'
  | 'last'
  | 'next-passage'
  | 'previous-passage'
  | 'next-conflict'
  | 'previous-conflict'
  | 'scroll-left'
  | 'scroll-right'
  | 'next-pivot'
  | 'previous-pivot'
  | 'pivot-number'
  | 'pick-number'
  | 'next-figure'
  | 'toggle-diff'
  | 'read'
  | 'pair'
  | 'table'
  | 'list'
  | 'search'
  | 'report'
  | 'help'
  | 'accept'
  | 'erase'
  | 'erase-word'
  | 'clear'
  | 'back'
  | 'hint-quit'
  | 'quit'
  | 'interrupt';

/** A key as the input layer reports it: the typed text and the named keys. */
export interface KeyPress {
  input: string;
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  tab?: boolean;
  shift?: boolean;
  ctrl?: boolean;
  meta?: boolean;
  backspace?: boolean;
  delete?: boolean;
}

/** One binding: the keys, how the help and footer name them, what they do, and where. */
export interface Binding {
  command: Command;
  /** How the keys are shown. */
  label: string;
  /** What it does, for the help overlay. */
  help: string;
  /** In the one-line footer of these modes. */
  footer?: Mode[];
  modes: Mode[];
  match: (key: KeyPress) => boolean;
}

const typed =
  (...chars: string[]) =>
  (key: KeyPress) =>
    !key.ctrl && !key.meta && chars.includes(key.input);
const ctrl = (letter: string) => (key: KeyPress) => Boolean(key.ctrl) && key.input === letter;
const ALL: Mode[] = ['browse', 'read', 'pair', 'pick', 'table', 'list', 'search', 'help'];
/** Screens that show passages. */
const VIEWS: Mode[] = ['browse', 'read'];
/** Screens that scroll lines of text. */
const PANES: Mode[] = ['read', 'pair', 'help'];
/** Overlays with a selected row. */
const LISTS: Mode[] = ['table', 'list'];
/** Everything over the side-by-side view: q and Esc go back, never quit. */
const OVER: Mode[] = ['read', 'pair', 'pick', 'table', 'list', 'search', 'help'];

/**
 * The key table: the only place keys are defined. The input handler, the help overlay and the
 * footer are all generated from it. Within a mode, no key means two things. The same navigation
 * keys work everywhere: j/k and the arrows, g/G, Home/End, PgUp/PgDn (in search, where letters are
 * typed, the named keys only).
 */
// biome-ignore format: the key table reads best one binding per line
export const KEYMAP: Binding[] = [
  { command: 'up', label: '↑ k', help: 'previous passage', modes: ['browse'], footer: ['browse'], match: (k) => Boolean(k.upArrow) || typed('k')(k) },
  { command: 'down', label: '↓ j', help: 'next passage', modes: ['browse'], footer: ['browse'], match: (k) => Boolean(k.downArrow) || typed('j')(k) },
  { command: 'up', label: '↑ k', help: 'scroll up a line', modes: PANES, footer: ['read', 'pair'], match: (k) => Boolean(k.upArrow) || typed('k')(k) },
  { command: 'down', label: '↓ j', help: 'scroll down a line', modes: PANES, footer: ['read', 'pair'], match: (k) => Boolean(k.downArrow) || typed('j')(k) },
  { command: 'up', label: '↑ k', help: 'previous row', modes: LISTS, footer: LISTS, match: (k) => Boolean(k.upArrow) || typed('k')(k) },
  { command: 'down', label: '↓ j', help: 'next row', modes: LISTS, footer: LISTS, match: (k) => Boolean(k.downArrow) || typed('j')(k) },
  { command: 'up', label: '↑', help: 'previous result', modes: ['search'], match: (k) => Boolean(k.upArrow) },
  { command: 'down', label: '↓', help: 'next result', modes: ['search'], match: (k) => Boolean(k.downArrow) },
  { command: 'page-up', label: 'PgUp', help: 'a page up', modes: [...VIEWS, 'pair', 'help', ...LISTS, 'search'], match: (k) => Boolean(k.pageUp) },
  { command: 'page-down', label: 'PgDn', help: 'a page down', modes: [...VIEWS, 'pair', 'help', ...LISTS, 'search'], match: (k) => Boolean(k.pageDown) },
  { command: 'first', label: 'g Home', help: 'first passage or row, top of the text', modes: ['browse', ...PANES, ...LISTS], match: (k) => Boolean(k.home) || typed('g')(k) },
  { command: 'last', label: 'G End', help: 'last passage or row, end of the text', modes: ['browse', ...PANES, ...LISTS], match: (k) => Boolean(k.end) || typed('G')(k) },
  { command: 'first', label: 'Home', help: 'first result', modes: ['search'], match: (k) => Boolean(k.home) },
  { command: 'last', label: 'End', help: 'last result', modes: ['search'], match: (k) => Boolean(k.end) },
  { command: 'next-passage', label: ']', help: 'next passage', modes: ['read'], footer: ['read'], match: typed(']') },
  { command: 'previous-passage', label: '[', help: 'previous passage', modes: ['read'], match: typed('[') },
  { command: 'next-conflict', label: 'n', help: 'next conflict, its sides in view', modes: VIEWS, footer: ['browse', 'read'], match: typed('n') },
  { command: 'previous-conflict', label: 'N', help: 'previous conflict', modes: VIEWS, match: typed('N') },
  { command: 'next-figure', label: 'f', help: 'next figure of the passage', modes: VIEWS, footer: ['browse'], match: typed('f') },
  { command: 'scroll-left', label: '← h', help: 'scroll columns left', modes: ['browse'], match: (k) => Boolean(k.leftArrow) || typed('h')(k) },
  { command: 'scroll-right', label: '→ l', help: 'scroll columns right', modes: ['browse'], match: (k) => Boolean(k.rightArrow) || typed('l')(k) },
  { command: 'next-pivot', label: 'Tab', help: 'next pivot source', modes: VIEWS, match: (k) => Boolean(k.tab) && !k.shift },
  { command: 'previous-pivot', label: 'S-Tab', help: 'previous pivot source', modes: VIEWS, match: (k) => Boolean(k.tab) && Boolean(k.shift) },
  { command: 'pivot-number', label: '0-9', help: 'pivot on the source with that number', modes: VIEWS, match: (k) => !k.ctrl && /^[0-9]$/.test(k.input) },
  { command: 'pick-number', label: '0-9', help: 'choose a source by its number', modes: ['pick'], footer: ['pick'], match: (k) => !k.ctrl && /^[0-9]$/.test(k.input) },
  { command: 'toggle-diff', label: 'w', help: 'show or hide the word differences', modes: [...VIEWS, 'pair'], footer: ['browse', 'pair'], match: typed('w') },
  { command: 'read', label: 'Enter', help: 'read the passage with its context (stacked)', modes: ['browse'], footer: ['browse'], match: (k) => Boolean(k.return) },
  { command: 'table', label: 't', help: 'table of quantities: what each source says', modes: VIEWS, footer: ['browse'], match: typed('t') },
  { command: 'list', label: 'd', help: 'list of figures, conflicts first', modes: VIEWS, match: typed('d') },
  { command: 'pair', label: 'p', help: 'two sources side by side in full (then two numbers)', modes: VIEWS, footer: ['browse'], match: typed('p') },
  { command: 'search', label: '/', help: 'search passages (numbers match exactly)', modes: VIEWS, footer: ['browse'], match: typed('/') },
  { command: 'report', label: 'r', help: 'write the Markdown report to a file', modes: VIEWS, match: typed('r') },
  { command: 'help', label: '?', help: 'keys and colours', modes: ['browse', 'read', 'pair', ...LISTS], footer: ['browse'], match: typed('?') },
  { command: 'accept', label: 'Enter', help: 'jump to the passage, its sources in view', modes: [...LISTS, 'search'], footer: [...LISTS, 'search'], match: (k) => Boolean(k.return) },
  { command: 'erase', label: 'Backspace', help: 'erase a character', modes: ['search'], match: (k) => Boolean(k.backspace || k.delete) },
  { command: 'erase-word', label: 'Ctrl-W', help: 'erase a word', modes: ['search'], footer: ['search'], match: ctrl('w') },
  { command: 'clear', label: 'Ctrl-U', help: 'clear the search', modes: ['search'], footer: ['search'], match: ctrl('u') },
  { command: 'back', label: 'Esc', help: 'back to the passages', modes: OVER, footer: ['search', 'pick'], match: (k) => Boolean(k.escape) },
  { command: 'back', label: 'q Esc', help: 'back to the passages', modes: OVER.filter((m) => m !== 'search'), footer: ['read', 'pair', ...LISTS, 'help'], match: typed('q') },
  { command: 'back', label: 'Enter', help: 'back to the side-by-side view', modes: ['read'], match: (k) => Boolean(k.return) },
  { command: 'back', label: '?', help: 'close the help', modes: ['help'], match: typed('?') },
  { command: 'hint-quit', label: 'Esc', help: 'nothing to close (q quits)', modes: ['browse'], match: (k) => Boolean(k.escape) },
  { command: 'quit', label: 'q', help: 'quit', modes: ['browse'], footer: ['browse'], match: typed('q') },
  { command: 'interrupt', label: 'Ctrl-C', help: 'quit (exit code 130)', modes: ALL, match: ctrl('c') },
];

/** The command a key runs in a mode, if any. */
export function commandFor(mode: Mode, key: KeyPress): Binding | undefined {
  return KEYMAP.find((binding) => binding.modes.includes(mode) && binding.match(key));
}

/** The footer hint for a mode, generated from the key table. */
export function footerHint(mode: Mode): string {
  return KEYMAP.filter((b) => b.footer?.includes(mode))
    .map((b) => `${b.label} ${b.help.split(/ \(|,/)[0]}`)
    .join(' · ');
}

/** Titles of the help's sections, one per mode that has keys of its own. */
export const MODE_TITLES: Partial<Record<Mode, string>> = {
  browse: 'Passages',
  read: 'Reading a passage',
  pair: 'Two sources in full',
  table: 'Quantities and figure list',
  search: 'Search',
};

/** The help overlay's lines, generated from the key table, grouped by mode. */
export function helpLines(): { mode: Mode; keys: string; help: string }[] {
  const lines: { mode: Mode; keys: string; help: string }[] = [];
  for (const mode of Object.keys(MODE_TITLES) as Mode[]) {
    for (const b of KEYMAP.filter(
      (x) => x.modes.includes(mode) && (mode === 'browse' || !x.modes.includes('browse')),
    )) {
      if (!lines.some((l) => l.mode === mode && l.keys === b.label && l.help === b.help))
        lines.push({ mode, keys: b.label, help: b.help });
    }
  }
  return lines;
}

/** Control characters a terminal sends for named keys, as Ink names them. */
const CONTROL_KEYS: Record<string, Partial<KeyPress>> = {
  '\r': { return: true },
  '\n': { return: true },
  '\t': { tab: true },
  '\u007f': { delete: true },
  '\b': { backspace: true },
  '\u001b': { escape: true, meta: true },
};

/**
 * The key presses in one input event. A terminal delivers keys typed or repeated quickly as one
 * chunk ("jjjj", "\x7f\x7f"), which Ink passes on as one input string with no key named: each
 * character is one key press, in order, so that no key is ever lost. A single key, or one
 * escape sequence (arrows, PgDn...), is passed through as Ink parsed it.
 */
export function splitKeys(input: string, key: Omit<KeyPress, 'input'>): KeyPress[] {
  const chars = [...input];
  const named = Object.entries(key).some(([name, on]) => on && name !== 'shift' && name !== 'meta');
  if (chars.length <= 1 || named) return [{ ...key, input }];
  return chars.map((char) => {
    const control = CONTROL_KEYS[char];
    if (control) return { input: '', ...control };
    const code = char.codePointAt(0)!;
    // Ctrl-A .. Ctrl-Z arrive as 0x01 .. 0x1a.
    if (code >= 1 && code <= 26) return { input: String.fromCharCode(code + 96), ctrl: true };
    return { input: char, shift: /^\p{Lu}$/u.test(char) };
  });
}
