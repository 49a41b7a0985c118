import { describe, expect, it } from 'vitest';
import { extractPage } from '../../source/corpus/html/extract.js';
import { checkLimits, MAX_DEPTH, MAX_ELEMENTS } from '../../source/corpus/html/limits.js';
import { InputError } from '../../source/text/errors.js';

const ARTICLE =
  '<h1>Port reopens after repairs</h1><p>The port of Kestrel reopened on Thursday after a week of repairs to the main quay, officials said.</p><p>Ferries will run on the usual timetable from Friday, the port authority said in a statement.</p>';

const refused = (html: string, pattern: RegExp) => {
  let error: unknown;
  try {
    extractPage(html, 'evil.html', null);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(InputError);
  expect((error as Error).message).toMatch(pattern);
  expect((error as Error).message).not.toContain('\n');
};

describe('hostile HTML', () => {
  it('never runs scripts: inline, event handlers, javascript: URLs, SVG onload, srcdoc', () => {
    const g = globalThis as { pwned?: number };
    g.pwned = 0;
    const html = `<html><head><script>globalThis.pwned = 1</script></head>
      <body onload="globalThis.pwned = 2"><article>${ARTICLE}
      <img src="x" onerror="globalThis.pwned = 3"><svg onload="globalThis.pwned = 4"><script>globalThis.pwned = 5</script></svg>
      <a href="javascript:globalThis.pwned = 6">link</a><iframe srcdoc="<script>parent.pwned = 7</script>"></iframe>
      <script type="module">globalThis.pwned = 8</script></article></body></html>`;
    const page = extractPage(html, 'evil.html', null);
    expect(g.pwned).toBe(0);
    expect(page.text).not.toContain('pwned');
    expect(page.text).toContain('The port of Kestrel reopened on Thursday');
  });

  it('reads JSON-LD as data only (a script-looking value is just a string)', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","author":"<img src=x onerror=alert(1)>","headline":"x"}</script></head><body><article>${ARTICLE}</article></body></html>`;
    expect(extractPage(html, 'evil.html', null).provenance.byline).toBe('<img src=x onerror=alert(1)>');
  });

  it(`refuses nesting deeper than ${MAX_DEPTH}, before building a DOM`, () => {
    const deep = `<html><body>${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}${ARTICLE}</body></html>`;
    refused(
      deep,
      /^evil\.html: the page nests elements more than 256 deep, more than a news article needs; save/,
    );
    const ok = `<html><body>${'<div>'.repeat(200)}${ARTICLE}${'</div>'.repeat(200)}</body></html>`;
    expect(() => checkLimits(ok, 'ok.html')).not.toThrow();
  });

  it('refuses many elements nested moderately deep (their depths summed), which real pages never are', () => {
    const html = `<html><body>${'<div>'.repeat(200)}${'<p>Officials said the port reopened.</p>'.repeat(3000)}</body></html>`;
    refused(html, /^evil\.html: the page nests too many elements too deep/);
    expect(() =>
      checkLimits(`<html><body>${'<div>'.repeat(20)}${'<p>x</p>'.repeat(15_000)}</body></html>`, 'ok'),
    ).not.toThrow();
  });

  it('counts unclosed tags as nesting too', () => {
    refused(`<html><body>${'<span>'.repeat(1000)}${ARTICLE}`, /nests elements more than 256 deep/);
  });

  it(`refuses more than ${MAX_ELEMENTS.toLocaleString('en')} elements`, () => {
    const wide = `<html><body>${ARTICLE}${'<b>x</b>'.repeat(MAX_ELEMENTS + 1)}</body></html>`;
    refused(wide, /^evil\.html: the page has more than 20,000 elements/);
  });

  it('keeps control characters from entities in the text as read (the views neutralise them)', () => {
    const html = `<html><body><article><h1>Port reopens</h1><p>The port of Kestrel reopened on Thursday &#27;[2J&#x1b;]0;pwned&#7; after a week of repairs to the main quay, officials said.</p><p>Ferries will run on the usual timetable from Friday, the port authority said in a statement.</p></article></body></html>`;
    const page = extractPage(html, 'evil.html', null);
    expect(page.text).toContain('\u001b[2J\u001b]0;pwned\u0007');
  });

  it('does not fetch anything a page points to (styles, images, frames)', () => {
    // linkedom loads no resources; a fetch here would throw, as no network is allowed in tests.
    const original = globalThis.fetch;
    let calls = 0;
    globalThis.fetch = (async () => {
      calls++;
      throw new Error('no network');
    }) as typeof fetch;
    try {
      extractPage(
        `<html><head><link rel="stylesheet" href="http://127.0.0.1:9/x.css"></head><body><article>${ARTICLE}<img src="http://127.0.0.1:9/i.png"><iframe src="http://127.0.0.1:9/"></iframe></article></body></html>`,
        'p.html',
        null,
      );
    } finally {
      globalThis.fetch = original;
    }
    expect(calls).toBe(0);
  });
});
