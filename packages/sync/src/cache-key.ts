import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFileFor, type DariConfig } from '@dari/config';

/** Bumped whenever the cache's shape or meaning changes. */
export const CACHE_FORMAT = 3;

/** Where the sync cache of a project lives (the shared rule of `cacheDirFor`); `dir` overrides it. */
export function cacheFile(config: DariConfig, dir?: string): string {
  return dir === undefined
    ? cacheFileFor(config.root, 'sync')
    : join(dir, `sync-${hash(resolve(config.root)).slice(0, 16)}.json`);
}

/**
 * What every cached result depends on besides the files themselves: the config sync reads and the
 * code that segments, reads and writes (package versions, and the built files' stamps, so a
 * rebuilt segmenter during development is never trusted with ids it did not make).
 */
export function cacheKey(config: DariConfig): string {
  const relevant = {
    format: CACHE_FORMAT,
    sourceLocale: config.sourceLocale,
    locales: config.locales,
    articles: config.articlesDir,
    localesDir: config.localesDir,
    xliff: config.xliff,
    segmentation: config.segmentation,
    limits: config.limits,
    code: codeFingerprint(),
  };
  return hash(JSON.stringify(relevant));
}

// Cache: computed once per process; the code cannot change under a running process.
let fingerprint: string | undefined;

function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const require = createRequire(import.meta.url);
  const parts: string[] = [process.version];
  const own = dirname(fileURLToPath(import.meta.url));
  const dirs = [own];
  for (const name of ['@dari/core', '@dari/io', '@dari/segmenter', '@dari/xliff']) {
    try {
      dirs.push(dirname(require.resolve(name)));
    } catch {
      parts.push(`${name}:unresolved`);
    }
  }
  for (const dir of dirs) {
    parts.push(versionNear(dir));
    for (const name of listCode(dir)) {
      const s = statSync(join(dir, name));
      parts.push(`${name}:${s.size}:${s.mtimeMs}`);
    }
  }
  fingerprint = hash(parts.join('\n'));
  return fingerprint;
}

/** The code files of a built (or source) package folder, recursively. */
function listCode(dir: string): string[] {
  try {
    return (readdirSync(dir, { recursive: true }) as string[])
      .filter((name) => /\.(js|ts)$/.test(name) && !/\.(d|test)\.ts$|\.test\.js$/.test(name))
      .sort();
  } catch {
    return [];
  }
}

function versionNear(dir: string): string {
  for (const candidate of [join(dir, '..', 'package.json'), join(dir, 'package.json')]) {
    try {
      const data = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (data.name) return `${data.name}@${data.version ?? '?'}`;
    } catch {}
  }
  return `${dir}:no-version`;
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
