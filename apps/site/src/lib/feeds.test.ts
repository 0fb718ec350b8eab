import { describe, expect, it } from 'vitest';
import {
  FEED_SIZE,
  firstMatching,
  newsSitemapXml,
  recentNews,
  rssXml,
  sitemapChunks,
  sitemapIndexXml,
  sitemapUrl,
  sitemapXml,
  urlsetXml,
} from './feeds.js';

describe('feeds', () => {
  it('writes a sitemap with escaped hreflang alternates', () => {
    const xml = sitemapXml([
      {
        loc: 'https://d.test/en/?a=1&b=2',
        lastmod: '2017-08-17',
        alternates: [{ hreflang: 'ko', href: 'https://d.test/ko/' }],
      },
    ]);
    expect(xml).toContain('<loc>https://d.test/en/?a=1&#38;b=2</loc><lastmod>2017-08-17</lastmod>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="ko" href="https://d.test/ko/"/>');
  });

  it('splits the sitemap at the URL limit, in order, every URL in exactly one sitemap', () => {
    const urls = Array.from({ length: 7 }, (_, i) =>
      sitemapUrl({ loc: `https://d.test/en/articles/a${i}/`, alternates: [] }),
    );
    const chunks = sitemapChunks(urls, { urls: 3, bytes: 1e9 });
    expect(chunks.map((c) => c.length)).toEqual([3, 3, 1]);
    expect(chunks.flat()).toEqual(urls);
    // Exactly at the limit: no empty trailing sitemap.
    expect(sitemapChunks(urls.slice(0, 6), { urls: 3, bytes: 1e9 })).toHaveLength(2);
    // No URL at all still gives one (valid, empty) sitemap for the index to name.
    expect(sitemapChunks([], { urls: 3, bytes: 1e9 })).toEqual([[]]);
  });

  it('splits the sitemap before it passes the byte limit, whole URLs only', () => {
    const urls = Array.from({ length: 5 }, (_, i) =>
      sitemapUrl({ loc: `https://d.test/${i}`, alternates: [] }),
    );
    const limit = Buffer.byteLength(urlsetXml(urls.slice(0, 2)));
    const chunks = sitemapChunks(urls, { urls: 50_000, bytes: limit });
    expect(chunks.map((c) => c.length)).toEqual([2, 2, 1]);
    for (const c of chunks) expect(Buffer.byteLength(urlsetXml(c))).toBeLessThanOrEqual(limit);
  });

  it('writes a sitemap index naming each sitemap, escaped', () => {
    const xml = sitemapIndexXml([
      { loc: 'https://d.test/sitemap-1.xml' },
      { loc: 'https://d.test/s?a=1&b=2' },
    ]);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<sitemap><loc>https://d.test/sitemap-1.xml</loc></sitemap>');
    expect(xml).toContain('<loc>https://d.test/s?a=1&#38;b=2</loc>');
  });

  it('writes an RSS item per article with an RFC 822 date and escaped text', () => {
    const xml = rssXml({
      title: '다리',
      link: 'https://d.test/ko/',
      self: 'https://d.test/ko/rss.xml',
      description: 'd',
      language: 'ko',
      items: [
        {
          title: 'A <b> & "c"',
          link: 'https://d.test/ko/articles/a/',
          date: '2017-08-17',
          description: undefined,
        },
      ],
    });
    expect(xml).toContain('<title>A &#60;b&#62; &#38; &#34;c&#34;</title>');
    expect(xml).toContain('<pubDate>Thu, 17 Aug 2017 00:00:00 GMT</pubDate>');
    expect(xml).toContain('<language>ko</language>');
  });

  it('carries the full text, categories, a channel image and lastBuildDate (the newest change)', () => {
    const xml = rssXml({
      title: 'Dari',
      link: 'https://d.test/en/',
      self: 'https://d.test/en/rss.xml',
      description: 'd',
      language: 'en',
      image: { url: 'https://d.test/icon.png', title: 'Dari', width: 144, height: 144 },
      items: [
        {
          title: 'A',
          link: 'l1',
          date: '2024-03-05',
          description: 'x',
          html: '<p>One ]]> two &amp;</p>',
          categories: ['trade', 'R&D'],
        },
        { title: 'B', link: 'l2', date: '2024-03-04', description: 'y', modified: '2024-03-09T10:00:00Z' },
      ],
    });
    expect(xml).toContain(
      '<content:encoded>&#60;p&#62;One ]]&#62; two &#38;amp;&#60;/p&#62;</content:encoded>',
    );
    expect(xml).toContain('<category>trade</category><category>R&#38;D</category>');
    expect(xml).toContain('<lastBuildDate>Sat, 09 Mar 2024 10:00:00 GMT</lastBuildDate>');
    expect(xml).toContain(
      '<image><url>https://d.test/icon.png</url><title>Dari</title><link>https://d.test/en/</link>',
    );
    expect(xml).toContain('xmlns:content="http://purl.org/rss/1.0/modules/content/"');
  });

  it('a Google News sitemap lists only the last two days', () => {
    const now = new Date('2024-03-10T12:00:00Z');
    const all = ['2024-03-10', '2024-03-09', '2024-03-08', '2024-03-07', '2024-03-11'].map((date) => ({
      date,
    }));
    expect(recentNews(all, now).map((e) => e.date)).toEqual(['2024-03-10', '2024-03-09', '2024-03-08']);
    const xml = newsSitemapXml('다리', [
      { loc: 'https://d.test/ko/a/', title: 'T & U', language: 'ko', date: '2024-03-10' },
    ]);
    expect(xml).toContain('<news:name>다리</news:name><news:language>ko</news:language>');
    expect(xml).toContain(
      '<news:publication_date>2024-03-10</news:publication_date><news:title>T &#38; U</news:title>',
    );
  });

  it('a feed takes the newest indexable items only, up to its size', () => {
    // Newest first, every third one not indexable (a translation below its threshold).
    const archive = Array.from({ length: 10_000 }, (_, i) => ({ n: i, indexable: i % 3 !== 2 }));
    const seen: number[] = [];
    const feed = firstMatching(
      archive,
      (a) => {
        seen.push(a.n);
        return a.indexable;
      },
      FEED_SIZE,
    );
    expect(FEED_SIZE).toBe(50);
    expect(feed).toHaveLength(50);
    expect(feed[0]?.n).toBe(0);
    expect(feed.every((a) => a.indexable)).toBe(true);
    expect(feed.at(-1)?.n).toBe(73);
    // It stops at the 50th match instead of walking the whole archive.
    expect(seen).toHaveLength(74);
    expect(firstMatching(archive.slice(0, 4), (a) => a.indexable, FEED_SIZE).map((a) => a.n)).toEqual([
      0, 1, 3,
    ]);
    expect(firstMatching(archive, () => true, 0)).toEqual([]);
  });
});
