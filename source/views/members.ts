import type { Member, Passage } from '../align/types.js';

/**
 * A passage may hold several members of one source: one per run of adjacent sentences, when the
 * source reports the passage's fact in two places of its article (ordered by source, then by
 * first sentence). These helpers are how every view reads a passage by source.
 */

/** A source's members in a passage, in reading order (empty when it does not report it). */
export function membersOf(passage: Pick<Passage, 'members'>, source: number): Member[] {
  return passage.members.filter((m) => m.source === source);
}

/** The distinct sources of a passage, in order: a source with several members counts once. */
export function sourcesOf(passage: Pick<Passage, 'members'>): number[] {
  return [...new Set(passage.members.map((m) => m.source))];
}

/** How many sentences of its source lie between two members of it (the text left out between them). */
export function sentencesBetween(
  before: Pick<Member, 'sentences'>,
  after: Pick<Member, 'sentences'>,
): number {
  return Math.max(0, after.sentences[0]! - before.sentences[before.sentences.length - 1]! - 1);
}

/** What stands between two members of one source where they are shown together: text was left out. */
export function skippedWords(sentences: number): string {
  return `… ${sentences} sentence${sentences === 1 ? '' : 's'} skipped`;
}

/** Joins members' texts in plain text (search, report gists): a gap between runs shows as " … ". */
export const RUN_JOINER = ' … ';

/**
 * Several members' texts as one text (for a word diff), with where each member's text starts in
 * it. The joiner holds no word, so a diff of the joined texts marks only the members' words.
 */
export function joinedText(members: readonly Pick<Member, 'text'>[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const m of members) {
    if (starts.length) text += '\n…\n';
    starts.push(text.length);
    text += m.text;
  }
  return { text, starts };
}
