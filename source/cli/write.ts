import { dirname, join, resolve } from 'node:path';
import { InputError } from '../text/errors.js';

/** What a system error code means for the user, in a few words. */
export function describeWriteError(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'over the disk quota';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'symbolic link loop';
    default:
      return `cannot write it (${code ?? 'error'})`;
  }
}

/**
 * Writes a report to a file atomically: a temporary file beside the target, then a rename, so a
 * reader never sees half a report and a failure leaves nothing behind.
 *
 * Only a regular file or a new path is written. Devices, FIFOs, sockets and folders are refused
 * (a rename over /dev/null would replace the device with a file); so are read-only files and the
 * input articles (by identity of the file, not by name). A symbolic link is followed: the file it
 * points to gets the report and the link stays; a link to nothing is refused. An existing file
 * keeps its permissions. Every refusal is an InputError (exit code 2) naming the path.
 */
export async function writeReportFile(
  path: string,
  content: string,
  inputs: readonly (string | Buffer)[],
  /** The option that named the file, for messages. */
  flag = '--output',
): Promise<void> {
  const fail = (why: string, fix: string) => new InputError(`${flag} ${path}: ${why}; ${fix}`);
  const systemError = (error: NodeJS.ErrnoException) =>
    fail(
      `cannot write the report: ${describeWriteError(error.code)}`,
      'choose another file name or fix the folder',
    );
  // Loaded here, not at the top: a run without --output never loads node:fs/promises (start-up).
  const { chmod, lstat, realpath, rename, rm, stat, writeFile } = await import('node:fs/promises');
  const link = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw systemError(error);
  });
  const existing = link && (await stat(path).catch(() => undefined));
  if (link && !existing)
    throw fail('is a symbolic link to nothing', 'remove the link or choose another name');
  let target = resolve(path);
  if (existing) {
    if (existing.isDirectory()) throw fail('is a folder', 'give a file name');
    if (!existing.isFile()) {
      throw fail(
        'is a device, FIFO or socket, not a regular file',
        'give a file name (leave out -o to print the report)',
      );
    }
    if ((existing.mode & 0o222) === 0) throw fail('is read-only', 'make it writable or choose another name');
    for (const input of inputs) {
      if (input === '-') continue;
      const info = await stat(input).catch(() => undefined);
      if (info && info.dev === existing.dev && info.ino === existing.ino) {
        throw fail('is one of the input articles', 'choose another file name');
      }
    }
    // Through a symbolic link, the file it points to is replaced (beside it), not the link.
    if (link.isSymbolicLink())
      target = await realpath(path).catch((error) => Promise.reject(systemError(error)));
  }
  // A short name of its own: the target's name plus a suffix could pass the 255-byte limit when the
  // target's name alone does not.
  // node:crypto is loaded only here: runs that print to stdout never pay for it.
  const { randomUUID } = await import('node:crypto');
  const temporary = join(dirname(target), `.parallax-${process.pid}-${randomUUID()}.tmp`);
  try {
    await writeFile(temporary, content, { flag: 'wx', mode: 0o666 });
    // Permission bits only: a report never inherits set-user-ID or set-group-ID.
    if (existing) await chmod(temporary, existing.mode & 0o777);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw systemError(error as NodeJS.ErrnoException);
  }
}
