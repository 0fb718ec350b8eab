import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, BROWSER } from './browser.js';
import { REPO } from './fixture.js';
import { type Site, startSite } from './harness.js';

// What a reader meets: honest labels, the side-by-side view, the paragraph-level other language,
// theme and text size, print, the phone header. Real Chromium, over the fixture site.
const SHOTS = join(REPO, 'test-results/screenshots');
const PHONE = { width: 360, height: 740 };
let site: Site;

beforeAll(async () => {
  if (BROWSER.missing) return;
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const close = (page: Page) => page.context().close();

describe.skipIf(BROWSER.missing)('labels a reader can trust', () => {
  it('an article with nothing translated says "not translated yet", not "partly translated", everywhere', async () => {
    const en = await site.open('/en/articles/quiet-day/');
    expect(await en.textContent('nav.switcher li:has(a[hreflang="ko"])')).toMatch(
      /한국어\s*\(not translated yet\)/,
    );
    // The list shows the status of the page's language: the Korean list.
    await en.goto(`${site.base}/ko/`);
    expect(await en.textContent('ul.list li:has(a[href$="/quiet-day/"])')).toContain('(아직 번역 안 됨)');
    expect(await en.textContent('ul.list li:has(a[href$="/late-edition/"])')).toContain('(일부만 번역됨)');
    const ko = await site.open('/ko/articles/quiet-day/');
    const notice = (await ko.textContent('.notice')) ?? '';
    expect(notice).toContain('이 기사는 아직 번역되지 않았습니다');
    expect(notice).not.toContain('일부');
    await close(en);
    await close(ko);
  });

  it('an untranslated page’s title and share metadata say they are English, not Korean', async () => {
    const page = await site.open('/ko/articles/quiet-day/');
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    expect(await page.getAttribute('title', 'lang')).toBe('en');
    expect(await page.getAttribute('meta[property="og:locale"]', 'content')).toBe('en_US');
    expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBe('A quiet day at the port');
    // A translated page's title is the page's language: no lang of its own.
    await page.goto(`${site.base}/ko/articles/market-notes/`);
    expect(await page.getAttribute('title', 'lang')).toBeNull();
    expect(await page.getAttribute('meta[property="og:locale"]', 'content')).toBe('ko_KR');
    await close(page);
  });

  it('reading the English original is not choosing English: / still sends a Korean reader to Korean', async () => {
    const context = await site.browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto(`${site.base}/ko/articles/bridges-open/`);
    await page.click('a:has-text("영어 원문 보기")');
    await page.waitForURL(/\/en\/articles\/bridges-open\//);
    expect(await page.evaluate(() => localStorage.getItem('dari-lang'))).toBeNull();
    await page.goto(`${site.base}/`);
    await page.waitForURL(/\/ko\/$/);
    await context.close();
  });
});

describe.skipIf(BROWSER.missing)('the side-by-side view', () => {
  it('puts the credit last, is reachable from the English article, and highlights the counterpart sentence', async () => {
    const en = await site.open('/en/articles/bridges-open/');
    await en.click('a:has-text("Read side by side with Korean")');
    await en.waitForURL(/\/en\/articles\/bridges-open\/bilingual\/$/);
    const kinds = await en.$$eval('.pair', (ps) => ps.map((p) => p.getAttribute('data-kind')));
    expect(kinds[0]).toBe('title');
    expect(kinds.at(-1)).toBe('credit');
    const langs = await en.$$eval('.pair:first-of-type > div', (ds) => ds.map((d) => d.getAttribute('lang')));
    expect(langs).toEqual(['en', 'ko']);
    // Pointing at a sentence lights up the same unit in the other column.
    const unit = await en.$eval('.pair[data-kind="paragraph"] > div:first-child .u', (u) =>
      u.getAttribute('data-unit'),
    );
    await en.hover(`.pair > div:first-child [data-unit="${unit}"]`);
    const lit = await en.$$eval('.u.hl', (us) =>
      us.map((u) => [u.closest('[lang]')?.getAttribute('lang'), u.getAttribute('data-unit')]),
    );
    expect(lit).toEqual([
      ['en', unit],
      ['ko', unit],
    ]);
    const background = await en.$eval(
      `.orig [data-unit="${unit}"]`,
      (u) => getComputedStyle(u).backgroundColor,
    );
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await close(en);
  });

  it('a tap highlights on a phone; "Korean only" shows one column, without JavaScript too', async () => {
    const phone = await site.open('/ko/articles/bridges-open/bilingual/', {
      viewport: PHONE,
      hasTouch: true,
      isMobile: true,
    });
    const unit = await phone.$eval('.pair[data-kind="paragraph"] .u', (u) => u.getAttribute('data-unit'));
    await phone.tap(`.pair > div:first-child [data-unit="${unit}"]`);
    expect(await phone.$$eval(`.u.hl`, (us) => us.length)).toBe(2);
    await close(phone);
    const page = await site.open('/ko/articles/bridges-open/bilingual/', { javaScriptEnabled: false });
    const visible = () =>
      page.$$eval('.pair[data-kind="paragraph"] > div', (ds) =>
        ds.map((d) => getComputedStyle(d).display !== 'none'),
      );
    expect((await visible()).every(Boolean)).toBe(true);
    await page.getByLabel('한국어만').check();
    expect(
      await page.$$eval('.pair > .orig', (ds) => ds.every((d) => getComputedStyle(d).display === 'none')),
    ).toBe(true);
    await page.getByLabel('영어만').check();
    expect(
      await page.$$eval('.pair > div:first-child', (ds) =>
        ds.every((d) => getComputedStyle(d).display === 'none'),
      ),
    ).toBe(true);
    await page.getByLabel('두 언어 모두').check();
    expect((await visible()).every(Boolean)).toBe(true);
    await close(page);
  });

  it('without JavaScript each paragraph offers its original in place, with a link to that paragraph', async () => {
    // A short window, so the paragraph is below the fold until the link is followed.
    const innerHeightOf = 400;
    const page = await site.open('/ko/articles/market-notes/', {
      javaScriptEnabled: false,
      viewport: { width: 800, height: innerHeightOf },
    });
    // The last paragraph's: following its link must scroll to it.
    const first = page.locator('details.other').last();
    expect(await first.locator('summary').textContent()).toBe('이 문단을 영어로');
    expect(await first.locator('p').isVisible()).toBe(false);
    await first.locator('summary').click();
    expect(await first.locator('p').getAttribute('lang')).toBe('en');
    // biome-ignore lint/performance/useDomNodeTextContent: rendering is what is under test
    expect(await first.locator('p').innerText()).toContain('Analysts expect a calm week.');
    const id = await first.getAttribute('data-for');
    await first.locator('a').click();
    await page.waitForURL(new RegExp(`/en/articles/market-notes/#${id}$`));
    const { top, scrolled } = await page.$eval(`#${id}`, (p) => ({
      top: p.getBoundingClientRect().top,
      scrolled: scrollY,
    }));
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(innerHeightOf);
    expect(scrolled).toBeGreaterThan(0);
    await close(page);
  });

  it('the switcher keeps ?inspect', async () => {
    const page = await site.open('/en/articles/bridges-open/?inspect');
    await page.click('nav.switcher a[hreflang="ko"]');
    await page.waitForURL(/\/ko\/articles\/bridges-open\/\?inspect/);
    expect(await page.getAttribute('html', 'class')).toContain('inspect');
    await close(page);
  });
});

describe.skipIf(BROWSER.missing)('typography and the phone header', () => {
  it('sets Latin letters inside Korean text in the same family as the Hangul', async () => {
    const page = await site.open('/ko/articles/bridges-open/');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    // The sentence mixes Latin (a translator's pasted markup) and Hangul in one text node.
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: 'article .u',
    });
    let checked = 0;
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      const text = await cdp.send('DOM.getOuterHTML', { nodeId });
      if (!/[a-z]/i.test(text.outerHTML.replace(/<[^>]*>/g, '')) || !/[가-힣]/.test(text.outerHTML)) continue;
      expect(new Set(fonts.map((f) => f.familyName)).size, text.outerHTML).toBe(1);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
    await close(page);
  });

  it('on a phone the header is one row in both languages and every header control is a 44 px target', async () => {
    for (const lang of ['en', 'ko']) {
      const page = await site.open(`/${lang}/articles/bridges-open/`, { viewport: PHONE });
      const height = await page.$eval('header.site', (h) => h.getBoundingClientRect().height);
      // One row: a 44 px target plus padding, far from the 122 px of a header wrapping to three lines.
      expect(height, lang).toBeLessThanOrEqual(60);
      const targets = await page.$$eval('nav.switcher a, a.search-link, .prefs summary', (as) =>
        as.map((a) => a.getBoundingClientRect().height),
      );
      expect(Math.min(...targets), lang).toBeGreaterThanOrEqual(44);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, lang).toBeLessThanOrEqual(0);
      await close(page);
    }
  });
});

