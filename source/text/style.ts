// The one SGR (colour and attribute) helper, for the reports and the interactive view alike.
// Styles nest the way chalk's do: every attribute closes with its own code (never a full reset),
// and an inner close that would also end an outer attribute re-opens it, so a bold row that holds
// an underlined match stays bold after the match.

/** A text attribute or colour a terminal can draw. */
export type Attribute =
  | 'bold'
  | 'dim'
  | 'italic'
  | 'underline'
  | 'inverse'
  | 'red'
  | 'green'
  | 'yellow'
  | 'blue'
  | 'magenta'
  | 'cyan'
  | 'brightWhite'
  | 'bgRed'
  | 'bgYellow'
  | 'bgMagenta';

/** Colours are dropped without colour; the other attributes stay (they carry meaning in mono). */
const COLOURS = new Set<Attribute>([
  'red',
  'green',
  'yellow',
  'blue',
  'magenta',
  'cyan',
  'brightWhite',
  'bgRed',
  'bgYellow',
  'bgMagenta',
]);

const CODES: Record<Attribute, [open: number, close: number]> = {
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  inverse: [7, 27],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  brightWhite: [97, 39],
  bgRed: [41, 49],
  bgYellow: [43, 49],
  bgMagenta: [45, 49],
};

/** Wraps text in one attribute, re-opening it after any inner code that would close it. */
function one(attribute: Attribute, text: string): string {
  const [open, close] = CODES[attribute];
  const openCode = `\u001b[${open}m`;
  const closeCode = `\u001b[${close}m`;
  return `${openCode}${text.split(closeCode).join(`${closeCode}${openCode}`)}${closeCode}`;
}

/** Text drawn with the attributes, outermost first. Empty text stays empty. */
export function sgr(attributes: readonly Attribute[], text: string): string {
  if (text === '') return text;
  let out = text;
  for (let i = attributes.length - 1; i >= 0; i--) out = one(attributes[i]!, out);
  return out;
}

/** How text is styled: with colour, with attributes only, or as plain text. */
export interface Style {
  /** Colours are drawn. */
  color: boolean;
  /** Any escape code is written at all (false: plain text, e.g. a report in a file). */
  codes: boolean;
  /** The attributes that apply (colours dropped without colour; nothing without codes). */
  draw(attributes: readonly Attribute[], text: string): string;
  bold(text: string): string;
  dim(text: string): string;
  inverse(text: string): string;
  underline(text: string): string;
  /** A heading: bold and underlined. */
  heading(text: string): string;
}

/**
 * The style for an output. The reports write codes only with colour (`codes` = `color`); the
 * interactive view always writes attributes, so its marks read without colour too.
 */
export function makeStyle(color: boolean, codes = color): Style {
  const draw = (attributes: readonly Attribute[], text: string) =>
    codes ? sgr(color ? attributes : attributes.filter((a) => !COLOURS.has(a)), text) : text;
  return {
    color,
    codes,
    draw,
    bold: (t) => draw(['bold'], t),
    dim: (t) => draw(['dim'], t),
    inverse: (t) => draw(['inverse'], t),
    underline: (t) => draw(['underline'], t),
    heading: (t) => draw(['bold', 'underline'], t),
  };
}

/** The colour choice as given on the command line. */
export type ColorChoice = 'auto' | 'always' | 'never';

/**
 * Whether to colour: --color always/never wins; then NO_COLOR (set and not empty) turns colour off
 * and FORCE_COLOR turns it on (FORCE_COLOR=0 off), as in other tools; else colour when writing to a
 * terminal that is not "dumb".
 */
export function wantsColor(choice: ColorChoice, env: NodeJS.ProcessEnv, isTerminal: boolean): boolean {
  if (choice === 'always') return true;
  if (choice === 'never') return false;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '')
    return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTerminal && env.TERM !== 'dumb';
}
