import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

// End-to-end tests of the built CLI in a real terminal: tmux runs it, send-keys types, capture-pane
// reads the screen. .ci/run installs tmux where it is missing.
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
let run = 0;
let socket = '';
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', 'e2e');
const state = () => tmux('display-message', '-p', '-t', 'e2e', '#{alternate_on} #{cursor_flag}').trim();

// Waits are guards against hangs, not speed tests (speed lives in `npm run bench`): generous, so a
// clean clone passes on a loaded 2-core machine.
async function waitFor(check: (text: string) => boolean, what: string, timeout = 30_000): Promise<string> {
  const started = Date.now();
  let last = '';
  while (Date.now() - started < timeout) {
    last = screen();
    if (check(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}; screen:\n${last}`);
}

async function open(columns: number, rows: number, args = 'seeds') {
  socket = `parallax-test-${process.pid}-${++run}`;
  tmux(
    'new-session',
    '-d',
    '-s',
    'e2e',
    '-x',
    String(columns),
    '-y',
    String(rows),
    '-c',
    ROOT,
    'bash --norc --noprofile',
  );
  tmux(
    'send-keys',
    '-t',
    'e2e',
    `printf '__BEFORE__\\n'; node dist/cli.js ${args}; echo __EXIT=$?__`,
    'Enter',
  );
  return waitFor((s) => /parallax · \d+ sources/.test(s), 'the view');
}
const keys = (...names: string[]) => tmux('send-keys', '-t', 'e2e', ...names);
const type = (text: string) => tmux('send-keys', '-t', 'e2e', '-l', text);

afterEach(() => {
  spawnSync('tmux', ['-L', socket, 'kill-server']);
});

describe.skipIf(!hasTmux)('in a real terminal (tmux)', () => {
  it('opens at 160x45, n shows both sentences of the conflict, / searches, 80x24 stays sane, q restores', async () => {
    const first = await open(160, 45);
    expect(first.split('\n')[0]).toMatch(/^parallax · 5 sources · passage 1\/\d+ · 1 conflict · pivot/);
    expect(state()).toBe('1 0');

    keys('n');
    const conflict = await waitFor((s) => s.includes('conflict F1'), 'the conflict');
    expect(conflict.replace(/\s+/g, ' ')).toMatch(
      /conflict F1 .*two or three months ago.*two or three years ago months/,
    );
    // Read mode stacks the passage at full width: both conflicting sentences in full.
    keys('Enter');
    const read = (await waitFor((s) => s.includes('(pivot)'), 'read mode')).replace(/\s+/g, ' ');
    expect(read).toContain('We don’t even have half the troops we had two or three months ago.”');
    expect(read).toContain('“We do not even have half the troops that we had two or three years ago months”');
    keys('Enter');
    await waitFor((s) => s.includes('◆'), 'back to the columns');

    keys('/');
    await waitFor((s) => s.includes('/▌'), 'the search prompt');
    type('battalion');
    const results = await waitFor((s) => s.includes('/battalion▌') && /▶P\d+/.test(s), 'results');
    const id = /▶(P\d+)/.exec(results)![1];
    keys('Enter');
    await waitFor((s) => new RegExp(`▶${id}\\b`).test(s) && s.includes('◆'), 'the jump');

    tmux('resize-window', '-t', 'e2e', '-x', '80', '-y', '24');
    // The whole frame redrawn at the new size: its header fits and its footer (the key line) is
    // the last line (a capture taken while the terminal redraws can hold the old frame's lines).
    const small = await waitFor((s) => {
      const shown = s.replace(/\n+$/, '').split('\n');
      return (
        shown[0]!.startsWith('parallax · 5 sources') &&
        stringWidth(shown[0]!) <= 80 &&
        /next passage/.test(shown[shown.length - 1]!)
      );
    }, 'the 80x24 layout');
    const lines = small.replace(/\n+$/, '').split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(lines.some((l) => l.includes('◆'))).toBe(true);
    expect(lines[lines.length - 1]).toMatch(/next passage/);

    keys('q');
    const after = await waitFor((s) => s.includes('__EXIT=0__'), 'the exit');
    expect(after).toContain('__BEFORE__');
    expect(after).not.toContain('parallax · 5 sources');
    expect(state()).toBe('0 1');
  });

  it('loses no key of a burst: 50 j, then 50 k, typed at once', async () => {
    await open(120, 35);
    type('j'.repeat(50));
    await waitFor((s) => s.includes('passage 51/'), 'passage 51');
    type('k'.repeat(50));
    await waitFor((s) => s.includes('passage 1/'), 'back to passage 1');
    keys('/');
    await waitFor((s) => s.includes('/▌'), 'the search prompt');
    type('troops');
    await waitFor((s) => s.includes('/troops▌'), 'the query');
    keys('BSpace', 'BSpace', 'BSpace');
    await waitFor((s) => s.includes('/tro▌'), 'three characters erased');
    keys('C-u');
    await waitFor((s) => /\/▌/.test(s) && !s.includes('/tro'), 'the query cleared');
    keys('Escape');
    await waitFor((s) => s.includes('◆'), 'back to the passages');
    keys('Escape');
    await waitFor((s) => s.includes('q quits'), 'Esc does not quit');
    keys('q');
    await waitFor((s) => s.includes('__EXIT=0__'), 'the exit');
  });

  it('at 80x24: n shows both sides of the conflict, read mode scrolls, t jumps, p shows two articles whole', async () => {
    await open(80, 24);
    keys('n');
    const conflict = (await waitFor((s) => s.includes('conflict F1'), 'the conflict')).replace(/\s+/g, ' ');
    expect(conflict).toContain('two or three months ago');
    expect(conflict).toContain('two or three years ago months');
    expect(conflict).not.toMatch(/▶P23 · not reported/);

    keys('Enter');
    const top = await waitFor((s) => /^1-\d+\/\d+\+? ·/m.test(s), 'read mode with a scroll position');
    keys('PgDn');
    const paged = await waitFor(
      (s) => !/^1-\d+\/\d+\+? ·/m.test(s) && /^\d+-\d+\/\d+\+? ·/m.test(s),
      'a page down',
    );
    expect(paged).not.toBe(top);
    keys('G');
    const bottom = await waitFor((s) => {
      const m = /(\d+)-(\d+)\/(\d+) ·/.exec(s);
      return Boolean(m && m[2] === m[3]);
    }, 'the end of the passage');
    expect(bottom).toContain('004');
    keys('q');
    await waitFor((s) => s.includes('◆'), 'back');

    keys('g', 't');
    await waitFor((s) => s.includes('Quantities ('), 'the table');
    keys('Enter');
    await waitFor((s) => s.includes('conflict F1'), 'the jump from the table');

    keys('p', '1', '3');
    const pair = await waitFor((s) => s.includes('001 and 003 in full'), 'pair mode');
    expect(pair).toContain('│');
    keys('G');
    const end = (await waitFor((s) => /(\d+)-(\d+)\/\2 ·/.test(s), 'the end of both articles')).replace(
      /\s+/g,
      ' ',
    );
    // Both articles end on screen: their last sentences' last words.
    expect(end).toContain('Kosovo');
    keys('q', 'q');
    await waitFor((s) => s.includes('__EXIT=0__'), 'the exit');
  });

  it('restores the terminal on Ctrl-C (exit 130) and SIGTERM (exit 143)', async () => {
    await open(120, 30);
    keys('C-c');
    await waitFor((s) => s.includes('__EXIT=130__'), 'exit 130');
    expect(state()).toBe('0 1');

    tmux('send-keys', '-t', 'e2e', 'clear; node dist/cli.js seeds; echo __EXIT=$?__', 'Enter');
    await waitFor((s) => s.includes('parallax · 5 sources'), 'the view again');
    const shell = tmux('display-message', '-p', '-t', 'e2e', '#{pane_pid}').trim();
    const node = execFileSync('pgrep', ['-P', shell], { encoding: 'utf8' }).trim();
    process.kill(Number(node), 'SIGTERM');
    await waitFor((s) => s.includes('__EXIT=143__'), 'exit 143');
    expect(state()).toBe('0 1');
  });

  it('restores the terminal on SIGHUP (exit 129) and on an error while drawing (exit 70)', async () => {
    await open(120, 30);
    const shell = tmux('display-message', '-p', '-t', 'e2e', '#{pane_pid}').trim();
    process.kill(Number(execFileSync('pgrep', ['-P', shell], { encoding: 'utf8' }).trim()), 'SIGHUP');
    await waitFor((s) => s.includes('__EXIT=129__'), 'exit 129');
    expect(state()).toBe('0 1');

    tmux(
      'send-keys',
      '-t',
      'e2e',
      'clear; PARALLAX_TEST_RENDER_ERROR=1 node .test-build/cli.js seeds; echo __EXIT=$?__',
      'Enter',
    );
    await waitFor((s) => s.includes('parallax · 5 sources'), 'the view again');
    keys('j');
    const after = await waitFor((s) => s.includes('__EXIT=70__'), 'exit 70');
    expect(after).toContain('parallax: internal error: render failure requested by a test');
    expect(state()).toBe('0 1');
  });

  it('shows a spinner and the stage while a large corpus is analysed, then the view', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-large-'));
    const seeds = readdirSync(`${ROOT}seeds`).map((name) => readFileSync(`${ROOT}seeds/${name}`, 'utf8'));
    const sentences = seeds
      .flatMap((text) => text.split(/(?<=[.!?][”"]?)\s+/))
      .filter((s) => s.split(' ').length > 4);
    for (let n = 0; n < 400; n++) {
      const chosen = sentences.filter((_, i) => (i * 7 + n * 13) % 5 < 3);
      writeFileSync(join(dir, `a${String(n).padStart(3, '0')}.txt`), `Report ${n}\n\n${chosen.join(' ')}\n`);
    }
    socket = `parallax-test-${process.pid}-${++run}`;
    tmux('new-session', '-d', '-s', 'e2e', '-x', '120', '-y', '30', '-c', ROOT, 'bash --norc --noprofile');
    tmux('send-keys', '-t', 'e2e', `node dist/cli.js ${dir}; echo __EXIT=$?__`, 'Enter');
    await waitFor(
      (s) => /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] parallax: (analysing|aligning|comparing)/.test(s),
      'the spinner',
      60_000,
    );
    await waitFor((s) => s.includes('parallax · 400 sources'), 'the view', 240_000);
    keys('q');
    await waitFor((s) => s.includes('__EXIT=0__'), 'the exit');
  }, 300_000);

  it('q while the spinner turns ends the process at once: the worker is terminated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-cancel-'));
    for (let n = 0; n < 60; n++) {
      writeFileSync(
        join(dir, `a${n}.txt`),
        `Report ${n}\n\nOfficials said ${n} people were hurt at the port.\n`,
      );
    }
    socket = `parallax-test-${process.pid}-${++run}`;
    tmux('new-session', '-d', '-s', 'e2e', '-x', '120', '-y', '30', '-c', ROOT, 'bash --norc --noprofile');
    // The worker of this run never finishes: before the fix, quitting left the process running.
    tmux(
      'send-keys',
      '-t',
      'e2e',
      `PARALLAX_TEST_ENDLESS_ANALYSIS=1 node .test-build/cli.js ${dir}; echo __EXIT=$?__`,
      'Enter',
    );
    await waitFor((s) => s.includes('analysing forever (test)'), 'the spinner', 60_000);
    keys('q');
    await waitFor((s) => s.includes('__EXIT=0__'), 'the exit');
    expect(state()).toBe('0 1');
  });

  it('shows control sequences from an article as visible symbols, never obeying them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-hostile-'));
    const hostile =
      '\u001b]0;PWNED-TITLE\u0007Officials said \u001b[2J\u001b[31m 12 people were hurt in the blast at the port.\u0007\u0008\r\n';
    writeFileSync(join(dir, 'a.txt'), hostile);
    // A file name is as hostile as article text: it becomes a column head.
    writeFileSync(
      join(dir, '\u001b]0;PWNED-NAME\u0007b.txt'),
      'Twelve people were hurt in the blast at the port, officials said.\n',
    );
    const title = () => tmux('display-message', '-p', '-t', 'e2e', '#{pane_title}').trim();
    const screenText = await open(120, 30, dir);
    expect(title()).not.toContain('PWNED');
    expect(screenText).toContain('␛]0;PWNED-TITLE␇');
    expect(screenText).toContain('␛[2J');
    expect(screenText).toContain('␛]0;PWNED-NAME␇b');
    expect(screenText.split('\n')[0]).toMatch(/^parallax · 2 sources/);
    keys('q');
    await waitFor((s) => s.includes('__EXIT=0__'), 'the exit');
  });
});
