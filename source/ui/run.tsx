import { render } from 'ink';
import type { Comparison } from '../analysis/types.js';
import { App } from './app.js';

/** Opens the interactive view and resolves with the exit code when the user quits. */
export async function runInteractive(comparison: Comparison): Promise<number> {
  const instance = render(<App comparison={comparison} />, { exitOnCtrlC: true });
  await instance.waitUntilExit();
  return 0;
}
