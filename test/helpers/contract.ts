import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** The parts of the JSON report contract (docs/report-json.md) that every report must satisfy. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?)?$/;
const SKIPPED_KINDS = [
  'navigation',
  'caption',
  'comments',
  'share',
  'related',
  'advert',
  'byline',
  'form',
  'other',
];

/** A source as the JSON report describes it. */
export interface ReportSource {
  id: string;
  path: string;
  title: string | null;
  format: 'text' | 'html';
  outlet: string | null;
  published: string | null;
  modified: string | null;
  byline: string | null;
  url: string | null;
  skipped: { start: number; end: number; text: string }[];
  extraction: {
    method: string;
    paragraphs: number;
    skipped: number;
    skipped_blocks: { kind: string; text: string }[];
  } | null;
}

/**
 * The parts of the JSON report contract (docs/report-json.md) that every report must satisfy.
 * `readText` gives a source's text as read: the file for plain text; for an HTML page, the
 * extracted text (as --save-text writes it), which the offsets index.
 */
export function expectValidReport(
  report: unknown,
  readText: (path: string, source: ReportSource) => string = (p) => readFileSync(p, 'utf8'),
) {
  const r = report as {
    schema: string;
    sources: ReportSource[];
    passages: {
      id: string;
      members: {
        source: string;
        start: number;
        end: number;
        text: string;
        sentences: number[];
        also_in: string | null;
      }[];
    }[];
    figures: {
      id: string;
      status: string;
      kind: string;
      subject: string;
      passages: string[];
      mentions: {
        source: string;
        start: number;
        end: number;
        text: string;
        value: unknown;
        attribution: string | null;
        role: string | null;
        projected: boolean;
      }[];
      explanation: string;
    }[];
  };
  expect(r.schema).toBe('parallax-report/1');
  const texts = new Map<string, string>();
  for (const source of r.sources) {
    expect(typeof source.id).toBe('string');
    expect(texts.has(source.id)).toBe(false);
    expect(source.title === null || typeof source.title === 'string').toBe(true);
    expect(['text', 'html']).toContain(source.format);
    for (const field of ['outlet', 'byline', 'url'] as const)
      expect(source[field] === null || typeof source[field] === 'string').toBe(true);
    for (const field of ['published', 'modified'] as const)
      if (source[field] !== null) expect(source[field]).toMatch(ISO_DATE);
    if (source.url !== null) expect(source.url).toMatch(/^https?:\/\//);
    if (source.format === 'text') expect(source.extraction).toBeNull();
    else {
      const e = source.extraction!;
      expect(['article', 'visible-text']).toContain(e.method);
      expect(e.skipped).toBe(e.skipped_blocks.length);
      for (const block of e.skipped_blocks) {
        expect(SKIPPED_KINDS).toContain(block.kind);
        expect(typeof block.text).toBe('string');
      }
    }
    const stdinText = source.path === '-' && source.format === 'text';
    const text = stdinText ? '' : readText(source.path, source).replace(/^\uFEFF/, '');
    texts.set(source.id, text);
    // Lines skipped as page furniture are listed with exact offsets too.
    expect(Array.isArray(source.skipped)).toBe(true);
    for (const line of source.skipped) if (text) expect(text.slice(line.start, line.end)).toBe(line.text);
  }
  const passageIds = new Set<string>();
  for (const passage of r.passages) {
    expect(passage.id).toMatch(/^P\d+$/);
    // Confidence is a calibrated share, and its word follows it; both absent for one source.
    const { confidence, strength } = passage as unknown as {
      confidence: number | null;
      strength: string | null;
    };
    if (new Set(passage.members.filter((m) => m.also_in === null).map((m) => m.source)).size < 2) {
      expect(confidence).toBeNull();
      expect(strength).toBeNull();
    } else {
      expect(confidence).toBeGreaterThan(0);
      expect(confidence).toBeLessThanOrEqual(1);
      expect(strength).toBe(confidence! >= 0.9 ? 'strong' : confidence! >= 0.75 ? 'fair' : 'weak');
    }
    passageIds.add(passage.id);
    // Members are ordered by source, then by first sentence; each is a run of adjacent sentences,
    // and a source's several ordinary members (two places of its article) never touch.
    const rank = new Map(r.sources.map((s, i) => [s.id, i]));
    passage.members.forEach((member, i) => {
      expect(member.sentences.length).toBeGreaterThan(0);
      member.sentences.forEach((s, k) => {
        if (k > 0) expect(s).toBe(member.sentences[k - 1]! + 1);
      });
      const previous = passage.members[i - 1];
      if (!previous) return;
      expect(rank.get(previous.source)!).toBeLessThanOrEqual(rank.get(member.source)!);
      if (previous.source === member.source) {
        // In reading order; two ordinary members never touch (an echo may stand next to one).
        const gap = previous.also_in === null && member.also_in === null ? 1 : 0;
        expect(member.sentences[0]!).toBeGreaterThan(
          previous.sentences[previous.sentences.length - 1]! + gap,
        );
      }
    });
    for (const member of passage.members) {
      const text = texts.get(member.source);
      expect(text).toBeDefined();
      if (text) expect(text.slice(member.start, member.end)).toBe(member.text);
      expect(member.also_in === null || /^P\d+$/.test(member.also_in)).toBe(true);
    }
  }
  // A sentence shown in a second passage (also_in) is an ordinary member of the passage named, and
  // only there: every sentence has exactly one home.
  const home = new Map<string, string>();
  for (const passage of r.passages)
    for (const member of passage.members)
      if (member.also_in === null)
        for (const s of member.sentences) {
          const key = `${member.source}:${s}`;
          expect(home.has(key)).toBe(false);
          home.set(key, passage.id);
        }
  for (const passage of r.passages)
    for (const member of passage.members)
      if (member.also_in !== null) {
        expect(member.also_in).not.toBe(passage.id);
        for (const s of member.sentences) expect(home.get(`${member.source}:${s}`)).toBe(member.also_in);
      }
  const order = { conflict: 0, differs: 1, update: 2, agreement: 3, 'single-source': 4 } as Record<
    string,
    number
  >;
  let last = 0;
  for (const figure of r.figures) {
    expect(figure.id).toMatch(/^F\d+$/);
    expect(Object.keys(order)).toContain(figure.status);
    expect(order[figure.status]!).toBeGreaterThanOrEqual(last);
    last = order[figure.status]!;
    expect(['passage', 'referent', 'value']).toContain((figure as unknown as { basis: string }).basis);
    expect(typeof figure.kind).toBe('string');
    expect(typeof figure.subject).toBe('string');
    expect(typeof figure.explanation).toBe('string');
    for (const id of figure.passages) expect(passageIds.has(id)).toBe(true);
    for (const mention of figure.mentions) {
      const text = texts.get(mention.source);
      if (text) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      // Who the text says gives the figure ("police"), or null.
      expect(mention.attribution === null || typeof mention.attribution === 'string').toBe(true);
      // A possibility or forecast says so in its role too, so no rule compares it with a count.
      expect(typeof mention.projected).toBe('boolean');
      if (mention.projected) expect(mention.role ?? '').toMatch(/possible/);
    }
  }
}
