import { copyFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DariConfig } from '@dari/config';
import type { AstroIntegration } from 'astro';
import { buildScope } from './build-scope.js';
import { cardDrawingLine, cardDrawingSlot } from './card-pool.js';
import { nginxSnippet, redirectsFile } from './hosting.js';
import { buildSearchIndex } from './search-index.js';

/**
 * Dari's Astro integration. After a build, each locale's 404 page is also written as
 * `<locale>/404.html`, the name static hosts look up for a missing page under that folder, with
 * `_redirects` (Netlify, Cloudflare Pages) and an nginx snippet saying the same.
 * In `astro dev`, watches the articles, the XLIFF files and the config (outside the site's module
 * graph) and reloads the browser when a translator saves: the project cache is dropped through
 * `globalThis.__dariGeneration`, read by project.ts.
 */
export function dariIntegration(root: string, config: DariConfig): AstroIntegration {
  const watched = [config.articlesDir, config.localesDir, `${root}${sep}dari.config.json`];
  return {
    name: 'dari',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const drawing = cardDrawingSlot.take();
        if (drawing) logger.info(cardDrawingLine(drawing));
        // A build of some locales or of a slug shard (build-scope.ts) finishes only its own part.
        const scope = buildScope(config);
        for (const locale of scope.locales)
          await copyFile(join(out, locale, '404', 'index.html'), join(out, locale, '404.html'));
        // Not-found handling for hosts that need telling: Netlify / Cloudflare Pages read
        // `_redirects`; the nginx snippet is for pasting into a server block (README).
        await writeFile(join(out, '_redirects'), redirectsFile(config.locales, config.site.base));
        await writeFile(join(out, '_nginx-404.conf'), nginxSnippet(config.locales, config.site.base));
        // A locale's search bundle indexes all its articles: a slug shard has only some, so the
        // merge step builds the bundles (scripts/merge-shards.ts).
        if (scope.shard === undefined) await buildSearchIndex(out, scope.locales);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.add(watched);
        const onChange = (path: string) => {
          if (!/\.(xlf|xliff|md)$|dari\.config\.json$/.test(path)) return;
          if (!watched.some((w) => path === w || path.startsWith(`${w}${sep}`))) return;
          const g = globalThis as { __dariGeneration?: number };
          g.__dariGeneration = (g.__dariGeneration ?? 0) + 1;
          logger.info(`${relative(root, path)} changed, reloading`);
          server.ws.send({ type: 'full-reload', path: '*' });
        };
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
        server.watcher.on('unlink', onChange);
      },
    },
  };
}
