import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DariConfig } from '@dari/config';
import { type ArticleDocument, DariError, type Diagnostic } from '@dari/core';
import { cleanStaleTemps, naming } from '@dari/io';
import { type ArticleStamp, writeXliff } from '@dari/xliff';
import {
  type Archiver,
  commitAll,
  type Op,
  type OpenSummary,
  preflight,
  removeOrphans,
  stageArchives,
} from './apply.js';
import { type ArticleParser, loadArticleParser } from './article.js';
import { memoryKeysOf, SyncCache } from './cache.js';
import type { CachedFile } from './cache-store.js';
import { hashOf, readStamped, removeQuietly, stage } from './fs.js';
import { listArticles, localeFilePath, relPath } from './layout.js';
import { acquireLock } from './lock.js';
import { archiveEntryOf } from './memory.js';
import { type Scan, type ScannedArticle, scanProject } from './scan.js';
import { type ShardAddition, stageShardFile } from './shard.js';
import { articleStamp } from './stamp.js';
import { syncArticle } from './sync-article.js';
import type { MemoryEntry, SyncReport, TranslationMemory } from './types.js';
import { stageMissingUiFiles } from './ui-locales.js';

/** Options of `syncProject`. */
export interface SyncProjectOptions {
  /** Called after each article: articles done, articles in total. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Folder of the stamp cache that lets unchanged articles and files go unread (default:
   * `DARI_CACHE_DIR`, else `node_modules/.cache/dari`, else the user's cache folder); false: none.
   */
  readonly cacheDir?: string | false;
  /**
   * `dari sync --shard i/N`: sync only the articles (and delete only the orphans) whose slug this
   * predicate accepts. The memory is still built from every locale file; archive additions are not
   * merged into `archive.tmx` but written to `locales/.shard.json` for `mergeShards` (see
   * docs/scaling.md), and missing interface files are left to the merge.
   */
  readonly shard?: {
    readonly index: number;
    readonly count: number;
    readonly includes: (slug: string) => boolean;
  };
}

type Synced = NonNullable<CachedFile['synced']>;

/** What one run shares between its articles. */
interface Run {
  readonly config: DariConfig;
  readonly scan: Scan;
  readonly cache: SyncCache;
  readonly ops: Op[];
  readonly summaries: OpenSummary[];
  readonly diagnostics: Diagnostic[];
  readonly archive: Archiver;
  /** Folders made (or found) this run: one mkdir per folder, not per file. */
  readonly dirs: Set<string>;
  parse?: ArticleParser;
}

/**
 * `dari sync`: under the project lock, (1) looks at every locale file (parsing those the stamp
 * cache does not know) and, when an article needs syncing, builds the memory, (2) parses and syncs
 * article by article into staged temp files, only where bytes change — an article whose files are
 * all as its last sync left them is not even read (any bad input: DariError listing all, temp
 * files removed, nothing written), (3) renames them into place unless a file changed on disk
 * meanwhile (`sync-file-changed`, that file left alone), archive first so no translation is lost.
 */
export async function syncProject(config: DariConfig, options: SyncProjectOptions = {}): Promise<SyncReport> {
  listArticles(config);
  naming(relPath(config, config.localesDir), () => mkdirSync(config.localesDir, { recursive: true }));
  const lock = acquireLock(config.localesDir, config.root);
  const diagnostics: Diagnostic[] = lock.warning ? [lock.warning] : [];
  const ops: Op[] = [];
  try {
    // Temp files of killed runs (their pids are gone): under the lock, none is a live run's.
    for (const locale of config.locales) {
      cleanStaleTemps(join(config.localesDir, locale));
      cleanStaleTemps(join(config.localesDir, locale, '.memory'));
    }
    const cache = new SyncCache(config, options.cacheDir);
    const scan = scanProject(config, cache);
    const archived = new Map<string, MemoryEntry[]>();
    const additions: ShardAddition[] = [];
    const archive: Archiver = (locale, entry, origin) => {
      if (!entry) return;
      const list = archived.get(locale) ?? [];
      list.push(entry);
      archived.set(locale, list);
      additions.push({ locale, ...origin, entry });
    };
    const run: Run = { config, scan, cache, ops, summaries: [], diagnostics, archive, dirs: new Set() };
    const { shard } = options;
    const articles = shard ? scan.articles.filter((a) => shard.includes(a.slug)) : scan.articles;
    for (const [i, article] of articles.entries()) {
      await syncOne(run, article);
      options.onProgress?.(i + 1, articles.length);
    }
    scan.readRest();
    if (scan.errors.length === 0)
      removeOrphans(config, scan, cache, ops, run.summaries, archive, shard?.includes);
    if (!shard) for (const locale of archived.keys()) scan.archive(locale);
    // All-or-nothing: staged temp files are removed in `finally`, no target file was touched.
    const { errors } = scan;
    if (errors.length > 0) {
      errors.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
      throw new DariError(errors);
    }
    if (shard) ops.unshift(stageShardFile(config, { index: shard.index, count: shard.count, additions }));
    else {
      ops.unshift(...stageArchives(config, scan, archived));
      const ui = stageMissingUiFiles(config);
      ops.push(...ui.ops);
      run.summaries.push(...ui.summaries);
    }
    // Every file is staged; refuse before the first rename if any of them cannot be replaced.
    preflight(ops);
    commitAll(ops, diagnostics);
    cache.save();
    return { files: run.summaries, diagnostics };
  } finally {
    for (const op of ops) if (op.temp) removeQuietly(op.temp);
    lock.release();
  }
}

