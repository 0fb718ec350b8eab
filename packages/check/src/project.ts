import { join, relative, sep } from 'node:path';
import type { DariConfig } from '@dari/config';
import type { Diagnostic } from '@dari/core';
import { type ScannedArticle, scanArticles, segmentationOf } from './articles.js';
import { cacheKey } from './cache/fingerprint.js';
import { fileContext, sha1 } from './cache/key.js';
import { readShared } from './cache/read.js';
import { type FileStamp, stampOf, trusts } from './cache/stamp.js';
import {
  type ArticleEntry,
  type CheckCache,
  cachePath,
  emptyCache,
  type FileEntry,
  loadCache,
  sameCache,
  saveCache,
} from './cache/store.js';
import type { FileResult } from './check-file.js';
import { archiveNameFindings } from './consistency.js';
import { buildReport, mergeThresholds } from './evaluate.js';
import { listLocaleFiles, loadGlossary, posix, validate } from './inputs.js';
import { type CheckIo, DEFAULT_IO } from './io.js';
import { runUnits, threadsFor, workersAvailable } from './pool.js';
import type { CheckReport } from './report.js';
import { type ActiveRules, activeRules } from './rules/index.js';
import { type FileTask, firstError, type UnitEnv, type UnitOutcome, type WorkUnit } from './units.js';

/** Options of `checkProject`: `--min ko=95` / `--min-reviewed ko=80` overrides and `--changed <git-ref>`. */
export interface CheckOptions {
  readonly min?: Readonly<Record<string, number>>;
  readonly minReviewed?: Readonly<Record<string, number>>;
  readonly changedSince?: string;
  /** Reuse and update the result cache (default: on, unless `io` replaces the readers). */
  readonly cache?: boolean;
  /**
   * Threads to read and check with (default: one per core when there are hundreds of files to
   * read, else 1 = this thread). Workers need the built package and the default readers.
   */
  readonly threads?: number;
  /**
   * `dari check --shard i/N`: check only the articles and locale files whose slug this accepts.
   * A shard's counts are not a verdict: `checkPart` returns them for `mergeParts` to sum.
   */
  readonly includes?: (slug: string) => boolean;
  /**
   * Hears how many of the files that must be read (not answered by the cache) are checked, after
   * each article's files; `total` stays the same through a run. Not called when nothing is read.
   */
  readonly onProgress?: (done: number, total: number) => void;
}

/** What one shard found, before thresholds: the per-file results and the project-level findings. */
export interface CheckPart {
  readonly results: readonly FileResult[];
  readonly extra: readonly Diagnostic[];
}

/** What became of one locale file in the plan: left out by `--changed`, cached, or in a unit. */
type Planned = {
  readonly kind: 'skipped' | 'cached' | 'unit';
  readonly path: string;
  readonly previous: FileEntry | undefined;
  /** Taken before the file was read (never for a skipped one), recorded with its entry. */
  readonly stamp?: FileStamp | undefined;
};

/**
 * Counts and checks every locale file of the project (the I/O edge): reads the articles, the
 * glossary and `locales/<lang>/*.xlf`, runs the rules, applies thresholds. Throws DariError for bad
 * input (exit 2); everything else becomes a finding in the report. Results are cached by content
 * hash under `node_modules/.cache/dari/` (see README), so only changed files are parsed again; those
 * are spread over worker threads when there are many (the report is the same either way).
 */
export async function checkProject(
  config: DariConfig,
  options: CheckOptions = {},
  io: CheckIo = DEFAULT_IO,
): Promise<CheckReport> {
  const cache = options.cache ?? io === DEFAULT_IO;
  return mergeParts(config, [await checkPart(config, options, io)], { ...options, cache });
}

/**
 * The report of the parts of a sharded check: counts are summed before the thresholds (config,
 * then `--min`) are applied, so N parts give the same report, byte for byte, as one run.
 */
export function mergeParts(
  config: DariConfig,
  parts: readonly CheckPart[],
  options: Pick<CheckOptions, 'min' | 'minReviewed' | 'changedSince' | 'cache'> = {},
): CheckReport {
  validate(config, options.min ?? {});
  validate(config, options.minReviewed ?? {}, '--min-reviewed');
  // One part (a whole run, or a shard's) is in run order already.
  const results =
    parts.length === 1
      ? (parts[0] as CheckPart).results
      : inRunOrder(
          config,
          parts.flatMap((p) => p.results),
        );
  // Across files, so after every part: no cached or sharded result can hide it (see consistency.ts).
  const names = archiveNameFindings(config, results, activeRules(config.rules, config.style), {
    cache: options.cache === true,
  });
  return buildReport(results, [...parts.flatMap((p) => p.extra), ...names], {
    locales: config.locales.filter((l) => l !== config.sourceLocale),
    thresholds: mergeThresholds(config.thresholds, options.min, options.minReviewed),
    ...(options.changedSince !== undefined ? { changedSince: options.changedSince } : {}),
  });
}

