import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DariConfig } from '@dari/config';
import { type ArticleDocument, DariError, type Diagnostic, lineColumnAt, type UnitFile } from '@dari/core';
import { parseArticle } from '@dari/segmenter';
import { readXliff } from '@dari/xliff';
import { approvedUnitIds } from './approved.js';
import { checkFile, type FileResult } from './check-file.js';
import { buildReport } from './evaluate.js';
import { changedFilesSince } from './git.js';
import { type Glossary, parseGlossary } from './glossary.js';
import type { CheckReport } from './report.js';
import { activeRules, RULES } from './rules/index.js';

/** Options of `checkProject`: `--min ko=95` overrides and `--changed <git-ref>`. */
export interface CheckOptions {
  readonly min?: Readonly<Record<string, number>>;
  readonly changedSince?: string;
}

/** The I/O the check needs, injectable so the flow is testable without git or the other packages. */
export interface CheckIo {
  readonly parseArticle: (
    markdown: string,
    options: { file: string; slug: string; defaultLang: string; rules: DariConfig['segmentation'] },
  ) => ArticleDocument;
  readonly readXliff: (text: string, file: string) => UnitFile;
  readonly changedFiles: (root: string, ref: string) => ReadonlySet<string>;
}

const DEFAULT_IO: CheckIo = {
  parseArticle: (markdown, options) => parseArticle(markdown, options),
  readXliff,
  changedFiles: changedFilesSince,
};

const posix = (p: string) => p.split(sep).join('/');

function usage(ruleId: string, message: string, extra: Partial<Diagnostic> = {}): DariError {
  return new DariError({ ruleId, severity: 'error', message, ...extra });
}

/** Checks `rules` ids and `--min` values against what exists; throws DariError (exit 2). */
function validate(config: DariConfig, min: Readonly<Record<string, number>>): void {
  const ids = RULES.map((r) => r.id);
  for (const id of Object.keys(config.rules)) {
    if (ids.includes(id)) continue;
    const text = config.configFile ? readFileSync(join(config.root, config.configFile), 'utf8') : undefined;
    const offset = text?.indexOf(`"${id}"`) ?? -1;
    throw usage('config-invalid', `unknown rule "rules.${id}"; the rules are: ${ids.join(', ')}`, {
      ...(config.configFile ? { file: config.configFile } : {}),
      ...(text && offset >= 0 ? lineColumnAt(text, offset) : {}),
    });
  }
  for (const [locale, value] of Object.entries(min)) {
    if (!config.locales.includes(locale)) {
      throw usage(
        'cli-usage',
        `--min ${locale}=${value}: "${locale}" is not a configured locale (${config.locales.join(', ')})`,
      );
    }
    if (!Number.isFinite(value) || value < 0 || value > 100) {
      throw usage('cli-usage', `--min ${locale}=${value}: a threshold is a percent from 0 to 100`);
    }
  }
}

function loadGlossary(config: DariConfig): ReadonlyMap<string, Glossary> {
  if (config.glossaryFile === undefined) return new Map();
  const file = posix(relative(config.root, config.glossaryFile));
  if (!existsSync(config.glossaryFile)) {
    throw usage('glossary-missing', `the glossary ${file} named in paths.glossary does not exist`, {
      note: 'Create it ({ "ko": { "KORUS FTA": "한미 FTA" } }) or remove paths.glossary from dari.config.json.',
    });
  }
  const text = readFileSync(config.glossaryFile, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw usage('glossary-invalid', `${file} is not valid JSON: ${(e as Error).message}`, { file });
  }
  return parseGlossary(data, config.locales, file, text);
}

/** Article file name → parsed article, for every `.md` in the articles folder. */
function loadArticles(config: DariConfig, io: CheckIo): Map<string, ArticleDocument> {
  if (!existsSync(config.articlesDir)) {
    throw usage(
      'articles-missing',
      `the articles folder ${posix(relative(config.root, config.articlesDir)) || '.'} does not exist`,
      {
        note: 'Create it, or point paths.articles in dari.config.json at the folder that holds the articles.',
      },
    );
  }
  const out = new Map<string, ArticleDocument>();
  for (const name of readdirSync(config.articlesDir)
    .filter((n) => n.endsWith('.md'))
    .sort()) {
    const slug = name.slice(0, -3);
    const file = posix(relative(config.root, join(config.articlesDir, name)));
    const markdown = readFileSync(join(config.articlesDir, name), 'utf8');
    out.set(
      slug,
      io.parseArticle(markdown, { file, slug, defaultLang: config.sourceLocale, rules: config.segmentation }),
    );
  }
  return out;
}

/** Locale folder → its `.xlf` names; an unknown folder is bad input. */
function listLocaleFiles(config: DariConfig): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!existsSync(config.localesDir)) return out;
  for (const entry of readdirSync(config.localesDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    if (!config.locales.includes(entry.name)) {
      throw usage(
        'locale-unknown',
        `locale folder "${posix(relative(config.root, join(config.localesDir, entry.name)))}" is not a configured locale`,
        {
          note: `Add "${entry.name}" to "locales" in dari.config.json (now: ${config.locales.join(', ')}), or remove the folder.`,
        },
      );
    }
    const names = readdirSync(join(config.localesDir, entry.name))
      .filter((n) => n.endsWith('.xlf'))
      .sort();
    out.set(entry.name, names);
  }
  return out;
}

/**
 * Counts and checks every locale file of the project (the I/O edge): reads the articles, the
 * glossary and `locales/<lang>/*.xlf`, runs the rules, applies thresholds. Throws DariError for bad
 * input (exit 2); everything else becomes a finding in the report.
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
  const articles = loadArticles(config, io);
  const localeFiles = listLocaleFiles(config);
  const changed =
    options.changedSince === undefined ? undefined : io.changedFiles(config.root, options.changedSince);
  const rel = (p: string) => posix(relative(config.root, p));

  const results: FileResult[] = [];
  const extra: Diagnostic[] = [];
  const severity = (id: string) => rules.severity.get(id);
  for (const locale of config.locales) {
    const names = new Set(localeFiles.get(locale) ?? []);
    for (const [slug, article] of articles) {
      const path = rel(join(config.localesDir, locale, `${slug}.xlf`));
      const s = severity('file-missing');
      if (names.has(`${slug}.xlf`) || !s || (changed && !changed.has(article.file))) continue;
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
    for (const name of names) {
      const path = rel(join(config.localesDir, locale, name));
      const slug = name.slice(0, -4);
      const article = articles.get(slug);
      if (changed && !changed.has(path) && !(article && changed.has(article.file))) continue;
      const text = readFileSync(join(config.localesDir, locale, name), 'utf8');
      const file = io.readXliff(text, path);
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
      const approved = approvedUnitIds(file);
      results.push(
        checkFile(
          {
            file,
            path,
            locale,
            ...(article
              ? {
                  article: {
                    path: article.file,
                    lang: article.meta.lang,
                    segments: article.blocks.flatMap((b) => b.segments),
                  },
                }
              : {}),
            ...(approved ? { approved } : {}),
          },
          rules,
          glossary.get(locale) ?? [],
        ),
      );
    }
  }
  const thresholds = { ...config.thresholds, ...min };
  return buildReport(results, extra, {
    locales: config.locales.filter((l) => l !== config.sourceLocale),
    thresholds,
    ...(options.changedSince !== undefined ? { changedSince: options.changedSince } : {}),
  });
}
