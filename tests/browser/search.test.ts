import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weighPage } from '../../apps/site/scripts/budget.js';
import { axeViolations, BROWSER } from './browser.js';
import { REPO } from './fixture.js';
import { type Site, startSite } from './harness.js';

// Search on a static host: Pagefind, one bundle per language, loaded only by the search page and
// only once the reader searches; article pages keep their weight and load none of it.
let site: Site;

beforeAll(async () => {
  if (BROWSER.missing) return;
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

/** Types a query and waits for the result count. */
async function search(page: import('playwright-core').Page, query: string) {
  await page.fill('#q', query);
  await page.$eval('#search-status', (s) => {
    s.textContent = '';
  });
  await page.press('#q', 'Enter');
  await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
  return page.$$eval('#results li a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe.skipIf(BROWSER.missing)('search', () => {
  it('article pages load no search code; the search page loads Pagefind only when the reader searches', async () => {
    const requests: string[] = [];
    const page = await site.open('/ko/articles/bridges-open/');
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.reload({ waitUntil: 'load' });
    expect(requests.filter((r) => /pagefind|search\.js/.test(r))).toEqual([]);
    const weight = weighPage(site.dist, join(site.dist, 'ko/articles/bridges-open/index.html'));
    expect(weight.clientJs).toBeLessThanOrEqual(2048);
    expect(weight.htmlCssGzip).toBeLessThanOrEqual(20 * 1024);
    await page.click('a.search-link');
    await page.waitForURL(/\/ko\/search\/$/);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((r) => r.includes('/pagefind/'))).toEqual([]);
    const found = await search(page, '다리');
    expect(requests.some((r) => r.startsWith('/pagefind/ko/'))).toBe(true);
    expect(requests.some((r) => r.startsWith('/pagefind/en/'))).toBe(false);
    expect(found).toContain('/ko/articles/bridges-open/');
    expect(found.every((p) => p.startsWith('/ko/'))).toBe(true);
    await page.context().close();
  });

  it('searches one language or all of them, and the URL keeps the query', async () => {
    const page = await site.open('/ko/search/');
    expect(await search(page, 'bridges')).not.toContain('/en/articles/bridges-open/');
    await page.getByLabel('모든 언어').check();
    expect(await search(page, 'bridges')).toContain('/en/articles/bridges-open/');
    expect(new URL(page.url()).search).toBe('?q=bridges&scope=all');
    // A shared search URL runs again on load.
    await page.goto(`${site.base}/en/search/?q=markets&scope=here`);
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
    const found = await page.$$eval('#results li a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(found).toContain('/en/articles/market-notes/');
    expect(await page.textContent('#search-status')).toMatch(/^\d+ results$/);
    await page.context().close();
  });

  it('says what it needs without JavaScript, and passes axe with results shown (en/ko, light/dark)', async () => {
    const plain = await site.open('/en/search/', { javaScriptEnabled: false });
    expect(await plain.textContent('main')).toContain('Search runs in your browser and needs JavaScript.');
    await plain.context().close();
    for (const [lang, query] of [
      ['en', 'bridges'],
      ['ko', '다리'],
    ] as const)
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await site.open(`/${lang}/search/`, { bypassCSP: true, colorScheme });
        await search(page, query);
        expect(await axeViolations(page), `${lang} ${colorScheme}`).toEqual([]);
        if (colorScheme === 'light')
          await page.screenshot({ path: join(REPO, `test-results/screenshots/search-${lang}-desktop.png`) });
        await page.context().close();
      }
  });
});
