import { join } from 'node:path';
import { cacheDirFor } from '@dari/config';
import type { APIRoute } from 'astro';
import { formatDate } from '../../../../lib/article.js';
import { cardTitle } from '../../../../lib/article-head.js';
import { type CardText, cachedCard } from '../../../../lib/card.js';
import { cardDrawingSlot, cardWorkersAvailable, drawCardsInWorkers } from '../../../../lib/card-pool.js';
import { pageContext } from '../../../../lib/page.js';
import {
  type ArticleEntry,
  articleBySlug,
  articlesToBuild,
  loadProject,
  localesToBuild,
  type Project,
} from '../../../../lib/project.js';

/** What the card of `article` in `lang` says, from the index: a card never loads the article. */
function cardText(project: Project, article: ArticleEntry, lang: string): CardText {
  const title = cardTitle(article, lang);
  return {
    title: title.text,
    lang: title.lang,
    site: pageContext(project, lang).siteTitle,
    date: formatDate(article.meta.date, lang),
  };
}

const cardsDir = (project: Project) => join(cacheDirFor(project.config.root), 'cards');

/**
 * The share card (og:image) of every article in every locale, drawn at build time. A build starts
 * drawing the cards not yet cached on worker threads here, while Astro renders the other pages;
 * each card's page waits for its own.
 */
export async function getStaticPaths() {
  const project = await loadProject();
  const paths = articlesToBuild(project).flatMap((article) =>
    localesToBuild(project).map((lang) => ({ article, lang })),
  );
  if (!import.meta.env.DEV && cardWorkersAvailable()) {
    drawCardsInWorkers(
      cardsDir(project),
      paths.map(({ article, lang }) => ({
        text: cardText(project, article, lang),
        label: `${lang}/${article.slug}`,
      })),
      undefined,
      (drawing) => cardDrawingSlot.set(drawing),
    );
  }
  return paths.map(({ article, lang }) => ({ params: { lang, slug: article.slug } }));
}

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as string;
  const project = await loadProject();
  const article = articleBySlug(project, params.slug as string);
  const png = await cachedCard(
    cardsDir(project),
    cardText(project, article, lang),
    `${lang}/${article.slug}`,
  );
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
