import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The monorepo root (bench/ lives directly under it). */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path inside the repo. */
export function repoPath(relative: string): string {
  return `${REPO}${relative}`;
}

/**
 * Loads a built workspace package (its dist/ entry) at run time, so the bench can report "not
 * built yet" for one step instead of failing to start.
 */
export async function loadPackage<T>(name: string): Promise<T> {
  const entry = repoPath(`packages/${name}/dist/index.js`);
  if (!existsSync(entry)) {
    throw new Error(`@dari/${name} is not built (${entry} missing): run \`pnpm build\` first`);
  }
  return (await import(entry)) as T;
}
