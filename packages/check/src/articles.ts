import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DariConfig } from '@dari/config';
import { type ArticleDocument, DariError, type SourceSegment } from '@dari/core';
import { type ArticleContext, articleDigest, sha1 } from './cache/key.js';
import { readShared } from './cache/read.js';
import type { ArticleEntry } from './cache/store.js';

/** Parses one article (injectable, see `CheckIo`). */
export type ParseArticle = (
  markdown: string,
  options: { file: string; slug: string; defaultLang: string; rules: DariConfig['segmentation'] },
) => ArticleDocument;

/** One article of the project: known by its bytes' hash, parsed only when a check needs its segments. */
export interface ProjectArticle {
  readonly slug: string;
  /** Project-relative path, `articles/<slug>.md`. */
  readonly file: string;
  readonly entry: ArticleEntry;
  readonly context: ArticleContext;
  /** The current segments (parsed on first call when the digest came from the cache). */
  segments(): readonly SourceSegment[];
}

const posix = (p: string) => p.split(sep).join('/');

/**
 * Every `.md` in the articles folder, by slug. An article whose bytes match `cached` is not parsed
 * (its digest and language come from the cache); every other one is parsed now, so a malformed
 * article is bad input before any locale file is read, as without a cache.
 */
export async function loadArticles(
  config: DariConfig,
  parse: ParseArticle,
  cached: ReadonlyMap<string, ArticleEntry>,
  prepare: () => Promise<void>,
): Promise<Map<string, ProjectArticle>> {
  if (!existsSync(config.articlesDir)) {
    throw new DariError({
      ruleId: 'articles-missing',
      severity: 'error',
      message: `the articles folder ${posix(relative(config.root, config.articlesDir)) || '.'} does not exist`,
      note: 'Create it, or point paths.articles in dari.config.json at the folder that holds the articles.',
    });
  }
  const out = new Map<string, ProjectArticle>();
  const names = readdirSync(config.articlesDir)
    .filter((n) => n.endsWith('.md'))
    .sort();
  const folder = posix(relative(config.root, config.articlesDir));
  const scanned = names.map((name) => {
    const hash = sha1(readShared(join(config.articlesDir, name)));
    return { name, file: folder === '' ? name : `${folder}/${name}`, hash };
  });
  if (scanned.some((a) => cached.get(a.file)?.hash !== a.hash)) await prepare();
  for (const { name, file, hash } of scanned) {
    const slug = name.slice(0, -3);
    let segments: readonly SourceSegment[] | undefined;
    const parseNow = (): ArticleDocument => {
      // Read again rather than kept: most articles of a warm run are never parsed.
      const doc = parse(readFileSync(join(config.articlesDir, name), 'utf8'), {
        file,
        slug,
        defaultLang: config.sourceLocale,
        rules: config.segmentation,
      });
      segments = doc.blocks.flatMap((b) => b.segments);
      return doc;
    };
    let entry = cached.get(file);
    if (entry?.hash !== hash) {
      const doc = parseNow();
      entry = { hash, digest: articleDigest(doc.meta.lang, segments ?? []), lang: doc.meta.lang };
    }
    const { digest, lang } = entry;
    out.set(slug, {
      slug,
      file,
      entry,
      context: { path: file, lang, digest },
      segments: () => segments ?? parseNow().blocks.flatMap((b) => b.segments),
    });
  }
  return out;
}