/**
 * Results in the order one run lists them: locale by locale as configured, files by slug (as
 * `listLocaleFiles` sorts them), whatever order the parts came in. The project-wide name
 * comparison names spellings and places in that order, so parts merged shard by shard reported
 * other places than one run (seen at 10,000 articles, where a spelling has more than three).
 */
function inRunOrder(config: DariConfig, results: readonly FileResult[]): FileResult[] {
  const rank = new Map(config.locales.map((l, i) => [l, i]));
  const slugOf = (file: string) =>
    file.slice(file.lastIndexOf('/') + 1, file.endsWith('.xlf') ? -4 : undefined);
  const keyed = results.map((r) => ({
    r,
    locale: rank.get(r.report.locale) ?? -1,
    slug: slugOf(r.report.file),
  }));
  keyed.sort((a, b) => a.locale - b.locale || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return keyed.map((k) => k.r);
}

/** `checkProject` without the verdict: the results of the files `options.includes` accepts. */
export async function checkPart(
  config: DariConfig,
  options: CheckOptions = {},
  io: CheckIo = DEFAULT_IO,
): Promise<CheckPart> {
  const min = options.min ?? {};
  validate(config, min);
  validate(config, options.minReviewed ?? {}, '--min-reviewed');
  const rules = activeRules(config.rules, config.style);
  const glossary = loadGlossary(config);
  // Injected readers are not part of the cache key, so they run without it unless asked.
  const useCache = options.cache ?? io === DEFAULT_IO;
  const key = useCache ? cacheKey(config) : '';
  const cacheFile = cachePath(config.root);
  const cache = useCache ? loadCache(cacheFile, key) : emptyCache();
  const includes = options.includes;
  const scanned = scanArticles(config, cache.articles, useCache ? cache.stamps : undefined);
  const articles = includes ? scanned.filter((a) => includes(a.slug)) : scanned;
  const bySlug = new Map(articles.map((a, i) => [a.slug, { article: a, order: i }]));
  const units = new Map<string, { order: number; article?: ScannedArticle; files: FileTask[] }>();
  for (const [i, article] of articles.entries())
    if (!article.cached) units.set(article.slug, { order: i, article, files: [] });

  const env = async (): Promise<UnitEnv> => {
    await io.prepare?.();
    // Only when there is something to read: a warm run loads no parser (see io.ts).
    const { segmentationKey, sourcesDigest } = await import('@dari/xliff');
    return {
      config,
      rules,
      glossary,
      parseArticle: io.parseArticle,
      readXliff: io.readXliff,
      ...(io.prepareArticles ? { loadArticles: io.prepareArticles } : {}),
      sourcesDigest,
      segmentation: segmentationOf(config, segmentationKey),
    };
  };
  const threads = (work: number) =>
    io === DEFAULT_IO && workersAvailable() ? threadsFor(work, options.threads) : 1;
  // A malformed article is reported before a bad locale folder or git ref, as it always was.
  const articlesFirst = async <T>(step: () => T): Promise<T> => {
    try {
      return step();
    } catch (e) {
      const parses = [...units.values()].map((u) => ({ ...u, files: [] }));
      throw firstError(await runUnits(parses, threads(parses.length), env, config)) ?? e;
    }
  };
  const localeFiles = await articlesFirst(() => listLocaleFiles(config));
  const changed = await articlesFirst(() =>
    options.changedSince === undefined ? undefined : io.changedFiles(config.root, options.changedSince),
  );
  const rel = (p: string) => posix(relative(config.root, p));
  // Joined by hand: path.relative per file is a tenth of a warm run over 10,000 files.
  const localesRel = rel(config.localesDir);
  const localePath = (locale: string, name: string) =>
    localesRel === '' ? `${locale}/${name}` : `${localesRel}/${locale}/${name}`;
  const ruleSpec = JSON.stringify([...rules.severity]);

  // Plan: every file whose result cannot be known from the cache joins its slug's unit.
  const plan = new Map<string, Planned[]>();
  let order = 0;
  for (const locale of config.locales) {
    const rulesAndGlossary = sha1(JSON.stringify([ruleSpec, glossary.get(locale) ?? []]));
    const planned: Planned[] = [];
    plan.set(locale, planned);
    // Joined by hand for the same reason: a listed name holds no separator and is no `..`.
    const dir = join(config.localesDir, locale);
    const inDir = dir.endsWith(sep) ? dir : `${dir}${sep}`;
    for (const name of new Set(localeFiles.get(locale) ?? [])) {
      const path = localePath(locale, name);
      const slug = name.slice(0, -4);
      if (includes && !includes(slug)) continue;
      const article = bySlug.get(slug)?.article;
      const previous = cache.files.get(path);
      if (changed && !changed.has(path) && !(article && changed.has(article.file))) {
        planned.push({ kind: 'skipped', path, previous });
        continue;
      }
      const full = `${inDir}${name}`;
      // Before any read: bytes read after it are never older than what the stamp vouches for.
      const stamp = useCache ? stampOf(full) : undefined;
      const task: FileTask = {
        order: order++,
        locale,
        name,
        path,
        rulesAndGlossary,
        ...(previous ? { previous: { hash: previous.hash, context: previous.context } } : {}),
      };
      const known = article ? article.cached : undefined;
      if (previous && (!article || known)) {
        // The article's digest is known, so the file's bytes alone decide whether the cache holds.
        // A trusted stamp stands for the bytes: a warm run over unchanged files reads none of them.
        const hash = trusts(cache.stamps.get(path), stamp)
          ? previous.hash
          : sha1(readShared(full, path, config.limits.fileBytes));
        const context = fileContext(
          path,
          locale,
          article && known ? { path: article.file, lang: known.lang, digest: known.digest } : undefined,
          rulesAndGlossary,
        );
        if (previous.hash === hash && previous.context === context) {
          planned.push({ kind: 'cached', path, previous, stamp });
          continue;
        }
      }
      let unit = units.get(slug);
      if (!unit) {
        unit = {
          order: bySlug.get(slug)?.order ?? articles.length,
          ...(article ? { article } : {}),
          files: [],
        };
        units.set(slug, unit);
      }
      unit.files.push(task);
      planned.push({ kind: 'unit', path, previous, stamp });
    }
  }

  const work: WorkUnit[] = [...units.values()];
  // An article without locale files still costs a parse: it weighs one file.
  const weight = (u: WorkUnit) => Math.max(1, u.files.length);
  const files = work.reduce((n, u) => n + weight(u), 0);
  const report = options.onProgress;
  let done = 0;
  const onDone =
    report &&
    ((u: WorkUnit) => {
      done += weight(u);
      report(done, files);
    });
  const outcomes = await runUnits(work, threads(files), env, config, onDone);
  const error = firstError(outcomes);
  if (error) throw error;
  return finish(config, {
    articles,
    work,
    outcomes,
    plan,
    localePath,
    rel,
    rules,
    changed,
    cache: useCache ? { file: cacheFile, key, previous: cache } : undefined,
  });
}

interface Ran {
  readonly articles: readonly ScannedArticle[];
  readonly work: readonly WorkUnit[];
  readonly outcomes: readonly UnitOutcome[];
  readonly plan: ReadonlyMap<string, readonly Planned[]>;
  readonly localePath: (locale: string, name: string) => string;
  readonly rel: (p: string) => string;
  readonly rules: ActiveRules;
  readonly changed: ReadonlySet<string> | undefined;
  readonly cache: { readonly file: string; readonly key: string; readonly previous: CheckCache } | undefined;
}

/** Puts the outcomes together in the serial order (locale, then name): the same report however they ran. */
function finish(config: DariConfig, ran: Ran): CheckPart {
  const { articles, rules, changed, localePath } = ran;
  const parsed = new Map<string, ArticleEntry>();
  const entries = new Map<string, FileEntry | 'reuse'>();
  for (const [i, outcome] of ran.outcomes.entries()) {
    const file = ran.work[i]?.article?.file;
    if (file !== undefined && outcome.article) parsed.set(file, outcome.article);
    for (const f of outcome.files) entries.set(f.path, f.entry);
  }
  const next = emptyCache();
  const slugs = new Set<string>();
  for (const a of articles) {
    slugs.add(a.slug);
    const entry = a.cached ?? parsed.get(a.file);
    if (!entry) continue;
    next.articles.set(a.file, entry);
    if (a.stamp && entry.hash === a.hash) next.stamps.set(a.file, a.stamp);
  }
  const results: FileResult[] = [];
  const extra: Diagnostic[] = [];
  const severity = (id: string) => rules.severity.get(id);
  for (const locale of config.locales) {
    const planned = ran.plan.get(locale) ?? [];
    const names = new Set(planned.map((p) => p.path));
    for (const article of articles) {
      const s = severity('file-missing');
      const path = localePath(locale, `${article.slug}.xlf`);
      if (names.has(path) || !s || (changed && !changed.has(article.file))) continue;
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
    for (const p of planned) {
      const { path, previous } = p;
      if (p.kind === 'skipped') {
        const stamp = ran.cache?.previous.stamps.get(path);
        if (previous) next.files.set(path, previous);
        if (previous && stamp) next.stamps.set(path, stamp);
        continue;
      }
      const got = p.kind === 'cached' ? previous : entries.get(path);
      const entry = got === 'reuse' ? previous : got;
      if (!entry) throw new Error(`@dari/check: no result for ${path}`);
      next.files.set(path, entry);
      if (p.stamp) next.stamps.set(path, p.stamp);
      const name = path.slice(path.lastIndexOf('/') + 1);
      const slug = name.slice(0, -4);
      const orphan = severity('file-orphaned');
      if (!slugs.has(slug) && slug !== 'ui' && orphan) {
        extra.push({
          ruleId: 'file-orphaned',
          severity: orphan,
          message: `${path} has no article ${ran.rel(join(config.articlesDir, `${slug}.md`))}`,
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
  if (ran.cache && !sameCache(ran.cache.previous, next)) saveCache(ran.cache.file, ran.cache.key, next);
  return { results, extra };
}
