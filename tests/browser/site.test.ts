import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkProject } from '@dari/check';
import { loadConfig } from '@dari/config';
import { type ArticleDocument, plainText } from '@dari/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, BROWSER, launch } from './browser.js';
import { buildSite, makeProject, REPO, TRANSLATIONS } from './fixture.js';
import { serve } from './server.js';

const SHOTS = join(REPO, 'test-results/screenshots');
/** The article screenshotted: the repository's own (the seed article) when it has one, else a fixture. */
const SHOWCASE =
  readdirSync(join(REPO, 'articles'))
    .find((n) => n.endsWith('.md'))
    ?.replace(/\.md$/, '') ?? 'market-notes';

let dist = '';
let base = '';
let close: () => Promise<void> = async () => {};
let browser: Browser;
let articles: ArticleDocument[] = [];
let projectRoot = '';
const errors: string[] = [];

beforeAll(async () => {
  if (BROWSER.missing) return;
  const project = makeProject();
  articles = project.articles;
  projectRoot = project.root;
  dist = buildSite(project.root);
  ({ url: base, close } = await serve(dist));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await close();
});

/** Opens a page, recording console errors and uncaught exceptions into `errors`. */
async function open(
  path: string,
  options: {
    javaScriptEnabled?: boolean;
    viewport?: { width: number; height: number };
    /** Only for injecting axe-core: the pages' CSP allows no script but their own. */
    bypassCSP?: boolean;
    colorScheme?: 'light' | 'dark';
  } = {},
): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    bypassCSP: options.bypassCSP ?? false,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${path}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
  await page.goto(base + path, { waitUntil: 'load' });
  return page;
}

/** Every built HTML page as its route path. */
function routes(): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) =>
      `/${relative(dist, join(e.parentPath, e.name)).split('\\').join('/')}`.replace(/index\.html$/, ''),
    );
}

/** A fixture article by slug (fails the test when the fixture is missing). */
function article(slug: string): ArticleDocument {
  const found = articles.find((a) => a.slug === slug);
  if (!found) throw new Error(`fixture article ${slug} not built`);
  return found;
}
const bridges = () => article('bridges-open');
/** The English title of a fixture article. */
const htmlTitle = (slug: string) => article(slug).meta.title;
const markets = () => article('market-notes');

describe.skipIf(BROWSER.missing)('language switcher', () => {
  it('lands on the same paragraph in the other language (with JavaScript)', async () => {
    const paragraph = bridges().blocks.filter((b) => b.kind === 'paragraph')[2]?.id ?? 'missing';
    // A short viewport, so the page scrolls and the paragraph can reach the top.
    const page = await open(`/en/articles/bridges-open/#${paragraph}`, {
      viewport: { width: 360, height: 300 },
    });
    await page.click('nav.switcher a[hreflang="ko"]');
    await page.waitForURL(/\/ko\/articles\/bridges-open\//);
    expect(new URL(page.url()).hash).toBe(`#${paragraph}`);
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    await page.waitForLoadState('load');
    const { top, header, scrolled } = await page.evaluate((id) => {
      const r = document.getElementById(id)?.getBoundingClientRect();
      const h = document.querySelector('header.site')?.getBoundingClientRect();
      return { top: r?.top ?? Number.NaN, header: h?.bottom ?? Number.NaN, scrolled: window.scrollY };
    }, paragraph);
    // The paragraph is where the reader left it: at the top, just below the sticky header.
    expect(scrolled).toBeGreaterThan(0);
    expect(top).toBeGreaterThanOrEqual(header - 2);
    expect(top).toBeLessThan(header + 60);
    await page.context().close();
  });

  it('is a real link to the other language without JavaScript, and / lists the languages', async () => {
    const page = await open('/en/articles/bridges-open/', { javaScriptEnabled: false });
    expect(await page.getAttribute('nav.switcher a[hreflang="ko"]', 'href')).toBe(
      '/ko/articles/bridges-open/',
    );
    await page.click('nav.switcher a[hreflang="ko"]');
    await page.waitForURL(/\/ko\/articles\/bridges-open\/$/);
    expect(await page.textContent('h1')).toBe('한강에 다리 두 개 개통');
    await page.goto(`${base}/`);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.$$eval('main a', (as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/en/',
      '/ko/',
    ]);
    await page.context().close();
  });

  it('/ sends a Korean reader to /ko/ and remembers a choice made with the switcher', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.waitForURL(/\/ko\/$/);
    await page.click('nav.switcher a[hreflang="en"]');
    await page.waitForURL(/\/en\/$/);
    await page.goto(`${base}/`);
    await page.waitForURL(/\/en\/$/);
    await context.close();
  });
});

