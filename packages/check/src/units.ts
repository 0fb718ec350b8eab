import { join } from 'node:path';
import type { DariConfig } from '@dari/config';
import { DariError, type Diagnostic, type SourceSegment, unitsOf } from '@dari/core';
import { decodeUtf8, withinUnitLimit } from '@dari/io';
import { approvedUnitIds } from './approved.js';
import { type ParseArticle, parseArticleEntry, type ScannedArticle, type SourcesDigest } from './articles.js';
import { fileContext, sha1 } from './cache/key.js';
import { readShared } from './cache/read.js';
import type { ArticleEntry, FileEntry } from './cache/store.js';
import { checkFile, type FileInput, type FileResult } from './check-file.js';
import type { Glossary } from './glossary.js';
import { type CheckIo, ParserNotLoaded, type ReadFile } from './io.js';
import type { ActiveRules } from './rules/index.js';
import type { ArticleFacts } from './rules/types.js';
import { translatableFile } from './stats.js';

/** One locale file to read and check, with what its cached result must match to be reused. */
export interface FileTask {
  /** Position in the serial order (locale, then name): the first failing file is the one reported. */
  readonly order: number;
  readonly locale: string;
  readonly name: string;
  /** Project-relative, `locales/<lang>/<slug>.xlf`. */
  readonly path: string;
  readonly rulesAndGlossary: string;
  readonly previous?: { readonly hash: string; readonly context: string };
}

/**
 * The work of one slug: its article (parsed when its bytes are not cached, or when a file needs its
 * segments) and its locale files. A slug's files share the article's parse, so they travel together.
 */
export interface WorkUnit {
  /** Position of the article in name order (articles fail before any file, as in a serial run). */
  readonly order: number;
  readonly article?: ScannedArticle;
  readonly files: readonly FileTask[];
}

/** What a unit gave: a newly parsed article's entry, and per file a result or "the cached one holds". */
export interface UnitOutcome {
  readonly article?: ArticleEntry;
  readonly files: ReadonlyArray<{ readonly path: string; readonly entry: FileEntry | 'reuse' }>;
  /** Bad input met in this unit, with where it sits in the serial order. */
  readonly errors: ReadonlyArray<{
    readonly article: boolean;
    readonly order: number;
    readonly diagnostics: readonly Diagnostic[];
  }>;
}

/** What running units needs besides the units: the same in the main thread and in a worker. */
export interface UnitEnv {
  readonly config: DariConfig;
  readonly rules: ActiveRules;
  readonly glossary: ReadonlyMap<string, Glossary>;
  /** May throw `ParserNotLoaded`: `runUnitLoading` then loads it (`loadArticles`) and runs again. */
  readonly parseArticle: ParseArticle;
  readonly readXliff: CheckIo['readXliff'];
  readonly loadArticles?: () => Promise<void>;
  /** `@dari/xliff`'s digest of sources, the one `dari sync` records in its stamps. */
  readonly sourcesDigest: SourcesDigest;
  /** `segmentationKey` for this config and segmenter: a stamp is trusted only under the same one. */
  readonly segmentation: string;
}

/** Only `DariError` is bad input; anything else is a bug and propagates. */
function diagnosticsOf(e: unknown): readonly Diagnostic[] {
  if (e instanceof DariError) return e.diagnostics;
  throw e;
}

/** `runUnit`, loading the article parser first when the unit turns out to need it. */
export async function runUnitLoading(unit: WorkUnit, env: UnitEnv): Promise<UnitOutcome> {
  try {
    return runUnit(unit, env);
  } catch (e) {
    if (!(e instanceof ParserNotLoaded) || !env.loadArticles) throw e;
    await env.loadArticles();
    return runUnit(unit, env);
  }
}

/**
 * The article as the stamp of a locale file describes it, when the stamp holds: written from these
 * very article bytes under this segmentation, and the file's units still the sources it recorded.
 * Then the units are the article's current segments and nothing need be segmented.
 */
export function stampedArticle(
  file: ReadFile,
  articleHash: string,
  env: Pick<UnitEnv, 'segmentation' | 'sourcesDigest'>,
): { entry: ArticleEntry; facts: ArticleFacts } | undefined {
  const { stamp } = file;
  if (!stamp || stamp.article !== articleHash || stamp.segmentation !== env.segmentation) return undefined;
  const facts: ArticleFacts = {
    ...(stamp.date ? { date: stamp.date } : {}),
    ...(stamp.dateline ? { dateline: stamp.dateline } : {}),
  };
  if (env.sourcesDigest(stamp.lang, facts, unitsOf(file)) !== stamp.sources) return undefined;
  return { entry: { hash: articleHash, digest: stamp.sources, lang: stamp.lang }, facts };
}

