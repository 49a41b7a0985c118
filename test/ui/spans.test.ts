import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../source/figures/types.js';
import { memberSpans, wrapSpans } from '../../source/views/ui/spans.js';
import { contentDiff } from '../../source/views/ui/word-diff.js';

describe('contentDiff', () => {
  const changed = (other: string, text: string) =>
    contentDiff(other, text)
      .filter((r) => r.changed)
      .map((r) => text.slice(r.start, r.end));
  it('marks only the content words the other text lacks', () => {
    expect(
      changed(
        'At least 45 people were killed three or four weeks ago.',
        'At least 54 people were killed three or four months ago.',
      ),
    ).toEqual(['54', 'months']);
  });
  it("ignores case, punctuation, quote styles, word order and the aligner's synonyms", () => {
    expect(
      changed('“The SOLDIERS were deployed,” he said.', 'He said the troops had been deployed.'),
    ).toEqual([]);
    expect(changed('Vessia police', 'Vessian police')).toEqual([]);
  });
  it('marks a word said twice here and once there, but not a word that only moved', () => {
    expect(changed('Two soldiers died.', 'Two soldiers and two officers died.')).toEqual(['two', 'officers']);
    expect(changed('Troops left Dalmor on Friday.', 'On Friday troops left Dalmor.')).toEqual([]);
  });
  it('past 400 edits marks the words the other text lacks, still covering the text', () => {
    const words = (prefix: string) =>
      Array.from({ length: 450 }, (_, i) => `${prefix}${i.toString(36)}x`).join(' ');
    const text = `${words('alpha')} Dalmor`;
    const runs = contentDiff(`${words('beta')} Dalmor`, text);
    expect(runs[runs.length - 1]!.end).toBe(text.length);
    expect(changed(`${words('beta')} Dalmor`, text)).not.toContain('Dalmor');
    expect(changed(`${words('beta')} Dalmor`, text).length).toBeGreaterThan(400);
  });
  it('covers the whole text with its runs', () => {
    const text = 'Some 4,000 troops arrived.';
    const runs = contentDiff('Nothing alike here', text);
    expect(runs[0]!.start).toBe(0);
    expect(runs[runs.length - 1]!.end).toBe(text.length);
  });
});

describe('memberSpans and wrapSpans', () => {
  const text = 'We had three or four weeks ago \u001b[31mmore troops.';
  const member = { source: 1, sentences: [0], start: 100, end: 100 + text.length, text };
  const figure = {
    status: 'conflict',
    mentions: [{ source: 1, start: 107, end: 130 }],
  } as unknown as Figure;

  it('cuts the text by diff runs and figures, paints a figure as one unit, and neutralises controls', () => {
    const spans = memberSpans(
      member,
      [
        { start: 0, end: 7, changed: false },
        { start: 7, end: text.length, changed: true },
      ],
      [figure],
    );
    expect(spans.map((s) => [s.text, s.changed, s.figure])).toEqual([
      ['We had ', false, null],
      // The figure's status wins over the diff mark: one unit, one look.
      ['three or four weeks ago', false, 'conflict'],
      [' ␛[31mmore troops.', true, null],
    ]);
  });

  it('wraps at spaces within the width, keeping styles', () => {
    const spans = memberSpans(member, null, [figure]);
    const lines = wrapSpans(spans, 12);
    for (const line of lines) expect(stringWidth(line.map((s) => s.text).join(''))).toBeLessThanOrEqual(12);
    expect(lines.map((l) => l.map((s) => s.text).join(''))).toEqual([
      'We had three',
      'or four',
      'weeks ago',
      '␛[31mmore',
      'troops.',
    ]);
    expect(lines[1]![0]!.figure).toBe('conflict');
  });
});

describe('wrapSpans keeps words whole across spans', () => {
  it('moves "Wednesday," to the next line as one word', () => {
    const lines = wrapSpans(
      [
        { text: 'In a short notice issued on ', changed: false, figure: null },
        { text: 'Wednesday', changed: false, figure: 'single-source' },
        { text: ', the council said', changed: false, figure: null },
      ],
      30,
    );
    expect(lines.map((l) => l.map((s) => s.text).join(''))).toEqual([
      'In a short notice issued on',
      'Wednesday, the council said',
    ]);
  });
  it('styles the spaces inside a marked phrase like the phrase', () => {
    const [line] = wrapSpans([{ text: 'two or three', changed: true, figure: 'conflict' }], 30);
    expect(line).toEqual([{ text: 'two or three', changed: true, figure: 'conflict' }]);
  });
});