describe.skipIf(BROWSER.missing)('every page', () => {
  it('has the right html[lang], hreflang alternates that exist, and noindex pages claim none', async () => {
    const pages = routes();
    expect(pages.length).toBeGreaterThan(10);
    for (const route of pages) {
      const html = readFileSync(join(dist, route, route.endsWith('/') ? 'index.html' : ''), 'utf8');
      const lang = /<html[^>]* lang="([^"]+)"/.exec(html)?.[1];
      const expected = /^\/([a-z]{2})\//.exec(route)?.[1] ?? 'en';
      expect(lang, route).toBe(expected);
      const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)];
      if (/name="robots" content="noindex"/.test(html)) {
        expect(alternates, route).toEqual([]);
        continue;
      }
      expect(
        alternates.some((a) => a[1] === 'x-default'),
        route,
      ).toBe(true);
      for (const [, hreflang, href] of alternates) {
        const path = new URL(href ?? '').pathname;
        const target = readFileSync(join(dist, path, 'index.html'), 'utf8');
        if (hreflang !== 'x-default')
          expect(/<html[^>]* lang="([^"]+)"/.exec(target)?.[1], `${route} → ${href}`).toBe(hreflang);
      }
    }
  });

  it('carries a Content-Security-Policy that admits its own inline script and nothing else', async () => {
    const html = readFileSync(join(dist, 'ko/articles/bridges-open/index.html'), 'utf8');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/script-src 'self' 'sha256-/);
    expect(csp).not.toContain('unsafe-inline');
    // A script injected at run time has no hash, so the policy blocks it (the page's own script runs:
    // the switcher and / redirect tests depend on it).
    const page = await open('/ko/articles/bridges-open/');
    const injected = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__dariInjected = 1';
      document.head.append(s);
      return (window as unknown as { __dariInjected?: number }).__dariInjected;
    });
    expect(injected).toBeUndefined();
    await page.context().close();
    errors.length = 0;
  });

  it('answers a missing page with its locale’s 404 page', async () => {
    for (const [locale, text] of [
      ['ko', '페이지를 찾을 수 없습니다'],
      ['en', 'Page not found'],
    ] as const) {
      const response = await fetch(`${base}/${locale}/no-such-page/`);
      expect(response.status).toBe(404);
      const html = await response.text();
      expect(html).toContain(`<html lang="${locale}"`);
      expect(html).toContain(text);
      expect(html).toContain('name="robots" content="noindex"');
    }
  });

  it('renders without console errors, in both languages', async () => {
    errors.length = 0;
    for (const path of [
      '/',
      '/en/',
      '/ko/',
      '/en/articles/bridges-open/',
      '/ko/articles/bridges-open/',
      '/ko/articles/bridges-open/bilingual/',
      '/en/status/',
      '/ko/status/',
      '/ko/no-such-page/',
    ]) {
      const page = await open(path);
      await page.context().close();
    }
    expect(errors.filter((e) => !/no-such-page.*404/.test(e))).toEqual([]);
  });

  it('passes axe-core with no violations (index, article, status; en and ko; light and dark)', async () => {
    for (const [path, colorScheme] of [
      ['/en/', 'light'],
      ['/ko/', 'light'],
      ['/en/articles/bridges-open/', 'light'],
      ['/ko/articles/bridges-open/', 'light'],
      ['/ko/articles/market-notes/', 'light'],
      ['/en/status/', 'light'],
      ['/ko/status/', 'light'],
      ['/ko/articles/bridges-open/bilingual/', 'light'],
      ['/ko/articles/bridges-open/', 'dark'],
      ['/en/status/', 'dark'],
    ] as const) {
      const page = await open(path, { bypassCSP: true, colorScheme });
      const violations = await axeViolations(page);
      expect(violations, `${path} (${colorScheme})`).toEqual([]);
      await page.context().close();
    }
  });
});

