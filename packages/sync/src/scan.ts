import { existsSync } from 'node:fs';
import type { DariConfig } from '@dari/config';
import { DariError, type Diagnostic, unitsOf } from '@dari/core';
import { withinUnitLimit } from '@dari/io';
import { readTmx, readXliff, type XliffDocument } from '@dari/xliff';
import { memoryKeysOf, ownString, type SyncCache } from './cache.js';
import type { CachedFile } from './cache-store.js';
import { recogniseTranslated } from './carry.js';
import { decodeUtf8, hashOf, readStamped, type Stamp, sameStamp, stampOf, statStamped } from './fs.js';
import { archivePath, listArticles, listLocaleFiles, localeFilePath, relPath, UI_FILE } from './layout.js';
import { MemoryIndex, memoryEntryOf, preferredArchiveOrder } from './memory.js';
import type { MemoryEntry } from './types.js';

/** Files parsed for the memory are kept for their own sync only up to this many bytes, then re-read. */
const KEEP_BYTES = 4 * 1024 * 1024;

/** An article as listed by the first pass (parsed only in the second, once, and only if needed). */
export interface ScannedArticle {
  readonly slug: string;
  readonly path: string;
  readonly rel: string;
}

/** The file-level fields of a locale file, from its cache entry or its parse. */
export interface FileHeader {
  readonly original: string;
  readonly sourceLang: string;
  readonly targetLang?: string | undefined;
}

/** A locale file's text and parse. */
export interface ParsedFile {
  readonly text: string;
  readonly xliff: XliffDocument;
}

/** An existing locale file as found by the first pass (which reads it only to compare its hash). */
export interface ScannedFile {
  readonly key: string;
  readonly locale: string;
  readonly slug: string;
  readonly path: string;
  readonly rel: string;
  readonly stamp: Stamp;
  /** The cache's entry, when the file is the version the cache knows (so it is not parsed). */
  readonly cached?: CachedFile;
  /** Header of a file parsed this run. */
  header?: FileHeader;
  /** A parse kept for the file's own sync (read for the memory first); taken by the first `read`. */
  kept?: ParsedFile;
  /** Parsed (or tried) this run. */
  read?: boolean;
}

/** A locale's memory archive, read when first needed. */
export interface ScannedArchive {
  readonly path: string;
  readonly rel: string;
  readonly stamp: Stamp | undefined;
  readonly entries: readonly MemoryEntry[];
}

/** Everything the first pass learnt; files, the memory and archives are parsed on first use. */
export interface Scan {
  readonly articles: readonly ScannedArticle[];
  /** Problems found so far; later reads add theirs, and the run throws them all before writing. */
  readonly errors: Diagnostic[];
  /** Key `<locale>/<slug>`. */
  readonly files: ReadonlyMap<string, ScannedFile>;
  /**
   * A file's text and parse, if it is still the version the scan saw (else `sync-file-changed` goes
   * to `diagnostics`) and parses (else the error goes to `errors`). The cache learns it on first read.
   */
  read(file: ScannedFile, diagnostics: Diagnostic[]): ParsedFile | undefined;
  /** Parses every file not read yet and unknown to the cache, so that all bad input is reported. */
  readRest(): void;
  /** The translation memory (live files, then archives); built on first call. */
  memory(): MemoryIndex;
  /** A locale's archive; undefined when it does not parse (the error is in `errors`). */
  archive(locale: string): ScannedArchive | undefined;
}

/** A file's header: from the cache when it was not read, else from its parse (undefined: not read yet). */
export function headerOf(file: ScannedFile): FileHeader | undefined {
  return file.cached ?? file.header;
}

/**
 * First pass: lists the articles and looks at every locale file of the configured locales through
 * the stamp cache. Nothing is parsed here: a file is parsed once, when its article is synced (or
 * when the memory is first needed), so a run holds one file's parse at a time and a file the cache
 * knows is never read. The memory must be complete before any lookup, so it is built, in file
 * order, on the first lookup — every locale file is still as scanned, since writes wait for the end.
 */
