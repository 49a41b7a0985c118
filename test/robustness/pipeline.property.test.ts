import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../source/analysis/analyze.js';
import { segment } from '../../source/corpus/segment.js';
import { renderJsonReport } from '../../source/views/report/json.js';
import { renderMarkdownReport } from '../../source/views/report/markdown.js';
import { renderTextReport } from '../../source/views/report/text.js';
import { expectValidReport } from '../helpers/contract.js';

// Articles from pieces that stress every stage: controls and escape sequences, RTL text,
// combining marks, lone and paired surrogates, emoji, CJK, numbers in many notations, and real
// sentence shapes so that alignment and figures have work to do.
const piece = fc.constantFrom(
  'The army sent 400 troops to the valley. ',
  'About 7,300 soldiers were deployed on Friday. ',
  'Two raiders were killed, and four were arrested. ',
  'nearly 700 people',
  'more than 40 injured',
  '2.6 million',
  'three or four weeks ago',
  'Tuesday March 17th',
  'the 17th',
  '7.300',
  '300-450',
  'five to six hundred',
  '\u001b[31m',
  '\u001b]0;title\u0007',
  '\u001b]52;c;aGk=\u0007',
  '\u009b2J',
  '\u0008',
  '\r',
  '\u0007',
  '\u0000',
  'שלום עולם. ',
  'مرحبا بالعالم. ',
  'e\u0301',
  '\ud83d',
  '\udc4d',
  '👍🏽',
  '漢字の文。',
  '\u202e',
  '\u2066',
  '\n',
  '\n\n',
  '. ',
  '“',
  '”',
  '«',
  '»',
  'U.S. ',
  'Mr. ',
  '-',
  '–',
);
const article = fc.oneof(
  fc
    .array(fc.oneof(piece, fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 })), {
      minLength: 1,
      maxLength: 40,
    })
    .map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 300 }),
);
const corpus = fc.array(article, { minLength: 2, maxLength: 4 });

const build = (texts: string[]) =>
  analyze(texts.map((text, i) => segment(`s${i}`, `s${i}.txt`, text, 'utf-8')));
const RUNS = { numRuns: 1000 };
// Controls that may only come from us: line feeds in every report, SGR colour codes when asked.
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

describe('the pipeline on arbitrary articles', () => {
  it('never throws, and every member and mention offset is exact', () => {
    fc.assert(
      fc.property(corpus, (texts) => {
        const comparison = build(texts);
        const report = JSON.parse(renderJsonReport(comparison));
        const bySource = new Map(texts.map((t, i) => [`s${i}.txt`, t]));
        expectValidReport(report, (path) => bySource.get(path)!);
      }),
      RUNS,
    );
  });

  it('produces JSON with no raw control characters, that parses back to the article text', () => {
    fc.assert(
      fc.property(corpus, (texts) => {
        const json = renderJsonReport(build(texts));
        expect(json.replace(/\n/g, '')).not.toMatch(RAW_CONTROL);
        const report = JSON.parse(json) as {
          passages: { members: { text: string; start: number; end: number; source: string }[] }[];
        };
        for (const passage of report.passages) {
          for (const m of passage.members)
            expect(m.text).toBe(texts[Number(m.source.slice(1))]!.slice(m.start, m.end));
        }
      }),
      RUNS,
    );
  });

  it('gives the same bytes for the same input', () => {
    fc.assert(
      fc.property(corpus, (texts) => {
        expect(renderJsonReport(build(texts))).toBe(renderJsonReport(build(texts)));
      }),
      RUNS,
    );
  });

  it('never lets a control character of the input into the text or Markdown report', () => {
    fc.assert(
      fc.property(corpus, (texts) => {
        const comparison = build(texts);
        for (const out of [
          renderTextReport(comparison, { width: 80, color: false }),
          renderMarkdownReport(comparison),
        ]) {
          expect(out).not.toMatch(RAW_CONTROL);
        }
        const colored = renderTextReport(comparison, { width: 80, color: true }).replace(
          /\u001b\[[0-9;]*m/g,
          '',
        );
        expect(colored).not.toMatch(RAW_CONTROL);
      }),
      RUNS,
    );
  });
});
