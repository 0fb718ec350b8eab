import { describe, expect, it } from 'vitest';
import { nginxSnippet, redirectsFile, robotsTxt } from './hosting.js';

describe('host files', () => {
  it('robots.txt allows crawling and names the sitemaps', () => {
    expect(robotsTxt(['https://x.test/sitemap.xml'])).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://x.test/sitemap.xml\n',
    );
  });

  it('_redirects sends a missing page to its locale’s 404 page with status 404, under the base path', () => {
    const file = redirectsFile(['en', 'ko', 'ja'], '/news/');
    expect(file).toContain('/news/ko/*  /news/ko/404.html  404\n');
    expect(file).toContain('/news/ja/*  /news/ja/404.html  404\n');
    // The catch-all comes last: Netlify applies the first rule that matches.
    expect(file.trim().split('\n').at(-1)).toBe('/news/*  /news/404.html  404');
    expect(redirectsFile(['en'], '/')).toContain('/en/*  /en/404.html  404');
  });

  it('nginx snippet has one location per locale with its error_page', () => {
    const conf = nginxSnippet(['en', 'ko'], '/');
    expect(conf).toContain(
      'location /ko/ {\n    try_files $uri $uri/ =404;\n    error_page 404 /ko/404.html;\n}',
    );
    expect(conf).toContain('error_page 404 /404.html;');
  });
});
