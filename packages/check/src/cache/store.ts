import { cacheFileFor } from '@dari/config';
import type { FileResult } from '../check-file.js';
import type { FileReport } from '../report.js';
import { tallyOf } from '../stats.js';
import { asciiJson, asciiText, readChecked, sha1, writeChecked } from './key.js';
import { decoder, Encoder } from './rows.js';
import { type FileStamp, sameStamp } from './stamp.js';

/** An article's bytes (hash) and what checking needs of it (digest of its segments, language). */
export interface ArticleEntry {
  readonly hash: string;
  readonly digest: string;
  readonly lang: string;
}

/** A locale file's bytes (hash), its context (see `fileContext`) and its checked result. */
export interface FileEntry {
  readonly hash: string;
  readonly context: string;
  readonly result: FileResult;
}

/**
 * Results of earlier runs by project-relative path, and the stamp (see `stamp.ts`) each article and
 * locale file had just before the bytes its entry's hash was taken of were read.
 */
export interface CheckCache {
  readonly articles: Map<string, ArticleEntry>;
  readonly files: Map<string, FileEntry>;
  readonly stamps: Map<string, FileStamp>;
}

// 2: stamps, and findings stored as rows (see `rows.ts`); 3: name indexes in their own line.
const FORMAT = 'dari-check-cache 3';

/** Where a project's check cache lives (the same rule as sync's cache); safe to delete. */
export function cachePath(root: string): string {
  return cacheFileFor(root, 'check');
}

/** An empty cache. */
export const emptyCache = (): CheckCache => ({ articles: new Map(), files: new Map(), stamps: new Map() });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string';

function isArticleEntry(v: unknown): v is ArticleEntry {
  return isObject(v) && isString(v.hash) && isString(v.digest) && isString(v.lang);
}

/** A file entry as stored: the tally is left out (it is the report's counts) to keep the file small. */
interface StoredFile {
  readonly hash: string;
  readonly context: string;
  readonly report: unknown[];
  readonly findings: unknown[][];
  /** Set when the file has a name index (kept in the names section, see `loadCache`). */
  readonly namesDigest?: string;
}

/** The names section, parsed at the first result's `names` asked for. */
type NamesOf = (path: string) => FileResult['names'];

function fromStored(
  path: string,
  v: unknown,
  decode: (row: unknown) => object | undefined,
  namesOf: NamesOf,
): FileEntry | undefined {
  if (!isObject(v) || !isString(v.hash) || !isString(v.context) || !Array.isArray(v.findings))
    return undefined;
  const report = decode(v.report) as Partial<Record<keyof FileReport, unknown>> | undefined;
  if (!isObject(report) || !isObject(report.counts) || !isObject(report.pocount)) return undefined;
  const stored = v as unknown as StoredFile;
  const findings: object[] = [];
  for (const row of stored.findings) {
    const d = decode(row);
    if (!d) return undefined;
    findings.push(d);
  }
  const base = {
    report: report as FileReport,
    tally: tallyOf(report as FileReport),
    findings: findings as unknown as FileResult['findings'],
  };
  const digest = stored.namesDigest;
  // Only a memo miss of the name comparison reads `names`: a warm run does not parse them.
  const result: FileResult = isString(digest)
    ? {
        ...base,
        get names() {
          return namesOf(path);
        },
        namesDigest: digest,
      }
    : base;
  return { hash: stored.hash, context: stored.context, result };
}

function toStored(e: FileEntry, encoder: Encoder): StoredFile {
  const { report, findings } = e.result;
  const digest = e.result.namesDigest ?? (e.result.names ? namesDigestOf(e.result) : undefined);
  return {
    hash: e.hash,
    context: e.context,
    report: encoder.encode(report),
    findings: findings.map((d) => encoder.encode(d)),
    ...(digest !== undefined ? { namesDigest: digest } : {}),
  };
}

/** `FileResult.namesDigest`, taken from the result when it has one (the same value either way). */
export function namesDigestOf(result: FileResult): string {
  return result.namesDigest ?? sha1(JSON.stringify(result.names ?? null));
}

function isStamp(v: unknown): v is FileStamp {
  return isObject(v) && isString(v.stamp) && typeof v.racy === 'boolean';
}

/**
 * Reads the cache written under `key` (code + config); a missing, truncated, edited or other-key
 * file gives an empty cache: the check then runs cold and rewrites it. The file is three lines: the
 * checksum of the rest, the entries, and the name indexes by path (a fifth of the bytes at 10,000
 * articles, needed only when the name comparison's memo misses, so parsed only then).
 */
export function loadCache(path: string, key: string): CheckCache {
  // The checksum line catches a truncated or hand-edited file before JSON.parse sees it.
  const rest = readChecked(path);
  const split = rest?.indexOf(10) ?? -1;
  if (!rest || split < 0) return emptyCache();
  let names: Record<string, FileResult['names']> | undefined;
  // Kept as bytes until asked for: not even decoded on a memo hit.
  const namesOf: NamesOf = (path) => {
    names ??= JSON.parse(asciiText(rest, split + 1)) as Record<string, FileResult['names']>;
    return names[path];
  };
  try {
    const data = JSON.parse(asciiText(rest, 0, split)) as unknown;
    if (!isObject(data) || data.format !== FORMAT || data.key !== key) return emptyCache();
    if (!isObject(data.articles) || !isObject(data.files) || !isObject(data.stamps)) return emptyCache();
    const decode = decoder(data);
    if (!decode) return emptyCache();
    const cache = emptyCache();
    for (const [p, e] of Object.entries(data.articles)) if (isArticleEntry(e)) cache.articles.set(p, e);
    for (const [p, stored] of Object.entries(data.files)) {
      const e = fromStored(p, stored, decode, namesOf);
      if (e) cache.files.set(p, e);
    }
    for (const [p, s] of Object.entries(data.stamps)) if (isStamp(s)) cache.stamps.set(p, s);
    return cache;
  } catch {
    return emptyCache();
  }
}

/** Writes the cache (atomically; a cache that cannot be written is ignored: `writeChecked`). */
export function saveCache(path: string, key: string, cache: CheckCache): void {
  const encoder = new Encoder();
  const files = Object.fromEntries([...cache.files].map(([p, e]) => [p, toStored(e, encoder)]));
  const names: Record<string, FileResult['names']> = {};
  for (const [p, e] of cache.files) if (e.result.names) names[p] = e.result.names;
  // JSON.stringify writes no raw newline: the lines split where they were joined.
  const body = `${asciiJson(
    JSON.stringify({
      format: FORMAT,
      key,
      ...encoder.tables,
      articles: Object.fromEntries(cache.articles),
      files,
      stamps: Object.fromEntries(cache.stamps),
    }),
  )}\n${asciiJson(JSON.stringify(names))}`;
  writeChecked(path, body);
}

/** Whether `next` holds exactly the entries of `previous` (then there is nothing to write). */
export function sameCache(previous: CheckCache, next: CheckCache): boolean {
  if (
    previous.articles.size !== next.articles.size ||
    previous.files.size !== next.files.size ||
    previous.stamps.size !== next.stamps.size
  )
    return false;
  for (const [path, s] of next.stamps) if (!sameStamp(previous.stamps.get(path), s)) return false;
  for (const [path, e] of next.articles) {
    const p = previous.articles.get(path);
    if (p?.hash !== e.hash || p.digest !== e.digest || p.lang !== e.lang) return false;
  }
  for (const [path, e] of next.files) {
    const p = previous.files.get(path);
    if (p?.hash !== e.hash || p.context !== e.context || p.result !== e.result) return false;
  }
  return true;
}
