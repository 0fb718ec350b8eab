import type { DariConfig } from '@dari/config';
import { type UnitFile, unitsOf } from '@dari/core';
import { CACHE_FORMAT, cacheFile, cacheKey } from './cache-key.js';
import {
  type CachedArticle,
  type CachedFile,
  type CachedMemory,
  type CacheIndex,
  type LoadedCache,
  loadCache,
  saveCache,
  validArticle,
  validFile,
} from './cache-store.js';
import { recogniseTranslated } from './carry.js';
import { type CacheStamp, hashOf, readStamped, type Stamp, statStamped } from './fs.js';
import { sourceDigest, sourceKey } from './key.js';
import { relPath } from './layout.js';
import { memoryEntryOf } from './memory.js';

/** A file looked at through the cache: unchanged (not read) or read now. */
export type Looked =
  | { readonly clean: true; readonly stamp: Stamp; readonly cache: CacheStamp; readonly hash: string }
  | {
      readonly clean: false;
      readonly stamp: Stamp;
      readonly cache: CacheStamp;
      readonly hash: string;
      readonly bytes: Buffer;
    };

/**
 * One run's view of the stamp cache: what the last run knew (`article`, `file`, `memoryKeys`) and
 * what this run learns (`setArticle`, `setFile`, `markSynced`, `drop`), saved at the end only when
 * it differs. A file is trusted unread only when its stamp is the recorded one and was not racy;
 * otherwise its bytes are read and their hash decides — when in doubt, re-read.
 */
export class SyncCache {
  readonly #path: string | undefined;
  readonly #config: DariConfig;
  readonly #key: string;
  readonly #loaded: LoadedCache | undefined;
  readonly #articles = new Map<string, CachedArticle>();
  readonly #files = new Map<string, CachedFile>();
  /** Memory keys of files read or written this run; the others carry theirs over. */
  readonly #memory = new Map<string, string[]>();

  constructor(config: DariConfig, dir: string | false | undefined) {
    this.#config = config;
    this.#key = dir === false ? '' : cacheKey(config);
    this.#path = dir === false ? undefined : cacheFile(config, dir);
    this.#loaded = this.#path === undefined ? undefined : loadCache(this.#path, this.#key);
  }

  article(slug: string): CachedArticle | undefined {
    return validArticle(this.#loaded?.index.articles[slug]);
  }

  file(key: string): CachedFile | undefined {
    return validFile(this.#loaded?.index.files[key]);
  }

  /** Memory keys of a file: as read or written by this run, else as the last run recorded them. */
  memoryKeys(key: string): readonly string[] | undefined {
    return this.#memory.get(key) ?? this.#loaded?.memory()[key];
  }

  /** Looks at a file against its entry: unread when the stamp is trusted, else read and hashed. */
  look(path: string, entry: { stamp: string; hash: string; racy?: boolean } | undefined): Looked {
    if (entry && !entry.racy) {
      const now = statStamped(path);
      if (now && now.cache.stamp === entry.stamp) return { clean: true, ...now, hash: entry.hash };
    }
    const { bytes, stamp, cache } = readStamped(
      path,
      relPath(this.#config, path),
      this.#config.limits.fileBytes,
    );
    const hash = hashOf(bytes);
    return entry?.hash === hash
      ? { clean: true, stamp, cache, hash }
      : { clean: false, stamp, cache, hash, bytes };
  }

  setArticle(slug: string, cache: CacheStamp, hash: string): void {
    this.#articles.set(slug, { stamp: cache.stamp, hash, ...(cache.racy ? { racy: true } : {}) });
  }

  /** Records a file; `keys` are its memory keys when it was read or written now (else carried over). */
  setFile(key: string, entry: CachedFile, keys?: string[]): void {
    this.#files.set(key, entry);
    if (keys) this.#memory.set(key, keys);
  }

  /** Records that syncing the article (by content hash) leaves this file exactly as it is. */
  markSynced(key: string, synced: NonNullable<CachedFile['synced']>): void {
    const entry = this.#files.get(key);
    if (entry) this.#files.set(key, { ...entry, synced });
  }

  /** Forgets a file (deleted, or changed on disk behind the run's back). */
  drop(key: string): void {
    this.#files.delete(key);
    this.#memory.set(key, []);
  }

  /** Writes what this run learnt, unless it is exactly what the last run left. */
  save(): void {
    if (this.#path === undefined) return;
    const loaded = this.#loaded?.index;
    const same =
      loaded !== undefined &&
      [...this.#memory.keys()].every((k) => equalKeys(this.#memory.get(k), this.#loaded?.memory()[k])) &&
      sameRecords(this.#articles, loaded.articles, sameArticle) &&
      sameRecords(this.#files, loaded.files, sameFile);
    if (same) return;
    const index: CacheIndex = {
      format: CACHE_FORMAT,
      key: this.#key,
      articles: Object.fromEntries(this.#articles),
      files: Object.fromEntries(this.#files),
    };
    const memory: CachedMemory = {};
    for (const key of this.#files.keys()) {
      const keys = this.#memory.get(key) ?? this.#loaded?.memory()[key];
      if (keys) memory[key] = keys;
    }
    saveCache(this.#path, index, memory);
  }
}

/** A file's memory contribution as `[sourceDigest, unitId, …]`, exactly what `MemoryIndex.addFile` adds. */
export function memoryKeysOf(file: UnitFile): string[] {
  const out: string[] = [];
  if (file.targetLang === undefined) return out;
  for (const unit of unitsOf(file)) {
    const entry = memoryEntryOf(recogniseTranslated(unit), file.sourceLang, file.targetLang);
    if (entry) out.push(sourceDigest(sourceKey(entry.source)), ownString(unit.id));
  }
  return out;
}

/** Same keys and entries (compared field by field: a nothing-changed run must not serialise it all). */
function sameRecords<T>(
  a: ReadonlyMap<string, T>,
  b: Record<string, unknown>,
  same: (x: T, y: unknown) => boolean,
): boolean {
  if (a.size !== Object.keys(b).length) return false;
  for (const [k, v] of a) if (!same(v, b[k])) return false;
  return true;
}

function sameArticle(a: CachedArticle, b: unknown): boolean {
  const o = validArticle(b);
  return o !== undefined && a.stamp === o.stamp && a.hash === o.hash && !a.racy === !o.racy;
}

function sameFile(a: CachedFile, b: unknown): boolean {
  const o = validFile(b);
  if (o === undefined || a.stamp !== o.stamp || a.hash !== o.hash || !a.racy !== !o.racy) return false;
  if (a.original !== o.original || a.sourceLang !== o.sourceLang || a.targetLang !== o.targetLang)
    return false;
  return a.synced === o.synced || JSON.stringify(a.synced) === JSON.stringify(o.synced);
}

function equalKeys(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

/**
 * A copy of a string parsed out of a file, for keeping: V8 makes a longer substring a view of the
 * whole text, so one kept attribute would keep every file's text alive across a 10,000-file run.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}
