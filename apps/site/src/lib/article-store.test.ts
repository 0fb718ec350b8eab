import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleView } from './article.js';
import { sourcesOf } from './article-store.js';
import { articleData, readArticle, readProject, viewOf } from './project.js';

// The repository's own project: an article with a Korean translation in XLIFF.
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

describe('article store', () => {
  it('an article read back from the store renders exactly as one read from its files', async () => {
    const project = await readProject(ROOT);
    const [entry] = project.articles;
    if (!entry) throw new Error('the repository has no article');
    const fresh = await readArticle(project.config, entry.slug);
    const stored = await articleData(project, entry);
    for (const locale of project.config.locales) {
      const direct = articleView(fresh.document, locale, sourcesOf(fresh, project.config.sourceLocale));
      expect(viewOf(stored, locale), locale).toEqual(direct);
    }
    // The Korean page really shows Korean text (not only fallbacks): the resources survived the trip.
    const ko = viewOf(stored, 'ko');
    expect(
      ko.units - ko.fallbacks.untranslated - ko.fallbacks.review - ko.fallbacks.outdated,
    ).toBeGreaterThan(0);
  }, 60_000);
});
