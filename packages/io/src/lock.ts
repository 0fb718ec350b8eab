import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DariError, type Diagnostic } from '@dari/core';
import { fsFailure, isErrno, relativeTo } from './errors.js';
import { processAlive, removeQuietly } from './write.js';

/** Name of the lock file in the locales folder. */
export const LOCK_FILE = '.dari-sync.lock';

/** A held lock; `release` removes it if it is still ours, and never throws. */
export interface Lock {
  readonly path: string;
  /** Set when a stale lock of a dead process was taken over. */
  readonly warning?: Diagnostic;
  release(): void;
}

function readQuietly(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if (isErrno(e) && e.code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Takes the exclusive lock of `dir` atomically: the lock file is created with O_EXCL and holds our
 * pid and a random token. A lock of a dead process is taken over by renaming it to a name of our
 * own (only one process can win that rename) and checking that what was renamed is the stale lock
 * seen (else it is put back: a live lock is never removed). Release removes the file only while it
 * still holds our token, and never throws.
 */
export function acquireLock(dir: string, root: string): Lock {
  const path = join(dir, LOCK_FILE);
  const rel = relativeTo(root, path);
  const content = `${process.pid} ${randomBytes(8).toString('hex')}\n`;
  let warning: Diagnostic | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, content);
      } finally {
        closeSync(fd);
      }
      return { path, ...(warning ? { warning } : {}), release: () => release(path, content) };
    } catch (e) {
      if (!isErrno(e) || e.code !== 'EEXIST') throw fsFailure(e, rel);
    }
    const seen = (() => {
      try {
        return readQuietly(path);
      } catch (e) {
        throw fsFailure(e, rel);
      }
    })();
    if (seen === undefined) continue;
    const pid = Number.parseInt(seen.trim(), 10);
    if (!Number.isInteger(pid) || pid <= 0 || processAlive(pid)) break;
    const aside = `${path}.${process.pid}.stale`;
    try {
      renameSync(path, aside);
    } catch (e) {
      if (isErrno(e) && e.code === 'ENOENT') continue;
      throw fsFailure(e, rel);
    }
    if (readQuietly(aside) !== seen) {
      // Another process took the stale lock over between our read and our rename: give it back.
      try {
        linkSync(aside, path);
      } catch {
        // A third process holds the lock now; either way it is not ours.
      }
      removeQuietly(aside);
      break;
    }
    removeQuietly(aside);
    warning = {
      ruleId: 'sync-stale-lock',
      severity: 'warning',
      message: `took over a lock left by process ${pid}, which is no longer running`,
      file: rel,
      note: 'An earlier sync was interrupted; its unfinished temp files were removed.',
    };
  }
  throw new DariError({
    ruleId: 'sync-locked',
    severity: 'error',
    message: 'another dari sync is running on this project',
    file: rel,
    note: `Wait for it to finish. If none is running, delete ${rel}.`,
  });
}

function release(path: string, content: string): void {
  try {
    if (readQuietly(path) === content) removeQuietly(path);
  } catch {
    // The lock is gone or unreadable: nothing of ours to release.
  }
}
