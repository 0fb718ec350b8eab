import { existsSync, mkdtempSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, LOCK_FILE } from './lock.js';

describe('acquireLock', () => {
  it('is exclusive: a second taker is refused while the first holds it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dari-lock-'));
    const lock = acquireLock(dir, dir);
    expect(() => acquireLock(dir, dir)).toThrow(/sync-locked/);
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    acquireLock(dir, dir).release();
  });

  it('release never throws when the lock file is already gone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dari-lock-'));
    const lock = acquireLock(dir, dir);
    unlinkSync(lock.path);
    expect(() => lock.release()).not.toThrow();
  });

  it('release leaves alone a lock that another process holds now', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dari-lock-'));
    const lock = acquireLock(dir, dir);
    writeFileSync(lock.path, `${process.ppid} someone-else\n`);
    lock.release();
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(`${process.ppid} someone-else\n`);
  });
});
