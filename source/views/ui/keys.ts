/** Where the user is: the side-by-side view and the overlays over it. */
export type Mode = 'browse' | 'read' | 'list' | 'search' | 'help';

/** What a key does. */
export type Command =
  | 'up'
  | 'down'
  | 'page-up'
  | 'page-down'
  | 'first'
  | 'last'
  | 'next-conflict'
  | 'previous-conflict'
  | 'scroll-left'
  | 'scroll-right'
  | 'next-pivot'
  | 'previous-pivot'
  | 'pivot-number'
  | 'read'
  | 'list'
  | 'search'
  | 'report'
  | 'help'
  | 'accept'
  | 'back'
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
    !key.ctrl && chars.includes(key.input);
const ALL: Mode[] = ['browse', 'read', 'list', 'search', 'help'];
const VIEWS: Mode[] = ['browse', 'read'];

/**
 * The key table: the only place keys are defined. The input handler, the help overlay and the
 * footer are all generated from it. Within a mode, no key means two things.
 */
// biome-ignore format: the key table reads best one binding per line
export const KEYMAP: Binding[] = [
  { command: 'up', label: '↑ k', help: 'previous passage', modes: [...VIEWS, 'list'], footer: ['browse'], match: (k) => Boolean(k.upArrow) || typed('k')(k) },
  { command: 'down', label: '↓ j', help: 'next passage', modes: [...VIEWS, 'list'], footer: ['browse'], match: (k) => Boolean(k.downArrow) || typed('j')(k) },
  { command: 'page-up', label: 'PgUp', help: 'a page up', modes: VIEWS, match: (k) => Boolean(k.pageUp) },
  { command: 'page-down', label: 'PgDn', help: 'a page down', modes: VIEWS, match: (k) => Boolean(k.pageDown) },
  { command: 'first', label: 'g Home', help: 'first passage', modes: VIEWS, match: (k) => Boolean(k.home) || typed('g')(k) },
  { command: 'last', label: 'G End', help: 'last passage', modes: VIEWS, match: (k) => Boolean(k.end) || typed('G')(k) },
  { command: 'next-conflict', label: 'n', help: 'next conflict', modes: VIEWS, footer: ['browse', 'read'], match: typed('n') },
  { command: 'previous-conflict', label: 'N', help: 'previous conflict', modes: VIEWS, match: typed('N') },
  { command: 'scroll-left', label: '← h', help: 'scroll columns left', modes: ['browse'], match: (k) => Boolean(k.leftArrow) || typed('h')(k) },
  { command: 'scroll-right', label: '→ l', help: 'scroll columns right', modes: ['browse'], footer: ['browse'], match: (k) => Boolean(k.rightArrow) || typed('l')(k) },
  { command: 'next-pivot', label: 'Tab', help: 'next pivot source', modes: VIEWS, footer: ['browse'], match: (k) => Boolean(k.tab) && !k.shift },
  { command: 'previous-pivot', label: 'S-Tab', help: 'previous pivot source', modes: VIEWS, match: (k) => Boolean(k.tab) && Boolean(k.shift) },
  { command: 'pivot-number', label: '1-9', help: 'pivot = source 1 to 9', modes: VIEWS, match: (k) => !k.ctrl && /^[1-9]$/.test(k.input) },
  { command: 'read', label: 'Enter', help: 'read the passage in full (stacked)', modes: ['browse'], footer: ['browse'], match: (k) => Boolean(k.return) },
  { command: 'list', label: 'd', help: 'list of figures, conflicts first', modes: VIEWS, footer: ['browse'], match: typed('d') },
  { command: 'search', label: '/', help: 'fuzzy search passages', modes: VIEWS, footer: ['browse'], match: typed('/') },
  { command: 'report', label: 'r', help: 'write the Markdown report to a file', modes: VIEWS, match: typed('r') },
  { command: 'help', label: '?', help: 'this help', modes: ['browse', 'read', 'list'], footer: ['browse'], match: typed('?') },
  { command: 'accept', label: 'Enter', help: 'jump to the chosen passage', modes: ['list', 'search'], footer: ['list', 'search'], match: (k) => Boolean(k.return) },
  { command: 'up', label: '↑', help: 'previous result', modes: ['search'], match: (k) => Boolean(k.upArrow) },
  { command: 'down', label: '↓', help: 'next result', modes: ['search'], match: (k) => Boolean(k.downArrow) },
  { command: 'back', label: 'Esc', help: 'back to the passages', modes: ['read', 'list', 'search', 'help'], footer: ['read', 'list', 'search', 'help'], match: (k) => Boolean(k.escape) },
  { command: 'back', label: 'q ?', help: 'close', modes: ['help'], match: typed('q', '?') },
  { command: 'back', label: 'Enter', help: 'back to the side-by-side view', modes: ['read'], match: (k) => Boolean(k.return) },
  { command: 'quit', label: 'q Esc', help: 'quit', modes: ['browse'], footer: ['browse'], match: (k) => typed('q')(k) || Boolean(k.escape) },
  { command: 'quit', label: 'q', help: 'quit', modes: ['read', 'list'], match: typed('q') },
  { command: 'interrupt', label: 'Ctrl-C', help: 'quit (exit code 130)', modes: ALL, match: (k) => Boolean(k.ctrl) && k.input === 'c' },
];

/** The command a key runs in a mode, if any. */
export function commandFor(mode: Mode, key: KeyPress): Binding | undefined {
  return KEYMAP.find((binding) => binding.modes.includes(mode) && binding.match(key));
}

/** The footer hint for a mode, generated from the key table. */
export function footerHint(mode: Mode): string {
  return KEYMAP.filter((b) => b.footer?.includes(mode))
    .map((b) => `${b.label} ${b.help.split(' (')[0]}`)
    .join(' · ');
}

/** The help overlay's lines, generated from the key table, grouped by mode. */
export function helpLines(): { mode: Mode; keys: string; help: string }[] {
  const lines: { mode: Mode; keys: string; help: string }[] = [];
  for (const mode of ['browse', 'read', 'list', 'search'] as Mode[]) {
    for (const b of KEYMAP.filter(
      (x) => x.modes.includes(mode) && (mode === 'browse' || !x.modes.includes('browse')),
    )) {
      lines.push({ mode, keys: b.label, help: b.help });
    }
  }
  return lines;
}
