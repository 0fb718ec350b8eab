import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DariConfig } from '@dari/config';
import { type ArticleDocument, DariError, type SourceSegment } from '@dari/core';
import { decodeUtf8, listFiles, readRegular } from '@dari/io';
import { sha1 } from './cache/key.js';
import { readShared } from './cache/read.js';
import { type FileStamp, stampOf, trusts } from './cache/stamp.js';
import type { ArticleEntry } from './cache/store.js';
import type { ArticleFacts } from './rules/types.js';

/** Parses one article (injectable, see `CheckIo`). */
export type ParseArticle = (
  markdown: string,
  options: { file: string; slug: string; defaultLang: string; rules: DariConfig['segmentation'] },
) => ArticleDocument;

/** One article of the project, known by its bytes' hash; `cached` is its entry when the bytes match. */
export interface ScannedArticle {
  readonly slug: string;
  /** File name in the articles folder, `<slug>.md`. */
  readonly name: string;
  /** Project-relative path, `articles/<slug>.md`. */
  readonly file: string;
  readonly hash: string;
  /** The cached entry of these very bytes, so the article need not be parsed for its digest. */
  readonly cached?: ArticleEntry;
  /** Its stamp, taken before it was read (see `stamp.ts`); absent when it could not be taken. */
  readonly stamp?: FileStamp;
}

const posix = (p: string) => p.split(sep).join('/');

/**
 * Every `.md` in the articles folder, in name order, hashed and matched against the cache; nothing
 * is parsed here (see `parseArticleEntry`). An article whose stamp the cache trusts is not even read:
 * its recorded hash stands. A missing folder is bad input.
 */
export function scanArticles(
  config: DariConfig,
  cached: ReadonlyMap<string, ArticleEntry>,
  /** The cache's stamps; when absent (no cache), no stamp is taken. */
  stamps?: ReadonlyMap<string, FileStamp>,
): ScannedArticle[] {
  if (!existsSync(config.articlesDir)) {
    throw new DariError({
      ruleId: 'articles-missing',
      severity: 'error',
      message: `the articles folder ${posix(relative(config.root, config.articlesDir)) || '.'} does not exist`,
      note: 'Create it, or point paths.articles in dari.config.json at the folder that holds the articles.',
    });
  }
  const folder = posix(relative(config.root, config.articlesDir));
  const listing = { root: config.root, folder: folder || '.', outsideRoot: config.paths.outsideRoot };
  return listFiles(config.articlesDir, '.md', listing)
    .map((slug) => `${slug}.md`)
    .map((name) => {
      const file = folder === '' ? name : `${folder}/${name}`;
      const path = join(config.articlesDir, name);
      const entry = cached.get(file);
      const stamp = stamps ? stampOf(path) : undefined;
      const hash =
        entry && trusts(stamps?.get(file), stamp)
          ? entry.hash
          : sha1(readShared(path, file, config.limits.fileBytes));
      return {
        slug: name.slice(0, -3),
        name,
        file,
        hash,
        ...(entry?.hash === hash ? { cached: entry } : {}),
        ...(stamp ? { stamp } : {}),
      };
    });
}

/** `sourcesDigest` of `@dari/xliff` (handed in: this module is loaded on warm runs, the XML parser is not). */
export type SourcesDigest = (
  lang: string,
  facts: ArticleFacts,
  items: Iterable<{ readonly id: string; readonly source: SourceSegment['source'] }>,
) => string;

/**
 * An article parsed: its cache entry (hash, digest, language), its segments and the frontmatter
 * rules read. The digest is the one `dari sync` records in the article's locale files.
 */
export function parseArticleEntry(
  config: DariConfig,
  article: Pick<ScannedArticle, 'slug' | 'name' | 'file' | 'hash'>,
  parse: ParseArticle,
  digest: SourcesDigest,
): { entry: ArticleEntry; segments: readonly SourceSegment[]; facts: ArticleFacts } {
  const path = join(config.articlesDir, article.name);
  // Strict UTF-8, under the size limit, as sync reads it: both reject the same bytes.
  const { bytes } = readRegular(path, { file: article.file, maxBytes: config.limits.fileBytes });
  const doc = parse(decodeUtf8(bytes, article.file, 'article-not-utf8'), {
    file: article.file,
    slug: article.slug,
    defaultLang: config.sourceLocale,
    rules: config.segmentation,
  });
  const segments = doc.blocks.flatMap((b) => b.segments);
  const { date, dateline } = doc.meta;
  const facts: ArticleFacts = { ...(date ? { date } : {}), ...(dateline ? { dateline } : {}) };
  const entry = {
    hash: article.hash,
    digest: digest(doc.meta.lang, facts, segments),
    lang: doc.meta.lang,
  };
  return { entry, segments, facts };
}

let segmenterVersion: string | undefined;

/**
 * `segmentationKey` of `@dari/xliff` for this config and the installed segmenter (read from its
 * package.json, not imported: a check whose stamps hold never loads it). Sync computes the same.
 */
export function segmentationOf(
  config: DariConfig,
  key: (sourceLocale: string, segmentation: unknown, version: string) => string,
): string {
  if (segmenterVersion === undefined) {
    try {
      const entry = fileURLToPath(import.meta.resolve('@dari/segmenter'));
      const pkg = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
        version?: string;
      };
      segmenterVersion = `@dari/segmenter@${pkg.version ?? '?'}`;
    } catch {
      segmenterVersion = '@dari/segmenter@unresolved';
    }
  }
  return key(config.sourceLocale, config.segmentation, segmenterVersion);
}
