import type { APIRoute } from 'astro';
import { unitsHtml } from '../../lib/blocks.js';
import { rssXml } from '../../lib/feeds.js';
import { htmlToText } from '../../lib/html.js';
import { pageContext } from '../../lib/page.js';
import { loadProject, statusesOf, viewOf } from '../../lib/project.js';
import { articlePath } from '../../lib/seo.js';

export async function getStaticPaths() {
  const project = await loadProject();
  return project.config.locales.map((lang) => ({ params: { lang } }));
}

/** RSS 2.0 per locale: only articles whose translation in the locale is indexable. */
export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as string;
  const project = await loadProject();
  const ctx = pageContext(project, lang);
  const items = project.articles
    .filter((a) => statusesOf(project, a).some((s) => s.locale === lang && s.indexable))
    .map((article) => {
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
    });
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
