import { realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { DariError } from '@dari/core';

/** The site's own interface strings live beside the articles' files and are never synced or deleted. */
export const UI_FILE = 'ui.xlf';

/** The locale file of an article: `<locales>/<lang>/<slug>.xlf` (the one place this rule lives). */
export function localeFilePath(localesDir: string, locale: string, slug: string): string {
  return join(localesDir, locale, `${slug}.xlf`);
}

/** Where removed translations of a locale are kept (TMX, so CAT tools can import it too). */
export function archivePath(localesDir: string, locale: string): string {
  return join(localesDir, locale, '.memory', 'archive.tmx');
}

/** True when `path` is `root` or below it (both as given, after resolving `..`). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(resolve(root), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The real path (symbolic links resolved) of what exists of `path`, for containment checks. */
function realOf(path: string): string {
  let p = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(p), ...rest.reverse());
    } catch {
      const parent = resolve(p, '..');
      if (parent === p) return resolve(path);
      rest.push(relative(parent, p));
      p = parent;
    }
  }
}

/**
 * Refuses a path that leaves the project root, as written or through a symbolic link, unless the
 * config allows it (`paths.outsideRoot`): Dari writes there, and a config or a link in a
 * translator's pull request must not make it write elsewhere.
 */
export function assertInside(
  root: string,
  path: string,
  what: { file: string; key?: string; allowed: boolean },
): void {
  if (what.allowed) return;
  if (isInside(root, path) && isInside(realOf(root), realOf(path))) return;
  throw new DariError({
    ruleId: 'io-outside-project',
    severity: 'error',
    message: `${what.key ? `"${what.key}" ` : ''}leads outside the project folder (to ${realOf(path)})`,
    file: what.file,
    note: 'Keep articles and locales inside the project, or set "paths.outsideRoot": true in dari.config.json to allow it on purpose.',
  });
}
