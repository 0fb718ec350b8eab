import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DariConfig } from '@dari/config';
import { type ArticleDocument, DariError, type Diagnostic, unitsOf } from '@dari/core';
import { readXliff, writeXliff, type XliffDocument } from '@dari/xliff';
import { mergeArchive } from './archive.js';
import { parseArticleBytes } from './article.js';
import { decodeUtf8, readStamped, removeQuietly, type Stamp, sameStamp, stage, stampOf } from './fs.js';
import { listArticles, localeFilePath, relPath, UI_FILE } from './layout.js';
import { acquireLock } from './lock.js';
import { memoryEntryOf } from './memory.js';
import { type Scan, type ScannedArticle, type ScannedFile, scanProject } from './scan.js';
import { syncArticle } from './sync-article.js';
import { writeTmx } from './tmx-write.js';
import type { FileSummary, MemoryEntry, SyncReport } from './types.js';

/** A file change prepared in the second pass and applied in the third. */
interface Op {
  readonly path: string;
  readonly rel: string;
  /** Staged temp file to rename into place; absent for a deletion. */
  readonly temp?: string;
  /** What the file on disk must still be (undefined: absent) for the change to apply. */
  readonly expected: Stamp | undefined;
  readonly summary?: { written: boolean };
}

/** Options of `syncProject`. */
export interface SyncProjectOptions {
  /** Called after each article: articles done, articles in total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * `dari sync`: under the project lock, (1) parses every locale file and builds the memory, (2) parses
 * and syncs article by article into staged temp files, only where bytes change (any bad input:
 * DariError listing all, temp files removed, nothing written), (3) renames them into place unless a file changed on disk meanwhile
 * (`sync-file-changed`, that file left alone), archive first so no translation is ever lost.
 */
export async function syncProject(config: DariConfig, options: SyncProjectOptions = {}): Promise<SyncReport> {
  listArticles(config);
  mkdirSync(config.localesDir, { recursive: true });
  const lock = acquireLock(config.localesDir, config.root);
  const diagnostics: Diagnostic[] = lock.warning ? [lock.warning] : [];
  const ops: Op[] = [];
  try {
    const scan = scanProject(config);
    const errors = [...scan.errors];
    const summaries: Array<FileSummary & { written: boolean }> = [];
    const archived = new Map<string, MemoryEntry[]>();
    const archive = (locale: string, entry: MemoryEntry | undefined) => {
      if (!entry) return;
      const list = archived.get(locale) ?? [];
      list.push(entry);
      archived.set(locale, list);
    };
    scan.articles.forEach((article, i) => {
      syncOne(config, scan, article, errors, ops, summaries, archive, diagnostics);
      options.onProgress?.(i + 1, scan.articles.length);
    });
    // All-or-nothing: staged temp files are removed in `finally`, no target file was touched.
    if (errors.length > 0) {
      errors.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
      throw new DariError(errors);
    }
    removeOrphans(config, scan, ops, summaries, archive);
    const archiveOps = stageArchives(config, scan, archived);
    ops.unshift(...archiveOps);
    for (const op of ops) commit(op, diagnostics);
    return { files: summaries, diagnostics };
  } finally {
    for (const op of ops) if (op.temp) removeQuietly(op.temp);
    lock.release();
  }
}

function syncOne(
  config: DariConfig,
  scan: Scan,
  article: ScannedArticle,
  errors: Diagnostic[],
  ops: Op[],
  summaries: Array<FileSummary & { written: boolean }>,
  archive: (locale: string, entry: MemoryEntry | undefined) => void,
  diagnostics: Diagnostic[],
): void {
  let doc: ArticleDocument;
  try {
    doc = parseArticleBytes(readFileSync(article.path), article.rel, article.slug, config);
  } catch (e) {
    if (!(e instanceof DariError)) throw e;
    errors.push(...e.diagnostics);
    return;
  }
  // After the first bad input the rest is only parsed, to report every problem at once.
  if (errors.length > 0) return;
  for (const locale of config.locales) {
    const path = localeFilePath(config, locale, article.slug);
    const rel = relPath(config, path);
    const existing = scan.files.get(`${locale}/${article.slug}`);
    const previous = existing ? loadPrevious(existing, diagnostics) : undefined;
    if (existing && !previous) continue;
    const result = syncArticle(doc, locale, previous?.xliff, scan.memory, {
      prefillTargets: config.xliff.prefillTargets,
      version: config.xliff.version,
      file: rel,
      original: article.rel,
    });
    diagnostics.push(...result.diagnostics);
    const text = writeXliff(result.file, previous?.xliff);
    const summary = { ...result.summary, written: false };
    summaries.push(summary);
    if (text === previous?.text) continue;
    mkdirSync(dirname(path), { recursive: true });
    ops.push({ path, rel, temp: stage(path, text), expected: existing?.stamp, summary });
    for (const unit of result.removed) archive(locale, memoryEntryOf(unit, doc.meta.lang, locale, rel));
  }
}

function loadPrevious(
  file: ScannedFile,
  diagnostics: Diagnostic[],
): { text: string; xliff: XliffDocument } | undefined {
  const kept = file.doc;
  file.doc = undefined;
  return (
    kept ??
    reread(file.path, file.stamp, file.rel, diagnostics, (bytes) => {
      const text = decodeUtf8(bytes, file.rel);
      return { text, xliff: readXliff(text, file.rel) };
    })
  );
}

/** Reads a file again for the second pass, unless it changed since the first (then: diagnostic). */
function reread<T>(
  path: string,
  stamp: Stamp,
  rel: string,
  diagnostics: Diagnostic[],
  parse: (bytes: Buffer) => T,
): T | undefined {
  const again = stampOf(path);
  if (!sameStamp(again, stamp)) {
    diagnostics.push(changed(rel));
    return undefined;
  }
  return parse(readStamped(path).bytes);
}

/** Locale files of articles that are gone: their translations go to the archive, the files are deleted. */
function removeOrphans(
  config: DariConfig,
  scan: Scan,
  ops: Op[],
  summaries: Array<FileSummary & { written: boolean }>,
  archive: (locale: string, entry: MemoryEntry | undefined) => void,
): void {
  const slugs = new Set(scan.articles.map((a) => a.slug));
  const articlesRel = `${relPath(config, config.articlesDir)}/`;
  for (const file of scan.files.values()) {
    if (slugs.has(file.slug) || `${file.slug}.xlf` === UI_FILE || !file.original.startsWith(articlesRel))
      continue;
    const previous = loadPrevious(file, []);
    if (!previous) continue;
    const units = unitsOf(previous.xliff);
    for (const unit of units)
      archive(file.locale, memoryEntryOf(unit, file.sourceLang, file.locale, file.rel));
    const summary = {
      file: file.rel,
      locale: file.locale,
      added: 0,
      changed: 0,
      removed: units.length,
      reused: 0,
      unchanged: 0,
      written: false,
      deleted: true,
    };
    summaries.push(summary);
    ops.push({ path: file.path, rel: file.rel, expected: file.stamp, summary });
  }
}

function stageArchives(config: DariConfig, scan: Scan, archived: Map<string, MemoryEntry[]>): Op[] {
  const ops: Op[] = [];
  for (const [locale, added] of archived) {
    const current = scan.archives.get(locale);
    if (!current) continue;
    const { entries, changed } = mergeArchive(current.entries, added);
    if (!changed) continue;
    mkdirSync(dirname(current.path), { recursive: true });
    const text = writeTmx(entries, { srcLang: config.sourceLocale });
    ops.push({
      path: current.path,
      rel: current.rel,
      temp: stage(current.path, text),
      expected: current.stamp,
    });
  }
  return ops;
}

function commit(op: Op, diagnostics: Diagnostic[]): void {
  if (!sameStamp(stampOf(op.path), op.expected)) {
    diagnostics.push(changed(op.rel));
    return;
  }
  if (op.temp) renameSync(op.temp, op.path);
  else removeQuietly(op.path);
  if (op.summary) op.summary.written = true;
}

function changed(rel: string): Diagnostic {
  return {
    ruleId: 'sync-file-changed',
    severity: 'error',
    message: 'the file changed on disk while sync was running; it was left as it is',
    file: rel,
    note: 'Someone (a CAT tool, an editor) saved it meanwhile. Run dari sync again.',
  };
}
