import { statSync } from 'node:fs';

/**
 * A file version as the cache remembers it without reading it (as git's index and sync's stamp
 * cache do): size, mtime, ctime and inode in one string (ctime changes on every write and cannot be
 * set back, so a tool that restores mtime is still noticed), and whether it was racy: changed so
 * shortly before it was looked at that a later write in the same clock tick could leave the stamp
 * equal. A racy stamp is never trusted: that file's bytes are hashed on the next run too.
 */
export interface FileStamp {
  readonly stamp: string;
  readonly racy: boolean;
}

/** Files changed less than this long before they were looked at are racy (coarse clocks, FAT's 2 s). */
export const RACY_MS = 3_000;

/**
 * The stamp of a regular file now (one stat, taken before the file is read, so the bytes read
 * after it are never older than the stamp), or undefined when it is missing or not a regular file:
 * then the read reports what is wrong with it.
 */
export function stampOf(path: string): FileStamp | undefined {
  let s: ReturnType<typeof statSync>;
  try {
    s = statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  if (!s?.isFile()) return undefined;
  const now = Date.now();
  const racy = now - s.mtimeMs < RACY_MS || now - s.ctimeMs < RACY_MS;
  return { stamp: `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`, racy };
}

/** Whether the recorded stamp vouches for the file's bytes now: the same stamp, and not racy. */
export function trusts(recorded: FileStamp | undefined, now: FileStamp | undefined): boolean {
  return recorded !== undefined && now !== undefined && !recorded.racy && recorded.stamp === now.stamp;
}

/** Same stamp and racy flag (a racy stamp that settled is written again, so it can be trusted). */
export function sameStamp(a: FileStamp | undefined, b: FileStamp | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.stamp === b.stamp && a.racy === b.racy);
}
