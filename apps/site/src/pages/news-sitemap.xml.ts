import type { APIRoute } from 'astro';
import { articleHead } from '../lib/article-head.js';
import { type NewsEntry, newsSitemapXml, recentNews } from '../lib/feeds.js';
import { pageContext } from '../lib/page.js';
import { articleData, loadProject, statusesOf, viewOf } from '../lib/project.js';
import { articlePath } from '../lib/seo.js';

/**
 * Google News sitemap: the indexable language versions of the articles of the last two days (as
 * of the build; `DARI_NOW` fixes "now" for a reproducible build). Often empty, which is valid.
 */
export const GET: APIRoute = async () => {
  const project = await loadProject();
  const now = process.env.DARI_NOW ? new Date(process.env.DARI_NOW) : new Date();
  const entries: NewsEntry[] = [];
  for (const article of recentNews(
    project.articles.map((a) => ({ a, date: a.meta.date })),
    now,
  ).map((x) => x.a))
    for (const s of statusesOf(project, article).filter((x) => x.indexable)) {
      const data = await articleData(project, article);
      const ctx = pageContext(project, s.locale);
      entries.push({
        loc: ctx.url(articlePath(s.locale, article.slug)),
        title: articleHead(project, article, viewOf(data, s.locale)).title,
        language: s.locale,
        date: article.meta.date,
      });
    }
  const publication = pageContext(project, project.config.sourceLocale).siteTitle;
  return new Response(newsSitemapXml(publication, entries), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
