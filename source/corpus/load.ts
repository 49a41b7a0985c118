import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { InputError } from '../text/errors.js';
import { neutralizeInline } from '../text/sanitize.js';
import { decode } from './decode.js';
import { decodeHtml, isHtmlPath, isUrl, looksLikeHtml } from './format.js';
import { segment } from './segment.js';
import type { Source } from './types.js';

/** Extensions read from a folder. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);

/** Default per-article size limit in bytes (raised with --max-size). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Default time limit for fetching one URL, in seconds (changed with --timeout). */
export const DEFAULT_TIMEOUT_SECONDS = 30;

/** How to load articles. */
export interface LoadOptions {
  /** Reads all of standard input (for the path "-"). */
  readStdin?: () => Promise<Buffer>;
  /** Largest article accepted, in bytes (also the most read from a URL). */
  maxBytes?: number;
  /** Time limit for fetching one URL, in milliseconds. */
  timeoutMs?: number;
  /** Receives non-fatal problems (encoding fallbacks, repeated paths, thin HTML extraction). */
  warn?: (message: string) => void;
  /** Told what is being fetched while URLs download, and null when done (a progress line). */
  progress?: (message: string | null) => void;
}

interface Input {
  path: string;
  bytes: Uint8Array;
  /** `html` or `text` when the input says (extension, Content-Type); null: judge by content. */
  type: 'html' | 'text' | null;
  /** For a URL: where the content came from, after redirects. */
  url: string | null;
  charset: string | null;
}

/**
 * Reads the user's paths (files, folders of articles, http(s) URLs, or "-" for stdin) into
 * segmented sources, in the order given. HTML pages become the article text extracted from them
 * (see html/extract.ts), which is then their text as read. Throws InputError for anything the user
 * must fix.
 */
export async function loadSources(paths: readonly string[], options: LoadOptions = {}): Promise<Source[]> {
  const warn = options.warn ?? (() => {});
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const files = await expand(paths, warn);
  const urls = files.filter(isUrl);
  const fetched = urls.length
    ? await (await import('./fetch.js')).fetchAll(urls, {
        maxBytes,
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_SECONDS * 1000,
        progress: options.progress,
        userAgent: 'parallax (https://github.com/; compares news reports)',
      })
    : new Map();
  const inputs: Input[] = [];
  for (const path of files) {
    const page = fetched.get(path);
    if (page) {
      if (page.bytes.length === 0) throw new InputError(`${neutralizeInline(path)}: the page is empty`);
      inputs.push({ path, bytes: page.bytes, type: page.type, url: page.url, charset: page.charset });
      continue;
    }
    const type = path === '-' ? null : isHtmlPath(path) ? 'html' : 'text';
    inputs.push({
      path,
      bytes: await readArticle(path, maxBytes, options.readStdin),
      type,
      url: null,
      charset: null,
    });
  }
  if (inputs.length < 2) {
    throw new InputError(
      `only ${inputs.length} article${inputs.length === 1 ? '' : 's'} given; parallax compares two or more (pass more files or a folder)`,
    );
  }
  const ids = uniqueIds(inputs.map((input) => input.path));
  const sources: Source[] = [];
  for (const [i, input] of inputs.entries()) {
    const name = input.url ? neutralizeInline(input.path) : input.path;
    const source = await toSource(ids[i]!, input, name, warn);
    if (source.sentences.length === 0) {
      throw new InputError(
        source.format === 'html'
          ? `${name}: no article text found in the page; save the article's text and pass that file`
          : `${name}: the article is empty (no sentences found); remove it or fix its text`,
      );
    }
    sources.push(source);
  }
  return sources;
}

/** Decodes and segments one input; an HTML page is extracted first (its code loaded on first use). */
async function toSource(id: string, input: Input, name: string, warn: (message: string) => void) {
  const html = input.type === 'html' || (input.type === null && looksLikeHtml(utf8Head(input.bytes)));
  if (!html) {
    const decoded = decode(input.bytes, name);
    if (decoded.warning) warn(decoded.warning);
    return segment(id, input.path, decoded.text, decoded.encoding);
  }
  const decoded = decodeHtml(input.bytes, name, input.charset);
  if (decoded.warning) warn(decoded.warning);
  const { extractPage } = await import('./html/extract.js');
  const page = extractPage(decoded.text, name, input.url);
  if (page.warning) warn(page.warning);
  return segment(id, input.path, page.text, decoded.encoding, {
    structure: page.structure,
    format: 'html',
    provenance: page.provenance,
    extraction: page.extraction,
  });
}

/** The first bytes as text, enough to tell HTML by its opening. */
function utf8Head(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
}

