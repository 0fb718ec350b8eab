import type { APIRoute } from 'astro';
import { unitsHtml } from '../../lib/blocks.js';
import { FEED_SIZE, firstMatching, rssXml } from '../../lib/feeds.js';
import { htmlToText } from '../../lib/html.js';
import { pageContext } from '../../lib/page.js';
import { loadProject, statusOf, viewOf } from '../../lib/project.js';
import { articlePath } from '../../lib/seo.js';

export async function getStaticPaths() {
  const project = await loadProject();
  return project.config.locales.map((lang) => ({ params: { lang } }));
}

/**
 * RSS 2.0 per locale: the newest 50 (`FEED_SIZE`) articles whose version in the locale is
 * indexable, newest first. A feed reader wants what is new, not a 10,000-item archive; the
 * paginated article list holds the rest.
 */
export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as string;
  const project = await loadProject();
  const ctx = pageContext(project, lang);
  const items = firstMatching(project.articles, (a) => statusOf(project, a, lang).indexable, FEED_SIZE).map(
    (article) => {
      const view = viewOf(project, article, lang);
      const text = (kind: string) => {
        const block = view.blocks.find((b) => b.kind === kind);
        return block ? htmlToText(unitsHtml(block, lang)) : undefined;
      };
      return {
        title: text('title') ?? article.slug,
        link: ctx.url(articlePath(lang, article.slug)),
        date: article.meta.date,
        description:
          text('summary') ??
          view.blocks
            .find((b) => b.kind === 'paragraph')
            ?.units.map((u) => htmlToText(u.html))
            .join(' '),
      };
    },
  );
  const body = rssXml({
    title: ctx.siteTitle,
    link: ctx.url(`/${lang}/`),
    self: ctx.url(`/${lang}/rss.xml`),
    description: ctx.t('list.description'),
    language: lang,
    items,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
