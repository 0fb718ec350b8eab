import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER } from './browser.js';
import { REPO } from './fixture.js';
import { type Site, startSite } from './harness.js';

// What a share preview, a feed reader and a search engine read: metadata, cards, structured data,
// feeds, sitemaps, robots.txt, the favicon and the host files.
let site: Site;

beforeAll(async () => {
  if (BROWSER.missing) return;
  // "Now" is fixed so the news sitemap's last two days are the fixture's 2024-03-05 and -06.
  site = await startSite({ now: '2024-03-06T12:00:00Z' });
});
afterAll(async () => {
  await site?.close();
});

const read = (path: string) => readFileSync(join(site.dist, path), 'utf8');

/**
 * schema.org's vocabulary as schema-dts (generated from schema.org's published definitions)
 * states it: the properties a type has, through every type it extends.
 */
function schemaOrgProperties(type: string): Set<string> {
  const dts = readFileSync(
    createRequire(join(REPO, 'apps/site/package.json')).resolve('schema-dts/dist/schema.d.ts'),
    'utf8',
  );
  const props = new Set<string>();
  const visit = (name: string) => {
    const at = dts.indexOf(`interface ${name}Base extends `);
    if (at < 0) throw new Error(`schema.org has no type ${name}`);
    const header = dts.slice(at, dts.indexOf('{', at));
    const body = dts.slice(at, dts.indexOf('\n}', at));
    for (const m of body.matchAll(/^ {4}"([A-Za-z@][A-Za-z0-9]*)"\??:/gm)) props.add(m[1] ?? '');
    for (const parent of header.matchAll(/\b([A-Z][A-Za-z]*)Base\b/g))
      if (parent[1] !== name) visit(parent[1] ?? '');
  };
  visit(type);
  return props;
}

/** Every property of a JSON-LD node (and its nested nodes) is one schema.org defines for its @type. */
function validateNode(node: Record<string, unknown>, where: string): string[] {
  const type = String(node['@type']);
  const known = schemaOrgProperties(type);
  const problems: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@')) continue;
    if (!known.has(key)) problems.push(`${where}: ${type} has no property "${key}"`);
    for (const v of Array.isArray(value) ? value : [value])
      if (v && typeof v === 'object' && '@type' in v)
        problems.push(...validateNode(v as Record<string, unknown>, `${where}.${key}`));
  }
  return problems;
}

function jsonLd(path: string): Record<string, unknown> {
  const html = read(path);
  const text = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!text) throw new Error(`no JSON-LD in ${path}`);
  return JSON.parse(text);
}

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1];

describe.skipIf(BROWSER.missing)('share and search metadata', () => {
  it('every article page in every language has description, og:*, article:*, Twitter card and a card image', async () => {
    for (const [path, description] of [
      ['en/articles/bridges-open/index.html', 'Seoul opened two new bridges on Tuesday.'],
      ['ko/articles/bridges-open/index.html', '서울시가 화요일 새 다리 두 개를 개통했다.'],
      // No summary: the first sentence of the body.
      ['en/articles/market-notes/index.html', 'SEOUL -- Stocks closed higher on Monday.'],
      ['ko/articles/market-notes/index.html', '서울 -- 월요일 주가가 상승 마감했다.'],
    ] as const) {
      const html = read(path);
      expect(meta(html, 'description'), path).toBe(description);
      expect(meta(html, 'og:description'), path).toBe(description);
      expect(meta(html, 'twitter:card'), path).toBe('summary_large_image');
      expect(meta(html, 'article:published_time'), path).toMatch(/^2024-03-0\d$/);
      const image = meta(html, 'og:image') ?? '';
      expect(image, path).toBe(`https://dari.test/${path.replace('index.html', 'card.png')}`);
      const response = await fetch(`${site.base}${new URL(image).pathname}`);
      expect(response.headers.get('content-type')).toBe('image/png');
      const png = Buffer.from(await response.arrayBuffer());
      // PNG IHDR: width and height at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
    }
    // One card per language: the Korean card is not the English one.
    expect(read('ko/articles/bridges-open/card.png')).not.toEqual(read('en/articles/bridges-open/card.png'));
    expect(meta(read('en/articles/quiet-day/index.html'), 'article:tag')).toBe('shipping');
  });

  it('NewsArticle JSON-LD is valid schema.org and links the two languages to each other', () => {
    const en = jsonLd('en/articles/market-notes/index.html');
    const ko = jsonLd('ko/articles/market-notes/index.html');
    for (const [name, doc] of [
      ['en', en],
      ['ko', ko],
    ] as const) {
      expect(doc['@context'], name).toBe('https://schema.org');
      expect(doc['@type'], name).toBe('NewsArticle');
      expect(validateNode(doc, name)).toEqual([]);
      expect(doc.datePublished, name).toBe('2024-03-04');
      expect(String(doc.dateModified) >= '2024-03-04', name).toBe(true);
      expect(doc.inLanguage, name).toBe(name);
      expect(doc.author, name).toEqual({
        '@type': 'Organization',
        name: name === 'en' ? 'Dari Test Desk' : '다리 시험 데스크',
      });
    }
    expect(en.headline).toBe('Markets close higher');
    expect(ko.headline).toBe('증시 상승 마감');
    expect(ko.translationOfWork).toMatchObject({
      '@id': 'https://dari.test/en/articles/market-notes/',
      inLanguage: 'en',
    });
    expect(en.workTranslation).toEqual([
      expect.objectContaining({ '@id': 'https://dari.test/ko/articles/market-notes/', inLanguage: 'ko' }),
    ]);
    // A translation not published (below its threshold) is not claimed as one.
    expect(jsonLd('en/articles/late-edition/index.html').workTranslation).toBeUndefined();
    // The check itself catches a property schema.org does not have.
    expect(validateNode({ ...en, headlines: 'x' }, 'en')).toEqual([
      'en: NewsArticle has no property "headlines"',
    ]);
  });
});

