import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savedTextName } from '../../source/cli/save-text.js';
import { expectValidReport, type ReportSource } from '../helpers/contract.js';
import { ROOT, runCli, runCliAsync } from '../helpers/run-cli.js';
import { serve, startServer } from '../helpers/server.js';

// HTML pages and URLs through the built CLI: formats mixed, provenance in every report, offsets
// into the extracted text checked through --save-text, failures as one line each.
const FIXTURES = 'test/fixtures/html/';
const fixture = (name: string) => `${FIXTURES}${name}`;
const MIXED = [fixture('jsonld-news.html'), fixture('opengraph-only.html'), fixture('wire.txt')];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-html-'));
});

type Report = {
  sources: ReportSource[];
  passages: { members: { source: string }[] }[];
  figures: { kind: string; mentions: { source: string; text: string; value: { year?: number } }[] }[];
};

describe('HTML files', () => {
  it('mix with text files; --json carries provenance; offsets index the saved extracted text', () => {
    const saved = join(dir, 'texts');
    const result = runCli(['--json', '--save-text', saved, ...MIXED]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const [courier, wire, text] = report.sources;
    expect(courier).toMatchObject({
      id: 'jsonld-news',
      format: 'html',
      title: 'Ferry capsizes on Lake Orrin, at least 75 dead',
      outlet: 'The Lakeside Courier',
      published: '2024-03-12T08:40:00+01:00',
      modified: '2024-03-12T09:15:00+01:00',
      byline: 'Mira Halden',
      url: 'https://www.lakesidecourier.example/news/2024/mar/12/lake-orrin-ferry-capsizes',
      extraction: { method: 'article', paragraphs: 10, skipped: 20 },
    });
    expect(courier!.extraction!.skipped_blocks[0]).toEqual({
      kind: 'navigation',
      text: 'This site uses cookies to improve your experience.',
    });
    expect(wire).toMatchObject({
      format: 'html',
      outlet: 'Northern Wire',
      published: '2024-03-12T21:30:00Z',
    });
    expect(text).toMatchObject({
      format: 'text',
      outlet: null,
      published: null,
      modified: null,
      byline: null,
      url: null,
      extraction: null,
    });
    expect(readdirSync(saved).sort()).toEqual(['jsonld-news.txt', 'opengraph-only.txt', 'wire.txt']);
    expect(readFileSync(join(saved, 'wire.txt'), 'utf8')).toBe(
      readFileSync(`${ROOT}${fixture('wire.txt')}`, 'utf8'),
    );
    expectValidReport(report, (_, source) => readFileSync(join(saved, savedTextName(source.id)), 'utf8'));
    expect(report.passages.some((p) => p.members.length === 3)).toBe(true);
  });

  it('shows provenance and what extraction skipped in the text report heads', () => {
    const result = runCli(['--report', fixture('opengraph-only.html'), fixture('comments-below.html')]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    const end = lines.findIndex((line) => line.startsWith('Quantities'));
    const head = lines.slice(lines.indexOf('Sources'), end - 1).join('\n');
    // Sources are sorted by id, whatever the order of the arguments.
    expect(head).toBe(
      [
        'Sources',
        '  comments-below  Ferry owner arrested as Lake Orrin toll stands at 89',
        '                  (test/fixtures/html/comments-below.html)',
        '                  Valley Post · published 2024-03-13 · by Clara Vos',
        '                  https://valleypost.example/2024/03/13/ferry-owner-arrested/',
        '                  from HTML: 6 paragraphs kept; extraction skipped 20 blocks (13',
        '                  comments, 6 navigation, 1 byline)',
        '  opengraph-only  Death toll in Lake Orrin ferry disaster rises to 89',
        '                  (test/fixtures/html/opengraph-only.html)',
        '                  Northern Wire · published 2024-03-12 21:30 UTC · modified',
        '                  2024-03-12 22:05 UTC · by Jonas Feld',
        '                  https://northernwire.example/2024/03/12/lake-orrin-ferry-toll',
        '                  from HTML: 7 paragraphs kept; extraction skipped 9 blocks (4',
        '                  related, 3 navigation, 1 other, 1 share)',
      ].join('\n'),
    );
  });

  it('says in the text report when a page gave too little and all visible text was read', () => {
    const result = runCli(['--report', fixture('not-an-article.html'), fixture('wire.txt')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^parallax: warning: test\/fixtures\/html\/not-an-article\.html: found too little article text/,
    );
    expect(result.stdout).toContain(
      'from HTML: too little article text found, so all visible text\n                  was read (23 paragraphs)\n',
    );
  });

  it('lists skipped blocks that may be article text', () => {
    const page = join(dir, 'lead.html');
    writeFileSync(
      page,
      // The lead sits in the page header, outside the article Readability finds.
      `<html><body><header class="hero"><h1>Owner held</h1><div class="summary-box">The ferry owner was arrested on Wednesday, police said, hours after divers found more bodies.</div></header>
       <main><article>${'<p>The ferry capsized on Lake Orrin on Tuesday near the port of Kestrel, officials said, and the search for the missing went on through the night.</p>'.repeat(3)}</article></main></body></html>`,
    );
    const result = runCli(['--report', page, fixture('wire.txt')]);
    expect(result.stdout).toContain(
      [
        '        skipped, may be article text: “The ferry owner was arrested on',
        '        Wednesday, police said, hours after divers found more bodies.”',
      ].join('\n'),
    );
    const json = JSON.parse(runCli(['--json', page, fixture('wire.txt')]).stdout) as Report;
    expect(json.sources[0]!.extraction!.skipped_blocks).toEqual([
      {
        kind: 'other',
        text: 'The ferry owner was arrested on Wednesday, police said, hours after divers found more bodies.',
      },
    ]);
  });

  it('gives the Markdown report outlet, published and byline columns', () => {
    const result = runCli([
      '--format',
      'markdown',
      '--report',
      fixture('live-blog.html'),
      fixture('wire.txt'),
    ]);
    expect(result.stdout).toContain(
      [
        '| Source | Title | Outlet | Published | Byline | File |',
        '| --- | --- | --- | --- | --- | --- |',
        '| live-blog | Lake Orrin ferry disaster: live updates | Kestrel Today | 2024-03-12 07:10 +01:00 | Ana Petrov, Luis Brandt | test/fixtures/html/live-blog.html (https://kestreltoday.example/live/lake-orrin-ferry) |',
        '| wire | Ferry capsizes on Lake Orrin |  |  |  | test/fixtures/html/wire.txt |',
        '',
        '- **live-blog** from HTML: 14 paragraphs kept; extraction skipped 11 blocks (5 share, 4 other, 2 navigation)',
      ].join('\n'),
    );
  });

  it('recognises HTML on standard input by its content', () => {
    const saved = join(dir, 'stdin-texts');
    const result = runCli(['--json', '--save-text', saved, '-', fixture('wire.txt')], {
      input: readFileSync(`${ROOT}${fixture('standfirst-captions.html')}`),
    });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.sources[0]).toMatchObject({
      id: 'stdin',
      path: '-',
      format: 'html',
      outlet: 'Daily Meridian',
    });
    expectValidReport(report, (_, source) => readFileSync(join(saved, savedTextName(source.id)), 'utf8'));
  });

  it('reads a folder of .html, .htm and .txt files', () => {
    const folder = mkdtempSync(join(tmpdir(), 'parallax-html-folder-'));
    writeFileSync(join(folder, 'a.htm'), readFileSync(`${ROOT}${fixture('jsonld-news.html')}`));
    writeFileSync(join(folder, 'b.txt'), readFileSync(`${ROOT}${fixture('wire.txt')}`));
    const report = JSON.parse(runCli(['--json', folder]).stdout) as Report;
    expect(report.sources.map((s) => [s.id, s.format])).toEqual([
      ['a', 'html'],
      ['b', 'text'],
    ]);
  });
});

describe('the reference date', () => {
  // A weekday with the date ("Friday, March 8") lets the year be inferred: the latest that fits
  // up to the reference date (2024 up to March 2024, 2019 up to June 2021).
  const page = (published: string, sentence: string) =>
    `<html><head><meta property="article:published_time" content="${published}"></head><body><article><h1>Port</h1>
     <p>${sentence}</p><p>The port of Kestrel reopened after a week of repairs to the main quay, officials said on the day, and ferries will run on the usual timetable from next week, the port authority said in a statement.</p></article></body></html>`;
  const dates = (args: string[]) => {
    const report = JSON.parse(runCli(['--json', ...args]).stdout) as Report;
    return report.figures
      .filter((f) => f.kind === 'date')
      .flatMap((f) => f.mentions.map((m) => m.value.year));
  };
  it('is the latest publication day when no --as-of is given', () => {
    const a = join(dir, 'dated-a.html');
    const b = join(dir, 'dated-b.html');
    const says = (n: number) => `The ferry capsized on Friday, March 8, killing ${n} people on board.`;
    writeFileSync(a, page('2019-03-09T10:00:00Z', says(75)));
    writeFileSync(b, page('2024-03-09T10:00:00+01:00', says(89)));
    expect(dates([a, b])).toEqual([2024, 2024]);
    expect(dates(['--as-of', '2021-06-01', a, b])).toEqual([2019, 2019]);
    // The same sentences in plain text state no publication date: no year is inferred.
    const c = join(dir, 'dated-c.txt');
    const d = join(dir, 'dated-d.txt');
    writeFileSync(c, `Port\n\n${says(75)}\n`);
    writeFileSync(d, `Port\n\n${says(89)}\n`);
    expect(dates([c, d])).toEqual([undefined, undefined]);
  });
});

describe('hostile and broken pages', () => {
  it('neutralises control characters from page text in the text report', () => {
    const page = join(dir, 'controls.html');
    writeFileSync(
      page,
      '<html><body><article><h1>Port &#27;[2J</h1><p>The ferry capsized on Lake Orrin &#27;]0;pwned&#7; near Kestrel on Tuesday, killing 75 people, officials said.</p></article></body></html>',
    );
    const result = runCli(['--report', page, fixture('wire.txt')]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/[\u001b\u0007]/);
    expect(result.stdout).toContain('␛]0;pwned␇');
  });

  it('refuses a deeply nested page and a page over --max-size, one line each', () => {
    const deep = join(dir, 'deep.html');
    writeFileSync(deep, `<html><body>${'<div>'.repeat(5000)}x</body></html>`);
    const nested = runCli(['--json', deep, fixture('wire.txt')]);
    expect(nested.code).toBe(2);
    expect(nested.stderr).toBe(
      `parallax: ${deep}: the page nests elements more than 256 deep, more than a news article needs; save the article's text and pass that file\n`,
    );
    const big = runCli(['--json', '--max-size', '0.001', fixture('jsonld-news.html'), fixture('wire.txt')]);
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(
      /^parallax: test\/fixtures\/html\/jsonld-news\.html: 0\.0 MB is over the 0\.0 MB limit/,
    );
    expect(big.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses a page with no text at all', () => {
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '<html><body><script>document.write("hi")</script></body></html>');
    const result = runCli(['--json', empty, fixture('wire.txt')]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n').at(-2)).toBe(
      `parallax: ${empty}: no article text found in the page; save the article's text and pass that file`,
    );
  });
});

describe('URLs', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer({
      '/courier/ferry.html': serve(readFileSync(`${ROOT}${fixture('jsonld-news.html')}`)),
      '/wire/ferry': serve(readFileSync(`${ROOT}${fixture('opengraph-only.html')}`)),
    });
  });
  afterAll(() => server.close());

  it('fetches pages and mixes them with files', async () => {
    const result = await runCliAsync([
      '--json',
      `${server.base}/courier/ferry.html`,
      `${server.base}/wire/ferry`,
      fixture('wire.txt'),
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.sources.map((s) => [s.id, s.path, s.outlet])).toEqual([
      // both end in "ferry": one more path segment tells them apart
      ['127.0.0.1/courier/ferry', `${server.base}/courier/ferry.html`, 'The Lakeside Courier'],
      ['127.0.0.1/wire/ferry', `${server.base}/wire/ferry`, 'Northern Wire'],
      ['wire', fixture('wire.txt'), null],
    ]);
  });

  it('prints one line per failed URL and exits with 2', async () => {
    const result = await runCliAsync([
      '--json',
      `${server.base}/missing`,
      `${server.base}/wire/ferry`,
      'gopher://127.0.0.1/x',
    ]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'parallax: gopher://127.0.0.1/x: only http and https URLs are fetched; save the page and pass the file\n',
    );
    const two = await runCliAsync(['--json', '--timeout', '5', `${server.base}/a`, `${server.base}/b`]);
    expect(two.code).toBe(2);
    expect(two.stderr).toBe(
      [
        `parallax: ${server.base}/a: the server answered HTTP 404 Not Found; check the address or save the page`,
        `parallax: ${server.base}/b: the server answered HTTP 404 Not Found; check the address or save the page`,
        '',
      ].join('\n'),
    );
  });

  it('refuses a bad --timeout', () => {
    const result = runCli(['--json', '--timeout', '0', ...MIXED]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('parallax: --timeout: give a positive number of seconds\n');
  });
});
