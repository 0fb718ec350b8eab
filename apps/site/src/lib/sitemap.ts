import { type SitemapEntry, sitemapChunks, sitemapUrl } from './feeds.js';
import { listPageCount, statusPageCount } from './lists.js';
import { everyLocale, listXDefault, pageContext } from './page.js';
import { pagePath } from './pager.js';
import { type Project, statusesOf } from './project.js';
import { alternates, articlePath } from './seo.js';

/**
 * Every URL of the sitemap with hreflang alternates: each page of the article list and of the
 * status page in every locale (page n has the same content in each), indexable articles only.
 * Built from the index alone (statuses, dates): no article is loaded.
 */
export function* sitemapEntries(project: Project): Generator<SitemapEntry> {
  const { locales, sourceLocale } = project.config;
  const ctx = pageContext(project, sourceLocale);
  const lists = [
    { first: (l: string) => `/${l}/`, pages: listPageCount(project), articleList: true },
    { first: (l: string) => `/${l}/status/`, pages: statusPageCount(project), articleList: false },
  ];
  for (const { first, pages, articleList } of lists)
    for (let n = 1; n <= pages; n++) {
      const pathOf = (l: string) => pagePath(first(l), n);
      const { alternates: alts } = everyLocale(
        project,
        sourceLocale,
        pathOf,
        articleList ? listXDefault(n) : undefined,
      );
      // The language chooser `/` is the x-default of the first list page: listed with the same alternates.
      if (n === 1 && articleList) yield { loc: ctx.url('/'), alternates: alts };
      for (const l of locales) yield { loc: ctx.url(pathOf(l)), alternates: alts };
    }
  for (const article of project.articles) {
    const statuses = statusesOf(project, article);
    const alts = alternates(statuses, (l) => ctx.url(articlePath(l, article.slug)), article.meta.lang);
    for (const s of statuses.filter((x) => x.indexable))
      yield {
        loc: ctx.url(articlePath(s.locale, article.slug)),
        lastmod: article.meta.date,
        alternates: alts,
      };
  }
}

const chunked = new WeakMap<Project, string[][]>();

/** The sitemaps of a project (rendered `<url>` elements, split within the limits), computed once per build. */
export function sitemapsOf(project: Project): string[][] {
  let chunks = chunked.get(project);
  if (!chunks) {
    chunks = sitemapChunks(Array.from(sitemapEntries(project), sitemapUrl));
    chunked.set(project, chunks);
  }
  return chunks;
}

/** Route of the n-th sitemap (1-based). */
export function sitemapPath(n: number): string {
  return `/sitemap-${n}.xml`;
}
