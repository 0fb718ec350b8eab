import { describe, expect, it } from 'vitest';
import { rssXml, sitemapXml } from './feeds.js';

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
});
