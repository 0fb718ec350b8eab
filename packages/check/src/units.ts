import { join } from 'node:path';
import type { DariConfig } from '@dari/config';
import { DariError, type Diagnostic, type SourceSegment } from '@dari/core';
import { decodeUtf8, withinUnitLimit } from '@dari/io';
import { approvedUnitIds } from './approved.js';
import { type ParseArticle, parseArticleEntry, type ScannedArticle } from './articles.js';
import { fileContext, sha1 } from './cache/key.js';
import { readShared } from './cache/read.js';
import type { ArticleEntry, FileEntry } from './cache/store.js';
import { checkFile, type FileResult } from './check-file.js';
import type { Glossary } from './glossary.js';
import type { CheckIo } from './io.js';
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
  readonly parseArticle: ParseArticle;
  readonly readXliff: CheckIo['readXliff'];
}

/** Only `DariError` is bad input; anything else is a bug and propagates. */
function diagnosticsOf(e: unknown): readonly Diagnostic[] {
  if (e instanceof DariError) return e.diagnostics;
  throw e;
}

/** Parses, reads and checks what one unit holds; bad input is returned, not thrown (see `errors`). */
export function runUnit(unit: WorkUnit, env: UnitEnv): UnitOutcome {
  const { article } = unit;
  const errors: { article: boolean; order: number; diagnostics: readonly Diagnostic[] }[] = [];
  let entry = article?.cached;
  let parsedEntry: ArticleEntry | undefined;
  let segments: readonly SourceSegment[] | undefined;
  let facts: ArticleFacts | undefined;
  const parse = () => {
    if (!article) return;
    const parsed = parseArticleEntry(env.config, article, env.parseArticle);
    segments = parsed.segments;
    facts = parsed.facts;
    return parsed.entry;
  };
  if (article && !entry) {
    try {
      parsedEntry = parse();
      entry = parsedEntry;
    } catch (e) {
      errors.push({ article: true, order: unit.order, diagnostics: diagnosticsOf(e) });
      return { files: [], errors };
    }
  }
  const articleContext =
    article && entry ? { path: article.file, lang: entry.lang, digest: entry.digest } : undefined;
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
      const context = fileContext(path, locale, articleContext, task.rulesAndGlossary);
      if (task.previous?.hash === hash && task.previous.context === context) {
        files.push({ path, entry: 'reuse' });
        continue;
      }
      // Strict, as sync decodes: bad bytes are bad input for both, never a silent U+FFFD.
      const text = decodeUtf8(bytes, path);
      if (article && entry && !segments) parse();
      files.push({
        path,
        entry: { hash, context, result: checkText(text, task, env, article, entry, segments, facts) },
      });
    } catch (e) {
      errors.push({ article: false, order: task.order, diagnostics: diagnosticsOf(e) });
    }
  }
  return { ...(parsedEntry ? { article: parsedEntry } : {}), files, errors };
}

function checkText(
  text: string,
  task: FileTask,
  env: UnitEnv,
  article: ScannedArticle | undefined,
  entry: ArticleEntry | undefined,
  segments: readonly SourceSegment[] | undefined,
  facts?: ArticleFacts,
): FileResult {
  const { path, locale } = task;
  const file = translatableFile(
    withinUnitLimit(
      env.readXliff(text, path, { maxDepth: env.config.limits.xmlDepth }),
      path,
      env.config.limits.units,
    ),
  );
  const approved = approvedUnitIds(file);
  const input = {
    file,
    path,
    locale,
    ...(article && entry
      ? {
          article: {
            path: article.file,
            lang: entry.lang,
            segments: segments ?? [],
            ...(facts ? { facts } : {}),
          },
        }
      : {}),
    ...(approved ? { approved } : {}),
  };
  return checkFile(input, env.rules, env.glossary.get(locale) ?? []);
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
