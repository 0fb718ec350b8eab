import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DariConfig } from '@dari/config';
import { parseArticle } from '@dari/segmenter';
import { sourcesDigest } from '@dari/xliff';
import { parseArticleEntry } from './articles.js';
import type { FileContext } from './rules/index.js';

/**
 * What `dari check` knows of a locale file's article (segments, language, and the frontmatter facts
 * the date and Yonhap rules need), for a caller that checks one file outside a project run: the
 * site's edit panel. Undefined when the slug has no article (`ui.xlf`); bad input throws DariError.
 */
export function articleContextOf(config: DariConfig, slug: string): FileContext['article'] {
  const name = `${slug}.md`;
  const path = join(config.articlesDir, name);
  if (!existsSync(path)) return undefined;
  const file = relative(config.root, path).split('\\').join('/');
  const { entry, segments, facts } = parseArticleEntry(
    config,
    { slug, name, file, hash: '' },
    parseArticle,
    sourcesDigest,
  );
  return { path: file, lang: entry.lang, segments, facts };
}
