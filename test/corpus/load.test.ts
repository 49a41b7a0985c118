import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadSources, uniqueIds } from '../../source/corpus/load.js';
import { InputError } from '../../source/text/errors.js';

let dir: string;
const write = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const article = (n: number) => `Headline ${n}\n\nThe first sentence of article ${n}. A second sentence.\n`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-load-'));
});

describe('loadSources', () => {
  it('expands a folder to its .txt and .md files sorted by name, skipping others', async () => {
    write('b.md', article(2));
    write('a.txt', article(1));
    write('c.json', '{}');
    write('notes.TXT', article(3));
    const sources = await loadSources([dir]);
    expect(sources.map((s) => s.id)).toEqual(['a', 'b', 'notes']);
    expect(sources[0]!.title).toBe('Headline 1');
  });

  it('tells the total size of the articles once, before any is segmented', async () => {
    const a = write('a.txt', article(1));
    const b = write('b.txt', `${article(2)}One more sentence here.\n`);
    const sizes: number[] = [];
    const sources = await loadSources([a, b], { sized: (bytes) => sizes.push(bytes) });
    expect(sizes).toEqual([
      Buffer.byteLength(article(1)) + Buffer.byteLength(`${article(2)}One more sentence here.\n`),
    ]);
    expect(sources).toHaveLength(2);
  });

  it('sorts sources by id whatever the order of the arguments', async () => {
    const a = write('a.txt', article(1));
    const b = write('b.txt', article(2));
    expect((await loadSources([b, a])).map((s) => s.id)).toEqual(['a', 'b']);
    expect((await loadSources([a, b])).map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('reads "-" from standard input as the source "stdin"', async () => {
    const a = write('a.txt', article(1));
    const sources = await loadSources([a, '-'], { readStdin: async () => Buffer.from(article(9)) });
    expect(sources.map((s) => s.id)).toEqual(['a', 'stdin']);
    expect(sources[1]!.sentences.map((s) => s.text)).toContain('The first sentence of article 9.');
  });

  it('reads a repeated path once, with a warning', async () => {
    const a = write('a.txt', article(1));
    const b = write('b.txt', article(2));
    const warnings: string[] = [];
    const sources = await loadSources([a, b, a], { warn: (m) => warnings.push(m) });
    expect(sources.length).toBe(2);
    expect(warnings).toEqual([`${a}: given more than once; read once`]);
  });

  it('passes the Windows-1252 warning on', async () => {
    const a = write('a.txt', Buffer.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' is open. Yes.')]));
    const b = write('b.txt', article(2));
    const warnings: string[] = [];
    const [first] = await loadSources([a, b], { warn: (m) => warnings.push(m) });
    expect(first!.text).toBe('Café is open. Yes.');
    expect(warnings[0]).toMatch(/a\.txt: not valid UTF-8, read as Windows-1252/);
  });

  const failure = async (paths: string[], pattern: RegExp) => {
    const error = await loadSources(paths).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(2);
    expect((error as Error).message).toMatch(pattern);
    expect((error as Error).message).not.toContain('\n');
  };

  it('refuses a missing path, naming it', async () => {
    await failure(
      [join(dir, 'nope.txt'), write('a.txt', article(1))],
      /nope\.txt: no such file or folder; check the path/,
    );
  });

  it('refuses a folder with no articles', async () => {
    mkdirSync(join(dir, 'empty'));
    write('empty/readme.json', '{}');
    await failure([join(dir, 'empty')], /empty: folder has no \.txt, \.md, \.html or \.htm articles/);
  });

  it('refuses an empty or blank article', async () => {
    await failure([write('empty.txt', ''), write('a.txt', article(1))], /empty\.txt: the article is empty/);
    await failure(
      [write('blank.txt', ' \n\n \t\n'), write('a.txt', article(1))],
      /blank\.txt: the article is empty/,
    );
  });

  it('refuses a binary file', async () => {
    await failure(
      [write('img.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])), write('a.txt', article(1))],
      /img\.txt: looks like a binary file/,
    );
  });

  it('refuses fewer than two articles', async () => {
    await failure([write('a.txt', article(1))], /only 1 article given; parallax compares two or more/);
  });

  it('refuses an article over the size limit, saying how to raise it', async () => {
    const big = write('big.txt', `${'Word and more words. '.repeat(100)}`);
    const error = await loadSources([big, write('a.txt', article(1))], { maxBytes: 1000 }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toMatch(
      /big\.txt: .* over the .* limit per article; raise it with --max-size/,
    );
  });

  it.skipIf(process.getuid?.() === 0)('refuses an unreadable file', async () => {
    const secret = write('secret.txt', article(1));
    chmodSync(secret, 0o000);
    await failure([secret, write('a.txt', article(2))], /secret\.txt: permission denied/);
  });

  it('skips a looping symbolic link in a folder with a warning', async () => {
    write('a.txt', article(1));
    write('b.txt', article(2));
    symlinkSync(join(dir, 'loop.txt'), join(dir, 'loop.txt'));
    const warnings: string[] = [];
    const sources = await loadSources([dir], { warn: (m) => warnings.push(m) });
    expect(sources.map((s) => s.id)).toEqual(['a', 'b']);
    expect(warnings[0]).toMatch(/loop\.txt: skipped/);
  });
});

describe('uniqueIds', () => {
  it('adds parent folders only where names collide', () => {
    expect(uniqueIds(['x/a.txt', 'y/a.txt', 'y/b.txt', '-'])).toEqual(['x/a', 'y/a', 'b', 'stdin']);
  });
  it('keeps extensions, then numbers, where folders cannot tell names apart', () => {
    expect(uniqueIds(['d/a.txt', 'd/a.md'])).toEqual(['a.txt', 'a.md']);
    expect(uniqueIds(['a.txt', 'a.txt'])).toEqual(['a.txt', 'a.txt#2']);
  });
});

describe('bounded reads', () => {
  it('stops reading standard input one byte past the limit', async () => {
    const limits: number[] = [];
    const error = await loadSources([write('a.txt', article(1)), '-'], {
      maxBytes: 1000,
      readStdin: async (limit) => {
        limits.push(limit);
        return new Uint8Array(limit + 1).fill(65);
      },
    }).catch((e: unknown) => e);
    expect(limits).toEqual([1000]);
    expect((error as Error).message).toMatch(
      /^-: goes on past the 0\.0 MB limit per article; raise it with --max-size/,
    );
  });

  it('stops reading a device that never ends (/dev/zero) at the limit', async () => {
    const error = await loadSources(['/dev/zero', write('a.txt', article(1))], { maxBytes: 4096 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^\/dev\/zero: goes on past the .* limit per article/);
  });

  it('keeps a total budget across articles, naming the article that went over it', async () => {
    const paths = [1, 2, 3].map((n) => write(`${n}.txt`, article(n).repeat(5)));
    const size = article(1).repeat(5).length;
    const error = await loadSources(paths, { maxTotalBytes: size * 2 + 10 }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /3\.txt: the articles together are over the .* total limit; .*--max-total/,
    );
    expect(await loadSources(paths, { maxTotalBytes: size * 3 })).toHaveLength(3);
  });

  it('gives the per-article limit when it is the smaller one', async () => {
    const big = write('big.txt', 'Word and more words. '.repeat(100));
    const error = await loadSources([big, write('a.txt', article(1))], {
      maxBytes: 1000,
      maxTotalBytes: 1_000_000,
    }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/big\.txt: 0\.0 MB is over the 0\.0 MB limit per article/);
  });
});

describe('file names', () => {
  it('reads a file whose name is not valid UTF-8, shown with a replacement character', async () => {
    write('a.txt', article(1));
    const raw = Buffer.concat([Buffer.from(join(dir, 'caf')), Buffer.from([0xe9]), Buffer.from('.txt')]);
    writeFileSync(raw, article(2));
    const warnings: string[] = [];
    const sources = await loadSources([dir], { warn: (m) => warnings.push(m) });
    expect(warnings).toEqual([]);
    expect(sources.map((s) => s.id)).toEqual(['a', 'caf\ufffd']);
    expect(sources[1]!.sentences.map((s) => s.text)).toContain('The first sentence of article 2.');
  });
});
