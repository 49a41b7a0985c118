import { Parser } from 'htmlparser2';
import { InputError } from '../../text/errors.js';

/** The most elements a page may have: heavy real pages have 5,000-20,000. */
export const MAX_ELEMENTS = 50_000;
/** The deepest nesting a page may have: real pages stay under 100. */
export const MAX_DEPTH = 400;

/** Thrown from the tokenizer's callbacks to stop it as soon as a limit is passed. */
class Over extends Error {}

/**
 * Refuses a page that is too big or too deeply nested to extract in bounded time, before the DOM
 * is built (building and scoring a DOM grows faster than linearly with its depth and size). A
 * streaming tokenizer counts elements and open depth; it runs no script and builds nothing.
 */
export function checkLimits(html: string, name: string): void {
  let elements = 0;
  let depth = 0;
  let reason = '';
  const parser = new Parser(
    {
      onopentag() {
        elements++;
        depth++;
        if (elements > MAX_ELEMENTS) reason = `has more than ${MAX_ELEMENTS.toLocaleString('en')} elements`;
        else if (depth > MAX_DEPTH) reason = `nests elements more than ${MAX_DEPTH} deep`;
        if (reason) throw new Over();
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: false },
  );
  try {
    parser.write(html);
    parser.end();
  } catch (error) {
    if (!(error instanceof Over)) throw error;
  }
  if (reason)
    throw new InputError(
      `${name}: the page ${reason}, more than a news article needs; save the article's text and pass that file`,
    );
}