describe.skipIf(BROWSER.missing)('translation content', () => {
  it('renders a translator’s <script>, <img onerror> and javascript: links as inert text', async () => {
    const page = await open('/ko/articles/bridges-open/');
    expect(
      await page.evaluate(() => (window as unknown as { __dariPwned?: number }).__dariPwned),
    ).toBeUndefined();
    const body = await page.textContent('article');
    expect(body).toContain('<script>window.__dariPwned=1</script>');
    expect(body).toContain('onerror');
    expect(await page.$$('article script, article img')).toHaveLength(0);
    expect(await page.$$('a[href^="javascript:" i]')).toHaveLength(0);
    expect(await page.textContent('.inert-link')).toBe('이것');
    expect(await page.getAttribute('a[href="https://example.com/notice"]', 'href')).toBe(
      'https://example.com/notice',
    );
    await page.context().close();
  });

  it('shows untranslated and outdated sentences in English, marked, with the notice', async () => {
    const page = await open('/ko/articles/bridges-open/');
    const fallbacks = await page.$$eval('[data-fallback]', (els) =>
      els.map((e) => ({
        lang: e.getAttribute('lang'),
        why: e.getAttribute('data-fallback'),
        text: e.textContent?.trim(),
      })),
    );
    // In review with its sentence unchanged: "under review"; with its sentence edited: "outdated".
    expect(fallbacks).toEqual([
      { lang: 'en', why: 'review', text: 'Residents were less sure.' },
      { lang: 'en', why: 'outdated', text: 'A second phase starts next year.' },
      { lang: 'en', why: 'untranslated', text: 'It will add bike lanes.' },
    ]);
    const notice = await page.textContent('.notice');
    expect(notice).toContain('이 기사의 일부는 아직 번역되지 않았습니다');
    expect(notice).toContain('원문이 수정되었습니다');
    expect(notice).toContain('검토 중입니다');
    const background = await page.$eval('[data-fallback]', (e) => getComputedStyle(e).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    const complete = await open('/ko/articles/market-notes/');
    expect(await complete.$$('.notice, [data-fallback]')).toHaveLength(0);
    await page.context().close();
    await complete.context().close();
  });

  it('keeps the spaces between sentences: rendered text reads back as the source (en) and the translation (ko)', async () => {
    for (const fixture of [bridges(), markets()]) {
      const paragraphs = fixture.blocks.filter((b) => b.kind === 'paragraph');
      const en = await open(`/en/articles/${fixture.slug}/`);
      const ko = await open(`/ko/articles/${fixture.slug}/`);
      for (const block of paragraphs) {
        const sentences = block.segments.map((s) => plainText(s.source));
        // innerText, not textContent: the text as rendered, after whitespace collapsing.
        // biome-ignore lint/performance/useDomNodeTextContent: rendering is what is under test
        expect(await en.innerText(`#${block.id}`)).toBe(sentences.join(' '));
        const korean = sentences.map((s) => TRANSLATIONS[s]);
        const expected = sentences.map((s, i) => {
          const plan = korean[i];
          if (!plan || !['translated', 'reviewed', 'final'].includes(plan[1])) return s;
          return plan[0].replace(/[[\]]/g, '');
        });
        // biome-ignore lint/performance/useDomNodeTextContent: rendering is what is under test
        expect(await ko.innerText(`#${block.id}`)).toBe(expected.join(' '));
      }
      await en.context().close();
      await ko.context().close();
    }
  });
});

describe.skipIf(BROWSER.missing)('indexing and status', () => {
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');

  it('keeps a translation below its threshold out of the index, hreflang, sitemap and RSS', () => {
    const ko = read('ko/articles/late-edition/index.html');
    expect(ko).toContain('<meta name="robots" content="noindex">');
    expect(ko).not.toContain('hreflang="x-default"');
    const en = read('en/articles/late-edition/index.html');
    expect(en).toContain('hreflang="en"');
    expect(en).not.toMatch(/<link rel="alternate" hreflang="ko"/);
    expect(read('sitemap-1.xml')).not.toContain('/ko/articles/late-edition/');
    expect(read('sitemap-1.xml')).toContain('/en/articles/late-edition/');
    expect(read('ko/rss.xml')).not.toContain('/ko/articles/late-edition/');
    expect(read('en/rss.xml')).toContain('/en/articles/late-edition/');
    // Above its threshold: indexed, in hreflang, sitemap and RSS.
    expect(read('en/articles/bridges-open/index.html')).toMatch(/<link rel="alternate" hreflang="ko"/);
    expect(read('sitemap-1.xml')).toMatch(
      /<loc>https:\/\/dari\.test\/ko\/articles\/bridges-open\/<\/loc>.*hreflang="en"/,
    );
    expect(read('ko/rss.xml')).toContain('/ko/articles/bridges-open/');
  });

  it('shows each language’s status in the switcher', async () => {
    const page = await open('/en/articles/late-edition/');
    expect(await page.textContent('nav.switcher li:has(a[hreflang="ko"])')).toMatch(
      /한국어\s*\(partly translated\)/,
    );
    expect(await page.textContent('nav.switcher li:has(a[hreflang="en"])')).toBe('English');
    await page.goto(`${base}/en/articles/market-notes/`);
    expect((await page.textContent('nav.switcher li:has(a[hreflang="ko"])'))?.trim()).toBe('한국어');
    await page.context().close();
  });

  it('shows on the status page the numbers `dari check` computes, listing only unfinished translations', async () => {
    const report = await checkProject(loadConfig(projectRoot));
    const page = await open('/en/status/');
    const rows = await page.$$eval('tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
    );
    for (const slug of ['bridges-open', 'late-edition']) {
      const file = report.files.find((f) => f.file === `locales/ko/${slug}.xlf`);
      const row = rows.find((r) => r[0] === htmlTitle(slug));
      expect(row, slug).toBeDefined();
      expect(row?.slice(2, 5), slug).toEqual([
        `${file?.counts.percentUnits}%`,
        String(file?.counts.needsReview),
        String(file?.counts.untranslated),
      ]);
    }
    // A complete translation is counted, not listed: the repository's article and market-notes.
    expect(rows.find((r) => r[0] === htmlTitle('market-notes'))).toBeUndefined();
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r[0] === htmlTitle('quiet-day'))?.slice(2, 6)).toEqual([
      '0%',
      '0',
      String(report.files.find((f) => f.file === 'locales/ko/quiet-day.xlf')?.counts.units),
      'not translated yet',
    ]);
    const total = readdirSync(join(projectRoot, 'articles')).length;
    expect(await page.textContent('p.complete')).toBe(
      `Fully translated into every language: ${total - 3} of ${total} articles, not listed below.`,
    );
    // The per-locale total counts article sentences, every article file, complete or not; the
    // interface strings (ui.xlf) are counted apart, not as "sentences".
    const koArticles = report.files.filter((f) => f.locale === 'ko' && !f.file.endsWith('/ui.xlf'));
    const units = koArticles.reduce((n, f) => n + f.counts.units, 0);
    const ui = report.files.find((f) => f.file === 'locales/ko/ui.xlf')?.counts.units;
    const summary = await page.textContent('main > ul li');
    expect(summary).toContain(`of ${units} article sentences`);
    expect(summary).toContain(`Interface: ${ui} of ${ui} strings translated.`);
    await page.context().close();
  });
});

