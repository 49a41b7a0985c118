import { fstatSync, readFileSync, statSync } from 'node:fs';
import { InputError } from '../text/errors.js';
import { describeWriteError } from './write.js';

/**
 * True when standard output was closed by the caller (`parallax ... >&-`). Node reopens a closed
 * descriptor on the null device, read-write, so that writes vanish silently; a shell's
 * `>/dev/null` opens it write-only. Linux tells the two apart in /proc; elsewhere this says false.
 */
export function stdoutWasClosed(): boolean {
  try {
    if (fstatSync(1).rdev !== statSync('/dev/null').rdev || !fstatSync(1).isCharacterDevice()) return false;
    const flags = /^flags:\s*(\d+)/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'));
    return flags !== null && (Number.parseInt(flags[1]!, 8) & 3) === 2;
  } catch {
    return false;
  }
}

/** The user-facing error for a failed write to standard output. */
export function stdoutError(code: string | undefined): InputError {
  return new InputError(
    `standard output: ${code === 'EBADF' ? 'it is closed' : describeWriteError(code)}; redirect it to a file with room, or write with -o FILE`,
  );
}

/**
 * Writes the report to standard output and waits until it is handed over. Resolves true when
 * written, false when the reader closed the pipe (EPIPE: `parallax ... | head` is a normal end);
 * any other failure (closed descriptor, full disk) is an InputError with one line to print.
 */
export function writeStdout(text: string): Promise<boolean> {
  if (stdoutWasClosed()) return Promise.reject(stdoutError('EBADF'));
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') resolve(false);
      else reject(stdoutError(error.code));
    };
    process.stdout.once('error', onError);
    process.stdout.write(text, (error) => {
      if (error) return onError(error as NodeJS.ErrnoException);
      process.stdout.off('error', onError);
      resolve(true);
    });
  });
}
