import { createHash } from 'node:crypto';
import { acquireLock, decodeUtf8, readRegular, writeFileAtomic } from '@dari/io';

/**
 * The one place this package touches the file system: the project I/O layer that `dari sync` uses
 * (its lock, its regular-file reader with the size limit, its fsynced atomic writer), so an edit and
 * a sync never write the same file at once and both accept the same bytes.
 */
export const fileRules = {
  /** Runs `fn` holding the locales folder's sync lock (throws DariError `sync-locked` when a sync runs). */
  locked<T>(localesDir: string, root: string, fn: () => T): T {
    const lock = acquireLock(localesDir, root);
    try {
      return fn();
    } finally {
      lock.release();
    }
  },
  /** A regular file's bytes (no FIFO, no device, under the size limit); failures name `file`. */
  read(path: string, file: string, maxBytes?: number): Buffer {
    return readRegular(path, { file, maxBytes }).bytes;
  },
  writeAtomic(path: string, text: string, file: string): void {
    writeFileAtomic(path, text, file);
  },
  /** What the panel compares to tell whether a file changed on disk since it was loaded. */
  hashOf(bytes: Uint8Array | string): string {
    return createHash('sha1').update(bytes).digest('base64url');
  },
  decodeUtf8,
};
