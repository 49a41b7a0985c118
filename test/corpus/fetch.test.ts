import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FetchOptions, fetchAll, fetchUrl, MAX_REDIRECTS } from '../../source/corpus/fetch.js';
import { loadSources } from '../../source/corpus/load.js';
import { InputError } from '../../source/text/errors.js';
import { redirect, serve, startServer } from '../helpers/server.js';

// URL inputs, against a local server on 127.0.0.1 (no network is used).
const fixture = (name: string) => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url));
const OPTIONS: FetchOptions = { maxBytes: 64 * 1024, timeoutMs: 2000 };
/** ISO-8859-2 bytes of a text (only the Polish letters used here need a table). */
const LATIN2: Record<string, number> = {
  Ł: 0xa3,
  ó: 0xf3,
  ź: 0xbc,
  ż: 0xbf,
  ł: 0xb3,
  ć: 0xe6,
  ę: 0xea,
  ś: 0xb6,
  ą: 0xb1,
  ń: 0xf1,
};
const latin2 = (text: string) => Buffer.from([...text].map((c) => LATIN2[c] ?? c.charCodeAt(0)));
let server: Awaited<ReturnType<typeof startServer>>;
let bodyChunksSent = 0;
let lastUserAgent = '';

beforeAll(async () => {
  server = await startServer({
    '/news.html': (request, response) => {
      lastUserAgent = request.headers['user-agent'] ?? '';
      serve(fixture('jsonld-news.html'))(request, response);
    },
    '/wire': serve(fixture('wire.txt'), 'text/plain; charset=utf-8'),
    '/untyped': serve(fixture('opengraph-only.html'), ''),
    '/latin2': serve(
      latin2('<html><body><article><h1>Łódź</h1><p>Zażółć gęślą jaźń.</p></article></body></html>'),
      'text/html; charset=iso-8859-2',
    ),
    '/image.png': serve(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'),
    '/gone': serve('gone', 'text/plain', 410),
    '/hop1': redirect('/hop2'),
    '/hop2': redirect('/news.html', 301),
    '/loop': redirect('/loop'),
    '/to-file': redirect('file:///etc/passwd'),
    '/hang': () => {
      // never answers
    },
    '/slow-body': (_, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<html><body>');
      // and never finishes
    },
    '/declared-huge': (_, response) => {
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * 1024 * 1024) });
      response.write('<html>');
    },
    '/endless': (_, response) => {
      // No Content-Length: the size limit must stop the download while it streams.
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(16 * 1024, 'a');
      const push = () => {
        while (!response.destroyed && bodyChunksSent < 10_000) {
          bodyChunksSent++;
          if (!response.write(chunk)) return void response.once('drain', push);
        }
        response.end();
      };
      push();
    },
  });
});
afterAll(() => server.close());

const failure = async (path: string, options: FetchOptions = OPTIONS) => {
  const error = await fetchUrl(`${server.base}${path}`, options).then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error).toBeDefined();
  expect(error!.message).not.toContain('\n');
  return error!.message;
};

