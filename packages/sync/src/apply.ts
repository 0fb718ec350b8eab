import { accessSync, constants, existsSync, mkdirSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DariConfig } from '@dari/config';
import { DariError, type Diagnostic, unitsOf } from '@dari/core';
import { commitStaged, FileSystemError, fsFailure, isErrno, naming } from '@dari/io';
import { writeTmx } from '@dari/xliff';
import { mergeArchive } from './archive.js';
import type { SyncCache } from './cache.js';
import { type Stamp, sameStamp, stage, stampOf } from './fs.js';
import { relPath, UI_FILE } from './layout.js';
import { archiveEntryOf } from './memory.js';
import { changed, headerOf, type Scan } from './scan.js';
import type { FileSummary, MemoryEntry } from './types.js';

/** A file change prepared in the second pass and applied in the third. */
export interface Op {
  readonly path: string;
  readonly rel: string;
  /** Staged temp file to rename into place; absent for a deletion, cleared once renamed. */
  temp?: string | undefined;
  /** What the file on disk must still be (undefined: absent) for the change to apply. */
  readonly expected: Stamp | undefined;
  readonly summary?: { written: boolean };
  /** Called once the change is on disk (the cache records the new file). */
  readonly done?: () => void;
}

/** A summary still open to learning whether its file was written. */
export type OpenSummary = FileSummary & { written: boolean };

/** Collects removed translations per locale for the archive. */
export type Archiver = (
  locale: string,
  entry: MemoryEntry | undefined,
  /** Phase 0: removed from a synced article; 1: its article is gone. Orders a shard merge. */
  origin: { readonly phase: 0 | 1; readonly slug: string },
) => void;

/** Locale files of articles that are gone: their translations go to the archive, the files are deleted. */
export function removeOrphans(
  config: DariConfig,
  scan: Scan,
  cache: SyncCache,
  ops: Op[],
  summaries: OpenSummary[],
  archive: Archiver,
  includes: (slug: string) => boolean = () => true,
): void {
  const slugs = new Set(scan.articles.map((a) => a.slug));
  const articlesRel = `${relPath(config, config.articlesDir)}/`;
  for (const file of scan.files.values()) {
    if (slugs.has(file.slug) || `${file.slug}.xlf` === UI_FILE || !includes(file.slug)) continue;
    const header = headerOf(file);
    if (header && !header.original.startsWith(articlesRel)) continue;
    const previous = scan.read(file, []);
    if (!previous?.xliff.original.startsWith(articlesRel)) continue;
    const units = unitsOf(previous.xliff);
    for (const unit of units)
      archive(file.locale, archiveEntryOf(unit, previous.xliff.sourceLang, file.locale, file.rel), {
        phase: 1,
        slug: file.slug,
      });
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
    ops.push({
      path: file.path,
      rel: file.rel,
      expected: file.stamp,
      summary,
      done: () => cache.drop(file.key),
    });
  }
}

/** Stages each locale's archive with the removed translations added (archives were read first). */
export function stageArchives(config: DariConfig, scan: Scan, archived: Map<string, MemoryEntry[]>): Op[] {
  const ops: Op[] = [];
  for (const [locale, added] of archived) {
    const current = scan.archive(locale);
    if (!current) continue;
    const { entries, changed } = mergeArchive(current.entries, added);
    if (!changed) continue;
    naming(relPath(config, dirname(current.path)), () =>
      mkdirSync(dirname(current.path), { recursive: true }),
    );
    const text = writeTmx(entries, { srcLang: config.sourceLocale });
    ops.push({
      path: current.path,
      rel: current.rel,
      temp: stage(current.path, text, current.rel),
      expected: current.stamp,
    });
  }
  return ops;
}

/** Applies one change unless its file changed on disk since it was read (`sync-file-changed`). */
export function commit(op: Op, diagnostics: Diagnostic[]): void {
  if (!sameStamp(stampOf(op.path), op.expected)) {
    diagnostics.push(changed(op.rel));
    return;
  }
  if (op.temp) {
    commitStaged(op.temp, op.path, op.rel);
    // Nothing left to clean up (removing a file that is gone costs an exception per file).
    op.temp = undefined;
  } else {
    try {
      unlinkSync(op.path);
    } catch (e) {
      if (!isErrno(e) || e.code !== 'ENOENT') throw fsFailure(e, op.rel);
    }
  }
  if (op.summary) op.summary.written = true;
  op.done?.();
}

/**
 * Before the first rename: every file to be replaced or deleted, and its folder, must be writable
 * (a read-only or immutable file, a read-only folder). Otherwise nothing is committed and every
 * such file is named (exit 2).
 */
export function preflight(ops: readonly Op[]): void {
  const problems: Diagnostic[] = [];
  const dirs = new Map<string, string | undefined>();
  for (const op of ops) {
    const dir = dirname(op.path);
    if (!dirs.has(dir))
      dirs.set(
        dir,
        failure(() => accessSync(dir, constants.W_OK)),
      );
    const code =
      dirs.get(dir) ?? (existsSync(op.path) ? failure(() => accessSync(op.path, constants.W_OK)) : undefined);
    if (code)
      problems.push(
        ...new FileSystemError(code, op.rel, 'it cannot be replaced, so sync wrote nothing').diagnostics,
      );
  }
  if (problems.length > 0) throw new DariError(problems);
}

function failure(fn: () => void): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return isErrno(e) ? e.code : 'EIO';
  }
}

/**
 * Commits the staged changes in order (archive first). If the file system still fails one (a race
 * with the preflight, a full disk on rename), the error names that file and says which files were
 * already written and which were not, so the project state is known.
 */
export function commitAll(ops: readonly Op[], diagnostics: Diagnostic[]): void {
  const written: string[] = [];
  for (const [i, op] of ops.entries()) {
    try {
      commit(op, diagnostics);
    } catch (e) {
      if (!(e instanceof DariError)) throw e;
      const left = ops.slice(i).map((o) => o.rel);
      const note = `Written before the failure: ${written.length ? written.join(', ') : 'none'}. Not written: ${left.join(', ')}. Fix the cause and run dari sync again; it finishes the job.`;
      throw new DariError(e.diagnostics.map((d) => ({ ...d, note: `${d.note ?? ''} ${note}`.trim() })));
    }
    if (op.summary?.written !== false) written.push(op.rel);
  }
}
