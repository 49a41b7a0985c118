import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embeddings } from '../../source/lexicon/embeddings.js';

const cosine = (x: Int8Array, y: Int8Array) => {
  let dot = 0;
  for (let d = 0; d < x.length; d++) dot += x[d]! * y[d]!;
  return dot / (127 * 127);
};

describe('word vectors', () => {
  const table = embeddings();

  it('load, and give unit vectors for common words and none for unknown ones', () => {
    expect(table).not.toBeNull();
    const troops = table!.vector('troops')!;
    expect(troops).toHaveLength(table!.dimensions);
    expect(cosine(troops, troops)).toBeGreaterThan(0.98);
    expect(table!.vector('zzqxv')).toBeUndefined();
    expect(table!.vector('Troops')).toBeUndefined(); // lower case only: callers fold first
  });

  it('put near-synonyms of news reports close and unrelated words apart', () => {
    const v = (word: string) => table!.vector(word)!;
    expect(cosine(v('troops'), v('soldiers'))).toBeGreaterThan(0.6);
    expect(cosine(v('killed'), v('dead'))).toBeGreaterThan(0.5);
    expect(cosine(v('troops'), v('banana'))).toBeLessThan(0.2);
  });
});

describe('word vectors read as they are looked up', () => {
  // The table as dev/build-embeddings.mjs writes it, read whole here to check the reader.
  const bytes = readFileSync(new URL('../../source/lexicon/embeddings.bin', import.meta.url));
  const count = bytes.readUInt32LE(6);
  const dims = bytes.readUInt16LE(10);
  const slotCount = bytes.readUInt32LE(12);
  const textLength = bytes.readUInt32LE(16);
  const offsetsAt = 20;
  const textAt = offsetsAt + 4 * (count + 1) + 4 * slotCount;
  const vectorsAt = textAt + textLength;
  const wordAt = (w: number) =>
    bytes.toString(
      'latin1',
      textAt + bytes.readUInt32LE(offsetsAt + 4 * w),
      textAt + bytes.readUInt32LE(offsetsAt + 4 * (w + 1)),
    );

  it('give every word the vector stored for it, first, last and far apart', () => {
    const table = embeddings()!;
    const picked = [0, 1, 31, 32, 33, 63, 64, 1000, count - 33, count - 32, count - 2, count - 1];
    for (let w = 97; w < count; w += 997) picked.push(w);
    for (const w of picked) {
      const stored = new Int8Array(bytes.buffer, bytes.byteOffset + vectorsAt + w * dims, dims);
      expect(Array.from(table.vector(wordAt(w))!), wordAt(w)).toEqual(Array.from(stored));
    }
  });
});

describe('word vectors read ahead', () => {
  const bytes = readFileSync(new URL('../../source/lexicon/embeddings.bin', import.meta.url));
  const count = bytes.readUInt32LE(6);
  const dims = bytes.readUInt16LE(10);
  const slotCount = bytes.readUInt32LE(12);
  const textLength = bytes.readUInt32LE(16);
  const textAt = 20 + 4 * (count + 1) + 4 * slotCount;
  const vectorsAt = textAt + textLength;
  const wordAt = (w: number) =>
    bytes.toString(
      'latin1',
      textAt + bytes.readUInt32LE(20 + 4 * w),
      textAt + bytes.readUInt32LE(24 + 4 * w),
    );
  const stored = (w: number) =>
    Array.from(new Int8Array(bytes.buffer, bytes.byteOffset + vectorsAt + w * dims, dims));

  it('give the stored vectors of words read together, in windows and apart, repeated or unknown', () => {
    const table = embeddings()!;
    // Neighbours in the table, words a window apart and more, the last word, in no order.
    const places = [count - 1, 5, 4, 6, 300, 255, 256, 261, 517, 9000, 9001, 12345, 2, count - 2];
    table.prefetch([...places.map(wordAt), 'zzqxv', wordAt(5), 'Troops']);
    for (const w of places) expect(Array.from(table.vector(wordAt(w))!), wordAt(w)).toEqual(stored(w));
    expect(table.vector('zzqxv')).toBeUndefined();
    expect(table.vector('Troops')).toBeUndefined();
    // A word read ahead and one read on its own are the same array each time.
    expect(table.vector(wordAt(300))).toBe(table.vector(wordAt(300)));
    const later = wordAt(20000);
    expect(Array.from(table.vector(later)!)).toEqual(stored(20000));
    table.prefetch([later, wordAt(20001)]);
    expect(Array.from(table.vector(wordAt(20001))!)).toEqual(stored(20001));
  });
});