describe('fetchUrl', () => {
  it('fetches an HTML page and says it is HTML', async () => {
    const page = await fetchUrl(`${server.base}/news.html`, OPTIONS);
    expect(page.type).toBe('html');
    expect(page.charset).toBe('utf-8');
    expect(Buffer.from(page.bytes).equals(fixture('jsonld-news.html'))).toBe(true);
    expect(lastUserAgent).toMatch(/^parallax/);
  });

  it('follows redirects and reports the final URL', async () => {
    const page = await fetchUrl(`${server.base}/hop1`, OPTIONS);
    expect(page.url).toBe(`${server.base}/news.html`);
  });

  it(`stops after ${MAX_REDIRECTS} redirects`, async () => {
    expect(await failure('/loop')).toBe(
      `redirected more than ${MAX_REDIRECTS} times; pass the final address`,
    );
  });

  it('follows no redirect to another scheme', async () => {
    expect(await failure('/to-file')).toMatch(/^redirects to a file URL; only http and https are followed/);
  });

  it('names the HTTP status of a failed answer', async () => {
    expect(await failure('/gone')).toBe(
      'the server answered HTTP 410 Gone; check the address or save the page',
    );
  });

  it('refuses content that is not a page or text', async () => {
    expect(await failure('/image.png')).toMatch(/^is image\/png, not a web page or text/);
  });

  it('gives up on a server that does not answer, or stops sending, within the time limit', async () => {
    const quick = { ...OPTIONS, timeoutMs: 300 };
    expect(await failure('/hang', quick)).toMatch(
      /^no complete answer within 0\.3 s; try again later or raise --timeout/,
    );
    expect(await failure('/slow-body', quick)).toMatch(/^no complete answer within 0\.3 s/);
  });

  it('refuses a body over the size limit, declared or streamed, and stops downloading', async () => {
    expect(await failure('/declared-huge')).toMatch(
      /^the page is over the 0\.1 MB limit per article \(10\.0 MB\)/,
    );
    expect(await failure('/endless')).toMatch(/^the page is over the 0\.1 MB limit per article/);
    // 64 KB allowed, 16 KB chunks: the download was cancelled long before the 10,000 chunks.
    expect(bodyChunksSent).toBeLessThan(1000);
  });

  it('refuses other schemes and malformed URLs', async () => {
    await expect(fetchUrl('ftp://127.0.0.1/x', OPTIONS)).rejects.toThrow(
      /^only http and https URLs are fetched/,
    );
    await expect(fetchUrl('http://', OPTIONS)).rejects.toThrow(/^is not a valid URL/);
  });
});

describe('fetchAll', () => {
  it('reports every failed URL on its own line, in the order given, and shows progress', async () => {
    const messages: (string | null)[] = [];
    const urls = [`${server.base}/gone`, `${server.base}/news.html`, `${server.base}/nothing`];
    const error = await fetchAll(urls, { ...OPTIONS, progress: (m) => messages.push(m) }).catch(
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message.split('\n')).toEqual([
      `${server.base}/gone: the server answered HTTP 410 Gone; check the address or save the page`,
      `${server.base}/nothing: the server answered HTTP 404 Not Found; check the address or save the page`,
    ]);
    expect(messages.filter((m) => m !== null)).toHaveLength(3);
    expect(messages[0]).toMatch(/^fetching 1 of 3: http:\/\/127\.0\.0\.1:\d+\/gone$/);
    expect(messages.at(-1)).toBeNull();
  });

  it('makes a URL safe to print in messages', async () => {
    const error = await fetchAll([`${server.base}/no\u001b[2J`], OPTIONS).catch((e: unknown) => e as Error);
    expect((error as Error).message).not.toContain('\u001b');
  });
});

describe('loadSources with URLs', () => {
  it('reads pages by Content-Type or content, text as text, ids from the host and path', async () => {
    const sources = await loadSources(
      [`${server.base}/news.html`, `${server.base}/untyped`, `${server.base}/wire`],
      { maxBytes: OPTIONS.maxBytes },
    );
    expect(sources.map((s) => s.format)).toEqual(['html', 'html', 'text']);
    expect(sources.map((s) => s.id)).toEqual(['127.0.0.1/news', '127.0.0.1/untyped', '127.0.0.1/wire']);
    expect(sources[0]!.provenance.outlet).toBe('The Lakeside Courier');
    // og:url wins over the address it was fetched from
    expect(sources[1]!.provenance.url).toBe('https://northernwire.example/2024/03/12/lake-orrin-ferry-toll');
    expect(sources[2]!.provenance.url).toBeNull();
  });

  it('decodes the charset the server names', async () => {
    const [page] = await loadSources([`${server.base}/latin2`, `${server.base}/wire`]);
    expect(page!.encoding).toBe('iso-8859-2');
    expect(page!.text).toBe('Łódź\n\nZażółć gęślą jaźń.\n');
    expect(page!.provenance.url).toBe(`${server.base}/latin2`);
  });
});
