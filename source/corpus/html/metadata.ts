import { normalizeDate } from '../provenance.js';
import type { Provenance } from '../types.js';
import { collapse, type DomDocument, type DomElement } from './dom.js';

/** Longest metadata value kept: a page cannot stuff a megabyte into a byline. */
const MAX_FIELD = 300;

/** schema.org types that describe a news article (JSON-LD `@type`). */
const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|Report|SocialMediaPosting|WebPage)$/;

type Json = Record<string, unknown>;

/** Metadata fields as read, before choosing among sources. */
interface Found {
  headline?: string | null;
  outlet?: string | null;
  published?: string | null;
  modified?: string | null;
  byline?: string | null;
  url?: string | null;
}

const text = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const clean = collapse(value).slice(0, MAX_FIELD);
  return clean || null;
};

/** Names of people or organisations: a string, {name}, or a list of them, joined with ", ". */
function names(value: unknown, byId: Map<string, Json>): string | null {
  const list = Array.isArray(value) ? value : [value];
  const out = list
    .map((item) => {
      if (typeof item === 'string') return /^https?:/i.test(item) ? null : text(item);
      if (item && typeof item === 'object') {
        const node = item as Json;
        const resolved = typeof node['@id'] === 'string' && !node.name ? byId.get(node['@id']) : node;
        return text(resolved?.name);
      }
      return null;
    })
    .filter((name): name is string => name !== null);
  return out.length ? [...new Set(out)].join(', ').slice(0, MAX_FIELD) : null;
}

/** Every object in a JSON-LD document: arrays, `@graph` and nested values flattened. */
function nodes(value: unknown, out: Json[] = [], depth = 0): Json[] {
  if (depth > 8 || !value || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const item of value) nodes(item, out, depth + 1);
    return out;
  }
  const node = value as Json;
  out.push(node);
  if (node['@graph']) nodes(node['@graph'], out, depth + 1);
  return out;
}

function typesOf(node: Json): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** What the page's JSON-LD says about its article (the first node of an article type). */
function fromJsonLd(document: DomDocument): Found {
  const all: Json[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      nodes(JSON.parse(script.textContent ?? ''), all);
    } catch {
      // A broken JSON-LD block is common on real pages; the other metadata still counts.
    }
  }
  const byId = new Map(all.flatMap((n) => (typeof n['@id'] === 'string' ? [[n['@id'], n] as const] : [])));
  const articles = all.filter((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t)));
  const article =
    articles.find((n) => !typesOf(n).includes('WebPage')) ?? articles.find((n) => n.datePublished);
  if (!article) return {};
  const page = article.mainEntityOfPage;
  const pageUrl =
    typeof page === 'string' ? page : page && typeof page === 'object' ? (page as Json)['@id'] : undefined;
  return {
    headline: text(article.headline),
    outlet: names(article.publisher, byId),
    published: text(article.datePublished),
    modified: text(article.dateModified),
    byline: names(article.author, byId),
    url: text(article.url) ?? text(pageUrl),
  };
}

/** What the page's meta tags (Open Graph, article:*, Dublin Core, author) and microdata say. */
function fromMeta(document: DomDocument): Found {
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const element =
        document.querySelector(`meta[property="${key}" i]`) ??
        document.querySelector(`meta[name="${key}" i]`);
      const value = text(element?.getAttribute('content'));
      if (value) return value;
    }
    return null;
  };
  const itemprop = (prop: string): string | null => {
    const element = document.querySelector(`[itemprop~="${prop}"]`);
    if (!element) return null;
    return text(element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.textContent);
  };
  const author = meta('author', 'article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator');
  const relAuthor = document.querySelector('a[rel~="author"]');
  return {
    headline: meta('og:title', 'twitter:title'),
    outlet: meta('og:site_name', 'application-name', 'publisher', 'dc.publisher'),
    published:
      meta(
        'article:published_time',
        'og:published_time',
        'datepublished',
        'date',
        'pubdate',
        'publish-date',
        'parsely-pub-date',
        'sailthru.date',
        'dc.date.issued',
        'dcterms.created',
        'dc.date',
      ) ?? itemprop('datePublished'),
    modified:
      meta('article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified') ??
      itemprop('dateModified'),
    byline:
      (author && !/^https?:/i.test(author) ? author : null) ??
      text(relAuthor?.textContent) ??
      itemprop('author'),
    url: text(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href')) ?? meta('og:url'),
  };
}

/** An absolute http(s) URL, resolved against the page's own address when relative; else null. */
function httpUrl(raw: string | null | undefined, base: string | null): string | null {
  if (!raw) return null;
  try {
    const url = base ? new URL(raw, base) : new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Provenance and headline as the page states them. */
export interface PageMetadata extends Provenance {
  headline: string | null;
}

/**
 * Reads a page's provenance: JSON-LD first (the most deliberate), then Open Graph and other meta
 * tags, then microdata and author links. Dates are kept only when they are ISO 8601 (see
 * normalizeDate); the URL only when it is http(s). `pageUrl` is where the page was fetched from.
 */
export function readMetadata(document: DomDocument, pageUrl: string | null): PageMetadata {
  const ld = fromJsonLd(document);
  const tags = fromMeta(document);
  const pick = <K extends keyof Found>(key: K) => ld[key] ?? tags[key] ?? null;
  const byline = pick('byline')?.replace(/^by\s+/i, '') ?? null;
  return {
    headline: pick('headline'),
    outlet: pick('outlet'),
    published: normalizeDate(ld.published) ?? normalizeDate(tags.published),
    modified: normalizeDate(ld.modified) ?? normalizeDate(tags.modified),
    byline: byline || null,
    url: httpUrl(ld.url, pageUrl) ?? httpUrl(tags.url, pageUrl) ?? httpUrl(pageUrl, null),
  };
}

/** The standfirst (dek, summary) an article header shows under the headline, if the page marks one. */
export function findStandfirst(document: DomDocument): DomElement | null {
  return document.querySelector(
    [
      '[class~="standfirst"]',
      '[class*="standfirst"]',
      '[class~="dek"]',
      '[class*="-dek"]',
      '[class~="subheadline"]',
      '[class*="sub-headline"]',
      '[class~="strapline"]',
      '[class~="article-summary"]',
      '[class~="lede"]',
      'header [itemprop~="description"]',
      'article [itemprop~="description"]',
    ].join(', '),
  );
}
