/** How report text is styled: ANSI colour when on, plain markers when off. */
export interface Style {
  color: boolean;
  bold(text: string): string;
  dim(text: string): string;
  /** A figure in conflict. */
  conflict(text: string): string;
  /** A figure that agrees. */
  agree(text: string): string;
  /** A heading. */
  heading(text: string): string;
}

const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

/** The style for colour on or off. Without colour, marks read in plain text: [figure]. */
export function makeStyle(color: boolean): Style {
  if (!color) {
    const same = (text: string) => text;
    return { color, bold: same, dim: same, conflict: (t) => `[${t}]`, agree: (t) => `[${t}]`, heading: same };
  }
  const bold = sgr(1, 22);
  return {
    color,
    bold,
    dim: sgr(2, 22),
    conflict: (t) => bold(sgr(31, 39)(t)),
    agree: (t) => sgr(32, 39)(t),
    heading: (t) => bold(sgr(4, 24)(t)),
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
