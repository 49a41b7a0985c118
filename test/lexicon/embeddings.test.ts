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
