import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../source/corpus/html/extract.js';
import { loadSources } from '../../source/corpus/load.js';
import type { Source } from '../../source/corpus/types.js';

// Six pages shaped like real news pages (test/fixtures/html/, written for these tests): for each,
// what is extracted, what is dropped (and where on the page it sat), and the provenance read.
const path = (name: string) => new URL(`../fixtures/html/${name}`, import.meta.url).pathname;
const page = (name: string) => extractPage(readFileSync(path(name), 'utf8'), name, null);
const paragraphs = (name: string) => page(name).text.trimEnd().split('\n\n');
const skipped = (name: string, kind?: string) =>
  page(name)
    .extraction.skipped.filter((b) => !kind || b.kind === kind)
    .map((b) => b.text);

/** Loads a fixture next to the plain-text wire story, as the CLI would. */
async function load(name: string): Promise<Source> {
  const [source] = await loadSources([path(name), path('wire.txt')]);
  return source!;
}
const kinds = (source: Source) => source.paragraphs.map((p) => p.kind);

describe('a page with JSON-LD (jsonld-news.html)', () => {
  it('reads provenance from the JSON-LD graph, the publisher resolved by @id', () => {
    expect(page('jsonld-news.html').provenance).toEqual({
      outlet: 'The Lakeside Courier',
      published: '2024-03-12T08:40:00+01:00',
      modified: '2024-03-12T09:15:00+01:00',
      byline: 'Mira Halden',
      url: 'https://www.lakesidecourier.example/news/2024/mar/12/lake-orrin-ferry-capsizes',
    });
  });

  it('keeps the headline, body paragraphs and subheading in order', () => {
    const text = paragraphs('jsonld-news.html');
    expect(text[0]).toBe('Ferry capsizes on Lake Orrin, at least 75 dead');
    expect(text[1]).toMatch(/^At least 75 people died when a passenger ferry capsized/);
    expect(text).toContain('Questions over safety');
    expect(text.at(-1)).toMatch(/^Survivors were taken to hospitals in Kestrel/);
    expect(text.filter((p) => /^[A-Z].*\.$/.test(p))).toHaveLength(7);
  });

  it('drops navigation, share links, newsletter, most-read list, cookie notice and footer', () => {
    const all = page('jsonld-news.html').text;
    for (const furniture of ['Share on Facebook', 'Most read', 'Sign up', 'Privacy policy', 'uses cookies'])
      expect(all).not.toContain(furniture);
    expect(skipped('jsonld-news.html', 'share')).toEqual(['Share on Facebook Share on X Email']);
    expect(skipped('jsonld-news.html', 'related')).toContain(
      'Kestrel Rovers sign striker on loan until the end of the season',
    );
    expect(skipped('jsonld-news.html', 'navigation')).toEqual(
      expect.arrayContaining(['Home', 'Opinion', '© 2024 The Lakeside Courier. All rights reserved.']),
    );
    expect(skipped('jsonld-news.html', 'other')).toEqual([]);
  });

  it('marks the in-body advertisement label as debris, the subheading as a heading', async () => {
    const source = await load('jsonld-news.html');
    expect(source.format).toBe('html');
    expect(source.title).toBe('Ferry capsizes on Lake Orrin, at least 75 dead');
    const advert = source.paragraphs.find((p) => p.text === 'Advertisement');
    expect(advert?.kind).toBe('debris');
    expect(source.paragraphs.find((p) => p.text === 'Questions over safety')?.kind).toBe('heading');
    // The headline and the subheading are sentences too (kind title and heading), besides 7 of body.
    expect(source.sentences.filter((s) => s.kind === 'body')).toHaveLength(7);
    expect(source.sentences).toHaveLength(9);
  });
});

