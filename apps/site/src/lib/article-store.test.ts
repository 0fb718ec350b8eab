import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createI18n, lookupUnit } from '@dari/i18n';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleView } from './article.js';
import { articleHead, cardTitle } from './article-head.js';
import { ArticleStore, removeStaleSpills, sourcesOf, spillRoot } from './article-store.js';
import { articleData, readArticle, readProject, viewOf } from './project.js';

// The repository's own project: an article with a Korean translation in XLIFF.
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

let saved: string | undefined;
beforeEach(() => {
  saved = process.env.DARI_CACHE_DIR;
  process.env.DARI_CACHE_DIR = mkdtempSync(join(tmpdir(), 'dari-site-store-'));
});
afterEach(() => {
  if (saved === undefined) delete process.env.DARI_CACHE_DIR;
  else process.env.DARI_CACHE_DIR = saved;
});

describe('article store', () => {
  it('an article read back from the store renders exactly as one read from its files', async () => {
    const project = await readProject(ROOT);
    const [entry] = project.articles;
    if (!entry) throw new Error('the repository has no article');
    const fresh = await readArticle(project.config, entry.slug);
    const stored = await articleData(project, entry);
    for (const locale of project.config.locales) {
      const direct = articleView(fresh.document, locale, sourcesOf(fresh));
      expect(viewOf(stored, locale), locale).toEqual(direct);
    }
    // The Korean page really shows Korean text (not only fallbacks): the resources survived the trip.
    const ko = viewOf(stored, 'ko');
    expect(
      ko.units - ko.fallbacks.untranslated - ko.fallbacks.review - ko.fallbacks.outdated,
    ).toBeGreaterThan(0);
  }, 60_000);

  it('finds every unit in the same language and with the same text as i18next t() does', async () => {
    const project = await readProject(ROOT);
    let compared = 0;
    for (const entry of project.articles) {
      const stored = await readArticle(project.config, entry.slug);
      const i18n = createI18n(stored.resources, {
        lng: project.config.sourceLocale,
        fallbackLng: project.config.sourceLocale,
      });
      const sources = sourcesOf(stored);
      // pt-BR is not configured: i18next tries pt-BR, pt, then the source; so must the lookup.
      for (const locale of [...project.config.locales, 'pt-BR'])
        for (const block of stored.document.blocks)
          for (const segment of block.segments) {
            const request = { namespace: entry.slug, id: segment.id, locale, sourceLang: entry.meta.lang };
            expect(sources.text(request), `${locale} ${segment.id}`).toEqual(lookupUnit(i18n, request));
            compared++;
          }
    }
    expect(compared).toBeGreaterThan(10);
  }, 60_000);

  it('draws the share card from the index with the title and language of the page head', async () => {
    const project = await readProject(ROOT);
    for (const entry of project.articles)
      for (const locale of project.config.locales) {
        const head = articleHead(project, entry, viewOf(await articleData(project, entry), locale));
        expect(cardTitle(entry, locale), `${entry.slug} ${locale}`).toEqual({
          text: head.title,
          lang: head.contentLang,
        });
      }
  }, 60_000);

  it('spills under Dari cache folder, removes its folder when done and the folders of dead builds', () => {
    const root = spillRoot(ROOT);
    expect(root.startsWith(process.env.DARI_CACHE_DIR ?? '?')).toBe(true);
    // A build killed before it could clean up: pid 2^22 + 1 is above Linux's pid_max.
    const dead = join(root, `${2 ** 22 + 1}-abc123`);
    mkdirSync(dead, { recursive: true });
    const store = new ArticleStore(ROOT);
    expect(existsSync(dead)).toBe(false);
    expect(store.dir.startsWith(join(root, `${process.pid}-`))).toBe(true);
    // A live build's folder is left alone.
    const other = new ArticleStore(ROOT);
    expect(removeStaleSpills(root)).toBe(0);
    expect(readdirSync(root).sort()).toEqual(
      [store.dir, other.dir].map((d) => d.slice(root.length + 1)).sort(),
    );
    store.dispose();
    other.dispose();
    expect(readdirSync(root)).toEqual([]);
  });
});
