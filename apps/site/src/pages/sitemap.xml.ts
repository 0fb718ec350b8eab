import type { APIRoute } from 'astro';
import { sitemapIndexXml } from '../lib/feeds.js';
import { pageContext } from '../lib/page.js';
import { loadProject } from '../lib/project.js';
import { sitemapPath, sitemapsOf } from '../lib/sitemap.js';

/**
 * The sitemap index: one sitemap per 50,000 URLs (`/sitemap-<n>.xml`), so an archive of any size
 * stays within what crawlers read. robots.txt names this file.
 */
export const GET: APIRoute = async () => {
  const project = await loadProject();
  const ctx = pageContext(project, project.config.sourceLocale);
  const index = sitemapsOf(project).map((_, i) => ({ loc: ctx.url(sitemapPath(i + 1)) }));
  return new Response(sitemapIndexXml(index), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
