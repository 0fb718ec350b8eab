import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkProject } from '@dari/check';
import { loadConfig } from '@dari/config';
import { parseArticle } from '@dari/segmenter';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weighPage } from '../../apps/site/scripts/budget.js';
import { axeViolations, BROWSER, launch } from './browser.js';
import { buildSite, makeProject } from './fixture.js';
import { serve } from './server.js';

// The list pages at archive scale: the fixture project plus 100 generated archive articles
// (every even one translated into Korean), so the article list fills three pages (50, 50, 4),
// the feeds have more candidates than they carry, and the status list fills two pages.
const ARCHIVE = 100;

let dist = '';
let base = '';
let root = '';
/** Every article of the project (the repository's, the fixtures, the archive) as slug and date. */
let articles: Array<{ slug: string; date: string }> = [];
let close: () => Promise<void> = async () => {};
let browser: Browser;

beforeAll(async () => {
  if (BROWSER.missing) return;
  const project = makeProject({ archive: ARCHIVE });
  root = project.root;
  dist = buildSite(root);
  ({ url: base, close } = await serve(dist));
  browser = await launch();
  articles = readdirSync(join(root, 'articles')).map((name) => {
    const slug = name.replace(/\.md$/, '');
    const markdown = readFileSync(join(root, 'articles', name), 'utf8');
    return {
      slug,
      date: parseArticle(markdown, { file: `articles/${name}`, slug, defaultLang: 'en' }).meta.date,
    };
  });
});

afterAll(async () => {
  await browser?.close();
  await close();
});

const read = (path: string) => readFileSync(join(dist, path), 'utf8');

