import { describe, expect, it } from 'vitest';
import { FEED_SIZE, firstMatching, rssXml, sitemapXml } from './feeds.js';

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