describe.skipIf(BROWSER.missing)('crawlers and hosts', () => {
  it('/, /en/ and /ko/ name the same x-default, and / is in the sitemap', () => {
    const xDefault = (path: string) =>
      /<link rel="alternate" hreflang="x-default" href="([^"]+)"/.exec(read(path))?.[1];
    expect(xDefault('index.html')).toBe('https://dari.test/');
    expect(xDefault('en/index.html')).toBe('https://dari.test/');
    expect(xDefault('ko/index.html')).toBe('https://dari.test/');
    expect(read('sitemap-1.xml')).toMatch(
      /<url><loc>https:\/\/dari\.test\/<\/loc><xhtml:link rel="alternate" hreflang="en"/,
    );
  });

  it('/sitemap.xml is a sitemap index naming each sitemap; each is well-formed', () => {
    const index = read('sitemap.xml');
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const named = [...index.matchAll(/<sitemap><loc>https:\/\/dari\.test\/(sitemap-\d+\.xml)<\/loc>/g)].map(
      (m) => m[1],
    );
    // The fixture is far below 50,000 URLs: one sitemap.
    expect(named).toEqual(['sitemap-1.xml']);
    for (const name of ['sitemap.xml', ...named])
      execFileSync('xmllint', ['--noout', join(site.dist, name as string)]);
    expect(read('sitemap-1.xml')).toContain('<loc>https://dari.test/en/articles/bridges-open/</loc>');
  });

  it('serves robots.txt naming the sitemaps, and a favicon, so a first visit logs no 404', async () => {
    const robots = await fetch(`${site.base}/robots.txt`);
    expect(robots.status).toBe(200);
    const text = await robots.text();
    expect(text).toContain('User-agent: *');
    expect(text).toContain('Sitemap: https://dari.test/sitemap.xml');
    site.errors.length = 0;
    const page = await site.open('/ko/articles/bridges-open/');
    await page.waitForTimeout(300);
    expect(site.errors).toEqual([]);
    expect((await fetch(`${site.base}/favicon.svg`)).headers.get('content-type')).toBe('image/svg+xml');
    await page.context().close();
  });

  it('ships the not-found rules for Netlify / Cloudflare Pages and nginx', () => {
    expect(read('_redirects')).toContain('/ko/*  /ko/404.html  404');
    expect(read('_nginx-404.conf')).toContain('error_page 404 /ko/404.html;');
  });

  it('RSS carries the full text, categories, lastBuildDate and a channel image that exists', async () => {
    const ko = read('ko/rss.xml');
    const en = read('en/rss.xml');
    execFileSync('xmllint', ['--noout', join(site.dist, 'ko/rss.xml'), join(site.dist, 'en/rss.xml')]);
    // The full body, not just the summary: the last paragraph's text is in the item.
    // (The unsafe link's text is inert markup of its own; the sentence around it is plain text.)
    expect(ko).toContain('과 같은 위험한 링크는 작동하지 않아야 한다.');
    expect(ko).toMatch(/<content:encoded>.*시는 교통이 나아질 것이라고 밝혔다/);
    expect(ko).not.toMatch(/<content:encoded>[^<]*<script/);
    expect(en).toContain('<category>shipping</category><category>Busan</category>');
    expect(en).toMatch(
      /<lastBuildDate>[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT<\/lastBuildDate>/,
    );
    const image = /<image><url>([^<]+)<\/url>/.exec(en)?.[1] ?? '';
    const response = await fetch(`${site.base}${new URL(image).pathname}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
  });

  it('a Google News sitemap lists the last two days’ published versions only', () => {
    execFileSync('xmllint', ['--noout', join(site.dist, 'news-sitemap.xml')]);
    const news = read('news-sitemap.xml');
    const locs = [...news.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain('https://dari.test/en/articles/late-edition/');
    expect(locs).toContain('https://dari.test/en/articles/bridges-open/');
    expect(locs).toContain('https://dari.test/en/articles/market-notes/');
    expect(locs).toContain('https://dari.test/ko/articles/market-notes/');
    // Older than two days, and a translation below its threshold: not listed.
    expect(locs).not.toContain('https://dari.test/en/articles/quiet-day/');
    expect(locs).not.toContain('https://dari.test/ko/articles/late-edition/');
    expect(news).toContain('<news:title>증시 상승 마감</news:title>');
  });
});
