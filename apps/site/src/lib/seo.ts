import type { PageStatus, TranslationLevel } from './status.js';

/** One language the page can be read in, as the switcher shows it. */
export interface SwitchLink {
  readonly locale: string;
  readonly href: string;
  readonly level: TranslationLevel;
  readonly current: boolean;
}

/** A `<link rel="alternate" hreflang>` entry. */
export interface Alternate {
  readonly hreflang: string;
  readonly href: string;
}

/** Joins the site's base path and a route path (`/en/articles/x/`), one slash between. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** Absolute URL of a path on the site. */
export function absolute(siteUrl: string, base: string, path: string): string {
  return new URL(withBase(base, path), siteUrl).href;
}

/** Route of an article in a locale. */
export function articlePath(locale: string, slug: string): string {
  return `/${locale}/articles/${slug}/`;
}

/**
 * Alternates of a page (pure): every locale that really has it (indexable), plus `x-default`
 * pointing at the default language's version (else the first live one).
 */
export function alternates(
  statuses: readonly PageStatus[],
  urlOf: (locale: string) => string,
  defaultLocale: string,
): Alternate[] {
  const live = statuses.filter((s) => s.indexable);
  const out: Alternate[] = live.map((s) => ({ hreflang: s.locale, href: urlOf(s.locale) }));
  const fallback = live.find((s) => s.locale === defaultLocale) ?? live[0];
  if (fallback) out.push({ hreflang: 'x-default', href: urlOf(fallback.locale) });
  return out;
}