describe.skipIf(BROWSER.missing)('unit inspection', () => {
  it('?inspect shows each unit’s id and state on the page', async () => {
    const page = await open('/ko/articles/bridges-open/?inspect');
    expect(await page.getAttribute('html', 'class')).toContain('inspect');
    const label = await page.$eval(
      '[data-fallback="outdated"]',
      (e) => getComputedStyle(e, '::before').content,
    );
    expect(label).toMatch(/^"[a-z0-9-]+ · needs-review"$/);
    const plain = await open('/ko/articles/bridges-open/');
    expect(await plain.$eval('.u', (e) => getComputedStyle(e, '::before').content)).toBe('none');
    await page.context().close();
    await plain.context().close();
  });
});

describe.skipIf(BROWSER.missing)('Korean typography', () => {
  it('renders Hangul with a real Korean font, keep-all line breaking; screenshots on a phone and a desktop', async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const [name, viewport] of [
      ['phone', { width: 360, height: 740 }],
      ['desktop', { width: 1280, height: 900 }],
    ] as const) {
      const page = await open(`/ko/articles/${SHOWCASE}/`, { viewport });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      // Without a Korean font, Hangul falls back to a face with no Hangul glyphs (empty boxes).
      expect(fonts.map((f) => f.familyName).join(', ')).toMatch(/CJK|KR|Nanum|Gothic|Malgun|Myeongjo/);
      expect(await page.$eval('article p', (e) => getComputedStyle(e).wordBreak)).toBe('keep-all');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SHOTS, `ko-article-${name}.png`), fullPage: true });
      await page.context().close();
    }
  });
});
