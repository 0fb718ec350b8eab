import { existsSync } from 'node:fs';
import type { DariConfig } from '@dari/config';
import { DariError, type Diagnostic, unitsOf } from '@dari/core';
import { readXliff, type XliffDocument } from '@dari/xliff';
import { memoryKeysOf, type SyncCache } from './cache.js';
import type { CachedFile } from './cache-store.js';
import { recogniseTranslated } from './carry.js';
import { decodeUtf8, readStamped, type Stamp, sameStamp, stampOf } from './fs.js';
import { archivePath, listArticles, listLocaleFiles, localeFilePath, relPath, UI_FILE } from './layout.js';
import { MemoryIndex, memoryEntryOf } from './memory.js';
import { readTmx } from './tmx-read.js';
import type { MemoryEntry } from './types.js';

/** Parsed inputs are kept for the second pass only up to this many source bytes, then re-read. */
const KEEP_BYTES = 4 * 1024 * 1024;

/** An article as listed by the first pass (parsed only in the second, once, and only if needed). */
export interface ScannedArticle {
  readonly slug: string;
  readonly path: string;
  readonly rel: string;
}

/** An existing locale file as found by the first pass. */
export interface ScannedFile {
  readonly key: string;
  readonly locale: string;
  readonly slug: string;
  readonly path: string;
  readonly rel: string;
  readonly stamp: Stamp;
  readonly original: string;
  readonly sourceLang: string;
  readonly targetLang: string | undefined;
  /** The cache's entry, when the file is the version the cache knows (so it was not parsed). */
  readonly cached?: CachedFile;
  doc?: { text: string; xliff: XliffDocument };
}

/** A locale's memory archive, read when first needed. */
export interface ScannedArchive {
  readonly path: string;
  readonly rel: string;
  readonly stamp: Stamp | undefined;
  readonly entries: readonly MemoryEntry[];
}

/** Everything the first pass learnt; the memory and archives are read on first use. */
export interface Scan {
  readonly articles: readonly ScannedArticle[];
  /** Problems found so far; later reads add theirs, and the run throws them all before writing. */
  readonly errors: Diagnostic[];
  /** Key `<locale>/<slug>`. */
  readonly files: ReadonlyMap<string, ScannedFile>;
  /** The translation memory (live files, then archives); built on first call. */
  memory(): MemoryIndex;
  /** A locale's archive; undefined when it does not parse (the error is in `errors`). */
  archive(locale: string): ScannedArchive | undefined;
}

/**
 * First pass: lists the articles and looks at every locale file of the configured locales through
 * the stamp cache: a file the cache knows is not read; any other is parsed (errors collected, not
 * thrown, so the second pass can add the articles' and report all at once). The memory must be
 * complete before any article is synced, so it is built, in file order, when first needed.
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

  let kept = 0;
  const files = new Map<string, ScannedFile>();
  for (const locale of config.locales) {
    for (const slug of listLocaleFiles(config, locale)) {
      const key = `${locale}/${slug}`;
      const path = localeFilePath(config, locale, slug);
      const rel = relPath(config, path);
      const place = { key, locale, slug, path, rel };
      const entry = cache.file(key);
      const looked = cache.look(path, entry);
      if (looked.clean && entry) {
        cache.setFile(key, { ...entry, stamp: looked.cache.stamp, racy: looked.cache.racy });
        files.set(key, { ...place, stamp: looked.stamp, ...headerOf(entry), cached: entry });
        continue;
      }
      if (looked.clean) continue;
      const text = attempt(() => decodeUtf8(looked.bytes, rel));
      const xliff = text === undefined ? undefined : attempt(() => readXliff(text, rel));
      if (!xliff || text === undefined) continue;
      kept += looked.bytes.length;
      const { original, sourceLang, targetLang } = xliff;
      cache.setFile(
        key,
        {
          stamp: looked.cache.stamp,
          hash: looked.hash,
          ...(looked.cache.racy ? { racy: true } : {}),
          original,
          sourceLang,
          ...(targetLang !== undefined ? { targetLang } : {}),
        },
        memoryKeysOf(xliff),
      );
      const doc = kept <= KEEP_BYTES ? { doc: { text, xliff } } : {};
      files.set(key, { ...place, stamp: looked.stamp, ...headerOf(xliff), ...doc });
    }
  }

  const archives = new Map<string, ScannedArchive | undefined>();
  const archive = (locale: string): ScannedArchive | undefined => {
    if (archives.has(locale)) return archives.get(locale);
    const path = archivePath(config, locale);
    const rel = relPath(config, path);
    let found: ScannedArchive | undefined = { path, rel, stamp: undefined, entries: [] };
    if (existsSync(path)) {
      const { bytes, stamp } = readStamped(path);
      const entries = attempt(() => readTmx(decodeUtf8(bytes, rel), rel));
      found = entries ? { path, rel, stamp, entries } : undefined;
    }
    archives.set(locale, found);
    return found;
  };

  let memory: MemoryIndex | undefined;
  const buildMemory = (): MemoryIndex => {
    const index = new MemoryIndex();
    for (const file of files.values()) addFile(index, file, cache.memoryKeys(file.key), attempt);
    for (const locale of config.locales)
      for (const entry of archive(locale)?.entries ?? []) if (entry.locale === locale) index.add(entry);
    return index;
  };
  return {
    articles,
    errors,
    files,
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
 * Adds a file's memory from its keys, reading the file again only when one is looked up, so the
 * memory holds source keys rather than every translated sentence of the project. Without keys (an
 * older or damaged cache) the file is parsed now.
 */
function addFile(
  index: MemoryIndex,
  file: ScannedFile,
  keys: readonly string[] | undefined,
  attempt: <T>(fn: () => T) => T | undefined,
): void {
  const { targetLang } = file;
  if (targetLang === undefined) return;
  let units: Map<string, MemoryEntry> | undefined;
  const parse = (): XliffDocument | undefined => {
    // A small project still holds the first pass's parse; otherwise read again, if unchanged.
    if (file.doc) return file.doc.xliff;
    if (!sameStamp(stampOf(file.path), file.stamp)) return undefined;
    return attempt(() => readXliff(decodeUtf8(readStamped(file.path).bytes, file.rel), file.rel));
  };
  const read = (): Map<string, MemoryEntry> => {
    if (!units) {
      const xliff = parse();
      units = new Map(xliff ? entriesOf(xliff, file.rel).map((e) => [e.unitId ?? '', e]) : []);
    }
    return units;
  };
  if (keys === undefined) {
    for (const entry of read().values()) index.add(entry);
    return;
  }
  for (let i = 0; i + 1 < keys.length; i += 2) {
    const id = keys[i + 1] as string;
    index.addDeferred(targetLang, keys[i] as string, () => read().get(id));
  }
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

/** The file-level header fields a scanned locale file carries, from its cache entry or its parse. */
function headerOf(from: { original: string; sourceLang: string; targetLang?: string | undefined }) {
  return { original: from.original, sourceLang: from.sourceLang, targetLang: from.targetLang };
}
