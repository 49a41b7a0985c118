// Local files are read with the synchronous calls: a run reads its files one after another anyway,
// and the promise API costs start-up (node:fs/promises and its modules, the thread pool, a wake-up
// per call), which is a feature here. Standard input and URLs stay asynchronous.
import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
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

/** Default limit on all articles together, in bytes (raised with --max-total). */
export const DEFAULT_MAX_TOTAL_BYTES = 100 * 1024 * 1024;

/** Default time limit for fetching one URL, in seconds (changed with --timeout). */
export const DEFAULT_TIMEOUT_SECONDS = 30;

/** How to load articles. */
export interface LoadOptions {
  /**
   * Reads standard input (for the path "-"), stopping once it holds more than `limit` bytes: it
   * returns at most `limit + 1` bytes, so an endless stream is never read to its end.
   */
  readStdin?: (limit: number) => Promise<Uint8Array>;
  /** Largest article accepted, in bytes (also the most read from a URL). */
  maxBytes?: number;
  /** Largest total of all articles, in bytes. */
  maxTotalBytes?: number;
  /** Time limit for fetching one URL, in milliseconds. */
  timeoutMs?: number;
  /** Receives non-fatal problems (encoding fallbacks, repeated paths, thin HTML extraction). */
  warn?: (message: string) => void;
  /** Told what is being fetched while URLs download, and null when done (a progress line). */
  progress?: (message: string | null) => void;
  /** Told the total size of the articles in bytes once all are read, before any is segmented. */
  sized?: (bytes: number) => void;
}

/** A file to read: the name to show (always a string) and the name to open. */
interface File {
  /** The path as shown and reported; a name that is not valid UTF-8 has U+FFFD in it. */
  path: string;
  /** The path as the file system knows it: raw bytes when the name is not valid UTF-8. */
  fsPath: string | Buffer;
}

/** A file or page read: its bytes, and what it is when the input says so. */
interface Input extends File {
  bytes: Uint8Array;
  /** `html` or `text` when the input says (extension, Content-Type); null: judge by content. */
  type: 'html' | 'text' | null;
  /** For a URL: where the content came from, after redirects. */
  url: string | null;
  charset: string | null;
}

/** What was loaded: the sources, and the files they were read from (same order). */
export interface Corpus {
  sources: Source[];
  /** The file system paths of the sources ("-" for standard input), for identity checks. */
  files: (string | Buffer)[];
}

/**
 * Reads the user's paths (files, folders of articles, http(s) URLs, or "-" for stdin) into
 * segmented sources, sorted by id (ties by text), so that the order of the arguments never changes
 * a result. HTML pages become the article text extracted from them (see html/extract.ts), which is
 * then their text as read. Throws InputError for anything the user must fix.
 */
export async function loadSources(paths: readonly string[], options: LoadOptions = {}): Promise<Source[]> {
  return (await loadCorpus(paths, options)).sources;
}

/** loadSources, also telling which file each source was read from. */
export async function loadCorpus(paths: readonly string[], options: LoadOptions = {}): Promise<Corpus> {
  const warn = options.warn ?? (() => {});
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxTotal = options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES;
  const files = await expand(paths, warn);
  const urls = files.filter((file) => isUrl(file.path)).map((file) => file.path);
  const fetched = urls.length
    ? await (await import('./fetch.js')).fetchAll(urls, {
        maxBytes,
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_SECONDS * 1000,
        progress: options.progress,
        userAgent: 'parallax (https://github.com/; compares news reports)',
      })
    : new Map();
  const inputs: Input[] = [];
  let total = 0;
  for (const file of files) {
    const page = fetched.get(file.path);
    if (page) {
      if (page.bytes.length === 0) throw new InputError(`${neutralizeInline(file.path)}: the page is empty`);
      total += page.bytes.length;
      if (total > maxTotal) throw overTotal(neutralizeInline(file.path), maxTotal);
      inputs.push({ ...file, bytes: page.bytes, type: page.type, url: page.url, charset: page.charset });
      continue;
    }
    const budget = Math.min(maxBytes, maxTotal - total);
    const bytes = await readArticle(file, budget, options.readStdin);
    if (typeof bytes === 'number' || bytes.length > budget) {
      const size = typeof bytes === 'number' ? bytes : undefined;
      throw budget < maxBytes ? overTotal(file.path, maxTotal) : tooLarge(file.path, size, maxBytes);
    }
    total += bytes.length;
    const type = file.path === '-' ? null : isHtmlPath(file.path) ? 'html' : 'text';
    inputs.push({ ...file, bytes, type, url: null, charset: null });
  }
  if (inputs.length < 2) {
    throw new InputError(
      `only ${inputs.length} article${inputs.length === 1 ? '' : 's'} given; parallax compares two or more (pass more files or a folder)`,
    );
  }
  options.sized?.(total);
  const ids = uniqueIds(inputs.map((input) => input.path));
  const loaded: { source: Source; file: string | Buffer }[] = [];
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
    loaded.push({ source, file: input.fsPath });
  }
  // A stable key, not the position: the same articles in any order give the same comparison.
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  loaded.sort((a, b) => byCode(a.source.id, b.source.id) || byCode(a.source.text, b.source.text));
  return { sources: loaded.map((l) => l.source), files: loaded.map((l) => l.file) };
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

