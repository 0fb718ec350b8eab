import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@dari/config';
import { syncProject } from '@dari/sync';
import { readXliff, writeXliff } from '@dari/xliff';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, BROWSER } from './browser.js';
import { type Site, startSite } from './harness.js';

// A third language by config alone: "ja" added to `locales`, `dari sync`, one article translated
// by a translator (its XLIFF edited), then the site built. Nothing else is written by hand.
let site: Site;
let synced: Awaited<ReturnType<typeof syncProject>>;

beforeAll(async () => {
  if (BROWSER.missing) return;
  site = await startSite({
    prepare: async (root) => {
      const path = join(root, 'dari.config.json');
      const config = JSON.parse(readFileSync(path, 'utf8'));
      writeFileSync(path, JSON.stringify({ ...config, locales: [...config.locales, 'ja'] }));
      synced = await syncProject(loadConfig(root));
      const file = join(root, 'locales/ja/market-notes.xlf');
      const doc = readXliff(readFileSync(file, 'utf8'), file);
      const translated = {
        ...doc,
        groups: doc.groups.map((g) => ({
          ...g,
          units: g.units.map((u) => ({
            ...u,
            target: [`【訳】${u.source.filter((p) => typeof p === 'string').join('')}`],
            state: 'translated' as const,
          })),
        })),
      };
      writeFileSync(file, writeXliff(translated, doc));
    },
  });
});
afterAll(async () => {
  await site?.close();
});

const read = (path: string) => readFileSync(join(site.dist, path), 'utf8');

describe.skipIf(BROWSER.missing)('a third locale by config', () => {
  it('dari sync gives it every file it needs: ui.xlf from the English template, one file per article', () => {
    expect(synced.files.map((f) => f.file)).toContain('locales/ja/ui.xlf');
    const ui = readXliff(readFileSync(join(site.root, 'locales/ja/ui.xlf'), 'utf8'), 'ja/ui.xlf');
    const template = readXliff(readFileSync(join(site.root, 'locales/en/ui.xlf'), 'utf8'), 'en/ui.xlf');
    expect(ui.targetLang).toBe('ja');
    const ids = (d: typeof ui) => d.groups.flatMap((g) => g.units).map((u) => u.id);
    expect(ids(ui)).toEqual(ids(template));
    expect(ui.groups.flatMap((g) => g.units).every((u) => u.state === 'new')).toBe(true);
    for (const slug of ['bridges-open', 'market-notes', 'late-edition'])
      expect(existsSync(join(site.root, `locales/ja/${slug}.xlf`)), slug).toBe(true);
  });

  it('the site has its routes, switcher entry, hreflang, feed and sitemap entries', async () => {
    const page = await site.open('/en/articles/market-notes/');
    expect(await page.$$eval('nav.switcher a', (as) => as.map((a) => a.getAttribute('hreflang')))).toEqual([
      'en',
      'ko',
      'ja',
    ]);
    await page.click('nav.switcher a[hreflang="ja"]');
    await page.waitForURL(/\/ja\/articles\/market-notes\//);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.textContent('h1')).toBe('【訳】Markets close higher');
    expect(read('en/articles/market-notes/index.html')).toContain(
      '<link rel="alternate" hreflang="ja" href="https://dari.test/ja/articles/market-notes/">',
    );
    // Not translated into ja: no hreflang claims it.
    expect(read('en/articles/bridges-open/index.html')).not.toContain('<link rel="alternate" hreflang="ja"');
    expect(read('ja/rss.xml')).toContain('https://dari.test/ja/articles/market-notes/');
    expect(read('ja/rss.xml')).not.toContain('https://dari.test/ja/articles/bridges-open/');
    expect(read('sitemap-1.xml')).toContain('<loc>https://dari.test/ja/articles/market-notes/</loc>');
    await page.goto(`${site.base}/`);
    await page.waitForURL(/\/(en|ko|ja)\/$/);
    await page.context().close();
    const root = await site.open('/', { javaScriptEnabled: false });
    expect(await root.$$eval('main a', (as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/en/',
      '/ko/',
      '/ja/',
    ]);
    await root.context().close();
  });

  it('interface strings not translated yet fall back to English, marked lang="en"; axe passes', async () => {
    const page = await site.open('/ja/articles/market-notes/', { bypassCSP: true });
    const nav = await page.$$eval('footer nav a', (as) =>
      as.map((a) => [a.textContent, a.querySelector('[lang]')?.getAttribute('lang')]),
    );
    expect(nav[0]).toEqual(['All articles', 'en']);
    expect(await page.$eval('a.search-link span', (s) => s.getAttribute('lang'))).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
    // A Japanese reader's / goes to Japanese.
    const context = await site.browser.newContext({ locale: 'ja-JP' });
    const ja = await context.newPage();
    await ja.goto(`${site.base}/`);
    await ja.waitForURL(/\/ja\/$/);
    await context.close();
    await page.context().close();
  });
});
