import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Diagnostic } from '@dari/core';
import { writeFileAtomic } from '@dari/io';
import { CACHE_FORMAT } from './cache-key.js';

/** An article as last parsed without error. */
export interface CachedArticle {
  readonly stamp: string;
  readonly hash: string;
  readonly racy?: boolean;
}

/** Summary counts of a sync that left a file as it was. */
export interface CachedCounts {
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly reused: number;
  readonly unchanged: number;
}

/** A locale file as last read or written, and what the run learnt from it. */
export interface CachedFile {
  readonly stamp: string;
  readonly hash: string;
  readonly racy?: boolean;
  readonly original: string;
  readonly sourceLang: string;
  readonly targetLang?: string;
  /**
   * Present when syncing the article with this content hash yields exactly this file: the pair
   * is skipped while both are unchanged, and its summary and warnings are repeated.
   */
  readonly synced?: {
    readonly article: string;
    readonly counts: CachedCounts;
    readonly diagnostics: readonly Diagnostic[];
  };
}

/** The index line of the cache; what a nothing-changed run reads. */
export interface CacheIndex {
  readonly format: number;
  readonly key: string;
  /** By slug. */
  readonly articles: Record<string, CachedArticle>;
  /** By `<locale>/<slug>`. */
  readonly files: Record<string, CachedFile>;
}

/** Per locale file (`<locale>/<slug>`): its memory entries as `[sourceDigest, unitId, …]`, in unit order. */
export type CachedMemory = Record<string, string[]>;

/** A loaded cache: the index now, the memory line only when a sync needs it. */
export interface LoadedCache {
  readonly index: CacheIndex;
  memory(): CachedMemory;
}

/**
 * Reads the cache. Missing, unreadable, corrupt or made for another config/code: undefined, and
 * the run starts from scratch (the cache only ever saves work, never decides content).
 */
export function loadCache(path: string, key: string): LoadedCache | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const split = text.indexOf('\n');
  const index = parseJson(split < 0 ? text : text.slice(0, split));
  if (!isIndex(index) || index.format !== CACHE_FORMAT || index.key !== key) return undefined;
  let memory: CachedMemory | undefined;
  return {
    index,
    memory: () => {
      memory ??= parseMemory(split < 0 ? '' : text.slice(split + 1));
      return memory;
    },
  };
}

/** Writes the cache atomically; failing to write it (read-only disk, permissions) is not an error. */
export function saveCache(path: string, index: CacheIndex, memory: CachedMemory): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, `${JSON.stringify(index)}\n${JSON.stringify(memory)}\n`, path);
  } catch {
    // Nothing more to do: the next run rebuilds the cache (the temp file is removed on failure).
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function parseMemory(text: string): CachedMemory {
  const data = parseJson(text);
  if (!isRecord(data)) return {};
  const out: CachedMemory = {};
  for (const [file, keys] of Object.entries(data))
    if (Array.isArray(keys) && keys.length % 2 === 0 && keys.every((k) => typeof k === 'string'))
      out[file] = keys;
  return out;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isIndex(x: unknown): x is CacheIndex {
  return (
    isRecord(x) &&
    typeof x.format === 'number' &&
    typeof x.key === 'string' &&
    isRecord(x.articles) &&
    isRecord(x.files)
  );
}

/** A cached article entry whose fields have the right types (a hand-edited cache is not trusted). */
export function validArticle(x: unknown): CachedArticle | undefined {
  return isRecord(x) && typeof x.stamp === 'string' && typeof x.hash === 'string'
    ? (x as unknown as CachedArticle)
    : undefined;
}

/** A cached file entry whose fields have the right types. */
export function validFile(x: unknown): CachedFile | undefined {
  if (!isRecord(x) || typeof x.stamp !== 'string' || typeof x.hash !== 'string') return undefined;
  if (typeof x.original !== 'string' || typeof x.sourceLang !== 'string') return undefined;
  if (x.targetLang !== undefined && typeof x.targetLang !== 'string') return undefined;
  const s = x.synced;
  if (s === undefined) return x as unknown as CachedFile;
  if (!isRecord(s) || typeof s.article !== 'string' || !isRecord(s.counts) || !Array.isArray(s.diagnostics))
    return { ...(x as unknown as CachedFile), synced: undefined };
  return x as unknown as CachedFile;
}
