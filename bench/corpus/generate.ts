import { join } from 'node:path';
import { writeFileAtomic } from '../lib/files.ts';
import { generateArticle } from './article.ts';

/** The project config of a generated corpus: English source, two target locales, no thresholds to meet. */
export const CORPUS_CONFIG = {
  sourceLocale: 'en',
  locales: ['en', 'ko', 'ja'],
  thresholds: { ko: 0, ja: 0 },
};

/** What was written. */
export interface CorpusStats {
  readonly articles: number;
  readonly bytes: number;
  readonly words: number;
}

/** Writes `size` articles and `dari.config.json` into `dir` (a Dari project root). */
export function writeCorpus(dir: string, size: number, seed: number): CorpusStats {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`corpus size must be a positive integer, not ${size}`);
  writeFileAtomic(join(dir, 'dari.config.json'), `${JSON.stringify(CORPUS_CONFIG, null, 2)}\n`);
  let bytes = 0;
  let words = 0;
  for (let i = 0; i < size; i++) {
    const { slug, markdown } = generateArticle(i, seed);
    writeFileAtomic(join(dir, 'articles', `${slug}.md`), markdown);
    bytes += Buffer.byteLength(markdown);
    words += markdown.split(/\s+/).length;
  }
  return { articles: size, bytes, words };
}
