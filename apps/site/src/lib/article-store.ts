import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleDocument } from '@dari/core';
import { createI18n, lookupUnit, type Resources, type SiteResources } from '@dari/i18n';
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

/** The text and state lookups of a stored article. */
export function sourcesOf(stored: StoredArticle, sourceLocale: string): ArticleSources {
  const instance = createI18n(stored.resources, { lng: sourceLocale, fallbackLng: sourceLocale });
  const changed = new Map(Object.entries(stored.changed).map(([l, ids]) => [l, new Set(ids)]));
  return {
    text: (request) => lookupUnit(instance, request),
    info: (locale, namespace, id) => stored.units[locale]?.[namespace]?.[id],
    sourceChanged: (locale, namespace, id) =>
      namespace === stored.document.slug && (changed.get(locale)?.has(id) ?? false),
  };
}

/** A folder of stored articles, one file each, removed when the process exits. */
export class ArticleStore {
  readonly #dir = mkdtempSync(join(tmpdir(), 'dari-site-articles-'));
  readonly #names = new Map<string, string>();

  constructor() {
    process.once('exit', () => this.dispose());
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
