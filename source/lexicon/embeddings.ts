import { readFileSync } from 'node:fs';

/**
 * Word vectors for the 30,000 most frequent lower-case English words (GloVe 6B, 100 dimensions, from
 * Wikipedia and Gigaword newswire; see dev/build-embeddings.mjs), quantised to int8 and unit length.
 * They let the aligner see that "troops" and "soldiers", or "killed" and "dead", say nearly the same,
 * without a hand-made synonym list. Loaded on first use (about 3 MB, read once per process).
 */
export interface Embeddings {
  dimensions: number;
  /** The word's vector (int8, scaled so that a unit vector has norm 127), or undefined. */
  vector(word: string): Int8Array | undefined;
}

let loaded: Embeddings | null | undefined;

/** Where the table lies: beside this module in the sources, beside the bundle (or its chunks) in dist/. */
const PLACES = ['./embeddings.bin', '../embeddings.bin'];

/** The word vectors, or null when the table cannot be read (the aligner then works without them). */
export function embeddings(): Embeddings | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  for (const place of PLACES) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(new URL(place, import.meta.url));
    } catch {
      continue;
    }
    if (bytes.toString('latin1', 0, 6) !== 'PXEMB2') continue;
    const count = bytes.readUInt32LE(6);
    const dimensions = bytes.readUInt16LE(10);
    const slotCount = bytes.readUInt32LE(12);
    const textLength = bytes.readUInt32LE(16);
    // Copies make the typed arrays aligned whatever the buffer's offset (about 400 KB).
    let at = 20;
    const offsets = new Uint32Array(
      bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + 4 * (count + 1)),
    );
    at += 4 * (count + 1);
    const slots = new Int32Array(
      bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + 4 * slotCount),
    );
    at += 4 * slotCount;
    const text = bytes.subarray(at, at + textLength);
    at += textLength;
    const vectors = new Int8Array(bytes.buffer, bytes.byteOffset + at, count * dimensions);
    const matches = (w: number, word: string) => {
      const start = offsets[w]!;
      if (offsets[w + 1]! - start !== word.length) return false;
      for (let i = 0; i < word.length; i++) if (text[start + i] !== word.charCodeAt(i)) return false;
      return true;
    };
    loaded = {
      dimensions,
      vector(word) {
        let h = 0x811c9dc5;
        for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193) >>> 0;
        for (let slot = h & (slotCount - 1); slots[slot] !== 0; slot = (slot + 1) & (slotCount - 1)) {
          const w = slots[slot]! - 1;
          if (matches(w, word)) return vectors.subarray(w * dimensions, (w + 1) * dimensions);
        }
        return undefined;
      },
    };
    break;
  }
  return loaded;
}
