import type { APIRoute } from 'astro';
import { type SitemapEntry, sitemapXml } from '../lib/feeds.js';
import { everyLocale, pageContext } from '../lib/page.js';
import { loadProject, statusesOf } from '../lib/project.js';
import { alternates, articlePath } from '../lib/seo.js';

/** Sitemap with hreflang alternates: list and status pages in every locale, indexable articles only. */
export const GET: APIRoute = async () => {
  const project = await loadProject();
  const { locales, sourceLocale } = project.config;
  const ctx = pageContext(project, sourceLocale);
  const entries: SitemapEntry[] = [];
  for (const pathOf of [(l: string) => `/${l}/`, (l: string) => `/${l}/status/`]) {
    const { alternates: alts } = everyLocale(project, sourceLocale, pathOf);
    for (const l of locales) entries.push({ loc: ctx.url(pathOf(l)), alternates: alts });
  }
  for (const article of project.articles) {
    const statuses = statusesOf(project, article);
    const alts = alternates(statuses, (l) => ctx.url(articlePath(l, article.slug)), article.meta.lang);
    for (const s of statuses.filter((x) => x.indexable))
      entries.push({
        loc: ctx.url(articlePath(s.locale, article.slug)),
        lastmod: article.meta.date,
        alternates: alts,
      });
  }
  return new Response(sitemapXml(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
