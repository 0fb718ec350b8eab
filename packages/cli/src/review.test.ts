import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';
import { capture } from './test-support/project.js';

const SEED = new URL('../../../locales/ko/korus-fta-revision-talks.xlf', import.meta.url).pathname;
const FILE = 'locales/ko/korus.xlf';

function project(text: string): string {
  const root = mkdtempSync(join(tmpdir(), 'dari-cli-review-'));
  writeFileSync(join(root, 'dari.config.json'), JSON.stringify({ locales: ['en', 'ko'] }));
  mkdirSync(join(root, 'articles'));
  mkdirSync(join(root, 'locales', 'ko'), { recursive: true });
  writeFileSync(join(root, FILE), text);
  return root;
}

describe('dari review', () => {
  const seed = readFileSync(SEED, 'utf8');
  // One sentence whose English changed since it was translated, as `dari sync` marks it.
  const changed = seed.replace(
    /(<trans-unit id="(s-[a-z0-9]+)">\s*<source>)US Trade Representative Robert Lighthizer made the request last month.(<\/source>\s*<target state=")translated(">[^<]*<\/target>)/,
    '$1US Trade Representative Robert Lighthizer made the request in July.$3needs-review-translation$4\n          <alt-trans alttranstype="previous-version"><source>US Trade Representative Robert Lighthizer made the request last month.</source></alt-trans>',
  );

  it('lists the units waiting, with the word diff of a changed source', async () => {
    expect(changed).not.toBe(seed);
    const root = project(changed);
    const io = capture();
    expect(await main(['review', FILE, '--cwd', root], root, io)).toBe(0);
    expect(io.stdout()).toMatch(/needs review\n {2}source changed: .*\[-last month-\]\{\+in July\+\}/);
    expect(io.stdout()).toMatch(/review: 15 of 15 units wait for review/);
  });

  it('--approve signs units off in one write; unknown ids change nothing', async () => {
    const root = project(seed);
    const ids = [...seed.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1] as string);
    const bad = capture();
    expect(
      await main(
        ['review', FILE, '--cwd', root, '--approve', ids[0] as string, '--approve', 'nope'],
        root,
        bad,
      ),
    ).toBe(2);
    expect(bad.stderr()).toContain('review-no-unit');
    expect(readFileSync(join(root, FILE), 'utf8')).toBe(seed);
    const io = capture();
    expect(
      await main(
        ['review', FILE, '--cwd', root, '--approve', ids[0] as string, '--approve', ids[1] as string],
        root,
        io,
      ),
    ).toBe(0);
    const after = readFileSync(join(root, FILE), 'utf8');
    expect(after.match(/approved="yes"/g)).toHaveLength(2);
    const list = capture();
    await main(['review', FILE, '--cwd', root], root, list);
    expect(list.stdout()).toMatch(/review: 13 of 15 units wait/);
  });
});
