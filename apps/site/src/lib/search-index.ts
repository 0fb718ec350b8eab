import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds one Pagefind bundle per locale under `<dist>/pagefind/<locale>/` from that locale's
 * article pages (their `data-pagefind-body`). One bundle per language, not Pagefind's usual
 * split inside one bundle, so the search page can search one language or all of them, each with
 * its own word segmentation (Pagefind's extended build segments Korean and Japanese).
 *
 * Each locale gets a fresh Pagefind process, closed once its bundle is written: one process kept
 * every locale's index until the end (at 1,000 articles 484 MB at its peak, 414 MB per locale; the
 * same bundles, byte for byte), and at 10,000 articles it reached 2.4 GB, the build's largest.
 */
export async function buildSearchIndex(dist: string, locales: readonly string[]): Promise<void> {
  for (const locale of locales) {
    try {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: dist, glob: `${locale}/articles/*/index.html` });
      if (added.errors.length > 0) throw new Error(`pagefind (${locale}): ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: join(dist, 'pagefind', locale) });
      if (written.errors.length > 0) throw new Error(`pagefind (${locale}): ${written.errors.join('; ')}`);
    } finally {
      await pagefind.close();
    }
  }
}
