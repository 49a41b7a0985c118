import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Source } from '../corpus/types.js';
import { InputError } from '../text/errors.js';
import { writeReportFile } from './write.js';

/**
 * The file a source's text is saved as: its id, percent-encoded like a URL component (so "/", "#"
 * and ":" cannot make paths and different ids stay different), plus ".txt".
 */
export function savedTextName(id: string): string {
  return `${encodeURIComponent(id).replace(/^\./, '%2E').replace(/\*/g, '%2A')}.txt`;
}

/**
 * Writes every source's text as read (for an HTML page, the extracted text that the report's
 * offsets index) to DIR, one UTF-8 file per source named by savedTextName; DIR is created when
 * missing. Each file is written atomically and never over an input article.
 */
export async function saveTexts(
  dir: string,
  sources: readonly Source[],
  inputs: readonly (string | Buffer)[],
) {
  await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(
      `--save-text ${dir}: cannot create the folder (${error.code ?? error.message}); give a folder you can write to`,
    );
  });
  for (const source of sources) {
    await writeReportFile(join(dir, savedTextName(source.id)), source.text, inputs, '--save-text');
  }
}
