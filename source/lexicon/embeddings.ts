import { closeSync, openSync, readSync } from 'node:fs';

/**
 * Word vectors for the 30,000 most frequent lower-case English words (GloVe 6B, 100 dimensions, from
 * Wikipedia and Gigaword newswire; see dev/build-embeddings.mjs), quantised to int8 and unit length.
 * They let the aligner see that "troops" and "soldiers", or "killed" and "dead", say nearly the same,
 * without a hand-made synonym list. Opened on first use: the word index (about 600 KB) is read
 * then, the vectors (3 MB) a page at a time as words are looked up.
 */
export interface Embeddings {
  dimensions: number;
  /** The word's vector (int8, scaled so that a unit vector has norm 127), or undefined. */
  vector(word: string): Int8Array | undefined;
}

let loaded: Embeddings | null | undefined;

/** Where the table lies: beside this module in the sources, beside the bundle (or its chunks) in dist/. */
const PLACES = ['./embeddings.bin', '../embeddings.bin'];

/**
 * Words per page of vectors read at once (performance: a run looks up a few hundred to a few
 * thousand distinct words, mostly frequent ones, which the table stores first; reading the whole
 * 3 MB table cost more than the pages those words fall in).
 */
const PAGE_WORDS = 32;

/** Reads `into` from the file at `position`, whole (a short read continues). */
function readAt(fd: number, into: NodeJS.ArrayBufferView, position: number): void {
  let done = 0;
  while (done < into.byteLength) {
    const n = readSync(fd, into, done, into.byteLength - done, position + done);
    if (n === 0) throw new Error('embeddings: the table ends early');
    done += n;
  }
}

/** The word vectors, or null when the table cannot be read (the aligner then works without them). */
export function embeddings(): Embeddings | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  for (const place of PLACES) {
    let fd: number;
    try {
      fd = openSync(new URL(place, import.meta.url), 'r');
    } catch {
      continue;
    }
    const header = Buffer.alloc(20);
    let count: number;
    let dimensions: number;
    let slotCount: number;
    let offsets: Uint32Array;
    let slots: Int32Array;
    let text: Buffer;
    let vectorsAt: number;
    try {
      readAt(fd, header, 0);
      if (header.toString('latin1', 0, 6) !== 'PXEMB2') throw new Error('embeddings: not a table');
      count = header.readUInt32LE(6);
      dimensions = header.readUInt16LE(10);
      slotCount = header.readUInt32LE(12);
      const textLength = header.readUInt32LE(16);
      // Read straight into typed arrays of their own, so they are aligned (the file is little-endian,
      // as is every platform Node runs on).
      let at = header.length;
      offsets = new Uint32Array(count + 1);
      readAt(fd, offsets, at);
      at += offsets.byteLength;
      slots = new Int32Array(slotCount);
      readAt(fd, slots, at);
      at += slots.byteLength;
      text = Buffer.allocUnsafe(textLength);
      readAt(fd, text, at);
      vectorsAt = at + textLength;
    } catch {
      closeSync(fd);
      continue;
    }
    // The vectors, read a page at a time into one array (the file stays open for the pages not
    // read yet). Its memory is zeroed by the system as it is first touched: pages never read cost
    // nothing.
    const vectors = new Int8Array(count * dimensions);
    const read = new Uint8Array(Math.ceil(count / PAGE_WORDS));
    const load = (p: number): void => {
      const from = p * PAGE_WORDS * dimensions;
      const to = Math.min(count, (p + 1) * PAGE_WORDS) * dimensions;
      readAt(fd, vectors.subarray(from, to), vectorsAt + from);
      read[p] = 1;
    };
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
          if (!matches(w, word)) continue;
          const p = Math.floor(w / PAGE_WORDS);
          if (read[p] === 0) load(p);
          return vectors.subarray(w * dimensions, (w + 1) * dimensions);
        }
        return undefined;
      },
    };
    break;
  }
  return loaded;
}
