import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@dari/config';
import { defineConfig } from 'astro/config';
import { editIntegration } from './src/edit/integration.ts';
import { cspHash, minifyClient } from './src/lib/client-script.ts';
import { dariIntegration } from './src/lib/integration.ts';

const siteDir = dirname(fileURLToPath(import.meta.url));
/** Where the packages' sources live (this repository). */
const repo = resolve(siteDir, '../..');
/** Where the articles, locales and config live: a fixture project in tests, else this repository. */
const root = resolve(process.env.DARI_ROOT || repo);
const dari = loadConfig(root);
const script = (name: string) =>
  minifyClient(readFileSync(resolve(siteDir, `src/scripts/${name}.js`), 'utf8'));
/** The pages' inline script and the `/` redirect's. */
const inlineScripts = [script('client'), script('root')];
/**
 * `astro build` runs `@dari/check` as built (packages/check/dist), the code `dari check` runs: the
 * check cache is keyed by the bytes of the code that wrote it, so a bundled copy found the CLI's
 * cache cold and re-checked the whole archive inside the build (2 GB of RSS at 10,000 articles).
 * `pnpm build` builds the packages before the site.
 */
const building = process.argv.includes('build');
const checkAsBuilt = {
  name: 'dari-check-as-built',
  enforce: 'pre' as const,
  resolveId: (id: string) =>
    building && id === '@dari/check' ? { id: `${repo}/packages/check/dist/index.js`, external: true } : null,
};

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
  // A Content-Security-Policy meta tag on every page: scripts and styles only by hash (Astro hashes
  // its own styles; the inline scripts are hashed here), so even text that escaped escaping
  // could not run.
  security: {
    csp: {
      scriptDirective: { hashes: inlineScripts.map((s) => cspHash(s) as `sha256-${string}`) },
      directives: [
        "default-src 'self'",
        "img-src 'self' https: data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Edit in context: `astro dev` only (see src/edit/integration.ts).
  integrations: [dariIntegration(root, dari), editIntegration(dari)],
  vite: {
    define: { __DARI_ROOT__: JSON.stringify(root), __DARI_SITE_DIR__: JSON.stringify(siteDir) },
    // The site reads the workspace packages from source: no stale dist/ in dev, reloads on edit.
    resolve: {
      alias: [
        {
          find: building ? /^@dari\/(?!check$)([a-z0-9-]+)$/ : /^@dari\/([a-z0-9-]+)$/,
          replacement: `${repo}/packages/$1/src/index.ts`,
        },
      ],
    },
    plugins: [checkAsBuilt],
  },
});
