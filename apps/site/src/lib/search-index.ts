import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds one Pagefind bundle per locale under `<dist>/pagefind/<locale>/` from that locale's
 * article pages (their `data-pagefind-body`). One bundle per language, not Pagefind's usual
 * split inside one bundle, so the search page can search one language or all of them, each with
 * its own word segmentation (Pagefind's extended build segments Korean and Japanese).
 */
export async function buildSearchIndex(dist: string, locales: readonly string[]): Promise<void> {
  try {
    for (const locale of locales) {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: dist, glob: `${locale}/articles/*/index.html` });
      if (added.errors.length > 0) throw new Error(`pagefind (${locale}): ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: join(dist, 'pagefind', locale) });
      if (written.errors.length > 0) throw new Error(`pagefind (${locale}): ${written.errors.join('; ')}`);
    }
  } finally {
    await pagefind.close();
  }
}
