import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FileSystemError, fsFailure, isErrno } from './errors.js';

/** Suffix of every temp file Dari writes; one left by a dead process is removed by the next run. */
export const TEMP_SUFFIX = '.dari-tmp';

/** Longest file name (in bytes) most file systems take. */
const NAME_MAX = 255;

/**
 * Temp file beside `path` (so the final rename never crosses file systems), carrying our pid so a
 * later run can tell a dead process's leftover. A long name is shortened to a digest, so the temp
 * name never hits the file-name limit that the final name itself stays under.
 */
export function tempPathFor(path: string): string {
  const name = basename(path);
  const stem = Buffer.byteLength(name) <= 180 ? name : createHash('sha1').update(name).digest('hex');
  return join(dirname(path), `.${stem}.${process.pid}${TEMP_SUFFIX}`);
}

/**
 * Writes `text` to a temp file beside `path`, flushed to disk (fsync), and returns the temp path
 * to rename later (`commitStaged`). On failure (full disk, no permission) the partial temp file is
 * removed and a FileSystemError names `file`.
 */
export function stageFile(path: string, text: string | Uint8Array, file: string): string {
  if (Buffer.byteLength(basename(path)) > NAME_MAX) throw new FileSystemError('ENAMETOOLONG', file);
  const temp = tempPathFor(path);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'w', 0o644);
    const bytes = typeof text === 'string' ? Buffer.from(text) : text;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    return temp;
  } catch (e) {
    if (fd !== undefined) closeQuietly(fd);
    removeQuietly(temp);
    throw fsFailure(e, file);
  }
}

/** Renames a staged temp file into place (atomic on one file system); failures name `file`. */
export function commitStaged(temp: string, path: string, file: string): void {
  try {
    renameSync(temp, path);
  } catch (e) {
    throw fsFailure(e, file);
  }
}

/** Flushes a folder's entries (the renames into it) to disk; best effort where unsupported. */
export function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems (and Windows) cannot fsync a folder; the rename itself is still atomic.
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}

/** Atomic, durable write: fsynced temp file beside it, rename, folder fsync. */
export function writeFileAtomic(path: string, text: string | Uint8Array, file: string): void {
  const temp = stageFile(path, text, file);
  try {
    commitStaged(temp, path, file);
  } catch (e) {
    removeQuietly(temp);
    throw e;
  }
  syncDir(dirname(path));
}

/** Removes a file, ignoring one that is already gone (or that cannot be removed: a leftover). */
export function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Gone already, or not ours to remove: nothing to clean up.
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already closed.
  }
}

/** True while a process with this pid runs (EPERM: it runs, as someone else). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return isErrno(e) && e.code === 'EPERM';
  }
}

const TEMP = /\.(\d+)\.dari-tmp$/;

/**
 * Removes the temp files a killed Dari process left in `dir` (its pid no longer runs); files of
 * live processes are left alone. Returns how many were removed.
 */
export function cleanStaleTemps(dir: string): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const match = TEMP.exec(name);
    if (!match || !name.startsWith('.') || processAlive(Number(match[1]))) continue;
    removeQuietly(join(dir, name));
    removed++;
  }
  return removed;
}
