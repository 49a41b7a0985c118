import { InputError } from '../text/errors.js';
import type { Source } from './types.js';

/** The result of decoding one file's bytes. */
export interface Decoded {
  text: string;
  encoding: Source['encoding'];
  /** Set when the bytes were not valid UTF-8 and were read as Windows-1252. */
  warning?: string;
}

/**
 * Turns bytes into text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and Windows-1252 for
 * anything that is not valid UTF-8. Bytes with NUL in them (and no UTF-16 BOM) are binary: refused.
 */
export function decode(bytes: Uint8Array, name: string): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8(bytes.subarray(3), name), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (bytes.includes(0)) {
    throw new InputError(
      `${name}: looks like a binary file (it contains NUL bytes); give a plain-text article`,
    );
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return {
      text: windows1252(bytes),
      encoding: 'windows-1252',
      warning: `${name}: not valid UTF-8, read as Windows-1252; convert it to UTF-8 if characters look wrong`,
    };
  }
}

function utf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(
      `${name}: starts with a UTF-8 byte-order mark but is not valid UTF-8; re-save it as UTF-8`,
    );
  }
}

// Node's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x80-0x9F become C1 controls), so the 32
// positions where Windows-1252 differs are mapped here; undefined positions stay as their C1 code.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes Windows-1252 bytes (the usual encoding of "not UTF-8" text from the web). */
export function windows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    const codes = Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}
