import { closeSync, openSync, readSync } from 'node:fs';

/**
 * Word vectors for the 30,000 most frequent lower-case English words (GloVe 6B, 100 dimensions, from
 * Wikipedia and Gigaword newswire; see dev/build-embeddings.mjs), quantised to int8 and unit length.
 * They let the aligner see that "troops" and "soldiers", or "killed" and "dead", say nearly the same,
 * without a hand-made synonym list. Opened on first use: the word index (about 600 KB) is read
 * then, the vectors (3 MB) only of the words looked up.
 */
export interface Embeddings {
  dimensions: number;
  /**
   * The word's vector (int8, scaled so that a unit vector has norm 127), or undefined. The array
   * is the table's own, shared by every caller of the same word: read it, never change it.
   */
  vector(word: string): Int8Array | undefined;
  /**
   * Reads the vectors of these words at once (performance only: vector() gives the same with or
   * without it). A caller that knows the words it will look up reads them in a few reads in table
   * order, into memory of their own, instead of one read per page of the table met on the way.
   */
  prefetch(words: Iterable<string>): void;
}

let loaded: Embeddings | null | undefined;

/** Where the table lies: beside this module in the sources, beside the bundle (or its chunks) in dist/. */
const PLACES = ['./embeddings.bin', '../embeddings.bin'];

/**
 * Most words' vectors read at once: the vectors wanted are read in windows of at most this many
 * words of the table, each from a wanted word on, and only the wanted ones kept (performance: a
 * run looks up a few hundred to a few thousand distinct words, mostly frequent ones, which the
 * table stores first. Each read costs a system call (several microseconds here) and each page of
 * fresh memory a page fault (about 3 us): the seeds' 489 words took 214 reads of 32-word pages
 * into a 3 MB array, touching 248 of its pages; in windows of 256 they take 58 reads into one
 * 25 KB window and 49 KB for the words kept).
 */
const WINDOW_WORDS = 256;
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
    const matches = (w: number, word: string) => {
      const start = offsets[w]!;
      if (offsets[w + 1]! - start !== word.length) return false;
      for (let i = 0; i < word.length; i++) if (text[start + i] !== word.charCodeAt(i)) return false;
      return true;
    };
    /** The word's place in the table, or -1. */
    const placeOf = (word: string): number => {
      let h = 0x811c9dc5;
      for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193) >>> 0;
      for (let slot = h & (slotCount - 1); slots[slot] !== 0; slot = (slot + 1) & (slotCount - 1)) {
        const w = slots[slot]! - 1;
        if (matches(w, word)) return w;
      }
      return -1;
    };
    // The vectors read so far, by word (null: not in the table). The file stays open for the rest.
    const byWord = new Map<string, Int8Array | null>();
    /** Reads the vectors of words not read yet, each word once. */
    const readWords = (words: Iterable<string>): void => {
      const wanted: { place: number; word: string }[] = [];
      for (const word of words) {
        if (byWord.has(word)) continue;
        const place = placeOf(word);
        byWord.set(word, null);
        if (place >= 0) wanted.push({ place, word });
      }
      if (wanted.length === 0) return;
      wanted.sort((x, y) => x.place - y.place);
      const kept = new Int8Array(wanted.length * dimensions);
      const span = Math.min(WINDOW_WORDS, wanted[wanted.length - 1]!.place - wanted[0]!.place + 1);
      const window = new Int8Array(span * dimensions);
      for (let i = 0; i < wanted.length; ) {
        const first = wanted[i]!.place;
        let end = i + 1;
        while (end < wanted.length && wanted[end]!.place < first + span) end++;
        const read = window.subarray(0, (wanted[end - 1]!.place - first + 1) * dimensions);
        readAt(fd, read, vectorsAt + first * dimensions);
        for (; i < end; i++) {
          const from = (wanted[i]!.place - first) * dimensions;
          kept.set(read.subarray(from, from + dimensions), i * dimensions);
          byWord.set(wanted[i]!.word, kept.subarray(i * dimensions, (i + 1) * dimensions));
        }
      }
    };
    loaded = {
      dimensions,
      vector(word) {
        let v = byWord.get(word);
        if (v === undefined) {
          readWords([word]);
          v = byWord.get(word);
        }
        return v ?? undefined;
      },
      prefetch: readWords,
    };
    break;
  }
  return loaded;
}
