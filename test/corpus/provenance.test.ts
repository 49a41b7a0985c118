import { describe, expect, it } from 'vitest';
import { extractPage } from '../../source/corpus/html/extract.js';
import { displayDate, latestPublishedDay, normalizeDate } from '../../source/corpus/provenance.js';
import { segment } from '../../source/corpus/segment.js';
import type { Provenance } from '../../source/corpus/types.js';

const BODY =
  '<article><h1>Port reopens</h1><p>The port of Kestrel reopened on Thursday after a week of repairs to the main quay, officials said.</p><p>Ferries will run on the usual timetable from Friday, the port authority said in a statement to reporters.</p></article>';
const provenance = (head: string, pageUrl: string | null = null) =>
  extractPage(`<html><head>${head}</head><body>${BODY}</body></html>`, 'page.html', pageUrl).provenance;

describe('normalizeDate', () => {
  it.each([
    ['2024-03-12T08:40:00+01:00', '2024-03-12T08:40:00+01:00'],
    ['2024-03-12T08:40+0100', '2024-03-12T08:40:00+01:00'],
    ['2024-03-12 08:40:59.123Z', '2024-03-12T08:40:59Z'],
    ['2024-03-12t21:30:00z', '2024-03-12T21:30:00Z'],
    ['2024-03-12T08:40:00', '2024-03-12T08:40:00'],
    ['2024-03-12T08:40:00-05', '2024-03-12T08:40:00-05:00'],
    [' 2024-03-13 ', '2024-03-13'],
  ])('%s -> %s', (raw, iso) => {
    expect(normalizeDate(raw)).toBe(iso);
  });

  it.each([
    'March 13, 2024',
    'Tue, 12 Mar 2024 08:40:00 GMT',
    '2024-02-30',
    '2024-13-01',
    '2024-03-12T25:00:00Z',
    '',
    null,
  ])('refuses %s', (raw) => {
    expect(normalizeDate(raw)).toBeNull();
  });
});

describe('displayDate', () => {
  it('shows the time and the zone as the page gave them', () => {
    expect(displayDate('2024-03-12T08:40:00+01:00')).toBe('2024-03-12 08:40 +01:00');
    expect(displayDate('2024-03-12T21:30:00Z')).toBe('2024-03-12 21:30 UTC');
    expect(displayDate('2024-03-12T21:30:00')).toBe('2024-03-12 21:30');
    expect(displayDate('2024-03-13')).toBe('2024-03-13');
  });
});

describe('latestPublishedDay', () => {
  const source = (published: string | null) => {
    const p: Provenance = { outlet: null, published, modified: null, byline: null, url: null };
    return segment('x', 'x', 'A sentence here.\n', 'utf-8', { provenance: p });
  };
  it("is the latest day, in each page's own time zone", () => {
    expect(
      latestPublishedDay([source('2024-03-12T23:30:00-05:00'), source('2024-03-12'), source(null)]),
    ).toEqual({ year: 2024, month: 3, day: 12 });
    expect(latestPublishedDay([source('2023-12-31'), source('2024-01-02T00:10:00+01:00')])).toEqual({
      year: 2024,
      month: 1,
      day: 2,
    });
  });
  it('is null when no source says', () => {
    expect(latestPublishedDay([source(null), source(null)])).toBeNull();
  });
});

describe('page metadata', () => {
  it('prefers JSON-LD to meta tags, and meta tags to microdata', () => {
    const p = provenance(
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-12T10:00:00Z","author":"Ana Lind"}</script>' +
        '<meta property="article:published_time" content="2024-03-11T10:00:00Z"><meta name="author" content="Someone Else">',
    );
    expect(p.published).toBe('2024-03-12T10:00:00Z');
    expect(p.byline).toBe('Ana Lind');
  });

  it('survives broken JSON-LD and uses the meta tags', () => {
    const p = provenance(
      '<script type="application/ld+json">{"@type": "NewsArticle", datePublished: oops</script>' +
        '<meta property="article:published_time" content="2024-03-11T10:00:00Z">',
    );
    expect(p.published).toBe('2024-03-11T10:00:00Z');
  });

  it('falls back to the meta date when the JSON-LD date is not ISO 8601', () => {
    const p = provenance(
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"March 12, 2024"}</script>' +
        '<meta name="date" content="2024-03-12">',
    );
    expect(p.published).toBe('2024-03-12');
  });

  it('ignores an author given as a profile URL and takes the rel=author link', () => {
    const p = provenance('<meta property="article:author" content="https://social.example/ana">');
    expect(p.byline).toBeNull();
    const q = extractPage(
      `<html><body><p class="byline">By <a rel="author" href="/ana">Ana Lind</a></p>${BODY}</body></html>`,
      'p.html',
      null,
    ).provenance;
    expect(q.byline).toBe('Ana Lind');
  });

  it('strips "By" from a byline and caps stuffed fields', () => {
    expect(provenance('<meta name="author" content="By Ana Lind">').byline).toBe('Ana Lind');
    const long = 'x'.repeat(5000);
    expect(provenance(`<meta property="og:site_name" content="${long}">`).outlet).toHaveLength(300);
  });

  it('resolves a relative canonical link against the fetched URL, and keeps only http(s)', () => {
    expect(provenance('<link rel="canonical" href="/news/port">', 'https://kestrel.example/x?y=1').url).toBe(
      'https://kestrel.example/news/port',
    );
    expect(provenance('<link rel="canonical" href="/news/port">').url).toBeNull();
    expect(provenance('<link rel="canonical" href="javascript:alert(1)">').url).toBeNull();
    expect(provenance('', 'https://kestrel.example/a').url).toBe('https://kestrel.example/a');
  });

  it('joins several authors and resolves a publisher given by @id', () => {
    const p = provenance(
      `<script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Organization', '@id': '#org', name: 'Kestrel Herald' },
          {
            '@type': ['NewsArticle'],
            author: [{ name: 'Ana Lind' }, { name: 'Bo Ek' }, 'Ana Lind'],
            publisher: { '@id': '#org' },
          },
        ],
      })}</script>`,
    );
    expect(p.byline).toBe('Ana Lind, Bo Ek');
    expect(p.outlet).toBe('Kestrel Herald');
  });
});
