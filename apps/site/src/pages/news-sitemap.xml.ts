import type { APIRoute } from 'astro';
import { type NewsEntry, newsSitemapXml, recentNews } from '../lib/feeds.js';
import { htmlToText } from '../lib/html.js';
import { pageContext } from '../lib/page.js';
import { loadProject, statusesOf, titleHtml } from '../lib/project.js';
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
      const ctx = pageContext(project, s.locale);
      entries.push({
        loc: ctx.url(articlePath(s.locale, article.slug)),
        title: htmlToText(titleHtml(article, s.locale)),
        language: s.locale,
        date: article.meta.date,
      });
    }
  const publication = pageContext(project, project.config.sourceLocale).siteTitle;
  return new Response(newsSitemapXml(publication, entries), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
