import { describe, expect, it } from 'vitest';
import { align, DEFAULT_GROUP_OPTIONS } from '../../source/align/align.js';
import { analyze } from '../../source/analysis/analyze.js';
import { segment } from '../../source/corpus/segment.js';
import type { Source } from '../../source/corpus/types.js';

const source = (id: string, text: string): Source => segment(id, id, text, 'utf-8');
const groups = (sources: Source[]) =>
  align(sources).map((p) =>
    p.members.map((m) => `${sources[m.source]!.id}:${m.sentences.join('+')}`).join(' '),
  );

describe('align', () => {
  const a = source(
    'a',
    'Floods swept through the river valley on Tuesday, destroying hundreds of homes.\n' +
      'Rescue teams evacuated 1,200 residents from the village of Marlow overnight.\n' +
      'The mayor, Helen Ruiz, declared a state of emergency.\n',
  );
  const b = source(
    'b',
    'Mayor Helen Ruiz has declared a state of emergency in the region.\n' +
      'The weather service expects more rain over the weekend.\n' +
      'Overnight, rescuers evacuated about 1,200 people from Marlow village.\n' +
      'On Tuesday floodwaters swept across the valley and destroyed hundreds of houses.\n',
  );

  it('pairs the same facts whatever their order, and keeps one-source facts as their own passages', () => {
    expect(groups([a, b]).sort()).toEqual(['a:0 b:3', 'a:1 b:2', 'a:2 b:0', 'b:1'].sort());
  });

  it('gives every sentence exactly one home passage, with at most one member per source', () => {
    const passages = align([a, b]);
    const seen = new Set<string>();
    for (const passage of passages) {
      expect(new Set(passage.members.map((m) => m.source)).size).toBe(passage.members.length);
      for (const m of passage.members)
        for (const s of m.alsoIn ? [] : m.sentences) {
          expect(seen.has(`${m.source}:${s}`)).toBe(false);
          seen.add(`${m.source}:${s}`);
        }
    }
    expect(seen.size).toBe(a.sentences.length + b.sentences.length);
  });

  it('keeps member text and offsets exact, and explains each link', () => {
    const sources = [a, b];
    for (const passage of align(sources)) {
      for (const m of passage.members) expect(sources[m.source]!.text.slice(m.start, m.end)).toBe(m.text);
      for (const link of passage.links) expect(link.shared.length).toBeGreaterThan(1);
      if (passage.members.length > 1) expect(passage.confidence).toBeGreaterThan(0);
    }
    const marlow = align(sources).find((p) => p.members.some((m) => m.text.includes('Marlow')))!;
    expect(marlow.links[0]!.strong).toEqual(expect.arrayContaining(['1,200', 'Marlow']));
  });

  it('joins two adjacent sentences of one source that together say what another says in one', () => {
    const long = source(
      'long',
      'Officials said the bridge over the Tana river collapsed at dawn and that two lorries fell into the water.\n' +
        'Separately, the ministry announced new rail timetables.\n',
    );
    const split = source(
      'split',
      'The ministry will publish new rail timetables in spring.\n' +
        'The bridge over the Tana river collapsed at dawn, officials said.\n' +
        'Two lorries fell into the water when it gave way.\n',
    );
    const other = source(
      'other',
      'At dawn the Tana river bridge collapsed, sending two lorries into the water.\n',
    );
    expect(groups([long, split, other])).toContainEqual('long:0 split:1+2 other:0');
  });

  it('pairs a paraphrase that shares one rare word, and not two sentences that share none', () => {
    const first = 'The storm flooded the harbour district of Veldra on Monday night.';
    const last = 'Schools across the Veldra province will stay closed until Thursday, the governor said.';
    const x = source('x', `${first}\nIts cause is not yet known, officials said.\n${last}\n`);
    const y = source(
      'y',
      `On Monday night the storm flooded Veldra's harbour district.\nThe precise cause remains unclear.\n${last}\n`,
    );
    expect(groups([x, y])).toContain('x:1 y:1');
    // Sentences on different facts with no word in common stay apart.
    const z = source('z', 'The precise cause remains unclear.\nBanks reopened in the capital.\n');
    const w = source('w', 'Its cause is not yet known, officials said.\nFerries resumed on the lake.\n');
    expect(groups([z, w])).toContain('z:0 w:0');
    expect(groups([z, w]).join(' ')).not.toMatch(/z:1 w:1/);
  });

  it('does not pair different facts that only share the topic words', () => {
    const topic = 'Norland Vessia border';
    const x = source(
      'x',
      `The ${topic} talks resumed in Brussels on Monday.\nThe ${topic} dispute also hurt trade with Hungary.\n`,
    );
    const y = source(
      'y',
      `Police on the ${topic} arrested a smuggler carrying cigarettes.\nThe ${topic} crossing at Korvik reopened.\n`,
    );
    const z = source(
      'z',
      `An ${topic} election was called for December.\nThe ${topic} issue worries investors.\n`,
    );
    for (const passage of align([x, y, z])) expect(passage.members.length).toBe(1);
  });

  it('follows the most complete source and keeps one-source passages after their predecessor', () => {
    const order = align([a, b]).map((p) => p.members.map((m) => `${m.source}:${m.sentences[0]}`));
    // a and b are equally complete: a (first given) sets the order; b's extra sentence follows b:0.
    expect(order).toEqual([['0:0', '1:3'], ['0:1', '1:2'], ['0:2', '1:0'], ['1:1']]);
  });

  describe('a sentence that reports two facts', () => {
    // One source tells two facts in one sentence; the others tell them in two sentences apart.
    const one = source(
      'one',
      'Rescuers pulled 14 survivors from the collapsed Harbour Tower in Kessel on Sunday, and the fire brigade said 38 workers remained trapped under the rubble.\n' +
        'The regional governor, Anna Brix, ordered an inquiry.\n',
    );
    const two = source(
      'two',
      'Rescuers pulled 14 survivors from the ruins of the Harbour Tower in Kessel on Sunday.\n' +
        'Governor Anna Brix ordered an inquiry into the building permit.\n' +
        'The fire brigade said 38 workers remained trapped under the rubble of the tower.\n',
    );
    const three = source(
      'three',
      'In Kessel, 14 survivors were pulled from the collapsed Harbour Tower on Sunday.\n' +
        'The fire brigade said 38 workers were still trapped under the rubble.\n' +
        'Anna Brix, the governor, has ordered an inquiry.\n',
    );
    const sources = [one, two, three];
    const holding = (passages: ReturnType<typeof align>, s: number, sentence: number) =>
      passages.filter((p) => p.members.some((m) => m.source === s && m.sentences.includes(sentence)));

    it("serves both passages: its own, and the other fact's, marked with its home", () => {
      const passages = align(sources);
      const both = holding(passages, 0, 0);
      expect(both).toHaveLength(2);
      const home = both.find((p) => p.members.some((m) => m.source === 0 && !m.alsoIn))!;
      const echo = both.find((p) => p !== home)!;
      expect(echo.members.find((m) => m.source === 0)!.alsoIn).toBe(home.id);
      // Each passage holds the other sources' sentence of its own fact.
      const other = (p: (typeof passages)[number], s: number) => p.members.find((m) => m.source === s)!.text;
      const facts = [home, echo].map((p) => `${other(p, 1)} | ${other(p, 2)}`);
      expect(facts.some((f) => f.includes('survivors') && !f.includes('trapped'))).toBe(true);
      expect(facts.some((f) => f.includes('trapped') && !f.includes('survivors'))).toBe(true);
    });

    it('is shown once when echoes are off', () => {
      const passages = align(sources, { ...DEFAULT_GROUP_OPTIONS, echo: 1 });
      expect(holding(passages, 0, 0)).toHaveLength(1);
      expect(passages.every((p) => p.members.every((m) => m.alsoIn === undefined))).toBe(true);
    });

    it('has its figures compared in its home passage only', () => {
      const comparison = analyze(sources);
      const mentions = comparison.figures.flatMap((f) => f.mentions.map((m) => `${m.source}:${m.start}`));
      expect(new Set(mentions).size).toBe(mentions.length);
      const trapped = comparison.figures.find((f) => f.mentions.some((m) => m.text.includes('38')))!;
      expect(new Set(trapped.mentions.map((m) => m.source)).size).toBe(3);
    });
  });
});
