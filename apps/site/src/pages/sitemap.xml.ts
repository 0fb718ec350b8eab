import type { APIRoute } from 'astro';
import { type SitemapEntry, sitemapXml } from '../lib/feeds.js';
import { listPageCount, statusPageCount } from '../lib/lists.js';
import { everyLocale, listXDefault, pageContext } from '../lib/page.js';
import { pagePath } from '../lib/pager.js';
import { loadProject, statusesOf } from '../lib/project.js';
import { alternates, articlePath } from '../lib/seo.js';

/**
 * Sitemap with hreflang alternates: every page of the article list and of the status page in
 * every locale (page n has the same content in each), indexable articles only.
 */
export const GET: APIRoute = async () => {
  const project = await loadProject();
  const { locales, sourceLocale } = project.config;
  const ctx = pageContext(project, sourceLocale);
  const entries: SitemapEntry[] = [];
  const lists = [
    { first: (l: string) => `/${l}/`, pages: listPageCount(project) },
    { first: (l: string) => `/${l}/status/`, pages: statusPageCount(project) },
  ];
  for (const { first, pages } of lists)
    for (let n = 1; n <= pages; n++) {
      const pathOf = (l: string) => pagePath(first(l), n);
      const { alternates: alts } = everyLocale(
        project,
        sourceLocale,
        pathOf,
        first === lists[0]?.first ? listXDefault(n) : undefined,
      );
      // The language chooser `/` is the x-default of the first list page: listed with the same alternates.
      if (n === 1 && first === lists[0]?.first) entries.push({ loc: ctx.url('/'), alternates: alts });
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
