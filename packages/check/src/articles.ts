import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DariConfig } from '@dari/config';
import { type ArticleDocument, DariError, type SourceSegment } from '@dari/core';
import { decodeUtf8, listFiles, readRegular } from '@dari/io';
import { articleDigest, sha1 } from './cache/key.js';
import { readShared } from './cache/read.js';
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
}

const posix = (p: string) => p.split(sep).join('/');

/**
 * Every `.md` in the articles folder, in name order, hashed and matched against the cache; nothing
 * is parsed here (see `parseArticleEntry`). A missing folder is bad input.
 */
export function scanArticles(
  config: DariConfig,
  cached: ReadonlyMap<string, ArticleEntry>,
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
      const hash = sha1(readShared(join(config.articlesDir, name), file, config.limits.fileBytes));
      const entry = cached.get(file);
      return {
        slug: name.slice(0, -3),
        name,
        file,
        hash,
        ...(entry?.hash === hash ? { cached: entry } : {}),
      };
    });
}

/** An article parsed: its cache entry (hash, digest, language), its segments and the frontmatter rules read. */
export function parseArticleEntry(
  config: DariConfig,
  article: Pick<ScannedArticle, 'slug' | 'name' | 'file' | 'hash'>,
  parse: ParseArticle,
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
    digest: articleDigest(doc.meta.lang, segments, facts),
    lang: doc.meta.lang,
  };
  return { entry, segments, facts };
}
