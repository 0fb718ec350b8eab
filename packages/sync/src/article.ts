import type { DariConfig } from '@dari/config';
import type { ArticleDocument } from '@dari/core';

/** Parses an article's bytes as every command does: strict UTF-8, then the segmenter (throws DariError). */
export type ArticleParser = (bytes: Uint8Array, file: string, slug: string) => ArticleDocument;

// Cache: the segmenter module, imported once per process on first use.
let segmenter: Promise<typeof import('@dari/segmenter')> | undefined;

/** The article parser for a config; the segmenter is imported on first use (a warm sync needs none). */
export async function loadArticleParser(config: DariConfig): Promise<ArticleParser> {
  segmenter ??= import('@dari/segmenter');
  const { decodeArticle, parseArticle } = await segmenter;
  return (bytes, file, slug) =>
    parseArticle(decodeArticle(bytes, file), {
      file,
      slug,
      defaultLang: config.sourceLocale,
      rules: config.segmentation,
    });
}
