import type { NewsArticle, WithContext } from 'schema-dts';

/** One language version of an article, as structured data links it. */
export interface VersionRef {
  readonly url: string;
  readonly lang: string;
}

/** What the NewsArticle JSON-LD of one article page says. */
export interface NewsArticleInput {
  readonly url: string;
  readonly headline: string;
  readonly description: string | undefined;
  /** `YYYY-MM-DD` or an ISO date-time. */
  readonly datePublished: string;
  readonly dateModified: string;
  readonly inLanguage: string;
  /** The article's credit line, else undefined (the publisher stands as author). */
  readonly credit: string | undefined;
  readonly publisher: { readonly name: string; readonly url: string };
  readonly image: string;
  /** On a translation: the original it was translated from. */
  readonly original: VersionRef | undefined;
  /** On the original: its published (indexable) translations. */
  readonly translations: readonly VersionRef[];
}

/**
 * NewsArticle JSON-LD (pure), typed against schema.org's vocabulary (schema-dts): a property or
 * type schema.org does not define fails the typecheck. The two languages link each other with
 * `translationOfWork` / `workTranslation`.
 */
export function newsArticleLd(input: NewsArticleInput): WithContext<NewsArticle> {
  const publisher = {
    '@type': 'NewsMediaOrganization',
    name: input.publisher.name,
    url: input.publisher.url,
  } as const;
  const ref = (v: VersionRef) =>
    ({ '@type': 'NewsArticle', '@id': v.url, url: v.url, inLanguage: v.lang }) as const;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': input.url,
    url: input.url,
    mainEntityOfPage: input.url,
    headline: input.headline,
    ...(input.description ? { description: input.description } : {}),
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    inLanguage: input.inLanguage,
    image: [input.image],
    author: input.credit ? { '@type': 'Organization', name: input.credit } : publisher,
    ...(input.credit ? { creditText: input.credit } : {}),
    publisher,
    ...(input.original ? { translationOfWork: ref(input.original) } : {}),
    ...(input.translations.length > 0 ? { workTranslation: input.translations.map(ref) } : {}),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text can close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