/** True when bytes are a valid UTF-8 name (decoding and encoding again gives them back). */
function isUtf8(name: Buffer): boolean {
  return Buffer.from(name.toString('utf8'), 'utf8').equals(name);
}

/** Turns the user's arguments into a list of files (folders expanded, repeats dropped with a warning). */
async function expand(paths: readonly string[], warn: (message: string) => void): Promise<File[]> {
  const files: File[] = [];
  const seen = new Set<string>();
  const add = async (file: File) => {
    const key = file.path === '-' || isUrl(file.path) ? file.path : realpathOr(file.fsPath, file.path);
    if (seen.has(key)) {
      warn(`${file.path}: given more than once; read once`);
      return;
    }
    seen.add(key);
    files.push(file);
  };
  for (const path of paths) {
    if (path === '-') {
      await add({ path, fsPath: path });
      continue;
    }
    if (isUrl(path)) {
      if (!/^https?:/i.test(path))
        throw new InputError(
          `${neutralizeInline(path)}: only http and https URLs are fetched; save the page and pass the file`,
        );
      await add({ path, fsPath: path });
      continue;
    }
    const info = attempt(
      () => statSync(path),
      (error) => {
        throw new InputError(`${path}: ${describeFsError(error)}`);
      },
    );
    if (!info.isDirectory()) {
      await add({ path, fsPath: path });
      continue;
    }
    // Names are read as bytes: a name that is not valid UTF-8 is still opened by its real name.
    const names = attempt(
      () => readdirSync(path, { encoding: 'buffer' }),
      (error) => {
        throw new InputError(`${path}: ${describeFsError(error)}`);
      },
    );
    const articles: File[] = [];
    for (const name of names.sort(Buffer.compare)) {
      const shown = name.toString('utf8');
      if (!ARTICLE_EXTENSIONS.has(extname(shown).toLowerCase())) continue;
      const child: File = {
        path: join(path, shown),
        fsPath: isUtf8(name) ? join(path, shown) : Buffer.concat([Buffer.from(join(path, '/')), name]),
      };
      const childInfo = attempt(
        () => statSync(child.fsPath),
        (error) => error,
      );
      if (childInfo instanceof Error) warn(`${child.path}: skipped (${describeFsError(childInfo)})`);
      else if (childInfo.isFile()) articles.push(child);
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

/** Bytes read at a time from a file, device or pipe. */
const CHUNK = 64 * 1024;

/**
 * Reads an article, never more than `limit + 1` bytes: a device or pipe that never ends (/dev/zero,
 * `yes |`) is refused once it passes the limit instead of filling the memory. A regular file
 * over the limit is not read at all: its size is returned instead of its bytes.
 */
async function readArticle(
  file: File,
  limit: number,
  readStdin: LoadOptions['readStdin'],
): Promise<Uint8Array | number> {
  let bytes: Uint8Array;
  if (file.path === '-') {
    if (!readStdin) throw new InputError('-: standard input is not available here; pass file paths');
    bytes = await readStdin(limit);
  } else {
    const fail = (error: NodeJS.ErrnoException): never => {
      throw new InputError(`${file.path}: ${describeFsError(error)}`);
    };
    const fsPath = file.fsPath;
    const info = attempt(() => statSync(fsPath), fail);
    if (info.isFile() && info.size > limit) return info.size;
    const fd = attempt(() => openSync(fsPath, 'r'), fail);
    try {
      bytes = attempt(() => readAtMost(fd, limit + 1), fail);
    } finally {
      attempt(
        () => closeSync(fd),
        () => {},
      );
    }
  }
  if (bytes.length === 0)
    throw new InputError(`${file.path}: the article is empty; remove it or fix its text`);
  return bytes;
}

/** Reads from an open file until its end or `most` bytes, whichever comes first. */
function readAtMost(fd: number, most: number): Uint8Array {
  const chunks: Buffer[] = [];
  let length = 0;
  while (length < most) {
    const buffer = Buffer.allocUnsafe(Math.min(CHUNK, most - length));
    const bytesRead = readSync(fd, buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    length += bytesRead;
  }
  return Buffer.concat(chunks, length);
}

/** The value of `run`, or of `failed` with the file system error `run` threw. */
function attempt<T, F>(run: () => T, failed: (error: NodeJS.ErrnoException) => F): T | F {
  try {
    return run();
  } catch (error) {
    return failed(error as NodeJS.ErrnoException);
  }
}

/** The real path of a file as hex (an identity for repeats), or `fallback` when it has none. */
function realpathOr(fsPath: string | Buffer, fallback: string): string {
  return attempt(
    () => realpathSync.native(fsPath, { encoding: 'buffer' }).toString('hex'),
    () => fallback,
  );
}

function overTotal(path: string, maxTotal: number): InputError {
  return new InputError(
    `${path}: the articles together are over the ${(maxTotal / 1024 / 1024).toFixed(1)} MB total limit; compare fewer or raise it with --max-total`,
  );
}

/** The per-article limit error; `size` is unknown for a stream, read only one byte past it. */
function tooLarge(path: string, size: number | undefined, maxBytes: number): InputError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const what = size === undefined ? 'goes on past' : `${mb(size)} is over`;
  return new InputError(
    `${path}: ${what} the ${mb(maxBytes)} limit per article; raise it with --max-size if this is really one article`,
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
    case 'ENOTDIR':
      return 'a part of the path is not a folder; check the path';
    case 'ENAMETOOLONG':
      return 'the name is too long; check the path';
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
