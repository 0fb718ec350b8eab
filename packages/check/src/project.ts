import { join, relative } from 'node:path';
import type { DariConfig } from '@dari/config';
import type { Diagnostic } from '@dari/core';
import { approvedUnitIds } from './approved.js';
import { loadArticles, type ProjectArticle } from './articles.js';
import { cacheKey } from './cache/fingerprint.js';
import { fileContext, sha1 } from './cache/key.js';
import { readShared } from './cache/read.js';
import { cachePath, emptyCache, type FileEntry, loadCache, sameCache, saveCache } from './cache/store.js';
import { checkFile, type FileResult } from './check-file.js';
import { buildReport } from './evaluate.js';
import type { Glossary } from './glossary.js';
import { listLocaleFiles, loadGlossary, posix, validate } from './inputs.js';
import { type CheckIo, DEFAULT_IO } from './io.js';
import type { CheckReport } from './report.js';
import { type ActiveRules, activeRules } from './rules/index.js';

/** Options of `checkProject`: `--min ko=95` overrides and `--changed <git-ref>`. */
export interface CheckOptions {
  readonly min?: Readonly<Record<string, number>>;
  readonly changedSince?: string;
  /** Reuse and update the result cache (default: on, unless `io` replaces the readers). */
  readonly cache?: boolean;
}

/** One locale file to check, with what its cached result must match. */
interface FileJob {
  readonly locale: string;
  readonly name: string;
  /** Project-relative, `locales/<lang>/<slug>.xlf`. */
  readonly path: string;
  readonly article: ProjectArticle | undefined;
  readonly rules: ActiveRules;
  readonly glossary: Glossary;
  readonly rulesAndGlossary: string;
}

/** Reuses the cached result of a file whose bytes and context are unchanged, else reads and checks it. */
async function resultOf(
  config: DariConfig,
  job: FileJob,
  previous: FileEntry | undefined,
  io: CheckIo,
  prepare: () => Promise<void>,
): Promise<FileEntry> {
  const { locale, name, path, article } = job;
  const bytes = readShared(join(config.localesDir, locale, name));
  const hash = sha1(bytes);
  const context = fileContext(path, locale, article?.context, job.rulesAndGlossary);
  if (previous?.hash === hash && previous.context === context) return previous;
  const text = bytes.toString('utf8'); // before `await`: another file may reuse the buffer
  await prepare();
  const file = io.readXliff(text, path);
  const approved = approvedUnitIds(file);
  const input = {
    file,
    path,
    locale,
    ...(article
      ? { article: { path: article.file, lang: article.context.lang, segments: article.segments() } }
      : {}),
    ...(approved ? { approved } : {}),
  };
  return { hash, context, result: checkFile(input, job.rules, job.glossary) };
}

/**
 * Counts and checks every locale file of the project (the I/O edge): reads the articles, the
 * glossary and `locales/<lang>/*.xlf`, runs the rules, applies thresholds. Throws DariError for bad
 * input (exit 2); everything else becomes a finding in the report. Results are cached by content
 * hash under `node_modules/.cache/dari/` (see README), so only changed files are parsed again.
 */
export async function checkProject(
  config: DariConfig,
  options: CheckOptions = {},
  io: CheckIo = DEFAULT_IO,
): Promise<CheckReport> {
  const min = options.min ?? {};
  validate(config, min);
  const rules = activeRules(config.rules);
  const glossary = loadGlossary(config);
  // Injected readers are not part of the cache key, so they run without it unless asked.
  const useCache = options.cache ?? io === DEFAULT_IO;
  const key = useCache ? cacheKey(config) : '';
  const cacheFile = cachePath(config.root);
  const cache = useCache ? loadCache(cacheFile, key) : emptyCache();
  let prepared: Promise<void> | undefined;
  const prepare = () => (prepared ??= io.prepare?.() ?? Promise.resolve());
  const articles = await loadArticles(config, io.parseArticle, cache.articles, prepare);
  const localeFiles = listLocaleFiles(config);
  const changed =
    options.changedSince === undefined ? undefined : io.changedFiles(config.root, options.changedSince);
  const rel = (p: string) => posix(relative(config.root, p));
  // Joined by hand: path.relative per file is a tenth of a warm run over 10,000 files.
  const localesRel = rel(config.localesDir);
  const localePath = (locale: string, name: string) =>
    localesRel === '' ? `${locale}/${name}` : `${localesRel}/${locale}/${name}`;
  const next = emptyCache();
  for (const article of articles.values()) next.articles.set(article.file, article.entry);
  const ruleSpec = JSON.stringify([...rules.severity]);

  const results: FileResult[] = [];
  const extra: Diagnostic[] = [];
  const severity = (id: string) => rules.severity.get(id);
  for (const locale of config.locales) {
    const names = new Set(localeFiles.get(locale) ?? []);
    for (const article of articles.values()) {
      const s = severity('file-missing');
      if (names.has(`${article.slug}.xlf`) || !s || (changed && !changed.has(article.file))) continue;
      const path = localePath(locale, `${article.slug}.xlf`);
      extra.push({
        ruleId: 'file-missing',
        severity: s,
        message: `${article.file} has no ${locale} file ${path}`,
        file: article.file,
        line: 1,
        column: 1,
        locale,
        note: 'Run `dari sync` to create it, and commit it.',
      });
    }
    const terms = glossary.get(locale) ?? [];
    const rulesAndGlossary = sha1(JSON.stringify([ruleSpec, terms]));
    for (const name of names) {
      const path = localePath(locale, name);
      const slug = name.slice(0, -4);
      const article = articles.get(slug);
      const previous = cache.files.get(path);
      if (changed && !changed.has(path) && !(article && changed.has(article.file))) {
        if (previous) next.files.set(path, previous);
        continue;
      }
      const job = { locale, name, path, article, rules, glossary: terms, rulesAndGlossary };
      const entry = await resultOf(config, job, previous, io, prepare);
      next.files.set(path, entry);
      const orphan = severity('file-orphaned');
      if (!article && slug !== 'ui' && orphan) {
        extra.push({
          ruleId: 'file-orphaned',
          severity: orphan,
          message: `${path} has no article ${rel(join(config.articlesDir, `${slug}.md`))}`,
          file: path,
          line: 1,
          column: 1,
          locale,
          note: 'Delete it if the article was removed or renamed, then run `dari sync`.',
        });
      }
      results.push(entry.result);
    }
  }
  if (useCache && !sameCache(cache, next)) saveCache(cacheFile, key, next);
  const thresholds = { ...config.thresholds, ...min };
  return buildReport(results, extra, {
    locales: config.locales.filter((l) => l !== config.sourceLocale),
    thresholds,
    ...(options.changedSince !== undefined ? { changedSince: options.changedSince } : {}),
  });
}
