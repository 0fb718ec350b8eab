import { type ArticleDocument, type Block, plainText, type UnitState } from '@dari/core';
import type { UnitInfo, UnitText } from '@dari/i18n';
import { carriedCodes, codeTable, partsOf, renderUnit } from './render.js';

/**
 * Why a unit shows the source text: not translated yet, translated from a source that has since
 * changed (`outdated`), or put back into review with its source unchanged (`review`).
 */
export type FallbackReason = 'untranslated' | 'outdated' | 'review';

/** One sentence as the page shows it. */
export interface UnitView {
  readonly id: string;
  /** Escaped HTML of the unit's text with its inline codes (see render.ts). */
  readonly html: string;
  /** The language the text is in: the page's locale, or the source language on fallback. */
  readonly lang: string;
  readonly fallback: FallbackReason | undefined;
  /** State in this locale's XLIFF; `source` on the source-language page. */
  readonly state: UnitState | 'source' | 'missing';
}

/** One block (paragraph, heading, …) with its shared anchor. */
export interface BlockView {
  readonly id: string;
  readonly kind: Block['kind'];
  readonly depth: number | undefined;
  readonly ordered: boolean | undefined;
  readonly raw: string | undefined;
  readonly attrs: Readonly<Record<string, string>> | undefined;
  readonly units: readonly UnitView[];
}

/** An article in one locale, ready for a template. */
export interface ArticleView {
  readonly slug: string;
  readonly locale: string;
  readonly sourceLang: string;
  readonly date: string;
  readonly blocks: readonly BlockView[];
  /** Units in the article (title, summary, dateline and credit included). */
  readonly units: number;
  /** Fallback units by reason, for the page notices. */
  readonly fallbacks: Readonly<Record<FallbackReason, number>>;
}

/** How the view looks text and state up; the site passes i18next and the XLIFF states. */
export interface ArticleSources {
  text(request: { namespace: string; id: string; locale: string; sourceLang: string }): UnitText | undefined;
  info(locale: string, namespace: string, id: string): UnitInfo | undefined;
  /** Whether a unit in review is there because its source really changed (see changes.ts). */
  sourceChanged(locale: string, namespace: string, id: string): boolean;
}

/**
 * Builds the article in a locale (pure): the skeleton (blocks, codes, order) comes from the source
 * article, the text of every unit from the resources; a unit without a readable translation shows
 * its source text, marked with the source language and the reason.
 */
export function articleView(article: ArticleDocument, locale: string, sources: ArticleSources): ArticleView {
  const sourceLang = article.meta.lang;
  const fallbacks = { untranslated: 0, outdated: 0, review: 0 };
  const blocks = article.blocks.map((block): BlockView => {
    const carried = carriedCodes(block.segments.map((s) => s.source));
    const units = block.segments.map((segment, i): UnitView => {
      const found = sources.text({ namespace: article.slug, id: segment.id, locale, sourceLang });
      const parts = found?.parts ?? partsOf(segment.source);
      const lang = found?.lang ?? sourceLang;
      const info = locale === sourceLang ? undefined : sources.info(locale, article.slug, segment.id);
      let fallback: FallbackReason | undefined;
      if (lang !== locale) {
        fallback =
          info?.state !== 'needs-review'
            ? 'untranslated'
            : sources.sourceChanged(locale, article.slug, segment.id)
              ? 'outdated'
              : 'review';
        fallbacks[fallback]++;
      }
      return {
        id: segment.id,
        html: renderUnit(parts, codeTable(segment.source), carried[i]),
        lang,
        fallback,
        state: locale === sourceLang ? 'source' : (info?.state ?? 'missing'),
      };
    });
    return {
      id: block.id,
      kind: block.kind,
      depth: block.depth,
      ordered: block.ordered,
      raw: block.raw,
      attrs: block.attrs,
      units,
    };
  });
  const units = blocks.reduce((n, b) => n + b.units.length, 0);
  return { slug: article.slug, locale, sourceLang, date: article.meta.date, blocks, units, fallbacks };
}

/** The plain source text of a block, sentences joined as the article has them. */
export function sourceText(block: Block): string {
  return block.segments.map((s) => plainText(s.source)).join(' ');
}

// Cache: one formatter per locale (a handful of entries): building an Intl.DateTimeFormat costs far
// more than using it, and every page prints dates.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The date of an article in a locale's own format (UTC, so a build anywhere prints the same day). */
export function formatDate(date: string, locale: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(parsed);
}
