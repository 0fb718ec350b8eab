import type { ArticleView, BlockView } from './article.js';
import { blockLang, unitsHtml } from './blocks.js';
import { CARD } from './card.js';
import { htmlToText } from './html.js';
import { metaDescription } from './meta.js';
import { pageContext } from './page.js';
import { type ArticleEntry, type Project, statusesOf, xliffFileOf } from './project.js';
import { articlePath } from './seo.js';
import { jsonLdText, newsArticleLd } from './structured.js';

/** The text of a block and the language it is in (a block that is all fallback is in the source language). */
function textOf(block: BlockView | undefined, lang: string): { text: string; lang: string } | undefined {
  if (!block || block.units.length === 0) return undefined;
  return { text: htmlToText(unitsHtml(block, lang)), lang: blockLang(block, lang) };
}

/**
 * What an article's share card says in a locale, from the index alone (the card is the one page
 * of an article that needs no body): the same title and language as the page's head.
 */
export function cardTitle(article: ArticleEntry, lang: string): { text: string; lang: string } {
  const html = article.titles[lang];
  if (html === undefined) return { text: article.slug, lang };
  return { text: htmlToText(html), lang: article.titleLangs[lang] ?? lang };
}

/** Tags of an article's frontmatter (`tags: [a, b]` or `tags: a, b`). */
export function tagsOf(article: ArticleEntry): string[] {
  const raw = article.meta.extra.tags;
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [];
  return list.map((t) => String(t).trim()).filter((t) => t !== '');
}

/** What an article page's head and share card say, in the page's locale. */
export interface ArticleHead {
  readonly title: string;
  /** Language the title and description are in: the page's, or the source's when the title is not translated. */
  readonly contentLang: string;
  readonly description: string | undefined;
  readonly image: { url: string; alt: string; width: number; height: number };
  readonly published: string;
  readonly modified: string;
  readonly tags: string[];
  readonly jsonLd: string;
}

/**
 * The head of an article page: description from the summary, else the first sentence of the
 * body; a share card per language; dates; NewsArticle JSON-LD linking the language versions.
 */
export function articleHead(project: Project, article: ArticleEntry, view: ArticleView): ArticleHead {
  const lang = view.locale;
  const ctx = pageContext(project, lang);
  const byKind = (kind: string) => view.blocks.find((b) => b.kind === kind);
  const title = textOf(byKind('title'), lang) ?? { text: article.slug, lang };
  const firstParagraph = byKind('paragraph');
  const lead =
    textOf(byKind('summary'), lang) ??
    (firstParagraph?.units[0]
      ? textOf({ ...firstParagraph, units: firstParagraph.units.slice(0, 1) }, lang)
      : undefined);
  const description = lead ? metaDescription(lead.text) : undefined;
  const url = ctx.url(articlePath(lang, article.slug));
  // ISO dates compare as strings; a translation edited before the article's date still reads as that date.
  const changed = project.lastChange.get(xliffFileOf(project, lang, article.slug)) ?? article.meta.date;
  const modified = [changed, article.meta.date].sort().at(-1) ?? article.meta.date;
  const statuses = statusesOf(project, article);
  const live = statuses.filter((s) => s.indexable && s.locale !== article.meta.lang);
  const versionOf = (l: string) => ({ url: ctx.url(articlePath(l, article.slug)), lang: l });
  const image = { url: `${url}card.png`, alt: title.text, ...CARD };
  const credit = textOf(byKind('credit'), lang)?.text;
  const ld = newsArticleLd({
    url,
    headline: title.text,
    description,
    datePublished: article.meta.date,
    dateModified: modified,
    inLanguage: lang,
    credit,
    publisher: { name: ctx.siteTitle, url: ctx.url('/') },
    image: image.url,
    original: lang === article.meta.lang ? undefined : versionOf(article.meta.lang),
    translations: lang === article.meta.lang ? live.map((s) => versionOf(s.locale)) : [],
  });
  return {
    title: title.text,
    contentLang: title.lang,
    description,
    image,
    published: article.meta.date,
    modified,
    tags: tagsOf(article),
    jsonLd: jsonLdText(ld),
  };
}
