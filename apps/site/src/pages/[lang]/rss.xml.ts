import type { APIRoute } from 'astro';
import { articleHead } from '../../lib/article-head.js';
import { bodyHtml, unitsHtml } from '../../lib/blocks.js';
import { FEED_SIZE, firstMatching, rssXml } from '../../lib/feeds.js';
import { htmlToText } from '../../lib/html.js';
import { pageContext } from '../../lib/page.js';
import { articleData, loadProject, localesToBuild, statusOf, viewOf } from '../../lib/project.js';
import { articlePath } from '../../lib/seo.js';

export async function getStaticPaths() {
  const project = await loadProject();
  return localesToBuild(project).map((lang) => ({ params: { lang } }));
}

/**
 * RSS 2.0 per locale: the newest 50 (`FEED_SIZE`) articles whose version in the locale is
 * indexable, newest first, each with its full text. A feed reader wants what is new, not a
 * 10,000-item archive; the paginated article list holds the rest.
 */
export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as string;
  const project = await loadProject();
  const ctx = pageContext(project, lang);
  const newest = firstMatching(project.articles, (a) => statusOf(project, a, lang).indexable, FEED_SIZE);
  // One article loaded at a time: a full-text feed of 50 is 50 articles, not the archive.
  const loaded = [];
  for (const article of newest) loaded.push({ article, data: await articleData(project, article) });
  const items = loaded.map(({ article, data }) => {
    const view = viewOf(data, lang);
    const head = articleHead(project, article, view);
    const block = (kind: string) => view.blocks.find((b) => b.kind === kind);
    const summary = block('summary');
    const credit = block('credit');
    const body = view.blocks.filter((b) => !['title', 'summary', 'dateline', 'credit'].includes(b.kind));
    const html = [
      summary ? `<p><strong>${unitsHtml(summary, lang)}</strong></p>` : '',
      bodyHtml(body, lang),
      credit ? `<p>${unitsHtml(credit, lang)}</p>` : '',
    ].join('');
    return {
      title: head.title,
      link: ctx.url(articlePath(lang, article.slug)),
      date: article.meta.date,
      description: summary ? htmlToText(unitsHtml(summary, lang)) : head.description,
      html,
      categories: head.tags,
      modified: head.modified,
    };
  });
  const body = rssXml({
    title: ctx.siteTitle,
    link: ctx.url(`/${lang}/`),
    self: ctx.url(`/${lang}/rss.xml`),
    description: ctx.t('list.description'),
    language: lang,
    image: { url: ctx.url('/icon.png'), title: ctx.siteTitle, width: 144, height: 144 },
    items,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
