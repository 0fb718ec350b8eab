import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/hosting.js';
import { pageContext } from '../lib/page.js';
import { loadProject } from '../lib/project.js';

/** robots.txt: everything may be crawled (noindex pages say so themselves); where the sitemaps are. */
export const GET: APIRoute = async () => {
  const project = await loadProject();
  const ctx = pageContext(project, project.config.sourceLocale);
  return new Response(robotsTxt([ctx.url('/sitemap.xml'), ctx.url('/news-sitemap.xml')]), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