describe.skipIf(BROWSER.missing)('theme, text size and print', () => {
  const bg = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  it('dark/light/auto and text size are chosen in the settings and remembered across pages', async () => {
    const page = await site.open('/ko/articles/bridges-open/', { colorScheme: 'light' });
    const light = await bg(page);
    await page.click('.prefs summary');
    await page.getByLabel('어둡게').check();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    const dark = await bg(page);
    expect(dark).not.toBe(light);
    const before = await page.$eval('article p', (p) => Number.parseFloat(getComputedStyle(p).fontSize));
    await page.getByLabel('크게').check();
    const after = await page.$eval('article p', (p) => Number.parseFloat(getComputedStyle(p).fontSize));
    expect(after).toBeGreaterThan(before);
    await page.goto(`${site.base}/en/`);
    expect(await bg(page)).toBe(dark);
    expect(await page.getAttribute('html', 'data-size')).toBe('large');
    await page.click('.prefs summary');
    expect(await page.getByLabel('Dark').isChecked()).toBe(true);
    await page.getByLabel('Auto').check();
    expect(await bg(page)).toBe(light);
    await close(page);
  });

  it('prints the article and its address only, dark ink on white even in dark mode', async () => {
    const page = await site.open('/ko/articles/bridges-open/', { colorScheme: 'dark', media: 'print' });
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'dark';
    });
    for (const selector of ['header.site', 'nav.switcher', 'footer nav', 'details.other', 'article > footer'])
      expect(await page.$eval(selector, (e) => e.checkVisibility()), selector).toBe(false);
    // biome-ignore lint/performance/useDomNodeTextContent: rendering is what is under test
    expect(await page.innerText('.print-url')).toBe('기사 주소: https://dari.test/ko/articles/bridges-open/');
    expect(await bg(page)).toBe('rgb(255, 255, 255)');
    expect(await page.$eval('article > p', (p) => getComputedStyle(p).color)).toBe('rgb(0, 0, 0)');
    await close(page);
  });
});

