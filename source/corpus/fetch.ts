// Fetches articles given as http(s) URLs with Node's built-in fetch: a time limit per URL,
// a size limit enforced while the body streams in, redirects followed by hand up to a limit (so
// each hop is checked), and one line per failed URL. Loaded only when a URL is given.
import { InputError } from '../text/errors.js';
import { neutralizeInline } from '../text/sanitize.js';

/** Redirects followed before giving up. */
export const MAX_REDIRECTS = 5;
/** URLs fetched at the same time. */
const PARALLEL = 4;

/** What came back for one URL. */
export interface Fetched {
  /** The URL the content came from, after redirects. */
  url: string;
  bytes: Uint8Array;
  /** `html` or `text`, from the Content-Type (null when the server did not say: sniff). */
  type: 'html' | 'text' | null;
  /** The charset the Content-Type names, lower-cased. */
  charset: string | null;
}

/** How to fetch. */
export interface FetchOptions {
  maxBytes: number;
  timeoutMs: number;
  /** Told "fetching 2 of 3: host/path" as fetches start, and null when all are done. */
  progress?: (message: string | null) => void;
  userAgent?: string;
}

/** A failure that is the URL's, not ours: one line, naming what to do. */
class FetchFailure extends Error {}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Fetches one URL under the limits; throws FetchFailure with a message for the user. */
export async function fetchUrl(address: string, options: FetchOptions): Promise<Fetched> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new FetchFailure('is not a valid URL; check it');
  }
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new FetchFailure(
        hop === 0
          ? 'only http and https URLs are fetched; save the page and pass the file'
          : `redirects to a ${url.protocol.replace(':', '')} URL; only http and https are followed`,
      );
    let response: Response;
    try {
      response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: {
          'user-agent': options.userAgent ?? 'parallax',
          accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
        },
      });
    } catch (error) {
      throw new FetchFailure(describeNetworkError(error, options.timeoutMs));
    }
    if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
      await response.body?.cancel();
      if (hop >= MAX_REDIRECTS)
        throw new FetchFailure(`redirected more than ${MAX_REDIRECTS} times; pass the final address`);
      url = new URL(response.headers.get('location')!, url);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new FetchFailure(`the server answered HTTP ${status}; check the address or save the page`);
    }
    const contentType = response.headers.get('content-type')?.toLowerCase() ?? '';
    const mime = contentType.split(';')[0]!.trim();
    const type =
      mime === 'text/html' || mime === 'application/xhtml+xml'
        ? 'html'
        : mime === 'text/plain' || mime === 'text/markdown'
          ? 'text'
          : mime === '' || mime === 'application/octet-stream' || mime.startsWith('text/')
            ? null
            : undefined;
    if (type === undefined) {
      await response.body?.cancel();
      throw new FetchFailure(
        `is ${neutralizeInline(mime).slice(0, 60)}, not a web page or text; give an article's page`,
      );
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > options.maxBytes) {
      await response.body?.cancel();
      throw tooLarge(declared, options.maxBytes);
    }
    const bytes = await readLimited(response, options.maxBytes, options.timeoutMs);
    const charset = /charset\s*=\s*"?([\w.:-]+)/.exec(contentType)?.[1] ?? null;
    return { url: url.href, bytes, type, charset };
  }
}

function tooLarge(size: number, maxBytes: number): FetchFailure {
  return new FetchFailure(
    `the page is over the ${mb(maxBytes)} limit per article${size > maxBytes ? ` (${mb(size)})` : ''}; raise it with --max-size if this is really one article`,
  );
}

/** Reads a body, stopping (and cancelling the download) as soon as it passes the limit. */
async function readLimited(response: Response, maxBytes: number, timeoutMs: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  try {
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      size += part.value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge(size, maxBytes);
      }
      chunks.push(part.value);
    }
  } catch (error) {
    if (error instanceof FetchFailure) throw error;
    throw new FetchFailure(describeNetworkError(error, timeoutMs));
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** A network failure in words: timeout, unknown host, refused, reset, TLS. */
function describeNetworkError(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; cause?: { code?: string; name?: string } };
  if (e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError')
    return `no complete answer within ${timeoutMs / 1000} s; try again later or raise --timeout`;
  switch (e.cause?.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name was not found; check the address and your connection';
    case 'ECONNREFUSED':
      return 'the connection was refused; check the address';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'the server closed the connection; try again later';
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return 'its TLS certificate is not valid; save the page from a browser and pass the file';
    default:
      return `could not be fetched (${neutralizeInline(e.cause?.code ?? e.name ?? 'network error')}); check the address and your connection`;
  }
}

/**
 * Fetches URLs, a few at a time, and returns their contents by URL. When any fail, throws one
 * InputError with one line per failed URL ("URL: what happened; what to do"), URLs made safe to print.
 */
export async function fetchAll(
  urls: readonly string[],
  options: FetchOptions,
): Promise<Map<string, Fetched>> {
  const results = new Map<string, Fetched>();
  const failures = new Map<string, string>();
  let next = 0;
  let done = 0;
  const show = (url: string) =>
    options.progress?.(
      `fetching ${urls.length === 1 ? '' : `${done + 1} of ${urls.length}: `}${neutralizeInline(url).slice(0, 100)}`,
    );
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      show(url);
      try {
        results.set(url, await fetchUrl(url, options));
      } catch (error) {
        if (!(error instanceof FetchFailure || error instanceof InputError)) throw error;
        failures.set(url, error.message);
      }
      done++;
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(PARALLEL, urls.length) }, worker));
  } finally {
    options.progress?.(null);
  }
  if (failures.size > 0) {
    throw new InputError(
      urls
        .filter((url) => failures.has(url))
        .map((url) => `${neutralizeInline(url)}: ${failures.get(url)}`)
        .join('\n'),
    );
  }
  return results;
}
