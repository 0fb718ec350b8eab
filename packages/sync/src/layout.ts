import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { DariConfig } from '@dari/config';
import { DariError } from '@dari/core';
import { archivePath as archiveIn, listFiles, localeFilePath as localeIn, UI_FILE } from '@dari/io';

export { UI_FILE };

/** Where removed translations of a locale are kept (TMX, so CAT tools can import it too). */
export function archivePath(config: DariConfig, locale: string): string {
  return archiveIn(config.localesDir, locale);
}

/** The locale file of an article. */
export function localeFilePath(config: DariConfig, locale: string, slug: string): string {
  return localeIn(config.localesDir, locale, slug);
}

/** Path relative to the project root with `/`, as diagnostics and summaries show it. */
export function relPath(config: DariConfig, path: string): string {
  // Paths under the root (joined, so normalised) are cut directly: this runs for every file.
  const root = rootPrefix(config);
  const rel = path.startsWith(root) ? path.slice(root.length) : relative(config.root, path);
  return sep === '/' ? rel : rel.split('\\').join('/');
}

// Cache (weak: dropped with its config): the resolved root prefix of a config.
const ROOTS = new WeakMap<DariConfig, string>();

/** The absolute project root with a final separator (`config.root` may be relative, as given). */
function rootPrefix(config: DariConfig): string {
  let root = ROOTS.get(config);
  if (root === undefined) {
    root = resolve(config.root);
    if (!root.endsWith(sep)) root += sep;
    ROOTS.set(config, root);
  }
  return root;
}

/** Article slugs (`articles/*.md`), sorted so every run visits them in the same order. */
export function listArticles(config: DariConfig): string[] {
  const dir = config.articlesDir;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new DariError({
      ruleId: 'articles-missing',
      severity: 'error',
      message: `the articles folder "${relPath(config, dir)}" does not exist`,
      file: relPath(config, dir),
      note: 'Create it with your Markdown articles, or set "paths.articles" in dari.config.json.',
    });
  }
  return listFiles(dir, '.md', listing(config, dir));
}

/** Slugs of the `.xlf` files in a locale folder (the UI file included), sorted. */
export function listLocaleFiles(config: DariConfig, locale: string): string[] {
  const dir = join(config.localesDir, locale);
  return listFiles(dir, '.xlf', listing(config, dir));
}

function listing(config: DariConfig, dir: string) {
  return { root: config.root, folder: relPath(config, dir) || '.', outsideRoot: config.paths.outsideRoot };
}
