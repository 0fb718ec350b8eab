import { statSync } from 'node:fs';

/**
 * A file version as a cache remembers it without reading the file (as git's index does): size,
 * mtime, ctime and inode in one string (ctime changes on every write and cannot be set back, so a
 * tool that restores mtime is still noticed), and whether it was racy: changed so shortly before it
 * was looked at that a later write in the same clock tick could leave the stamp equal. A racy stamp
 * never vouches for the bytes: the caller hashes them. Sync's and check's caches both use it.
 */
export interface FileStamp {
  readonly stamp: string;
  readonly racy: boolean;
}

/** Files changed less than this long before they were looked at are racy (coarse clocks, FAT's 2 s). */
export const RACY_MS = 3_000;

/** The stamp of the file `s` describes, looked at `now` (by default: now). */
export function stampOfStats(
  s: {
    readonly size: number;
    readonly mtimeMs: number;
    readonly ctimeMs: number;
    readonly ino: number;
  },
  now = Date.now(),
): FileStamp {
  const racy = now - s.mtimeMs < RACY_MS || now - s.ctimeMs < RACY_MS;
  return { stamp: `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`, racy };
}

/**
 * The stamp of a regular file now (take it before reading, so the bytes read after it are never
 * older than the stamp), or undefined when it is missing or not a regular file: then the read
 * reports what is wrong with it.
 */
export function fileStampOf(path: string): FileStamp | undefined {
  let s: ReturnType<typeof statSync>;
  try {
    s = statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  return s?.isFile() ? stampOfStats(s) : undefined;
}

/** Below this many files a worker costs more than it saves: `fileStampsOf` leaves them to `fileStampOf`. */
const AHEAD_MIN = 2_000;
/** Per file from the worker: regular-file flag, size, mtimeMs, ctimeMs, ino, and when it was looked at. */
const FIELDS = 6;

// CommonJS, evaluated by the worker: plain stats, each with the time it was taken (the racy rule's now).
const STAT_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { statSync } = require('node:fs');
const out = new Float64Array(workerData.length * ${FIELDS});
for (let i = 0; i < workerData.length; i++) {
  let s;
  try { s = statSync(workerData[i], { throwIfNoEntry: false }); } catch {}
  if (!s || !s.isFile()) continue;
  out.set([1, s.size, s.mtimeMs, s.ctimeMs, s.ino, Date.now()], i * ${FIELDS});
}
parentPort.postMessage(out, [out.buffer]);
`;

/**
 * `fileStampOf` of many files, taken on a worker thread: started before a long synchronous step
 * (parsing a cache), the 40,000 stats of a 10,000-article check run on the other core instead of
 * after it. (Node's async `stat` hands each one to libuv's pool, and the hand-offs cost this thread
 * about what the stats did.) Gives the stamps of the files that could be looked at, undefined for
 * the others; an empty map for a few files, or when no worker could run: `fileStampOf` stamps them.
 */
export async function fileStampsOf(paths: readonly string[]): Promise<Map<string, FileStamp | undefined>> {
  const out = new Map<string, FileStamp | undefined>();
  if (paths.length < AHEAD_MIN) return out;
  let stats: Float64Array;
  try {
    const { Worker } = await import('node:worker_threads');
    stats = await new Promise<Float64Array>((resolve, reject) => {
      const worker = new Worker(STAT_WORKER, { eval: true, workerData: paths });
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', () => reject(new Error('stat worker exited')));
    });
  } catch {
    return out;
  }
  for (const [i, path] of paths.entries()) {
    const at = (field: number) => stats[i * FIELDS + field] ?? 0;
    const s = { size: at(1), mtimeMs: at(2), ctimeMs: at(3), ino: at(4) };
    out.set(path, at(0) === 1 ? stampOfStats(s, at(5)) : undefined);
  }
  return out;
}
