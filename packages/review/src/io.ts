import { acquireLock, decodeUtf8, hashOf, writeAtomic } from '@dari/sync';

/**
 * The one place this package touches the project's file rules: today's lock and atomic writer of
 * `dari sync`, so an edit and a sync never write the same file at once. Swapped for the shared
 * I/O layer when there is one; nothing else here imports them.
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
  writeAtomic,
  hashOf,
  decodeUtf8,
};
