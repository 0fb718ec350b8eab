import { type FileStamp, fileStampOf } from '@dari/io';

// The stamp itself (what it holds, when it is racy) is @dari/io's, shared with sync's cache.
export { type FileStamp, RACY_MS } from '@dari/io';

/**
 * The stamp of a regular file now, taken before the file is read (undefined when it is missing or
 * not a regular file). One seam, so tests can pin a racy stamp.
 */
export function stampOf(path: string): FileStamp | undefined {
  return fileStampOf(path);
}

/** Whether the recorded stamp vouches for the file's bytes now: the same stamp, and not racy. */
export function trusts(recorded: FileStamp | undefined, now: FileStamp | undefined): boolean {
  return recorded !== undefined && now !== undefined && !recorded.racy && recorded.stamp === now.stamp;
}

/** Same stamp and racy flag (a racy stamp that settled is written again, so it can be trusted). */
export function sameStamp(a: FileStamp | undefined, b: FileStamp | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.stamp === b.stamp && a.racy === b.racy);
}