async function open(path: string, options: { bypassCSP?: boolean; javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({
    bypassCSP: options.bypassCSP ?? false,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  await page.goto(base + path, { waitUntil: 'load' });
  return page;
}

/** Article slugs a list page links to, in order. */
const listed = (page: Page) =>
  page.$$eval('ul.list > li > a', (as) => as.map((a) => a.getAttribute('href')?.split('/').at(-2) ?? ''));

describe.skipIf(BROWSER.missing)('the paginated article list', () => {
  it('shows 50 articles a page, newest first, every article once; the reader pages with Older/Newer and numbers', async () => {
    const page = await open('/en/');
    const seen = [...(await listed(page))];
    expect(seen).toHaveLength(50);
    const pager = page.getByRole('navigation', { name: 'Pages' });
    expect(await pager.getByRole('link', { name: 'Page 1' }).getAttribute('aria-current')).toBe('page');
    expect(await pager.getByRole('link', { name: /Newer/ }).count()).toBe(0);
    await pager.getByRole('link', { name: 'Older articles →' }).click();
    await page.waitForURL(/\/en\/page\/2\/$/);
    expect(await page.textContent('h1')).toBe('Articles (page 2 of 3)');
    expect(await page.title()).toBe('Articles (page 2 of 3) | Dari test site');
    seen.push(...(await listed(page)));
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Page 3' }).click();
    await page.waitForURL(/\/en\/page\/3\/$/);
    seen.push(...(await listed(page)));
    const last = page.getByRole('navigation', { name: 'Pages' });
    expect(await last.getByRole('link', { name: /Older/ }).count()).toBe(0);
    expect(await last.getByRole('link', { name: '← Newer articles' }).getAttribute('href')).toBe(
      '/en/page/2/',
    );
    // Every article exactly once, in the site's order: newest date first, then slug.
    const expected = [...articles]
      .sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug))
      .map((a) => a.slug);
    expect(seen).toEqual(expected);
    await page.context().close();
  });

  it('the switcher on page k lands on page k of the other language, with the same articles (no JavaScript needed)', async () => {
    const page = await open('/en/page/2/', { javaScriptEnabled: false });
    const english = await listed(page);
    await page.click('nav.switcher a[hreflang="ko"]');
    await page.waitForURL(/\/ko\/page\/2\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    expect(await listed(page)).toEqual(english);
    // The pager speaks Korean there.
    const pager = page.getByRole('navigation', { name: '페이지 이동' });
    expect(await pager.getByRole('link', { name: '2 페이지' }).getAttribute('aria-current')).toBe('page');
    expect(await pager.getByRole('link', { name: '지난 기사 →' }).getAttribute('href')).toBe('/ko/page/3/');
    expect(await page.textContent('h1')).toBe('기사 (전체 3 페이지 중 2 페이지)');
    await page.context().close();
  });

  it('each page has its own canonical, hreflang alternates, rel prev/next; the sitemap lists every page', () => {
    const head = (path: string) => read(path).split('</head>')[0] ?? '';
    const second = head('ko/page/2/index.html');
    expect(second).toContain('<link rel="canonical" href="https://dari.test/ko/page/2/">');
    expect(second).toContain('<link rel="alternate" hreflang="en" href="https://dari.test/en/page/2/">');
    expect(second).toContain(
      '<link rel="alternate" hreflang="x-default" href="https://dari.test/en/page/2/">',
    );
    expect(second).toContain('<link rel="prev" href="https://dari.test/ko/">');
    expect(second).toContain('<link rel="next" href="https://dari.test/ko/page/3/">');
    expect(head('en/index.html')).not.toContain('rel="prev"');
    expect(head('en/page/3/index.html')).not.toContain('rel="next"');
    const sitemap = read('sitemap-1.xml');
    for (const path of [
      '/en/',
      '/en/page/2/',
      '/en/page/3/',
      '/ko/page/3/',
      '/en/status/page/2/',
      '/ko/status/',
    ])
      expect(sitemap, path).toContain(`<loc>https://dari.test${path}</loc>`);
    expect(sitemap).not.toContain('/page/4/');
    expect(sitemap).not.toContain('/page/1/');
  });

  it('stays within the page budget (HTML+CSS ≤ 20 KB gzipped) with the one inline script every page has', () => {
    const article = weighPage(dist, join(dist, 'en/articles/bridges-open/index.html'));
    for (const path of ['en/index.html', 'ko/page/2/index.html', 'en/status/index.html']) {
      const weight = weighPage(dist, join(dist, path));
      expect(weight.htmlCssGzip, path).toBeLessThanOrEqual(20 * 1024);
      expect(weight.clientJs, path).toBe(article.clientJs);
    }
  });

  it('passes axe-core on paginated pages (en and ko, list and status)', async () => {
    for (const path of ['/en/page/2/', '/ko/page/3/', '/ko/status/page/2/']) {
      const page = await open(path, { bypassCSP: true });
      expect(await axeViolations(page), path).toEqual([]);
      await page.context().close();
    }
  });
});

describe.skipIf(BROWSER.missing)('feeds and the status page at archive scale', () => {
  const items = (xml: string) =>
    [...xml.matchAll(/<item><title>[^<]*<\/title><link>([^<]+)<\/link>/g)].map((m) => m[1]);

  it('each feed carries the newest 50 indexable articles, not the archive', () => {
    const en = items(read('en/rss.xml'));
    // English is every article's original, so its feed is simply the first 50 of the list.
    const newest = [...articles]
      .sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug))
      .slice(0, 50)
      .map((a) => `https://dari.test/en/articles/${a.slug}/`);
    expect(en).toEqual(newest);
    expect(en).not.toContain('https://dari.test/en/articles/archive-001/');
    const ko = items(read('ko/rss.xml'));
    expect(ko).toHaveLength(50);
    // Untranslated (odd) archive stories are below the Korean threshold: never in the Korean feed.
    expect(ko.filter((l) => /archive-\d*[13579]\/$/.test(l ?? ''))).toEqual([]);
    expect(ko).toContain('https://dari.test/ko/articles/archive-100/');
  });

  it('lists exactly the unfinished translations across its pages, with `dari check`’s numbers and a count of the rest', async () => {
    const report = await checkProject(loadConfig(root));
    const unfinished = report.files
      .filter((f) => f.file.startsWith('locales/ko/') && !f.file.endsWith('/ui.xlf'))
      .filter((f) => f.counts.translated < f.counts.units)
      .map((f) => f.file);
    const rows: string[][] = [];
    for (const path of ['/en/status/', '/en/status/page/2/']) {
      const page = await open(path);
      rows.push(
        ...(await page.$$eval('tbody tr', (trs) =>
          trs.map((tr) => [
            tr.querySelector('a')?.getAttribute('href') ?? '',
            ...[...tr.querySelectorAll('td')].slice(2, 5).map((td) => td.textContent?.trim() ?? ''),
          ]),
        )),
      );
      await page.context().close();
    }
    const slugOf = (href: string) => href.split('/').at(-2);
    expect(rows.map((r) => `locales/ko/${slugOf(r[0] ?? '')}.xlf`).sort()).toEqual([...unfinished].sort());
    for (const [href, ...numbers] of rows) {
      const file = report.files.find((f) => f.file === `locales/ko/${slugOf(href ?? '')}.xlf`);
      expect(numbers, href).toEqual([
        `${file?.counts.percentUnits}%`,
        String(file?.counts.needsReview),
        String(file?.counts.untranslated),
      ]);
    }
    const total = articles.length;
    expect(read('ko/status/page/2/index.html')).toContain(
      `모든 언어로 번역이 끝난 기사: 전체 ${total}건 중 ${total - unfinished.length}건(아래 목록에는 없습니다).`,
    );
  });
});