describe('a page with Open Graph tags only (opengraph-only.html)', () => {
  it('reads provenance from og: and article: tags and the author meta', () => {
    expect(page('opengraph-only.html').provenance).toEqual({
      outlet: 'Northern Wire',
      published: '2024-03-12T21:30:00Z',
      modified: '2024-03-12T22:05:00Z',
      byline: 'Jonas Feld',
      url: 'https://northernwire.example/2024/03/12/lake-orrin-ferry-toll',
    });
  });

  it('finds the story in nested divs with no <article>, and leaves out hidden text', () => {
    const text = paragraphs('opengraph-only.html');
    expect(text[0]).toBe('Death toll in Lake Orrin ferry disaster rises to 89');
    expect(text.slice(1).map((p) => p.split(' ').slice(0, 3).join(' '))).toEqual([
      'The death toll',
      'The MV Selene',
      'Rescuers had pulled',
      'The vessel was',
      'Police arrested the',
      'Strong winds were',
    ]);
    expect(page('opengraph-only.html').text).not.toContain('Subscriber-only');
  });

  it('lists the tags, share bar, related links and the info line as skipped', () => {
    expect(skipped('opengraph-only.html', 'related')).toEqual([
      'Tags: Lake Orrin, ferries',
      'Related coverage',
      'Lake ferries: a history of overloading and weak inspections',
      'Governor Moreau faces questions over port safety budget',
    ]);
    expect(skipped('opengraph-only.html', 'share')).toEqual(['Share this story Tweet']);
    expect(skipped('opengraph-only.html', 'other')).toEqual([
      'Jonas Feld · 12 Mar 2024 21:30 UTC · updated 22:05 UTC',
    ]);
  });
});

describe('a page with a standfirst and captions (standfirst-captions.html)', () => {
  it('keeps the standfirst right after the headline, compared as body text', async () => {
    const text = paragraphs('standfirst-captions.html');
    expect(text[0]).toBe('Survivors describe moment Lake Orrin ferry overturned');
    expect(text[1]).toBe(
      'Rescuers pulled survivors from the cold water for hours as the regional governor warned the toll of at least 80 dead could rise',
    );
    const source = await load('standfirst-captions.html');
    expect(kinds(source).slice(0, 3)).toEqual(['title', 'body', 'body']);
    expect(source.sentences.find((s) => s.kind === 'body')!.text).toMatch(/^Rescuers pulled survivors/);
  });

  it('drops both captions and lists them as captions', () => {
    expect(page('standfirst-captions.html').text).not.toContain('Photograph');
    expect(skipped('standfirst-captions.html', 'caption')).toEqual([
      'Divers search the water near Kestrel on Tuesday. Photograph: Lena Ortiz/Daily Meridian',
      'Relatives wait for news at the port of Kestrel on Tuesday. Photograph: Lena Ortiz/Daily Meridian',
    ]);
  });

  it('reads microdata dates, the rel=author link and the canonical link', () => {
    expect(page('standfirst-captions.html').provenance).toEqual({
      outlet: 'Daily Meridian',
      published: '2024-03-12T14:00:00+00:00',
      modified: '2024-03-12T16:20:00+00:00',
      byline: 'Tom Reyes',
      url: 'https://meridian.example/world/2024/mar/12/lake-orrin-ferry-survivors',
    });
  });

  it('takes the h1 as headline, not the document title with its section name', () => {
    expect(page('standfirst-captions.html').text.split('\n')[0]).not.toContain('| Lake Orrin');
  });
});

