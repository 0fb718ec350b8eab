import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where Dari's caches for a project live: `DARI_CACHE_DIR`, else the project's
 * `node_modules/.cache/dari` (ignored wherever node_modules is), else the user's cache folder.
 * One rule for every command, so that one command's cache never moves another's (check creating
 * node_modules/ used to send sync to a fresh, cold cache).
 */
export function cacheDirFor(root: string): string {
  if (process.env.DARI_CACHE_DIR) return process.env.DARI_CACHE_DIR;
  const modules = join(resolve(root), 'node_modules');
  if (existsSync(modules)) return join(modules, '.cache', 'dari');
  if (process.platform === 'win32')
    return join(process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'dari', 'cache');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'dari');
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'dari');
}

/** A cache file name for one project: `<name>-<hash of its root>.json`, so projects never collide. */
export function cacheFileFor(root: string, name: string): string {
  const hash = createHash('sha1').update(resolve(root)).digest('hex').slice(0, 16);
  return join(cacheDirFor(root), `${name}-${hash}.json`);
}
