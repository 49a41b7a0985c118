import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

/** The parts of the JSON report contract (docs/report-json.md) that every report must satisfy. */
export function expectValidReport(
  report: unknown,
  readText: (path: string) => string = (p) => readFileSync(p, 'utf8'),
) {
  const r = report as {
    schema: string;
    sources: { id: string; path: string; title: string | null }[];
    passages: { id: string; members: { source: string; start: number; end: number; text: string }[] }[];
    figures: {
      id: string;
      status: string;
      kind: string;
      subject: string;
      passages: string[];
      mentions: { source: string; start: number; end: number; text: string; value: unknown }[];
      explanation: string;
    }[];
  };
  expect(r.schema).toBe('parallax-report/1');
  const texts = new Map<string, string>();
  for (const source of r.sources) {
    expect(typeof source.id).toBe('string');
    expect(texts.has(source.id)).toBe(false);
    expect(source.title === null || typeof source.title === 'string').toBe(true);
    texts.set(source.id, source.path === '-' ? '' : readText(source.path).replace(/^\uFEFF/, ''));
  }
  const passageIds = new Set<string>();
  for (const passage of r.passages) {
    expect(passage.id).toMatch(/^P\d+$/);
    passageIds.add(passage.id);
    const seen = new Set<string>();
    for (const member of passage.members) {
      expect(seen.has(member.source)).toBe(false);
      seen.add(member.source);
      const text = texts.get(member.source);
      expect(text).toBeDefined();
      if (text) expect(text.slice(member.start, member.end)).toBe(member.text);
    }
  }
  const order = { conflict: 0, agreement: 1, 'single-source': 2 } as Record<string, number>;
  let last = 0;
  for (const figure of r.figures) {
    expect(figure.id).toMatch(/^F\d+$/);
    expect(Object.keys(order)).toContain(figure.status);
    expect(order[figure.status]!).toBeGreaterThanOrEqual(last);
    last = order[figure.status]!;
    expect(typeof figure.kind).toBe('string');
    expect(typeof figure.subject).toBe('string');
    expect(typeof figure.explanation).toBe('string');
    for (const id of figure.passages) expect(passageIds.has(id)).toBe(true);
    for (const mention of figure.mentions) {
      const text = texts.get(mention.source);
      if (text) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  }
}