describe('a live blog (live-blog.html)', () => {
  it('keeps every entry, newest first as on the page, with entry headings and times', async () => {
    const text = paragraphs('live-blog.html');
    expect(text[0]).toBe('Lake Orrin ferry disaster: live updates');
    const times = text.filter((p) => /^\d\d:\d\d$/.test(p));
    expect(times).toEqual(['23:40', '19:30', '15:05', '10:20', '07:10']);
    expect(text).toContain('Death toll rises to 89');
    expect(text.join('\n')).toContain('89 people are now confirmed dead');
    expect(text.join('\n')).toContain('at least 75 people have died');
    const source = await load('live-blog.html');
    expect(source.paragraphs.find((p) => p.text === 'Ferry owner questioned')?.kind).toBe('heading');
    expect(source.paragraphs.find((p) => p.text === '23:40')?.kind).toBe('debris');
  });

  it('drops the key-events list and the per-entry share links', () => {
    expect(skipped('live-blog.html', 'share')).toEqual(['Share', 'Share', 'Share', 'Share', 'Share']);
    expect(skipped('live-blog.html', 'other')).toEqual([
      'Key events',
      '23:40 Death toll rises to 89',
      '15:05 Ferry owner questioned',
      '07:10 Ferry capsizes near Kestrel',
    ]);
  });

  it('reads a LiveBlogPosting: its authors joined, its last update as modified', () => {
    expect(page('live-blog.html').provenance).toEqual({
      outlet: 'Kestrel Today',
      published: '2024-03-12T07:10:00+01:00',
      modified: '2024-03-12T23:45:00+01:00',
      byline: 'Ana Petrov, Luis Brandt',
      url: 'https://kestreltoday.example/live/lake-orrin-ferry',
    });
  });
});

describe('a page with comments below the article (comments-below.html)', () => {
  it('keeps the article and none of the comments', () => {
    const text = page('comments-below.html').text;
    expect(paragraphs('comments-below.html')).toHaveLength(6);
    expect(text).toContain('The death toll stood at 89 on Wednesday morning');
    expect(text).not.toContain('more than 300 people');
    expect(text).not.toContain('Leave a Reply');
  });

  it('lists the comments, reply form and notices as skipped comments', () => {
    const comments = skipped('comments-below.html', 'comments');
    expect(comments).toContain(
      'My cousin was on the boat and he says there were more than 300 people on board, not 240. Nobody counted anyone getting on.',
    );
    expect(comments).toContain('Your email address will not be published. Required fields are marked *');
    expect(comments).toHaveLength(13);
    expect(skipped('comments-below.html', 'other')).toEqual([]);
  });

  it('reads a day-only Dublin Core date, the author meta and application-name', () => {
    expect(page('comments-below.html').provenance).toEqual({
      outlet: 'Valley Post',
      published: '2024-03-13',
      modified: null,
      byline: 'Clara Vos',
      url: 'https://valleypost.example/2024/03/13/ferry-owner-arrested/',
    });
    expect(paragraphs('comments-below.html')[0]).toBe('Ferry owner arrested as Lake Orrin toll stands at 89');
  });
});

describe('a page that is not an article (not-an-article.html)', () => {
  it('falls back to all visible text and says so', () => {
    const result = page('not-an-article.html');
    expect(result.extraction.method).toBe('visible-text');
    expect(result.extraction.skipped).toEqual([]);
    expect(result.warning).toMatch(
      /^not-an-article\.html: found too little article text \(0 characters\); read all the page's visible text instead/,
    );
    expect(result.text).toContain('Alder school wins regional chess title');
    expect(result.text).toContain('Windy, 9°C');
  });

  it('takes the h1 as title and the site name as outlet, with no date or byline', async () => {
    const source = await load('not-an-article.html');
    expect(source.title).toBe('Lake Region');
    expect(source.provenance).toEqual({
      outlet: 'The Lakeside Courier',
      published: null,
      modified: null,
      byline: null,
      url: 'https://www.lakesidecourier.example/lake-region',
    });
  });
});

describe('every fixture', () => {
  it('gives text whose paragraphs, sentences and offsets index the text as read', async () => {
    for (const name of [
      'jsonld-news.html',
      'opengraph-only.html',
      'standfirst-captions.html',
      'live-blog.html',
      'comments-below.html',
      'not-an-article.html',
    ]) {
      const source = await load(name);
      expect(source.text).toBe(page(name).text);
      for (const p of source.paragraphs) expect(source.text.slice(p.start, p.end)).toBe(p.text);
      for (const s of source.sentences) expect(source.text.slice(s.start, s.end)).toBe(s.text);
      expect(source.paragraphs).toHaveLength(page(name).structure.length);
    }
  });
});
