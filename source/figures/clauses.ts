// Words and indices that several readers of a sentence share: where clauses break, the verbs of
// saying, and the tokens by their offsets.
import type { Token } from '../tokens/tokenize.js';

/**
 * Verbs of saying: a date right after one dates the statement, not the event; a small count right
 * before one counts the informants.
 */
export const SAYING = new Set(
  'said says told announced stated added confirmed reported declared warned noted explained insisted claimed wrote tweeted'.split(
    ' ',
  ),
);
/** Where a clause ends inside a sentence: two attributions in one sentence belong to their own clauses. */
export const CLAUSE_BREAK = new Set([';', ':', 'while', 'whereas', 'but', 'although', 'though']);

const TOKEN_INDEX = new WeakMap<readonly Token[], { start: Map<number, number>; end: Map<number, number> }>();
/** Token indices by start and by end offset (lookups that stay linear on very long sentences). */
export function tokenIndex(tokens: readonly Token[]): {
  start: Map<number, number>;
  end: Map<number, number>;
} {
  const known = TOKEN_INDEX.get(tokens);
  if (known) return known;
  const start = new Map<number, number>();
  const end = new Map<number, number>();
  tokens.forEach((t, i) => {
    start.set(t.start, i);
    end.set(t.end, i);
  });
  const index = { start, end };
  TOKEN_INDEX.set(tokens, index);
  return index;
}
