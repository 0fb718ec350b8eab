import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@dari/config';
import { defineConfig } from 'astro/config';
import { dariIntegration } from './src/lib/integration.ts';

const siteDir = dirname(fileURLToPath(import.meta.url));
/** Where the packages' sources live (this repository). */
const repo = resolve(siteDir, '../..');
/** Where the articles, locales and config live: a fixture project in tests, else this repository. */
const root = resolve(process.env.DARI_ROOT || repo);
const dari = loadConfig(root);

export default defineConfig({
  site: dari.site.url,
  base: dari.site.base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Locales come from dari.config.json: adding one is a config change plus its XLIFF files.
  i18n: {
    locales: [...dari.locales],
    defaultLocale: dari.sourceLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [dariIntegration(root, dari)],
  vite: {
    define: { __DARI_ROOT__: JSON.stringify(root) },
    // The site reads the workspace packages from source: no stale dist/ in dev, reloads on edit.
    resolve: {
      alias: [{ find: /^@dari\/([a-z0-9-]+)$/, replacement: `${repo}/packages/$1/src/index.ts` }],
    },
  },
});
