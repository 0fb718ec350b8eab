import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DariError, type Diagnostic } from '@dari/core';

/** Name of the lock file in the locales folder. */
export const LOCK_FILE = '.dari-sync.lock';

/** A held lock; `release` removes it. */
export interface Lock {
  readonly path: string;
  /** Set when a stale lock of a dead process was taken over. */
  readonly warning?: Diagnostic;
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the exclusive sync lock (`wx` create, holding our pid). A lock left by a dead process is
 * taken over with a warning; a live one makes this sync fail before it reads or writes anything.
 */
export function acquireLock(localesDir: string, root: string): Lock {
  const path = join(localesDir, LOCK_FILE);
  const rel = relative(root, path);
  let warning: Diagnostic | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      return { path, ...(warning ? { warning } : {}), release: () => unlinkSync(path) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw e;
    }
    const pid = Number.parseInt(text.trim(), 10);
    if (Number.isInteger(pid) && pid > 0 && !alive(pid)) {
      warning = {
        ruleId: 'sync-stale-lock',
        severity: 'warning',
        message: `took over a lock left by process ${pid}, which is no longer running`,
        file: rel,
        note: 'An earlier sync was interrupted; its unfinished temp files, if any, were not used.',
      };
      unlinkSync(path);
      continue;
    }
    break;
  }
  throw new DariError({
    ruleId: 'sync-locked',
    severity: 'error',
    message: 'another dari sync is running on this project',
    file: rel,
    note: `Wait for it to finish. If none is running, delete ${rel}.`,
  });
}
