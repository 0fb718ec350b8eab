import {
  closeSync,
  fstatSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DariError, lineColumnAt } from '@dari/core';

/** What identifies a file version on disk without reading it again (as git's index does). */
export interface Stamp {
  readonly size: bigint;
  readonly mtimeNs: bigint;
  readonly ino: bigint;
}

/** The bytes of a file and the stamp of exactly those bytes (same descriptor, no race). */
export function readStamped(path: string): { bytes: Buffer; stamp: Stamp } {
  const fd = openSync(path, 'r');
  try {
    const s = fstatSync(fd, { bigint: true });
    const bytes = readFileSync(fd);
    return { bytes, stamp: { size: s.size, mtimeNs: s.mtimeNs, ino: s.ino } };
  } finally {
    closeSync(fd);
  }
}

/** The stamp of a file now, or undefined when it does not exist. */
export function stampOf(path: string): Stamp | undefined {
  try {
    const s = statSync(path, { bigint: true });
    return { size: s.size, mtimeNs: s.mtimeNs, ino: s.ino };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** True when both stamps describe the same file version (or both files are absent). */
export function sameStamp(a: Stamp | undefined, b: Stamp | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.size === b.size && a.mtimeNs === b.mtimeNs && a.ino === b.ino;
}

/** Strict UTF-8 (a BOM is dropped); bad bytes are a DariError at their line and column. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    throw new DariError({
      ruleId: 'encoding-not-utf8',
      severity: 'error',
      message: 'the file is not valid UTF-8',
      file,
      ...lineColumnAt(lossy, Math.max(0, lossy.indexOf('\uFFFD'))),
      note: 'Save it as UTF-8 in your editor.',
    });
  }
}

/** Temp file beside `path`, so the final rename never crosses file systems. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.dari-tmp`);
}

/** Writes `text` to a temp file beside `path` and returns the temp path (renamed later). */
export function stage(path: string, text: string): string {
  const temp = tempPathFor(path);
  writeFileSync(temp, text);
  return temp;
}

/** Removes a file, ignoring one that is already gone. */
export function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

/** Atomic write: temp file beside it, then rename. */
export function writeAtomic(path: string, text: string): void {
  renameSync(stage(path, text), path);
}
