import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type CheckReport, checkProject } from '@dari/check';
import { type DariConfig, loadConfig } from '@dari/config';
import type { ArticleDocument } from '@dari/core';
import { buildResources, createI18n, type LocaleFile, readWithXliffPackage, UI_NAMESPACE } from '@dari/i18n';
import { listFiles, readText } from '@dari/io';
import { parseArticle } from '@dari/segmenter';
import { readXliff } from '@dari/xliff';
import type { i18n } from 'i18next';
import { type ArticleSources, type ArticleView, articleView } from './article.js';
import { ArticleStore, type StoredArticle, sourcesOf, storedOf } from './article-store.js';
import { blockLang, unitsHtml } from './blocks.js';
import { articleInScope, type BuildScope, buildScope } from './build-scope.js';
import { collectGarbage } from './gc.js';
import { lastChanges } from './git.js';
import { type PageStatus, pageStatus } from './status.js';

/**
 * What lists, feeds and the sitemap know of an article without loading it: the index entry. An
 * article's blocks and translations are read only when one of its pages is rendered (`articleData`),
 * so the build's memory holds the index, not the archive.
 */
export interface ArticleEntry extends Pick<ArticleDocument, 'slug' | 'file' | 'meta'> {
  /** Locale → units in review because their source changed (the "outdated" status). */
  readonly changed: Readonly<Record<string, number>>;
  /** Locale → the title as the page shows it (escaped HTML, fallback units marked): lists, feeds, status. */
  readonly titles: Readonly<Record<string, string>>;
  /**
   * Locale → the language its title is in, where that is not the locale (a title not translated
   * is in the source language): the share card is drawn from the index, without the article.
   */
  readonly titleLangs: Readonly<Record<string, string>>;
}

/** Everything the pages read, loaded once per build (and again in dev after an article or XLIFF changes). */
export interface Project {
  readonly config: DariConfig;
  /** Newest first. */
  readonly articles: readonly ArticleEntry[];
  /** Interface strings only (`ui.xlf` of every locale). */
  readonly i18n: i18n;
  /**
   * The same report `dari check` prints: the status page's numbers. Its findings are dropped (no
   * page shows them, and they grow with the archive).
   */
  readonly report: CheckReport;
  /** The report's files by root-relative path. */
  readonly fileReports: ReadonlyMap<string, CheckReport['files'][number]>;
  /** Root-relative file → ISO date of its last change. */
  readonly lastChange: ReadonlyMap<string, string>;
  /** Every article, parsed once, on disk until a page of it is rendered. */
  readonly store: ArticleStore;
  /** The pages this build writes (`DARI_SITE_LOCALES`, `DARI_SITE_SHARD`); the index is always whole. */
  readonly scope: BuildScope;
}

/** One article loaded for rendering: its parsed source and its translations' text and states. */
export interface ArticleData {
  readonly document: ArticleDocument;
  readonly sources: ArticleSources;
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
    const previous = cache.project;
    cache.project = readProject(projectRoot());
    loaded.clear();
    // Dev reloads: the replaced project's stored articles go once the new one is read.
    if (previous)
      void Promise.all([previous, cache.project]).then(
        ([p]) => p.store.dispose(),
        () => {},
      );
  }
  return cache.project;
}

function posix(path: string): string {
  return path.split('\\').join('/');
}

function parseOne(config: DariConfig, root: string, name: string): ArticleDocument {
  const path = join(config.articlesDir, name);
  const file = posix(relative(root, path));
  return parseArticle(readText(path, file, config.limits.fileBytes), {
    file,
    slug: name.slice(0, -'.md'.length),
    defaultLang: config.sourceLocale,
    rules: config.segmentation,
  });
}

/** An XLIFF file of the project, or undefined when it does not exist (a locale not synced yet). */
async function readLocaleFile(
  root: string,
  path: string,
  locale: string,
  namespace: string,
): Promise<LocaleFile | undefined> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  const file = posix(relative(root, path));
  const document = readXliff(text, file);
  return { locale, namespace, file, document, units: await readWithXliffPackage(text, document.version) };
}

/** Articles read between two collections of their garbage (see gc.ts). */
const GC_EVERY = 250;

/**
 * Reads a project's index (the site's I/O edge). `checkProject` runs first: it validates every
 * input the site reads (articles, XLIFF, config) and throws its DariError before any page is
 * rendered. Each article and its XLIFF files are read once here for the index and let go.
 */
