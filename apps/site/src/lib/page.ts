import type { ArticleEntry, Project } from './project.js';
import { type Alternate, absolute, alternates, articlePath, type SwitchLink, withBase } from './seo.js';
import type { PageStatus } from './status.js';
import { type UiText, uiText } from './ui.js';

/** What every page of a locale needs: strings, titles, URL helpers. */
export interface PageContext {
  readonly locale: string;
  readonly t: UiText;
  readonly siteTitle: string;
  readonly base: string;
  /** Base-relative href of a route path. */
  href(path: string): string;
  /** Absolute URL of a route path. */
  url(path: string): string;
  /** A language's name in the page's language. */
  languageName(code: string): string;
}

const contexts = new WeakMap<Project, Map<string, PageContext>>();

/** The page context of a locale (one per project and locale: every page asks, several times). */
export function pageContext(project: Project, locale: string): PageContext {
  let byLocale = contexts.get(project);
  if (!byLocale) {
    byLocale = new Map();
    contexts.set(project, byLocale);
  }
  let ctx = byLocale.get(locale);
  if (!ctx) {
    ctx = newContext(project, locale);
    byLocale.set(locale, ctx);
  }
  return ctx;
}

function newContext(project: Project, locale: string): PageContext {
  const { site, sourceLocale } = project.config;
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  return {
    locale,
    t: uiText(project.i18n, locale, sourceLocale),
    siteTitle: site.title[locale] ?? site.title[sourceLocale] ?? 'Dari',
    base: site.base,
    href: (path) => withBase(site.base, path),
    url: (path) => absolute(site.url, site.base, path),
    languageName: (code) => names.of(code) ?? code,
  };
}

/**
 * Switcher and alternates of a page every locale has (lists, status, 404). `xDefault` is the path
 * `x-default` names when it is not the default language's version: the language chooser `/` for
 * the first list page, so `/`, `/en/` and `/ko/` all name the same one.
 */
export function everyLocale(
  project: Project,
  locale: string,
  pathOf: (locale: string) => string,
  xDefault?: string,
): { switcher: SwitchLink[]; alternates: Alternate[] } {
  const ctx = pageContext(project, locale);
  const locales = project.config.locales;
  return {
    switcher: locales.map((l) => ({
      locale: l,
      href: ctx.href(pathOf(l)),
      level: 'complete',
      current: l === locale,
    })),
    alternates: alternates(
      locales.map((l) => ({
        locale: l,
        level: 'complete',
        percent: 100,
        needsReview: 0,
        untranslated: 0,
        indexable: true,
      })),
      (l) => ctx.url(pathOf(l)),
      project.config.sourceLocale,
    ).map((a) =>
      a.hreflang === 'x-default' && xDefault !== undefined ? { ...a, href: ctx.url(xDefault) } : a,
    ),
  };
}

/** The x-default of the article list's page `n`: the language chooser for the first page, else none (the default language's). */
export function listXDefault(n: number): string | undefined {
  return n <= 1 ? '/' : undefined;
}

/** Switcher (with each language's status) and alternates (indexable translations only) of an article. */
export function articleLinks(
  project: Project,
  article: ArticleEntry,
  locale: string,
  statuses: readonly PageStatus[],
  suffix = '',
): { switcher: SwitchLink[]; alternates: Alternate[] } {
  const ctx = pageContext(project, locale);
  const pathOf = (l: string) => `${articlePath(l, article.slug)}${suffix}`;
  return {
    switcher: statuses.map((s) => ({
      locale: s.locale,
      href: ctx.href(pathOf(s.locale)),
      level: s.level,
      current: s.locale === locale,
    })),
    alternates: alternates(statuses, (l) => ctx.url(pathOf(l)), article.meta.lang),
  };
}
