import { statSync } from 'node:fs';

/**
 * A file version as a cache remembers it without reading the file (as git's index does): size,
 * mtime, ctime and inode in one string (ctime changes on every write and cannot be set back, so a
 * tool that restores mtime is still noticed), and whether it was racy: changed so shortly before it
 * was looked at that a later write in the same clock tick could leave the stamp equal. A racy stamp
 * never vouches for the bytes: the caller hashes them. Sync's and check's caches both use it.
 */
export interface FileStamp {
  readonly stamp: string;
  readonly racy: boolean;
}

/** Files changed less than this long before they were looked at are racy (coarse clocks, FAT's 2 s). */
export const RACY_MS = 3_000;

/** The stamp of the file `s` describes, looked at now. */
export function stampOfStats(s: {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
}): FileStamp {
  const now = Date.now();
  const racy = now - s.mtimeMs < RACY_MS || now - s.ctimeMs < RACY_MS;
  return { stamp: `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`, racy };
}

/**
 * The stamp of a regular file now (take it before reading, so the bytes read after it are never
 * older than the stamp), or undefined when it is missing or not a regular file: then the read
 * reports what is wrong with it.
 */
export function fileStampOf(path: string): FileStamp | undefined {
  let s: ReturnType<typeof statSync>;
  try {
    s = statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  return s?.isFile() ? stampOfStats(s) : undefined;
}
