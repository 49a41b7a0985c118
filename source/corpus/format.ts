import { type Decoded, decode } from './decode.js';

/** File extensions read as HTML pages. */
const HTML_EXTENSIONS = /\.(?:html?|xhtml)$/i;

/** True for a path whose extension says it is an HTML page. */
export function isHtmlPath(path: string): boolean {
  return HTML_EXTENSIONS.test(path);
}

/** True for an argument that is a URL (a scheme and "//"), whatever its scheme. */
export function isUrl(argument: string): boolean {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(argument);
}

/**
 * True for text that is an HTML document by its content (for standard input and URLs that do not
 * say): it opens, after a BOM, whitespace and comments, with a doctype or an <html>, <head> or
 * <body> tag.
 */
export function looksLikeHtml(text: string): boolean {
  const start = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .replace(/^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*/, '');
  return /^<(?:!doctype\s+html|html|head|body)[\s>]/i.test(start);
}

/** The charset a page declares in its first kilobyte (<meta charset> or http-equiv), lower-cased. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Decodes an HTML page: a byte-order mark wins, then the charset the server or the page declares
 * when TextDecoder knows it, then the rules for text files (UTF-8, else Windows-1252).
 */
export function decodeHtml(bytes: Uint8Array, name: string, headerCharset: string | null): Decoded {
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  const charset = headerCharset ?? declaredCharset(bytes);
  if (!hasBom && charset && !/^(?:utf-?8|unicode-1-1-utf-8)$/.test(charset)) {
    try {
      const decoder = new TextDecoder(charset);
      // windows-1252 and its aliases go through decode's own table (Node maps them to Latin-1).
      if (decoder.encoding !== 'windows-1252' && !decoder.encoding.startsWith('utf-16'))
        return { text: decoder.decode(bytes), encoding: decoder.encoding };
    } catch {
      // An unknown charset name: fall back to the rules for text files.
    }
  }
  return decode(bytes, name);
}
