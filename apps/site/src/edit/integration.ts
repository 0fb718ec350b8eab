import { fileURLToPath } from 'node:url';
import type { DariConfig } from '@dari/config';
import type { AstroIntegration } from 'astro';
import { EDIT_PATH, editMiddleware } from './server.js';

/**
 * Edit in context, in `astro dev` only: the panel's script is injected into pages and the edit
 * endpoint mounted on the dev server; `astro build` gets neither, so no edit code can reach the
 * published site (tests/browser/edit-build.test.ts checks the output).
 */
export function editIntegration(config: DariConfig): AstroIntegration {
  const client = fileURLToPath(new URL('./client.ts', import.meta.url));
  let dev = false;
  return {
    name: 'dari-edit',
    hooks: {
      'astro:config:setup': ({ command, injectScript }) => {
        dev = command === 'dev';
        if (dev) injectScript('page', `import ${JSON.stringify(client)};`);
      },
      'astro:server:setup': ({ server }) => {
        if (dev) server.middlewares.use(EDIT_PATH, editMiddleware(config));
      },
    },
  };
}
