import { InputError } from '../text/errors.js';
import { describeWriteError } from './write.js';

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
 *
 * `parallax ... >&-` is not caught: Node reopens a closed descriptor on /dev/null, read-write,
 * exactly as `stdio: 'ignore'` in Node and `subprocess.DEVNULL` in Python open it, so a closed
 * output cannot be told from one deliberately discarded; refusing it would break those callers.
 */
export function writeStdout(text: string): Promise<boolean> {
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
