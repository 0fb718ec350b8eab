import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

// Tests import sibling packages from source, so `vitest` needs no build of the packages it tests.
const alias = Object.fromEntries(
  readdirSync(`${root}packages`).map((name) => [`@dari/${name}`, `${root}packages/${name}/src/index.ts`]),
);

export default defineConfig({
  resolve: { alias },
  test: {
    // Finds the XLIFF schemas once per run and prints each skip line once at the end (tests/support).
    globalSetup: ['tests/support/global-setup.ts'],
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts'],
          // Speed is measured in benchmarks, not by timeouts: vitest's 5 s default failed tests that
          // start worker threads or a build on a loaded 2-core machine (`npm test` on any machine).
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