/** Turns the user's arguments into a list of files (folders expanded, repeats dropped with a warning). */
async function expand(paths: readonly string[], warn: (message: string) => void): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = async (path: string) => {
    const key = path === '-' || isUrl(path) ? path : await realpath(path).catch(() => path);
    if (seen.has(key)) {
      warn(`${path}: given more than once; read once`);
      return;
    }
    seen.add(key);
    files.push(path);
  };
  for (const path of paths) {
    if (path === '-') {
      await add(path);
      continue;
    }
    if (isUrl(path)) {
      if (!/^https?:/i.test(path))
        throw new InputError(
          `${neutralizeInline(path)}: only http and https URLs are fetched; save the page and pass the file`,
        );
      await add(path);
      continue;
    }
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(`${path}: ${describeFsError(error)}`);
    });
    if (!info.isDirectory()) {
      await add(path);
      continue;
    }
    const names = await readdir(path).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(`${path}: ${describeFsError(error)}`);
    });
    const articles: string[] = [];
    for (const name of names.sort()) {
      if (!ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) continue;
      const child = join(path, name);
      const childInfo = await stat(child).catch(() => undefined);
      if (childInfo?.isFile()) articles.push(child);
      else if (!childInfo) warn(`${child}: skipped (cannot be read: a broken or looping link?)`);
    }
    if (articles.length === 0) {
      throw new InputError(
        `${path}: folder has no .txt, .md, .html or .htm articles; point parallax at article files`,
      );
    }
    for (const child of articles) await add(child);
  }
  return files;
}

async function readArticle(
  path: string,
  maxBytes: number,
  readStdin: LoadOptions['readStdin'],
): Promise<Uint8Array> {
  let bytes: Uint8Array;
  if (path === '-') {
    if (!readStdin) throw new InputError('-: standard input is not available here; pass file paths');
    bytes = await readStdin();
  } else {
    const info = await stat(path);
    if (info.isFile() && info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
    bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(`${path}: ${describeFsError(error)}`);
    });
  }
  if (bytes.length > maxBytes) throw tooLarge(path, bytes.length, maxBytes);
  if (bytes.length === 0) throw new InputError(`${path}: the article is empty; remove it or fix its text`);
  return bytes;
}

function tooLarge(path: string, size: number, maxBytes: number): InputError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new InputError(
    `${path}: ${mb(size)} is over the ${mb(maxBytes)} limit per article; raise it with --max-size if this is really one article`,
  );
}

function describeFsError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file or folder; check the path';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; check that you can read it';
    case 'ELOOP':
      return 'symbolic link loop; point parallax at the real file';
    case 'EISDIR':
      return 'is a folder where a file was expected';
    default:
      return `cannot be read (${error.code ?? error.message})`;
  }
}

/** A URL's id: its host without "www.", with as many of its last path segments as `depth` asks. */
function urlLabel(address: string, depth: number): string {
  try {
    const url = new URL(address);
    const host = url.hostname.replace(/^www\./, '');
    const segments = url.pathname
      .split('/')
      .filter(Boolean)
      .map((part) => decodeURIComponentSafe(part).replace(/\.(?:html?|php|aspx?)$/i, ''));
    return [host, ...(depth > 0 ? segments.slice(-depth) : [])].join('/');
  } catch {
    return address;
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Source ids: the file name without extension (a URL's host). Names that collide get as many parent folders as
 * tell them apart, or else keep their extension ("a.txt", "a.md"); what is still equal is numbered.
 */
export function uniqueIds(paths: readonly string[]): string[] {
  const label = (path: string, depth: number, keepExtension = false): string => {
    if (path === '-') return 'stdin';
    if (isUrl(path)) return urlLabel(path, depth);
    const parts = [keepExtension ? basename(path) : basename(path, extname(path))];
    let dir = dirname(path);
    for (let i = 0; i < depth && dir !== '.' && dir !== '/' && basename(dir) !== ''; i++) {
      parts.unshift(basename(dir));
      dir = dirname(dir);
    }
    return parts.join('/');
  };
  const ids = paths.map((path) => label(path, 0));
  const groups = new Map<string, number[]>();
  ids.forEach((id, i) => {
    groups.set(id, [...(groups.get(id) ?? []), i]);
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const distinct = (names: string[]) => new Set(names).size === names.length;
    let names: string[] | undefined;
    for (let depth = 1; depth <= 8 && !names; depth++) {
      const candidate = members.map((i) => label(paths[i]!, depth));
      if (distinct(candidate)) names = candidate;
    }
    names ??= members.map((i) => label(paths[i]!, 0, true));
    members.forEach((i, k) => {
      ids[i] = names[k]!;
    });
  }
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}#${n}`;
  });
}
