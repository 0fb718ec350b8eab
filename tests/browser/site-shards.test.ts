import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeShards } from '../../apps/site/scripts/merge-shards.ts';
import { buildSite, makeProject } from './fixture.js';

// A site built in parts and merged must be the site built at once: byte for byte, file for file.
// One part by locale (en), two by slug shard within a locale (ko, 0/2 and 1/2), so both ways of
// splitting and their combination are covered; the Korean search bundle is then built by the merge.
const NOW = '2026-12-01T12:00:00Z';

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

let root = '';
let whole = '';
let parts: string[] = [];
let cache = '';

beforeAll(() => {
  // Two generated archive articles and more, so both slug shards have articles.
  root = makeProject({ archive: 6 }).root;
  cache = join(root, 'cache');
  mkdirSync(cache);
  const env = (extra: Record<string, string>) => ({ DARI_CACHE_DIR: cache, ...extra });
  whole = buildSite(root, { now: NOW, env: env({}), dist: 'whole' });
  parts = [
    buildSite(root, { now: NOW, env: env({ DARI_SITE_LOCALES: 'en' }), dist: 'part-en' }),
    buildSite(root, {
      now: NOW,
      env: env({ DARI_SITE_LOCALES: 'ko', DARI_SITE_SHARD: '0/2' }),
      dist: 'part-ko-0',
    }),
    buildSite(root, {
      now: NOW,
      env: env({ DARI_SITE_LOCALES: 'ko', DARI_SITE_SHARD: '1/2' }),
      dist: 'part-ko-1',
    }),
  ];
}, 900_000);

describe('the site built in parts', () => {
  it('each part holds only its pages', () => {
    const [en, ko0, ko1] = parts.map(files) as [string[], string[], string[]];
    expect(en.some((f) => f.startsWith('ko/'))).toBe(false);
    expect(en.some((f) => f.startsWith('en/articles/'))).toBe(true);
    const articles = (list: string[]) => list.filter((f) => /^ko\/articles\/[^/]+\/index\.html$/.test(f));
    // The slug shards split Korean articles between them, each having some, none twice.
    expect(articles(ko0).length).toBeGreaterThan(0);
    expect(articles(ko1).length).toBeGreaterThan(0);
    expect(articles(ko0).filter((f) => articles(ko1).includes(f))).toEqual([]);
    expect([...articles(ko0), ...articles(ko1)].sort()).toEqual(articles(files(whole)));
    // A slug shard leaves the locale's search bundle to the merge; a locale part builds its own.
    expect(existsSync(join(parts[1] ?? '', 'pagefind/ko'))).toBe(false);
    expect(existsSync(join(parts[0] ?? '', 'pagefind/en/pagefind-entry.json'))).toBe(true);
  });

  it('merged, equals the site built at once, file for file and byte for byte', async () => {
    const merged = join(root, 'merged');
    const result = await mergeShards(merged, parts);
    expect(result.indexed).toEqual(['ko']);
    const expected = files(whole);
    expect(files(merged)).toEqual(expected);
    const differing = expected.filter(
      (f) => !readFileSync(join(merged, f)).equals(readFileSync(join(whole, f))),
    );
    expect(differing).toEqual([]);
    // The sitemap index and its sitemap were written by every part, equal; the merged one lists Korean articles.
    expect(readFileSync(join(merged, 'sitemap.xml'), 'utf8')).toContain('/sitemap-1.xml');
    expect(readFileSync(join(merged, 'sitemap-1.xml'), 'utf8')).toMatch(/\/ko\/articles\//);
  });

  it('refuses parts that disagree, naming the file, and writes nothing', async () => {
    const out = join(root, 'refused');
    // A part built from another commit: one shared page differs.
    const other = join(root, 'part-en-other');
    cpSync(parts[0] ?? '', other, { recursive: true });
    writeFileSync(join(other, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
    await expect(mergeShards(out, [other, parts[1] ?? ''])).rejects.toThrow(/robots\.txt/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(root).some((n) => n.startsWith('refused'))).toBe(false);
  });

  it('leaves no spill folder behind in Dari cache folder', () => {
    const spills = join(cache, 'site-articles');
    expect(existsSync(spills) ? readdirSync(spills) : []).toEqual([]);
  });

  it('stops on a locale the config does not have, before building anything', () => {
    expect(() =>
      buildSite(root, { env: { DARI_CACHE_DIR: cache, DARI_SITE_LOCALES: 'ko,xx' }, dist: 'bad' }),
    ).toThrow(/cli-usage|"xx" is not a locale of dari\.config\.json/);
  }, 300_000);
});
