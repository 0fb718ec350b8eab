import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { capture, smallProject } from './test-support/project.js';

const ARTICLES = 12;
const project = () => smallProject(ARTICLES);

/** What a terminal shows for `text` with carriage returns: each line as its last redraw left it. */
const screen = (text: string) =>
  text
    .split('\n')
    .map((line) => line.slice(line.lastIndexOf('\r') + 1))
    .join('\n');

beforeAll(() => {
  process.env.DARI_CACHE_DIR = mkdtempSync(join(tmpdir(), 'dari-cli-progress-cache-'));
});

describe('progress of sync, check and status', () => {
  it('draws a line on stderr when it is a terminal, and leaves stdout as without one', async () => {
    const root = project();
    const sync = capture(true);
    expect(await main(['sync', '--cwd', root], root, sync)).toBe(0);
    expect(screen(sync.stderr())).toBe(`sync [${'#'.repeat(30)}] ${ARTICLES}/${ARTICLES} articles\n`);

    const check = capture(true);
    expect(await main(['check', '--cwd', root], root, check)).toBe(0);
    // One article's two locale files are one step: the bar counts files and ends at all of them.
    const frames = check
      .stderr()
      .split('\r')
      .filter((f) => f !== '');
    expect(frames.length).toBeGreaterThan(1);
    expect(frames[0]).toMatch(/^check \[#*\.+\] \d+\/24 files$/);
    expect(check.stderr().endsWith(`\rcheck [${'#'.repeat(30)}] 24/24 files\n`)).toBe(true);
    const counts = frames.map((f) => Number(/ (\d+)\/24 files/.exec(f)?.[1]));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(check.stdout()).not.toContain('\r');
    expect(check.stdout()).toMatch(/^file +locale +units/);

    // Answered from the cache: nothing is read, nothing drawn; the report is the same.
    const warm = capture(true);
    expect(await main(['check', '--cwd', root], root, warm)).toBe(0);
    expect(warm.stderr()).toBe('');
    expect(warm.stdout()).toBe(check.stdout());
  });

  it('draws for a shard too, while its part on stdout stays JSON', async () => {
    const root = project();
    expect(await main(['sync', '--cwd', root], root, capture(false))).toBe(0);
    const io = capture(true);
    expect(await main(['check', '--shard', '0/1', '--cwd', root], root, io)).toBe(0);
    expect(io.stderr().endsWith(`\rcheck [${'#'.repeat(30)}] 24/24 files\n`)).toBe(true);
    expect(JSON.parse(io.stdout())).toMatchObject({ dariCheckShard: 1, index: 0, count: 1 });
  });

  it('draws nothing when stderr is not a terminal (a pipe, a CI log)', async () => {
    const root = project();
    for (const argv of [['sync'], ['status'], ['check', '--format', 'json']]) {
      const io = capture(false);
      await main([...argv, '--cwd', root], root, io);
      expect(io.stderr(), argv.join(' ')).toBe('');
    }
  });

  it('ends the line before an error that stops the run', async () => {
    const root = project();
    expect(await main(['sync', '--cwd', root], root, capture(false))).toBe(0);
    writeFileSync(join(root, 'locales', 'ko', 'story-7.xlf'), '<xliff version="1.2"><file>');
    const io = capture(true);
    expect(await main(['status', '--cwd', root], root, io)).toBe(2);
    const err = io.stderr();
    expect(err).toMatch(
      /\rstatus \[[#.]+\] \d+\/24 files\nlocales\/ko\/story-7\.xlf:\d+:\d+ error xml-malformed /,
    );
  });
});
