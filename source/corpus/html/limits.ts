import { Parser } from 'htmlparser2';
import { InputError } from '../../text/errors.js';

// Readability's time grows with the number of elements and with how deep they sit (it walks
// ancestors), so both are bounded, and so is their product: the sum of every element's depth.
// Measured worst cases at these limits are a few seconds (README, Limits and safety); news
// articles have 1,000-6,000 elements at an average depth of 10-20.

/** The most elements a page may have. */
export const MAX_ELEMENTS = 20_000;
/** The deepest nesting a page may have: real pages stay well under 100. */
export const MAX_DEPTH = 256;
/** The most nesting work: the sum over elements of their depth (20,000 elements 20 deep). */
export const MAX_DEPTH_SUM = 400_000;

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
  let depthSum = 0;
  let reason = '';
  const parser = new Parser(
    {
      onopentag() {
        elements++;
        depth++;
        depthSum += depth;
        if (elements > MAX_ELEMENTS) reason = `has more than ${MAX_ELEMENTS.toLocaleString('en')} elements`;
        else if (depth > MAX_DEPTH) reason = `nests elements more than ${MAX_DEPTH} deep`;
        else if (depthSum > MAX_DEPTH_SUM) reason = 'nests too many elements too deep';
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
