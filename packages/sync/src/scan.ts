import { existsSync } from 'node:fs';
import type { DariConfig } from '@dari/config';
import { DariError, type Diagnostic } from '@dari/core';
import { readXliff, type XliffDocument } from '@dari/xliff';
import { decodeUtf8, readStamped, type Stamp } from './fs.js';
import { archivePath, listArticles, listLocaleFiles, localeFilePath, relPath, UI_FILE } from './layout.js';
import { MemoryIndex } from './memory.js';
import { readTmx } from './tmx-read.js';
import type { MemoryEntry } from './types.js';

/** Parsed inputs are kept for the second pass only up to this many source bytes, then re-read. */
const KEEP_BYTES = 4 * 1024 * 1024;

/** An article as listed by the first pass (parsed only in the second, once). */
export interface ScannedArticle {
  readonly slug: string;
  readonly path: string;
  readonly rel: string;
}

/** An existing locale file as found by the first pass. */
export interface ScannedFile {
  readonly locale: string;
  readonly slug: string;
  readonly path: string;
  readonly rel: string;
  readonly stamp: Stamp;
  readonly original: string;
  readonly sourceLang: string;
  doc?: { text: string; xliff: XliffDocument };
}

/** A locale's memory archive as found by the first pass. */
export interface ScannedArchive {
  readonly path: string;
  readonly rel: string;
  readonly stamp: Stamp | undefined;
  readonly entries: readonly MemoryEntry[];
}

/** Everything the first pass learnt: what exists, its stamps, and the translation memory. */
export interface Scan {
  readonly articles: readonly ScannedArticle[];
  /** Problems found so far; the second pass adds the articles' and throws them all. */
  readonly errors: readonly Diagnostic[];
  /** Key `<locale>/<slug>`. */
  readonly files: ReadonlyMap<string, ScannedFile>;
  readonly archives: ReadonlyMap<string, ScannedArchive>;
  readonly memory: MemoryIndex;
}

/**
 * First pass: lists the articles and parses every locale file of the configured locales and every
 * archive, filling the translation memory (which must be complete before any article is synced).
 * Errors are collected, not thrown, so the second pass can add the articles' and report all at
 * once. Parsed files are dropped as it goes unless the project is small, so memory stays bounded.
 */
export function scanProject(config: DariConfig): Scan {
  const errors: Diagnostic[] = [];
  const attempt = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof DariError)) throw e;
      errors.push(...e.diagnostics);
      return undefined;
    }
  };
  let kept = 0;
  const articles: ScannedArticle[] = [];
  for (const slug of listArticles(config)) {
    const path = `${config.articlesDir}/${slug}.md`;
    const rel = relPath(config, path);
    if (slug === UI_FILE.slice(0, -4)) errors.push(reservedSlug(rel));
    else articles.push({ slug, path, rel });
  }

  const memory = new MemoryIndex();
  const files = new Map<string, ScannedFile>();
  for (const locale of config.locales) {
    for (const slug of listLocaleFiles(config, locale)) {
      const path = localeFilePath(config, locale, slug);
      const rel = relPath(config, path);
      const { bytes, stamp } = readStamped(path);
      const text = attempt(() => decodeUtf8(bytes, rel));
      const xliff = text === undefined ? undefined : attempt(() => readXliff(text, rel));
      if (!xliff || text === undefined) continue;
      memory.addFile(xliff, rel);
      kept += bytes.length;
      files.set(`${locale}/${slug}`, {
        locale,
        slug,
        path,
        rel,
        stamp,
        original: xliff.original,
        sourceLang: xliff.sourceLang,
        ...(kept <= KEEP_BYTES ? { doc: { text, xliff } } : {}),
      });
    }
  }

  const archives = new Map<string, ScannedArchive>();
  for (const locale of config.locales) {
    const path = archivePath(config, locale);
    const rel = relPath(config, path);
    if (!existsSync(path)) {
      archives.set(locale, { path, rel, stamp: undefined, entries: [] });
      continue;
    }
    const { bytes, stamp } = readStamped(path);
    const entries = attempt(() => readTmx(decodeUtf8(bytes, rel), rel));
    if (!entries) continue;
    for (const entry of entries) if (entry.locale === locale) memory.add(entry);
    archives.set(locale, { path, rel, stamp, entries });
  }

  return { articles, errors, files, archives, memory };
}

function reservedSlug(rel: string): Diagnostic {
  return {
    ruleId: 'sync-reserved-slug',
    severity: 'error',
    message: `the article name "ui" is reserved: locales/<lang>/${UI_FILE} holds the site's interface strings`,
    file: rel,
    line: 1,
    column: 1,
    note: 'Rename the article file.',
  };
}
