import { randomUUID } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../text/errors.js';

/**
 * Writes a report to a file atomically: a temporary file in the same folder, then a rename, so a
 * reader never sees half a report and a failure leaves nothing behind. Refuses to overwrite any
 * of the input articles (by identity of the file, not just by name).
 */
export async function writeReportFile(
  path: string,
  content: string,
  inputs: readonly string[],
  /** The option that named the file, for messages. */
  flag = '--output',
): Promise<void> {
  const target = resolve(path);
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new InputError(`${flag} ${path}: is a folder; give a file name`);
  if (existing) {
    for (const input of inputs) {
      if (input === '-') continue;
      const info = await stat(input).catch(() => undefined);
      if (info && info.dev === existing.dev && info.ino === existing.ino) {
        throw new InputError(
          `${flag} ${path}: is one of the input articles; choose another ${flag === '--output' ? 'file name' : 'folder'}`,
        );
      }
    }
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomUUID()}.tmp`);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(
      `${flag} ${path}: cannot write ${flag === '--output' ? 'the report' : 'it'} (${code}); check that the folder exists and is writable`,
    );
  }
}
