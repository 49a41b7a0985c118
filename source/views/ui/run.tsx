import { render } from 'ink';
import type { Comparison } from '../../analysis/types.js';
import { neutralizeInline } from '../../text/sanitize.js';
import { type Analysis, Loader } from './loader.js';

/** Options of the interactive session. */
export interface InteractiveOptions {
  color: boolean;
  writeReport: () => Promise<string>;
  /** Called with the comparison once it is ready. */
  onReady?: (comparison: Comparison) => void;
}

const ENTER_ALTERNATE_SCREEN = '\u001b[?1049h\u001b[H';
const LEAVE_ALTERNATE_SCREEN = '\u001b[?1049l';
const SHOW_CURSOR = '\u001b[?25h';

/**
 * Opens the full-screen view on the alternate screen and resolves with the exit code when the user
 * quits. The terminal is restored (screen, cursor, raw mode) on quit, on SIGTERM and SIGHUP, and on
 * an error while rendering.
 */
export async function runInteractive(analysis: Analysis, options: InteractiveOptions): Promise<number> {
  const stdout = process.stdout;
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    if (process.stdin.isTTY) process.stdin.setRawMode?.(false);
    stdout.write(`${SHOW_CURSOR}${LEAVE_ALTERNATE_SCREEN}`);
  };
  stdout.write(ENTER_ALTERNATE_SCREEN);
  let code = 0;
  const interrupted = () => {
    code = 130;
  };
  const instance = render(
    <Loader
      analysis={analysis}
      color={options.color}
      writeReport={options.writeReport}
      onInterrupt={interrupted}
      onReady={options.onReady}
    />,
    {
      exitOnCtrlC: false,
      patchConsole: false,
      // Held keys repeat at 30 per second or more: draw up to 60 frames a second, and only the
      // lines that changed.
      maxFps: 60,
      incrementalRendering: true,
    },
  );
  const onSignal = (signalCode: number) => () => {
    instance.unmount();
    restore();
    process.exit(signalCode);
  };
  const handlers: [NodeJS.Signals, () => void][] = [
    ['SIGTERM', onSignal(143)],
    ['SIGHUP', onSignal(129)],
    ['SIGINT', onSignal(130)],
  ];
  for (const [signal, handler] of handlers) process.on(signal, handler);
  const onCrash = (error: unknown) => {
    instance.unmount();
    restore();
    process.stderr.write(
      `parallax: internal error: ${neutralizeInline(error instanceof Error ? error.message : String(error))}\n`,
    );
    process.exit(70);
  };
  process.on('uncaughtException', onCrash);
  try {
    await instance.waitUntilExit();
    return code;
  } catch (error) {
    onCrash(error);
    return 70;
  } finally {
    restore();
    for (const [signal, handler] of handlers) process.off(signal, handler);
    process.off('uncaughtException', onCrash);
  }
}
