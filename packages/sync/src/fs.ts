import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { type FileStamp, readRegular, stageFile, stampOfStats } from '@dari/io';

/**
 * What identifies a file version on disk without reading it again (as git's index does). Times
 * are float milliseconds (sub-microsecond resolution today): a bigint stat costs twice as much,
 * and changes closer together than that are caught by the racy rule of the cache stamp anyway.
 */
export interface Stamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
}

/**
 * The bytes of a file and the stamp of exactly those bytes (same descriptor, no race), through the
 * project I/O layer: regular files only, under the size limit, failures naming `file`.
 */
export function readStamped(
  path: string,
  file: string,
  maxBytes?: number,
): { bytes: Buffer; stamp: Stamp; cache: CacheStamp } {
  const { bytes, stat: s } = readRegular(path, { file, maxBytes });
  return { bytes, stamp: { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino }, cache: stampOfStats(s) };
}

/** The stamp of a file now, or undefined when it does not exist. */
export function stampOf(path: string): Stamp | undefined {
  try {
    const s = statSync(path);
    return { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** True when both stamps describe the same file version (or both files are absent). */
export function sameStamp(a: Stamp | undefined, b: Stamp | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

/** A file version as the stamp cache remembers it (@dari/io's stamp, shared with check's cache). */
export type CacheStamp = FileStamp;

/** The stamp and cache stamp of a file now (one stat), or undefined when it does not exist. */
export function statStamped(path: string): { stamp: Stamp; cache: CacheStamp } | undefined {
  const s = statSync(path, { throwIfNoEntry: false });
  return s && { stamp: { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino }, cache: stampOfStats(s) };
}

/** Content hash the cache compares when a stamp is racy or differs (a touched file is not re-parsed). */
export function hashOf(bytes: Uint8Array | string): string {
  return createHash('sha1').update(bytes).digest('base64url');
}

export { decodeUtf8, removeQuietly, tempPathFor } from '@dari/io';

/** Writes `text` to an fsynced temp file beside `path` and returns the temp path (renamed later). */
export function stage(path: string, text: string | Uint8Array, file: string): string {
  return stageFile(path, text, file);
}