export async function readProject(root: string): Promise<Project> {
  const config = loadConfig(root);
  // Checked first: a mistyped DARI_SITE_LOCALES fails before minutes of reading.
  const scope = buildScope(config);
  const report = { ...(await checkProject(config)), findings: [] };
  // Through the project I/O layer, as sync and check read: regular files, limits, strict UTF-8.
  const folder = posix(relative(root, config.articlesDir)) || '.';
  const listing = { root, folder, outsideRoot: config.paths.outsideRoot };
  const names = listFiles(config.articlesDir, '.md', listing).map((slug) => `${slug}.md`);
  const articles: ArticleEntry[] = [];
  const store = new ArticleStore(root);
  for (const [i, name] of names.entries()) {
    if (i > 0 && i % GC_EVERY === 0) collectGarbage();
    // Read whole, distilled into the entry, stored on disk, and let go.
    const stored = await readArticle(config, name.slice(0, -'.md'.length));
    store.put(stored);
    const data = dataOf(stored);
    const { slug, file, meta } = data.document;
    const changed: Record<string, number> = {};
    const titles: Record<string, string> = {};
    const titleLangs: Record<string, string> = {};
    for (const locale of config.locales) {
      const count = stored.changed[locale]?.length ?? 0;
      if (count > 0) changed[locale] = count;
      const title = viewOf(data, locale).blocks.find((b) => b.kind === 'title');
      if (!title || title.units.length === 0) continue;
      titles[locale] = unitsHtml(title, locale);
      const lang = blockLang(title, locale);
      if (lang !== locale) titleLangs[locale] = lang;
    }
    // A copy, not the values themselves: parsed strings are slices of the files' text, and a title
    // built from them would keep each whole XLIFF file (≈ 20 KB) alive for the build.
    articles.push(structuredClone({ slug, file, meta, changed, titles, titleLangs }));
  }
  articles.sort((a, b) => b.meta.date.localeCompare(a.meta.date) || a.slug.localeCompare(b.slug));
  const ui: LocaleFile[] = [];
  for (const locale of config.locales) {
    const path = join(config.localesDir, locale, `${UI_NAMESPACE}.xlf`);
    const file = await readLocaleFile(root, path, locale, UI_NAMESPACE);
    if (file) ui.push(file);
  }
  const localesRel = posix(relative(root, config.localesDir)) || '.';
  const lastChange = await lastChanges(
    root,
    localesRel,
    report.files.map((f) => f.file),
  );
  const instance = createI18n(buildResources(ui).resources, {
    lng: config.sourceLocale,
    fallbackLng: config.sourceLocale,
  });
  const fileReports = new Map(report.files.map((f) => [f.file, f]));
  return { config, articles, i18n: instance, report, fileReports, lastChange, store, scope };
}

function dataOf(stored: StoredArticle): ArticleData {
  return { document: stored.document, sources: sourcesOf(stored) };
}

/**
 * Articles kept loaded: the pages of one article (every locale, side by side, card) render one
 * after another, so a few are enough; the rest of the archive stays on disk.
 */
const KEEP_LOADED = 4;
const loaded = new Map<string, Promise<ArticleData>>();

/** Reads one article and its XLIFF file in every locale. */
export async function readArticle(config: DariConfig, slug: string): Promise<StoredArticle> {
  const document = parseOne(config, config.root, `${slug}.md`);
  const files: LocaleFile[] = [];
  for (const locale of config.locales) {
    const path = join(config.localesDir, locale, `${slug}.xlf`);
    const file = await readLocaleFile(config.root, path, locale, slug);
    if (file) files.push(file);
  }
  return storedOf(document, buildResources(files));
}

/** An article's data for rendering (the few most recently used stay loaded). */
export function articleData(project: Project, entry: ArticleEntry | string): Promise<ArticleData> {
  const slug = typeof entry === 'string' ? articleBySlug(project, entry).slug : entry.slug;
  const hit = loaded.get(slug);
  if (hit) {
    loaded.delete(slug);
    loaded.set(slug, hit);
    return hit;
  }
  const data = Promise.resolve().then(() => dataOf(project.store.get(slug)));
  loaded.set(slug, data);
  data.catch(() => loaded.delete(slug));
  while (loaded.size > KEEP_LOADED) {
    const oldest = loaded.keys().next().value;
    if (oldest === undefined) break;
    loaded.delete(oldest);
  }
  return data;
}

/** A loaded article in a locale. */
export function viewOf(data: ArticleData, locale: string): ArticleView {
  return articleView(data.document, locale, data.sources);
}

/** An article's title in a locale as lists show it (its slug when it has no title). */
export function titleHtml(article: ArticleEntry, locale: string): string {
  return article.titles[locale] ?? article.slug;
}

/** Path of an article's XLIFF file in a locale, as `dari check` names it. */
export function xliffFileOf(project: Project, locale: string, slug: string): string {
  const dir = posix(relative(project.config.root, project.config.localesDir));
  return `${dir === '' ? '' : `${dir}/`}${locale}/${slug}.xlf`;
}

/** Status of an article in every configured locale, from the check report's numbers (no article loaded). */
export function statusesOf(project: Project, article: ArticleEntry): PageStatus[] {
  return project.config.locales.map((locale) => {
    const file = project.fileReports.get(xliffFileOf(project, locale, article.slug));
    return pageStatus(
      locale,
      article.meta.lang,
      file?.counts,
      project.config.thresholds[locale]?.translated,
      article.changed[locale] ?? 0,
    );
  });
}

const scoped = new WeakMap<Project, readonly ArticleEntry[]>();

/** The articles whose pages (article, side by side, card) this build writes: all, or a slug shard's. */
export function articlesToBuild(project: Project): readonly ArticleEntry[] {
  let list = scoped.get(project);
  if (!list) {
    list = project.articles.filter((a) => articleInScope(project.scope, a.slug));
    scoped.set(project, list);
  }
  return list;
}

/** The locales whose pages this build writes: all, or `DARI_SITE_LOCALES`. */
export function localesToBuild(project: Project): readonly string[] {
  return project.scope.locales;
}

const bySlug = new WeakMap<Project, ReadonlyMap<string, ArticleEntry>>();

/** The article with this slug (routes come from the same list, so a miss is a bug, said plainly). */
export function articleBySlug(project: Project, slug: string): ArticleEntry {
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
export function statusOf(project: Project, article: ArticleEntry, locale: string): PageStatus {
  const all = statusesOf(project, article);
  return all.find((s) => s.locale === locale) ?? pageStatus(locale, article.meta.lang, undefined, undefined);
}