/**
 * Reads and checks what one unit holds; bad input is returned, not thrown (see `errors`). The
 * article is segmented only when a file's stamp does not vouch for it (or it has no file).
 */
export function runUnit(unit: WorkUnit, env: UnitEnv): UnitOutcome {
  const { article } = unit;
  const errors: { article: boolean; order: number; diagnostics: readonly Diagnostic[] }[] = [];
  // Known digest: from the cache, a parse, or the first stamp that held.
  let entry = article?.cached;
  let learnt: ArticleEntry | undefined;
  let parsed: { segments: readonly SourceSegment[]; facts: ArticleFacts } | undefined;
  /** Segments the article; false (error recorded) when it is bad input. */
  const parse = (): boolean => {
    if (!article || parsed) return true;
    try {
      const p = parseArticleEntry(env.config, article, env.parseArticle, env.sourcesDigest);
      parsed = p;
      // The parse is the truth, over any stamp read before it.
      if (!article.cached) learnt = entry = p.entry;
      return true;
    } catch (e) {
      errors.push({ article: true, order: unit.order, diagnostics: diagnosticsOf(e) });
      return false;
    }
  };
  // An article without locale files to check is still read: bad input is bad input.
  if (article && !entry && unit.files.length === 0 && !parse()) return { files: [], errors };
  const files: { path: string; entry: FileEntry | 'reuse' }[] = [];
  for (const task of unit.files) {
    const { locale, path } = task;
    try {
      const bytes = readShared(
        join(env.config.localesDir, locale, task.name),
        path,
        env.config.limits.fileBytes,
      );
      const hash = sha1(bytes);
      const reuse = () =>
        task.previous?.hash === hash &&
        task.previous.context === fileContext(path, locale, contextOf(article, entry), task.rulesAndGlossary);
      if (entry && reuse()) {
        files.push({ path, entry: 'reuse' });
        continue;
      }
      // Strict, as sync decodes: bad bytes are bad input for both, never a silent U+FFFD.
      const file = readFile(decodeUtf8(bytes, path), path, env);
      let view: ArticleView | undefined;
      if (article) {
        const stamped = parsed ? undefined : stampedArticle(file, article.hash, env);
        if (stamped && (!entry || entry.digest === stamped.entry.digest)) {
          if (!entry) learnt = entry = stamped.entry;
          view = { path: article.file, lang: stamped.entry.lang, facts: stamped.facts };
        } else {
          if (!parse()) return { files: [], errors };
          view = {
            path: article.file,
            lang: entry?.lang ?? '',
            segments: parsed?.segments ?? [],
            facts: parsed?.facts ?? {},
          };
        }
      }
      const context = fileContext(path, locale, contextOf(article, entry), task.rulesAndGlossary);
      if (task.previous?.hash === hash && task.previous.context === context) {
        files.push({ path, entry: 'reuse' });
        continue;
      }
      files.push({ path, entry: { hash, context, result: checkText(file, task, env, view) } });
    } catch (e) {
      if (e instanceof ParserNotLoaded) throw e;
      const diagnostics = diagnosticsOf(e);
      // A bad article is reported before any file of it, as when every article was parsed first.
      if (article && !entry && !parsed && !parse()) return { files: [], errors };
      errors.push({ article: false, order: task.order, diagnostics });
    }
  }
  return { ...(learnt ? { article: learnt } : {}), files, errors };
}

/** What rules see of the article. */
type ArticleView = NonNullable<FileInput['article']>;

function contextOf(article: ScannedArticle | undefined, entry: ArticleEntry | undefined) {
  return article && entry ? { path: article.file, lang: entry.lang, digest: entry.digest } : undefined;
}

function readFile(text: string, path: string, env: UnitEnv): ReadFile {
  return translatableFile(
    withinUnitLimit(
      env.readXliff(text, path, { maxDepth: env.config.limits.xmlDepth }),
      path,
      env.config.limits.units,
    ),
  );
}

/** The bad input a serial run would have thrown first: any article's (in name order), else a file's. */
export function firstError(outcomes: readonly UnitOutcome[]): DariError | undefined {
  let first: UnitOutcome['errors'][number] | undefined;
  for (const outcome of outcomes) {
    for (const e of outcome.errors) {
      if (!first || (e.article && !first.article) || (e.article === first.article && e.order < first.order))
        first = e;
    }
  }
  return first ? new DariError(first.diagnostics) : undefined;
}

function checkText(
  file: ReadFile,
  task: FileTask,
  env: UnitEnv,
  article: ArticleView | undefined,
): FileResult {
  const { path, locale } = task;
  const approved = approvedUnitIds(file);
  const input: FileInput = {
    file,
    path,
    locale,
    ...(article ? { article } : {}),
    ...(approved ? { approved } : {}),
  };
  return checkFile(input, env.rules, env.glossary.get(locale) ?? []);
}
