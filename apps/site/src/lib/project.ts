import { join, relative } from 'node:path';
import { type CheckReport, checkProject } from '@dari/check';
import { type DariConfig, loadConfig } from '@dari/config';
import type { ArticleDocument } from '@dari/core';
import { createI18n, loadSiteResources, lookupUnit, type SiteResources } from '@dari/i18n';
import { listFiles, readText } from '@dari/io';
import { parseArticle } from '@dari/segmenter';
import type { i18n } from 'i18next';
import { type ArticleSources, type ArticleView, articleView } from './article.js';
import { changedIn } from './changes.js';
import { lastChanges } from './git.js';
import { type PageStatus, pageStatus } from './status.js';

/** Everything the pages read, loaded once per build (and again in dev after an article or XLIFF changes). */
export interface Project {
  readonly config: DariConfig;
  /** Newest first. */
  readonly articles: readonly ArticleDocument[];
  readonly resources: SiteResources;
  readonly i18n: i18n;
  /** The same report `dari check` prints: the status page's numbers. */
  readonly report: CheckReport;
  /** The report's files by root-relative path. */
  readonly fileReports: ReadonlyMap<string, CheckReport['files'][number]>;
  /** Root-relative file → ISO date of its last change. */
  readonly lastChange: ReadonlyMap<string, string>;
}

/** The project root: `DARI_ROOT`, else the repository two levels above the site. */
export function projectRoot(): string {
  return process.env.DARI_ROOT || __DARI_ROOT__;
}

const cache: { generation: number; project?: Promise<Project> } = { generation: -1 };

/** Loads the project (memoised; the dev watcher bumps `globalThis.__dariGeneration` to reload). */
export function loadProject(): Promise<Project> {
  const generation = (globalThis as { __dariGeneration?: number }).__dariGeneration ?? 0;
  if (cache.project === undefined || cache.generation !== generation) {
    cache.generation = generation;
    cache.project = readProject(projectRoot());
  }
  return cache.project;
}

/**
 * Reads a project (the site's I/O edge). `checkProject` runs first: it validates every input the
 * site reads (articles, XLIFF, config) and throws its DariError before any page is rendered.
 */
export async function readProject(root: string): Promise<Project> {
  const config = loadConfig(root);
  const report = await checkProject(config);
  // Through the project I/O layer, as sync and check read: regular files, limits, strict UTF-8.
  const folder = relative(root, config.articlesDir).split('\\').join('/') || '.';
  const listing = { root, folder, outsideRoot: config.paths.outsideRoot };
  const names = listFiles(config.articlesDir, '.md', listing).map((slug) => `${slug}.md`);
  const articles: ArticleDocument[] = [];
  for (const name of names) {
    const path = join(config.articlesDir, name);
    const file = relative(root, path).split('\\').join('/');
    const markdown = readText(path, file, config.limits.fileBytes);
    articles.push(
      parseArticle(markdown, {
        file,
        slug: name.slice(0, -'.md'.length),
        defaultLang: config.sourceLocale,
        rules: config.segmentation,
      }),
    );
  }
  articles.sort((a, b) => b.meta.date.localeCompare(a.meta.date) || a.slug.localeCompare(b.slug));
  const resources = await loadSiteResources({ root, localesDir: config.localesDir, locales: config.locales });
  const localesRel = relative(root, config.localesDir).split('\\').join('/') || '.';
  const lastChange = await lastChanges(
    root,
    localesRel,
    report.files.map((f) => f.file),
  );
  const instance = createI18n(resources.resources, {
    lng: config.sourceLocale,
    fallbackLng: config.sourceLocale,
  });
  const fileReports = new Map(report.files.map((f) => [f.file, f]));
  return { config, articles, resources, i18n: instance, report, fileReports, lastChange };
}

/** The text and state lookups an article view needs, over a loaded project. */
export function sourcesOf(project: Project): ArticleSources {
  return {
    text: (request) => lookupUnit(project.i18n, request),
    info: (locale, namespace, id) => project.resources.units[locale]?.[namespace]?.[id],
    sourceChanged: (locale, namespace, id) => changedIn(project.resources, locale, namespace).has(id),
  };
}

/** An article in a locale. */
export function viewOf(project: Project, article: ArticleDocument, locale: string): ArticleView {
  return articleView(article, locale, sourcesOf(project));
}

/** Path of an article's XLIFF file in a locale, as `dari check` names it. */
export function xliffFileOf(project: Project, locale: string, slug: string): string {
  const dir = relative(project.config.root, project.config.localesDir).split('\\').join('/');
  return `${dir === '' ? '' : `${dir}/`}${locale}/${slug}.xlf`;
}

/** Status of an article in every configured locale, from the check report's numbers. */
export function statusesOf(project: Project, article: ArticleDocument): PageStatus[] {
  return project.config.locales.map((locale) => {
    const file = project.fileReports.get(xliffFileOf(project, locale, article.slug));
    const changed = changedIn(project.resources, locale, article.slug).size;
    return pageStatus(
      locale,
      article.meta.lang,
      file?.counts,
      project.config.thresholds[locale]?.translated,
      changed,
    );
  });
}

const bySlug = new WeakMap<Project, ReadonlyMap<string, ArticleDocument>>();

/** The article with this slug (routes come from the same list, so a miss is a bug, said plainly). */
export function articleBySlug(project: Project, slug: string): ArticleDocument {
  // Indexed once per project: every article page asks, and a scan per page grows with N².
  let index = bySlug.get(project);
  if (!index) {
    index = new Map(project.articles.map((a) => [a.slug, a]));
    bySlug.set(project, index);
  }
  const article = index.get(slug);
  if (!article) throw new Error(`no article "${slug}" in ${project.config.articlesDir}`);
  return article;
}

/** Status of an article in one locale. */
export function statusOf(project: Project, article: ArticleDocument, locale: string): PageStatus {
  const all = statusesOf(project, article);
  return all.find((s) => s.locale === locale) ?? pageStatus(locale, article.meta.lang, undefined, undefined);
}
