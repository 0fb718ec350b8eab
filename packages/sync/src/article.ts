import type { DariConfig } from '@dari/config';
import type { ArticleDocument } from '@dari/core';
import { parseArticle } from '@dari/segmenter';
import { decodeUtf8 } from './fs.js';

/** Parses an article's bytes as the segmenter does for every command (throws DariError). */
export function parseArticleBytes(
  bytes: Uint8Array,
  file: string,
  slug: string,
  config: DariConfig,
): ArticleDocument {
  return parseArticle(decodeUtf8(bytes, file), {
    file,
    slug,
    defaultLang: config.sourceLocale,
    rules: config.segmentation,
  });
}
