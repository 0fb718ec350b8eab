import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DariConfig } from '@dari/config';
import { sha1 } from './key.js';

const CODE = /(?<!\.d|\.test)\.(js|ts)$/;

/** Source of a package folder, file names and bytes, in a stable order. */
function hashTree(dir: string): string {
  try {
    const names = (readdirSync(dir, { recursive: true }) as string[]).filter((n) => CODE.test(n)).sort();
    return sha1(names.map((n) => `${n}\u0000${sha1(readFileSync(join(dir, n)))}`).join('\n'));
  } catch {
    return `unreadable:${dir}`;
  }
}

/** The folder a package's entry module sits in, or its name when it cannot be resolved here. */
function packageDir(specifier: string): string | undefined {
  try {
    return dirname(fileURLToPath(import.meta.resolve(specifier)));
  } catch {
    return undefined;
  }
}

// Cache: computed once per process; the code cannot change under a running process.
let code: string | undefined;

/**
 * The code whose output the cache holds: this package and the packages that read articles and XLIFF
 * (their version and the bytes of their modules), so an upgrade or a local edit starts afresh
 * instead of replaying results the new code would not give.
 */
export function codeFingerprint(): string {
  if (code !== undefined) return code;
  const here = dirname(fileURLToPath(import.meta.url));
  const own = join(here, '..');
  let version = 'unknown';
  try {
    version = (JSON.parse(readFileSync(join(own, '..', 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    // A bundled copy without its package.json still has its modules' bytes below.
  }
  // Node's ICU decides word counts outside the Latin fast path, so its version is part of the code.
  const parts = [
    `@dari/check@${version}`,
    `node@${process.version} icu@${process.versions.icu}`,
    hashTree(own),
  ];
  for (const dep of ['@dari/core', '@dari/io', '@dari/segmenter', '@dari/xliff']) {
    const dir = packageDir(dep);
    parts.push(dir === undefined ? `${dep}:unresolved` : `${dep}:${hashTree(dir)}`);
  }
  code = sha1(parts.join('\n'));
  return code;
}

/** The whole cache's key: code plus the config that shapes article parsing and file placement. */
export function cacheKey(config: DariConfig): string {
  return sha1(
    JSON.stringify([
      codeFingerprint(),
      config.sourceLocale,
      config.locales,
      config.segmentation,
      config.paths.articles,
      config.paths.locales,
      config.limits,
    ]),
  );
}
