import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineSpans, paragraphSpans, segment } from '../../source/corpus/segment.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/corpus/${name}`, import.meta.url), 'utf8');
const seedsDir = new URL('../../seeds/', import.meta.url);

describe('lineSpans', () => {
  it('handles LF, CRLF and CR line endings', () => {
    const text = 'a\r\nb\rc\nd';
    expect(lineSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('paragraphs', () => {
  it('separates paragraphs at blank lines and keeps wrapped lines together', () => {
    const source = segment('x', 'x', fixture('blank-line-paragraphs.txt'), 'utf-8');
    expect(source.title).toBe('A headline without a full stop');
    expect(source.paragraphs.map((p) => p.kind)).toEqual(['title', 'body', 'body']);
    expect(source.paragraphs[1]!.text).toBe(
      'First paragraph has two sentences. This is the second one.\nIt continues on a second line.',
    );
    // The headline is text too: aligned and read for figures, marked as the title.
    expect(source.sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'A headline without a full stop'],
      [1, 'First paragraph has two sentences.'],
      [1, 'This is the second one.'],
      [1, 'It continues on a second line.'],
      [2, 'Second paragraph, alone.'],
    ]);
  });

  it('makes every line a paragraph in a file without blank lines', () => {
    const source = segment('x', 'x', fixture('line-per-paragraph.txt'), 'utf-8');
    expect(source.paragraphs.map((p) => p.text)).toEqual([
      'First line is a sentence. And another.',
      'Second line is a paragraph too.',
      'Third line ends here.',
    ]);
    expect(source.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 2]);
  });

  it('treats CRLF files like LF files', () => {
    const text = fixture('blank-line-paragraphs.txt').replace(/\n/g, '\r\n');
    expect(paragraphSpans(text).length).toBe(3);
  });
});

describe('web debris', () => {
  it('keeps only the article text of a page with comment forms, widgets and counters', () => {
    const source = segment('x', 'x', fixture('web-debris.txt'), 'utf-8');
    expect(source.title).toBe('Tensions rise as officials meet');
    expect(source.sentences.map((s) => [s.kind, s.text])).toEqual([
      ['title', 'Tensions rise as officials meet'],
      ['body', 'The meeting lasted three hours and ended without a deal.'],
    ]);
  });
});

describe('the seeds', () => {
  const seeds = readdirSync(seedsDir).map((name) =>
    segment(name, name, readFileSync(new URL(name, seedsDir), 'utf8'), 'utf-8'),
  );

  it('keep text === sourceText.slice(start, end) for every paragraph and sentence', () => {
    for (const source of seeds) {
      for (const piece of [...source.paragraphs, ...source.sentences]) {
        expect(source.text.slice(piece.start, piece.end)).toBe(piece.text);
      }
    }
  });

  it('recognise both paragraph styles', () => {
    const styles = seeds.map((s) => (/\n\s*\n/.test(s.text) ? 'blank-line' : 'line-per-paragraph'));
    expect(styles.filter((s) => s === 'line-per-paragraph').length).toBe(2);
    for (const source of seeds) expect(source.paragraphs.length).toBeGreaterThan(5);
  });

  it('never start a sentence with a lowercase word or a lone quote mark', () => {
    for (const source of seeds) {
      for (const sentence of source.sentences) {
        expect(sentence.text).not.toMatch(/^[“"«]?\p{Ll}/u);
        expect(sentence.text).toMatch(/[\p{L}\p{N}]/u);
      }
    }
  });

  it('drop the page furniture of the scraped article', () => {
    const all = seeds.flatMap((s) => s.sentences.map((x) => x.text)).join('\n');
    expect(all).not.toMatch(/Leave a Reply|bloggers like this|Required fields|About Author|^0 37$/m);
  });
});

describe('furniture inside a paragraph', () => {
  it('drops the furniture sentence, not the paragraph around it', () => {
    const text =
      'Headline here\n\nTroops were deployed on Friday. This site uses cookies to improve your visit. Officials said 12 people died.\n\n© 2023 Reuters. All rights reserved.\n';
    const source = segment('x', 'x', text, 'utf-8');
    expect(source.paragraphs.map((p) => p.kind)).toEqual(['title', 'body', 'debris']);
    expect(source.sentences.map((s) => s.text)).toEqual([
      'Headline here',
      'Troops were deployed on Friday.',
      'Officials said 12 people died.',
    ]);
  });

  it('keeps a one-line article that ends in a copyright footer', () => {
    const text =
      'Dalmor closed 7,300 classrooms across the valley on Friday. © 2023 Reuters. All rights reserved.';
    const source = segment('x', 'x', text, 'utf-8');
    expect(source.sentences.map((s) => s.text)).toEqual([
      'Dalmor closed 7,300 classrooms across the valley on Friday.',
    ]);
  });

  it('keeps sentences that only talk about copyright', () => {
    const text = 'The copyright law changed in 2019. Its authors were pleased.';
    expect(segment('x', 'x', text, 'utf-8').sentences).toHaveLength(2);
  });
});
