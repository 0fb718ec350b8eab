import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDirFor } from '@dari/config';
import type { ArticleDocument } from '@dari/core';
import { createI18n, decodeResource, type Resources, type SiteResources } from '@dari/i18n';
import { processAlive } from '@dari/io';
import type { ArticleSources } from './article.js';
import { changedIn } from './changes.js';

/**
 * What rendering an article needs, as plain data: its parsed source, the i18next resources and
 * unit states of its own XLIFF files, and the units whose source changed. Parsing XLIFF is most of
 * the cost of loading an article, so the site parses each article once, writes this to a spill
 * folder and reads it back (a JSON parse) when a page of the article is rendered.
 */
export interface StoredArticle {
  readonly document: ArticleDocument;
  readonly resources: Resources;
  readonly units: SiteResources['units'];
  /** Locale → ids of the units in review because their source changed. */
  readonly changed: Readonly<Record<string, readonly string[]>>;
}

/** The stored form of an article and its resources (pure). */
export function storedOf(document: ArticleDocument, resources: SiteResources): StoredArticle {
  const changed: Record<string, string[]> = {};
  for (const locale of Object.keys(resources.files)) {
    const ids = [...changedIn(resources, locale, document.slug)];
    if (ids.length > 0) changed[locale] = ids;
  }
  return { document, resources: resources.resources, units: resources.units, changed };
}

/** One i18next instance, only for its language rules (`pt-BR` → `pt-BR`, `pt`, then the fallback). */
let languages: { toResolveHierarchy(code: string, fallback: string): string[] } | undefined;
const hierarchies = new Map<string, readonly string[]>();

/**
 * The languages a unit is looked up in, in order: the locale, its less specific forms, then the
 * article's source language — the order i18next's `t()` tries them with `fallbackLng`.
 */
function lookupOrder(locale: string, sourceLang: string): readonly string[] {
  const key = `${locale}\u0000${sourceLang}`;
  let order = hierarchies.get(key);
  if (!order) {
    languages ??= (
      createI18n({}, { lng: sourceLang, fallbackLng: sourceLang }).services as never as {
        languageUtils: NonNullable<typeof languages>;
      }
    ).languageUtils;
    order = languages.toResolveHierarchy(locale, sourceLang);
    hierarchies.set(key, order);
  }
  return order;
}

/**
 * The text and state lookups of a stored article. Text is read from the i18next resources in
 * i18next's fallback order, without an i18next instance per article and a `t()` call per unit:
 * interpolation and nesting have nothing to do on these strings (`{`, `}` and `$` are escaped in
 * resources), and `t()` was a quarter of an article page's time.
 */
export function sourcesOf(stored: StoredArticle): ArticleSources {
  const changed = new Map(Object.entries(stored.changed).map(([l, ids]) => [l, new Set(ids)]));
  return {
    text: ({ namespace, id, locale, sourceLang }) => {
      for (const lang of lookupOrder(locale, sourceLang)) {
        const value = stored.resources[lang]?.[namespace]?.[id];
        if (typeof value === 'string') return { parts: decodeResource(value), lang };
      }
      return undefined;
    },
    info: (locale, namespace, id) => stored.units[locale]?.[namespace]?.[id],
    sourceChanged: (locale, namespace, id) =>
      namespace === stored.document.slug && (changed.get(locale)?.has(id) ?? false),
  };
}

/** The folder under Dari's cache folder that holds the spill folders of site builds. */
export function spillRoot(projectRoot: string): string {
  return join(cacheDirFor(projectRoot), 'site-articles');
}

/**
 * Removes the spill folders that builds no longer running left behind (killed, out of memory):
 * a folder is named after its build's pid. Folders of live builds are left alone.
 */
export function removeStaleSpills(root: string): number {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = /^(\d+)-/.exec(name)?.[1];
    if (pid === undefined || processAlive(Number(pid))) continue;
    rmSync(join(root, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}

/**
 * A folder of stored articles, one file each, under Dari's cache folder (`site-articles/<pid>-…`,
 * beside the other caches, not the system's temp folder): removed when the build exits, and any
 * left by a build that did not exit cleanly are removed by the next one.
 */
export class ArticleStore {
  readonly #dir: string;
  readonly #names = new Map<string, string>();

  constructor(projectRoot: string) {
    const root = spillRoot(projectRoot);
    mkdirSync(root, { recursive: true });
    removeStaleSpills(root);
    this.#dir = mkdtempSync(join(root, `${process.pid}-`));
    process.once('exit', () => this.dispose());
  }

  /** The spill folder (tests). */
  get dir(): string {
    return this.#dir;
  }

  /** Writes an article (slugs may hold `/`: files are numbered). */
  put(stored: StoredArticle): void {
    const name = `${this.#names.size}.json`;
    writeFileSync(join(this.#dir, name), JSON.stringify(stored));
    this.#names.set(stored.document.slug, name);
  }

  /** Reads an article back; a slug never put is a bug, said plainly. */
  get(slug: string): StoredArticle {
    const name = this.#names.get(slug);
    if (name === undefined) throw new Error(`article "${slug}" is not in the site's article store`);
    return JSON.parse(readFileSync(join(this.#dir, name), 'utf8')) as StoredArticle;
  }

  dispose(): void {
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
