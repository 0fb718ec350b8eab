import { join } from 'node:path';
import { cacheDirFor } from '@dari/config';
import type { APIRoute } from 'astro';
import { formatDate } from '../../../../lib/article.js';
import { articleHead } from '../../../../lib/article-head.js';
import { cachedCard } from '../../../../lib/card.js';
import { pageContext } from '../../../../lib/page.js';
import { articleBySlug, articleData, loadProject, viewOf } from '../../../../lib/project.js';

/** The share card (og:image) of every article in every locale, drawn at build time. */
export async function getStaticPaths() {
  const project = await loadProject();
  return project.articles.flatMap((article) =>
    project.config.locales.map((lang) => ({ params: { lang, slug: article.slug } })),
  );
}

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as string;
  const project = await loadProject();
  const article = articleBySlug(project, params.slug as string);
  const head = articleHead(project, article, viewOf(await articleData(project, article), lang));
  const png = await cachedCard(join(cacheDirFor(project.config.root), 'cards'), {
    title: head.title,
    lang: head.contentLang,
    site: pageContext(project, lang).siteTitle,
    date: formatDate(article.meta.date, lang),
  });
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
