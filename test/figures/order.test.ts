import { describe, expect, it } from 'vitest';
import type { Passage } from '../../source/align/types.js';
import { segment } from '../../source/corpus/segment.js';
import { findFigures } from '../../source/figures/figures.js';

// Output is a function of the inputs' contents, never of their order: renaming the files changes
// the sources' ids, so the order in which they reach the comparison, and the order of passages the
// aligner gives (one-source passages follow their source). The figures must be the same up to the
// renaming: each figure's status, basis and mentions, a mention named by its text's number and offsets.

/**
 * The figures of `texts` given to the comparison in `order` (positions of texts), with `aligned`
 * passages of [text, sentence] members and every other sentence a passage of its own, in the
 * order the sources come, as the aligner makes them.
 */
function figuresInOrder(texts: string[], aligned: [number, number][][], order: number[]): string[] {
  const sources = order.map((t) => segment(`s${t}`, `s${t}`, texts[t]!, 'utf-8'));
  const position = new Map(order.map((t, k) => [t, k]));
  const member = (k: number, sentence: number) => {
    const x = sources[k]!.sentences[sentence]!;
    return { source: k, sentences: [sentence], start: x.start, end: x.end, text: x.text };
  };
  const placed = new Set(aligned.flat().map(([t, s]) => `${t}:${s}`));
  const passage = (members: Passage['members']): Passage => ({
    id: '',
    members: members.sort((a, b) => a.source - b.source),
    links: [],
    confidence: null,
    strength: null,
  });
  const passages = aligned.map((members) => passage(members.map(([t, s]) => member(position.get(t)!, s))));
  sources.forEach((source, k) => {
    for (const x of source.sentences)
      if (!placed.has(`${order[k]}:${x.index}`)) passages.push(passage([member(k, x.index)]));
  });
  passages.forEach((p, i) => {
    p.id = `P${i + 1}`;
  });
  return findFigures(sources, passages, null)
    .map(
      (f) =>
        `${f.status} ${f.basis} ${f.subject}: ${f.mentions
          .map((m) => `t${order[m.source]}:${m.start}-${m.end}`)
          .sort()
          .join(' ')}`,
    )
    .sort();
}

/** The figures in the texts' order and in the reverse order must be the same. */
function expectOrderFree(texts: string[], aligned: [number, number][][] = []) {
  const order = texts.map((_, i) => i);
  const forward = figuresInOrder(texts, aligned, order);
  expect(figuresInOrder(texts, aligned, [...order].reverse())).toEqual(forward);
  return forward;
}

describe('figures do not depend on the order of the sources', () => {
  it('joins figures by value across passages the same way in any order', () => {
    // Four reports of one convoy, each in passages of its own: a vague amount ("dozens") holds two
    // stated figures, and only one of them may take it in. Which one must not depend on the order.
    const figures = expectOrderFree([
      'The convoy carried more than 40 soldiers.\nThe road was closed.',
      'Dozens of troops were in the convoy.\nIt was snowing.',
      'The convoy carried around 35 people.\nThe road reopened.',
      'At least 35 soldiers were in the convoy.\nPolice came.',
    ]);
    expect(figures.length).toBeGreaterThan(0);
  });

  it('names a figure whose mentions count two things equally often the same way in any order', () => {
    // "around 35 people" and "at least 35 guards" join by value: one mention each of two things.
    expectOrderFree([
      'The convoy carried more than 40 guards.\nThe road was closed.',
      'Dozens of security personnel were in the convoy.\nIt was snowing.',
      'The convoy carried around 35 people.\nThe road reopened.',
      'At least 35 guards were in the convoy.\nPolice came.',
    ]);
  });

  it('labels a figure by the role its mentions give, whichever mention comes first', () => {
    // The first report restates its toll in a sentence that says no role; the figure joins it to
    // the toll the three reports give in one passage. The label says what happened to the soldiers,
    // whichever mention comes first.
    const figures = figuresInOrder(
      [
        'The 13 soldiers were from one unit.\nThe blast killed 13 soldiers.',
        'Two blasts killed 13 soldiers near the base.',
        'Thirteen soldiers were killed near the base.',
      ],
      [
        [
          [0, 1],
          [1, 0],
          [2, 0],
        ],
      ],
      [0, 1, 2],
    );
    expect(figures.filter((f) => f.includes('t0:4-')).join()).toMatch(/killed: /);
  });
});
