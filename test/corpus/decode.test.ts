import { describe, expect, it } from 'vitest';
import { decode, windows1252 } from '../../source/corpus/decode.js';
import { InputError } from '../../source/text/errors.js';

const text = 'Café “quoted” – 4,500 ✓';

describe('decode', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decode(Buffer.from(text, 'utf8'), 'a.txt')).toEqual({ text, encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte-order mark so offsets start at the first character', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    expect(decode(bytes, 'a.txt')).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decode(bytes, 'a.txt')).toEqual({ text, encoding: 'utf-16le' });
  });

  it('reads UTF-16 BE with a BOM', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
    expect(decode(bytes, 'a.txt')).toEqual({ text, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for invalid UTF-8, with a warning naming the file', () => {
    // 0x93/0x94 are curly quotes and 0x80 the euro sign in Windows-1252; 0xE9 is é.
    const bytes = Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x80, 0x35]);
    const decoded = decode(bytes, 'latin.txt');
    expect(decoded.text).toBe('“Café” €5');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.warning).toMatch(/^latin\.txt: not valid UTF-8, read as Windows-1252/);
  });

  it('refuses bytes with NUL as binary, naming the file', () => {
    expect(() => decode(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'archive.zip')).toThrow(
      InputError,
    );
    expect(() => decode(Buffer.from([0x41, 0x00, 0x42]), 'x.bin')).toThrow(
      /^x\.bin: looks like a binary file/,
    );
  });
});

describe('windows1252', () => {
  it('maps the 0x80-0x9F block to the Windows characters and keeps Latin-1 above it', () => {
    expect(windows1252(Uint8Array.from([0x80, 0x85, 0x96, 0x97, 0x99, 0xa0, 0xff]))).toBe('€…–—™\u00a0ÿ');
  });
});
