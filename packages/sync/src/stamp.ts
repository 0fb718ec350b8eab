import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DariConfig } from '@dari/config';
import type { ArticleDocument } from '@dari/core';
import { type ArticleStamp, segmentationKey, sourcesDigest } from '@dari/xliff';

let version: string | undefined;

/** `@dari/segmenter@<version>` as installed beside this package (the segmenter's release decides segments). */
function segmenterVersion(): string {
  if (version !== undefined) return version;
  try {
    const entry = createRequire(import.meta.url).resolve('@dari/segmenter');
    const pkg = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as {
      version?: string;
    };
    version = `@dari/segmenter@${pkg.version ?? '?'}`;
  } catch {
    version = '@dari/segmenter@unresolved';
  }
  return version;
}

/**
 * What a locale file records of the article it was synced from (`@dari/xliff`'s `ArticleStamp`):
 * the hash of the bytes parsed (base64url SHA-1, as the sync cache keeps it), the segmentation,
 * and the digest of the segments with the frontmatter facts the check's rules read.
 */
export function articleStamp(config: DariConfig, doc: ArticleDocument, hash: string): ArticleStamp {
  const { lang, date, dateline } = doc.meta;
  const segments = doc.blocks.flatMap((b) => b.segments);
  return {
    article: Buffer.from(hash, 'base64url').toString('hex'),
    segmentation: segmentationKey(config.sourceLocale, config.segmentation, segmenterVersion()),
    sources: sourcesDigest(lang, { date, dateline }, segments),
    lang,
    // As the check reads them: an empty date or dateline is none.
    ...(date ? { date } : {}),
    ...(dateline ? { dateline } : {}),
  };
}