export function scanProject(config: DariConfig, cache: SyncCache): Scan {
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
  const articles: ScannedArticle[] = [];
  for (const slug of listArticles(config)) {
    const path = `${config.articlesDir}/${slug}.md`;
    const rel = relPath(config, path);
    if (slug === UI_FILE.slice(0, -4)) errors.push(reservedSlug(rel));
    else articles.push({ slug, path, rel });
  }

  const files = new Map<string, ScannedFile>();
  for (const locale of config.locales) {
    for (const slug of listLocaleFiles(config, locale)) {
      const key = `${locale}/${slug}`;
      const path = localeFilePath(config, locale, slug);
      const place = { key, locale, slug, path, rel: relPath(config, path) };
      const entry = cache.file(key);
      if (!entry) {
        const now = statStamped(path);
        if (now) files.set(key, { ...place, stamp: now.stamp });
        continue;
      }
      const looked = cache.look(path, entry);
      if (looked.clean) {
        cache.setFile(key, { ...entry, stamp: looked.cache.stamp, racy: looked.cache.racy });
        files.set(key, { ...place, stamp: looked.stamp, cached: entry });
      } else files.set(key, { ...place, stamp: looked.stamp });
    }
  }

  let kept = 0;
  const read = (file: ScannedFile, diagnostics: Diagnostic[]): ParsedFile | undefined => {
    if (file.kept) {
      const parsed = file.kept;
      file.kept = undefined;
      return parsed;
    }
    if (!sameStamp(stampOf(file.path), file.stamp)) {
      diagnostics.push(changed(file.rel));
      return undefined;
    }
    const first = !file.read;
    file.read = true;
    const { bytes, stamp, cache: at } = readStamped(file.path, file.rel, config.limits.fileBytes);
    if (!sameStamp(stamp, file.stamp)) {
      diagnostics.push(changed(file.rel));
      return undefined;
    }
    const text = attempt(() => decodeUtf8(bytes, file.rel));
    const xliff =
      text === undefined
        ? undefined
        : attempt(() =>
            withinUnitLimit(
              readXliff(text, file.rel, { maxDepth: config.limits.xmlDepth }),
              file.rel,
              config.limits.units,
            ),
          );
    if (!xliff || text === undefined) return undefined;
    if (first && !file.cached) {
      const { original, sourceLang, targetLang } = xliff;
      const header = { original: ownString(original), sourceLang: ownString(sourceLang), targetLang };
      file.header = header;
      const entry = { stamp: at.stamp, hash: hashOf(bytes), ...(at.racy ? { racy: true } : {}), ...header };
      cache.setFile(file.key, entry, memoryKeysOf(xliff));
    }
    return { text, xliff };
  };

  const archives = new Map<string, ScannedArchive | undefined>();
  const archive = (locale: string): ScannedArchive | undefined => {
    if (archives.has(locale)) return archives.get(locale);
    const path = archivePath(config, locale);
    const rel = relPath(config, path);
    let found: ScannedArchive | undefined = { path, rel, stamp: undefined, entries: [] };
    if (existsSync(path)) {
      const { bytes, stamp } = readStamped(path, rel, config.limits.fileBytes);
      const entries = attempt(() => readTmx(decodeUtf8(bytes, rel), rel));
      found = entries ? { path, rel, stamp, entries } : undefined;
    }
    archives.set(locale, found);
    return found;
  };

  let memory: MemoryIndex | undefined;
  const buildMemory = (): MemoryIndex => {
    const index = new MemoryIndex();
    for (const file of files.values()) {
      if (!file.cached && !file.read) {
        // Not synced yet: parsed now for its keys, and kept for its own sync while that is cheap.
        const parsed = read(file, []);
        if (parsed && kept + parsed.text.length <= KEEP_BYTES) {
          kept += parsed.text.length;
          file.kept = parsed;
        }
      }
      addFile(index, file, cache.memoryKeys(file.key), read);
    }
    for (const locale of config.locales)
      for (const entry of preferredArchiveOrder(archive(locale)?.entries ?? []))
        if (entry.locale === locale) index.add(entry);
    return index;
  };
  return {
    articles,
    errors,
    files,
    read,
    readRest: () => {
      for (const file of files.values()) if (!file.cached && !file.read) read(file, []);
    },
    memory: () => {
      memory ??= buildMemory();
      return memory;
    },
    archive,
  };
}

/** The memory entries of a parsed file, in unit order (only a bilingual file has any). */
function entriesOf(file: XliffDocument, rel: string): MemoryEntry[] {
  const out: MemoryEntry[] = [];
  if (file.targetLang === undefined) return out;
  for (const unit of unitsOf(file)) {
    const entry = memoryEntryOf(recogniseTranslated(unit), file.sourceLang, file.targetLang, rel);
    if (entry) out.push(entry);
  }
  return out;
}

/**
 * Adds a file's memory from its keys (digests of its translated sources), reading the file again
 * only when one is looked up, so the memory holds digests rather than every translated sentence of
 * the project.
 */
function addFile(
  index: MemoryIndex,
  file: ScannedFile,
  keys: readonly string[] | undefined,
  read: (file: ScannedFile, diagnostics: Diagnostic[]) => ParsedFile | undefined,
): void {
  const targetLang = headerOf(file)?.targetLang;
  if (targetLang === undefined || keys === undefined) return;
  let units: Map<string, MemoryEntry> | undefined;
  const resolve = (): Map<string, MemoryEntry> => {
    if (!units) {
      // Reading again leaves a kept parse in place for the file's own sync.
      const parsed = file.kept ?? read(file, []);
      units = new Map(parsed ? entriesOf(parsed.xliff, file.rel).map((e) => [e.unitId ?? '', e]) : []);
    }
    return units;
  };
  index.addKeys(targetLang, keys, (id) => resolve().get(id));
}

/** The diagnostic for a file saved by someone else while sync ran. */
export function changed(rel: string): Diagnostic {
  return {
    ruleId: 'sync-file-changed',
    severity: 'error',
    message: 'the file changed on disk while sync was running; it was left as it is',
    file: rel,
    note: 'Someone (a CAT tool, an editor) saved it meanwhile. Run dari sync again.',
  };
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
