import { relative, sep } from 'node:path';
import type { DariConfig } from '@dari/config';
import type { AstroIntegration } from 'astro';

/**
 * In `astro dev`, watches the articles, the XLIFF files and the config (outside the site's module
 * graph) and reloads the browser when a translator saves: the project cache is dropped through
 * `globalThis.__dariGeneration`, read by project.ts.
 */
export function dariDevReload(root: string, config: DariConfig): AstroIntegration {
  const watched = [config.articlesDir, config.localesDir, `${root}${sep}dari.config.json`];
  return {
    name: 'dari-dev-reload',
    hooks: {
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