async function syncOne(run: Run, article: ScannedArticle): Promise<void> {
  const { config, scan, cache } = run;
  const looked = cache.look(article.path, cache.article(article.slug));
  let { hash, cache: stamp } = looked;
  const keys = config.locales.map((locale) => `${locale}/${article.slug}`);
  let clean = keys.map((key) => {
    const synced = scan.files.get(key)?.cached?.synced;
    return synced?.article === hash ? synced : undefined;
  });
  if (clean.every((s) => s !== undefined)) {
    cache.setArticle(article.slug, stamp, hash);
    config.locales.forEach((locale, i) => {
      repeat(run, locale, article, clean[i]);
    });
    return;
  }
  // Loaded on first need: a run with nothing to sync never loads the segmenter.
  run.parse ??= await loadArticleParser(config);
  let doc: ArticleDocument;
  try {
    let bytes: Buffer;
    if (looked.clean) {
      const read = readStamped(article.path, article.rel, config.limits.fileBytes);
      bytes = read.bytes;
      if (hashOf(bytes) !== hash) {
        // Saved between the look and the read: this version is synced in full.
        ({ hash, stamp } = { hash: hashOf(bytes), stamp: read.cache });
        clean = clean.map(() => undefined);
      }
    } else bytes = looked.bytes;
    doc = run.parse(bytes, article.rel, article.slug);
  } catch (e) {
    if (!(e instanceof DariError)) throw e;
    scan.errors.push(...e.diagnostics);
    return;
  }
  // After the first bad input the rest is only parsed, to report every problem at once.
  if (scan.errors.length > 0) return;
  cache.setArticle(article.slug, stamp, hash);
  const recorded = articleStamp(config, doc, hash);
  config.locales.forEach((locale, i) => {
    const synced = clean[i];
    if (synced) repeat(run, locale, article, synced);
    else syncLocale(run, article, doc, locale, { hash, stamp: recorded });
  });
}

/** A pair the cache knows to be in sync: its last summary and warnings again, nothing read. */
function repeat(run: Run, locale: string, article: ScannedArticle, synced: Synced | undefined): void {
  if (!synced) return;
  const file = relPath(run.config, localeFilePath(run.config, locale, article.slug));
  run.summaries.push({ file, locale, ...synced.counts, written: false });
  run.diagnostics.push(...synced.diagnostics);
}

function syncLocale(
  run: Run,
  article: ScannedArticle,
  doc: ArticleDocument,
  locale: string,
  from: { readonly hash: string; readonly stamp: ArticleStamp },
): void {
  const { hash } = from;
  const { config, scan, cache } = run;
  const key = `${locale}/${article.slug}`;
  const path = localeFilePath(config, locale, article.slug);
  const rel = relPath(config, path);
  const existing = scan.files.get(key);
  const previous = existing ? scan.read(existing, run.diagnostics) : undefined;
  if (existing && !previous) return;
  // Built on the first lookup: a run that finds no new or retranslated sentence never builds it.
  const memory: TranslationMemory = { lookup: (l, source) => scan.memory().lookup(l, source) };
  const result = syncArticle(doc, locale, previous?.xliff, memory, {
    prefillTargets: config.xliff.prefillTargets,
    version: config.xliff.version,
    file: rel,
    original: article.rel,
  });
  run.diagnostics.push(...result.diagnostics);
  const text = writeXliff(result.file, previous?.xliff, { stamp: from.stamp });
  const summary = { ...result.summary, written: false };
  run.summaries.push(summary);
  const { file: _, locale: __, written: ___, ...counts } = result.summary;
  if (text === previous?.text) {
    cache.markSynced(key, { article: hash, counts, diagnostics: result.diagnostics });
    return;
  }
  const dir = dirname(path);
  if (!run.dirs.has(dir)) {
    naming(relPath(config, dir), () => mkdirSync(dir, { recursive: true }));
    run.dirs.add(dir);
  }
  // Written: syncing it again changes nothing (all units match as unchanged); warnings name lines
  // of the old file, so a file with warnings is synced again next time to report them. Just
  // written means racy: the next run hashes it rather than trust a stamp, so none is taken.
  // Everything is computed now so that no model or text waits in memory for the commit.
  const { sourceLang, targetLang, original } = result.file;
  const units = result.file.groups.reduce((n, g) => n + g.units.length, 0);
  const entry: CachedFile = {
    stamp: '',
    hash: hashOf(text),
    racy: true,
    original,
    sourceLang,
    ...(targetLang !== undefined ? { targetLang } : {}),
    ...(result.diagnostics.length === 0
      ? { synced: { article: hash, counts: { ...ZERO, unchanged: units }, diagnostics: [] } }
      : {}),
  };
  const keys = memoryKeysOf(result.file);
  const done = () => cache.setFile(key, entry, keys);
  run.ops.push({ path, rel, temp: stage(path, text, rel), expected: existing?.stamp, summary, done });
  for (const unit of result.removed)
    run.archive(locale, archiveEntryOf(unit, doc.meta.lang, locale, rel), { phase: 0, slug: article.slug });
}

const ZERO = { added: 0, changed: 0, removed: 0, reused: 0, unchanged: 0 };
