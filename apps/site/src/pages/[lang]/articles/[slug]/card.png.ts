import { join } from 'node:path';
import { cacheDirFor } from '@dari/config';
import type { APIRoute } from 'astro';
import { formatDate } from '../../../../lib/article.js';
import { cardTitle } from '../../../../lib/article-head.js';
import { cachedCard } from '../../../../lib/card.js';
import { pageContext } from '../../../../lib/page.js';
import { articleBySlug, articlesToBuild, loadProject, localesToBuild } from '../../../../lib/project.js';

/** The share card (og:image) of every article in every locale, drawn at build time. */
export async function getStaticPaths() {
  const project = await loadProject();
  return articlesToBuild(project).flatMap((article) =>
    localesToBuild(project).map((lang) => ({ params: { lang, slug: article.slug } })),
  );
}

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as string;
  const project = await loadProject();
  const article = articleBySlug(project, params.slug as string);
  // From the index: drawing a card (or finding it drawn) never loads the article.
  const title = cardTitle(article, lang);
  const png = await cachedCard(join(cacheDirFor(project.config.root), 'cards'), {
    title: title.text,
    lang: title.lang,
    site: pageContext(project, lang).siteTitle,
    date: formatDate(article.meta.date, lang),
  });
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
