import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Every file under `dir` (relative paths), recursively; none when the directory does not exist. */
export function listFiles(dir: string, ext?: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  return entries
    .filter((p) => (ext === undefined || p.endsWith(ext)) && statSync(join(dir, p)).isFile())
    .sort();
}

/** Identity of each file's current bytes on disk: an atomic rewrite changes inode or mtime. */
export function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of listFiles(dir)) {
    const s = statSync(join(dir, p), { bigint: true });
    out.set(p, `${s.ino}:${s.mtimeNs}:${s.size}`);
  }
  return out;
}

/** Files added or rewritten between two snapshots. */
export function changedFiles(
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
): string[] {
  return [...after].filter(([p, id]) => before.get(p) !== id).map(([p]) => p);
}

/** Total size in bytes of the files under `dir`. */
export function sizeOf(dir: string): number {
  return listFiles(dir).reduce((sum, p) => sum + statSync(join(dir, p)).size, 0);
}
