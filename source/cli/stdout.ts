import { writeSync } from 'node:fs';
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
  // Written straight to descriptor 1 (performance: process.stdout is a stream whose creation and
  // write run Node's stream code, and for a pipe its socket code too: about 4M instructions of a
  // seeds run to a file, 9M to a pipe). A descriptor left non-blocking by another program (EAGAIN:
  // a full pipe) gets the rest through process.stdout, which waits for the reader.
  const bytes = Buffer.from(text, 'utf8');
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(1, bytes, done, bytes.length - done);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') return Promise.resolve(false);
    if (code !== 'EAGAIN') return Promise.reject(stdoutError(code));
    return writeStream(bytes.subarray(done));
  }
  return Promise.resolve(true);
}

/** writeStdout through process.stdout (a stream), for what descriptor 1 would not take at once. */
function writeStream(bytes: Uint8Array): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') resolve(false);
      else reject(stdoutError(error.code));
    };
    process.stdout.once('error', onError);
    process.stdout.write(bytes, (error) => {
      if (error) return onError(error as NodeJS.ErrnoException);
      process.stdout.off('error', onError);
      resolve(true);
    });
  });
}
