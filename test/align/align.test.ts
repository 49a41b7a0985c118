import { describe, expect, it } from 'vitest';
import { align, DEFAULT_GROUP_OPTIONS } from '../../source/align/align.js';
import { readingOrder } from '../../source/align/order.js';
import { analyze } from '../../source/analysis/analyze.js';
import { segment } from '../../source/corpus/segment.js';
import type { Source } from '../../source/corpus/types.js';
import { findFigures } from '../../source/figures/figures.js';
import { makeStyle } from '../../source/text/style.js';
import { reportContent } from '../../source/views/report/content.js';
import { renderJsonReport } from '../../source/views/report/json.js';
import { createScene } from '../../source/views/ui/scene.js';
import { renderBrowse } from '../../source/views/ui/screen.js';
import { initialState } from '../../source/views/ui/state.js';
import { expectValidReport } from '../helpers/contract.js';

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

  it('gives every sentence exactly one home passage, in members of adjacent sentences ordered by source and position', () => {
    const passages = align([a, b]);
    const seen = new Set<string>();
    for (const passage of passages) {
      // A source may give several members (runs of adjacent sentences, in order; two ordinary
      // members never touch, an echo may stand next to one).
      passage.members.forEach((m, i) => {
        expect(m.sentences).toEqual(m.sentences.map((_, k) => m.sentences[0]! + k));
        const before = passage.members[i - 1];
        if (!before) return;
        expect(before.source).toBeLessThanOrEqual(m.source);
        const gap = before.alsoIn || m.alsoIn ? 0 : 1;
        if (before.source === m.source)
          expect(m.sentences[0]!).toBeGreaterThan(before.sentences[before.sentences.length - 1]! + gap);
      });
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

  describe('a source that reports a fact in its lead and again near its end', () => {
    const lead = source(
      'lead',
      'A landslide buried the coastal road near Tarvik on Sunday, cutting off 240 residents of three hill villages.\n' +
        'Crews from the regional roads agency began clearing the debris at dawn on Monday.\n' +
        'The regional council said the road would reopen within a week.\n' +
        'Schools in the district stayed closed, and the weekly market was cancelled.\n' +
        'Fishing boats carried food, water and medicine to the stranded villagers.\n' +
        'Geologists warned that heavy rain could loosen more of the slope.\n' +
        "The three villages near Tarvik, home to 240 people, remain cut off after Sunday's landslide on the coastal road.\n",
    );
    const brief = source(
      'brief',
      'Some 240 people in three villages near Tarvik were cut off on Sunday when a landslide buried the coastal road.\n' +
        'Boats ferried food, water and medicine to the stranded villagers.\n' +
        'Geologists said more rain could bring down more of the slope.\n' +
        'Council officials expect the road to reopen within a week.\n',
    );
    const wire = source(
      'wire',
      'A landslide on Sunday cut the coastal road near Tarvik, isolating three villages with 240 inhabitants.\n' +
        'Road crews started clearing the debris on Monday.\n' +
        'Schools in the district were closed.\n',
    );
    const sources = [lead, brief, wire];
    const far = { ...DEFAULT_GROUP_OPTIONS, far: 0.85, maxPerSource: 3 };

    it('gives one passage two members of that source when far joins are on, and one without', () => {
      const joined = align(sources, far).map((p) =>
        p.members.map((m) => `${sources[m.source]!.id}:${m.sentences.join('+')}`).join(' '),
      );
      expect(joined).toContain('lead:0 lead:6 brief:0 wire:0');
      const near = align(sources, { ...DEFAULT_GROUP_OPTIONS, far: undefined, echo: undefined }).map((p) =>
        p.members.map((m) => `${sources[m.source]!.id}:${m.sentences.join('+')}`).join(' '),
      );
      expect(near).toContain('lead:0 brief:0 wire:0');
      expect(near).toContain('lead:6');
    });

    it('compares the figures of both members in the passage, the source counted once, and views show both', () => {
      const passages = align(sources, far);
      const comparison = { sources, passages, figures: findFigures(sources, passages, null) };
      const residents = comparison.figures.filter((f) => f.mentions.some((m) => m.text.includes('240')));
      expect(residents).toHaveLength(1);
      expect(residents[0]!.status).toBe('agreement');
      expect(residents[0]!.passages).toEqual(['P1']);
      expect(residents[0]!.mentions.filter((m) => m.source === 0)).toHaveLength(2);
      expect(residents[0]!.reasons.readings.flatMap((r) => r.sources).sort()).toEqual([0, 1, 2]);
      const style = makeStyle(false, true);
      const view = renderBrowse(createScene(comparison), initialState(1), { columns: 200, rows: 30 }, style);
      expect(view.join('\n')).toContain('… 5 sentences skipped');
      expect(reportContent(comparison).coverage[0]!.present).toEqual([true, true, true]);
      expectValidReport(
        JSON.parse(renderJsonReport(comparison)),
        (_, s) => sources.find((x) => x.id === s.id)!.text,
      );
    });
  });

  it('sets reading order by the source that takes part in the most passages, not the most members', () => {
    // Sources 0 and 1 each take part in three aligned passages; source 1 gives passage 0 two
    // members. The tie goes to the first source: its order, with the others placed beside it.
    const passages = [
      {
        members: [
          { source: 0, sentence: 0 },
          { source: 1, sentence: 5 },
          { source: 1, sentence: 9 },
        ],
      },
      {
        members: [
          { source: 0, sentence: 4 },
          { source: 2, sentence: 0 },
        ],
      },
      {
        members: [
          { source: 1, sentence: 0 },
          { source: 2, sentence: 4 },
        ],
      },
      {
        members: [
          { source: 0, sentence: 2 },
          { source: 1, sentence: 1 },
        ],
      },
    ];
    expect(readingOrder(passages, 3)).toEqual([0, 2, 3, 1]);
  });

  it('keeps a source in article order after a passage that holds two members of it', () => {
    // Source 1 tells passage 0's fact at sentences 2 and 6; its other sentences are passages of
    // their own. Those after sentence 6 follow those after sentence 2, not interleaved with them.
    const passages = [
      {
        members: [
          { source: 0, sentence: 0 },
          { source: 1, sentence: 2 },
          { source: 1, sentence: 6 },
        ],
      },
      {
        members: [
          { source: 0, sentence: 5 },
          { source: 2, sentence: 0 },
        ],
      },
      ...[3, 4, 5, 7, 8, 0, 1].map((sentence) => ({ members: [{ source: 1, sentence }] })),
    ];
    const order = readingOrder(passages, 3);
    const ofSource1 = order.flatMap((p) =>
      passages[p]!.members.filter((m) => m.source === 1).map((m) => m.sentence),
    );
    expect(ofSource1).toEqual([0, 1, 2, 6, 3, 4, 5, 7, 8]);
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