describe.skipIf(BROWSER.missing)('new controls pass axe (en and ko, light and dark)', () => {
  it('settings open, side by side, paragraph details open, search', async () => {
    for (const lang of ['en', 'ko'])
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const path of [
          `/${lang}/articles/bridges-open/`,
          `/${lang}/articles/bridges-open/bilingual/`,
          `/${lang}/search/`,
        ]) {
          const page = await site.open(path, { bypassCSP: true, colorScheme });
          await page.evaluate(() => {
            for (const d of document.querySelectorAll('details')) d.open = true;
          });
          expect(await axeViolations(page), `${path} (${colorScheme})`).toEqual([]);
          await close(page);
        }
      }
  });
});

describe.skipIf(BROWSER.missing)('screenshots', () => {
  it('phone and desktop, Korean and English, article and side by side', async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const [name, viewport] of [
      ['phone', PHONE],
      ['desktop', { width: 1280, height: 900 }],
    ] as const)
      for (const lang of ['ko', 'en']) {
        const page = await site.open(`/${lang}/articles/bridges-open/`, { viewport });
        await page.screenshot({ path: join(SHOTS, `reader-${lang}-article-${name}.png`), fullPage: true });
        await page.goto(`${site.base}/${lang}/articles/bridges-open/bilingual/`);
        await page.screenshot({ path: join(SHOTS, `reader-${lang}-bilingual-${name}.png`), fullPage: true });
        await close(page);
      }
    const dark = await site.open('/ko/articles/bridges-open/', { viewport: PHONE, colorScheme: 'dark' });
    await dark.click('.prefs summary');
    await dark.screenshot({ path: join(SHOTS, 'reader-ko-settings-dark-phone.png') });
    await close(dark);
  });
});
