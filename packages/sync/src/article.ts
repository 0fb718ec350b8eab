import type { DariConfig } from '@dari/config';
import type { ArticleDocument } from '@dari/core';
import { decodeArticle, parseArticle } from '@dari/segmenter';

/** Parses an article's bytes as every command does: strict UTF-8, then the segmenter (throws DariError). */
export function parseArticleBytes(
  bytes: Uint8Array,
  file: string,
  slug: string,
  config: DariConfig,
): ArticleDocument {
  return parseArticle(decodeArticle(bytes, file), {
    file,
    slug,
    defaultLang: config.sourceLocale,
    rules: config.segmentation,
  });
}
