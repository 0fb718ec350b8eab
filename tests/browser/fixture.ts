import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleDocument, Content, Unit, UnitFile, UnitState } from '@dari/core';
import { parseArticle } from '@dari/segmenter';
import { writeXliff } from '@dari/xliff';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(REPO, 'tests/fixtures/site');

/**
 * Korean targets of the fixture articles: source sentence → [text, state, previous source?] (a
 * previous source: the unit is in review because its sentence changed since it was translated).
 */
export const TRANSLATIONS: Record<string, [string, UnitState, string?]> = JSON.parse(
  readFileSync(join(FIXTURE, 'translations.ko.json'), 'utf8'),
);

function sourceText(content: Content): string {
  return content.map((p) => (typeof p === 'string' ? p : '')).join('');
}

/** Korean target for a source unit: `[`/`]` in the fixture text stand for the source's first link. */
function target(source: Content, text: string): Content {
  const open = source.find((p) => typeof p !== 'string' && p.type === 'open');
  const close = source.find((p) => typeof p !== 'string' && p.type === 'close' && open && p.id === open.id);
  if (!open || !close || !text.includes('[')) return [text];
  // The target's copy of the code claims a hostile href: the site must render the SOURCE code.
  const forged =
    typeof open === 'string' ? open : { ...open, data: '<a href="javascript:window.__dariPwned=3">' };
  const [before, rest = ''] = text.split('[');
  const [inside, after = ''] = rest.split(']');
  return [before ?? '', forged, inside ?? '', close, after];
}

/** A Korean target for a source sentence, or none (the unit stays `new`). */
type Translate = (source: string) => [string, UnitState, string?] | undefined;

function unitFile(article: ArticleDocument, locale: string | undefined, translate: Translate): UnitFile {
  return {
    version: '1.2',
    sourceLang: article.meta.lang,
    ...(locale ? { targetLang: locale } : {}),
    original: article.file,
    groups: article.blocks
      .filter((b) => b.segments.length > 0)
      .map((b) => ({
        id: b.id,
        kind: b.kind,
        units: b.segments.map((s): Unit => {
          const plan = locale ? translate(sourceText(s.source)) : undefined;
          if (!plan) return { id: s.id, source: s.source, state: 'new', block: b.id };
          const previous = plan[2] === undefined ? {} : { previousSource: [plan[2]] };
          return {
            id: s.id,
            source: s.source,
            target: target(s.source, plan[0]),
            state: plan[1],
            block: b.id,
            ...previous,
          };
        }),
      })),
  };
}

/** Sentences of archive story `n` in English and Korean: title, then the body's two sentences. */
function archiveStory(n: number): Array<[string, string]> {
  return [
    [`Archive story ${n}`, `지난 기사 ${n}`],
    [`Story ${n} reports a quiet day in the city.`, `${n}번 기사는 도시의 조용한 하루를 전한다.`],
    ['The council met briefly.', '시의회는 잠시 모였다.'],
  ];
}

/**
 * Writes `count` small archive articles (`archive-001` …), older than every other article, one a
 * day from 2015-01-01: even-numbered ones fully translated into Korean, odd-numbered ones not at
 * all. Enough of them fill several list pages and more than one feed.
 */
function writeArchive(root: string, count: number): ArticleDocument[] {
  const articles: ArticleDocument[] = [];
  for (let n = 1; n <= count; n++) {
    const slug = `archive-${String(n).padStart(3, '0')}`;
    const date = new Date(Date.UTC(2015, 0, n)).toISOString().slice(0, 10);
    const [title, ...body] = archiveStory(n);
    const markdown = `---\ntitle: "${title?.[0]}"\ndate: ${date}\nlang: en\n---\n\n${body.map((b) => b[0]).join(' ')}\n`;
    const korean = new Map(
      archiveStory(n).map(([en, ko]) => [en, [ko, 'translated'] as [string, UnitState]]),
    );
    const translate: Translate = (source) => (n % 2 === 0 ? korean.get(source) : undefined);
    articles.push(writeArticle(root, `${slug}.md`, markdown, translate));
  }
  return articles;
}

function writeArticle(root: string, name: string, markdown: string, translate: Translate): ArticleDocument {
  const slug = name.replace(/\.md$/, '');
  writeFileSync(join(root, 'articles', name), markdown);
  const article = parseArticle(markdown, { file: `articles/${name}`, slug, defaultLang: 'en' });
  writeFileSync(join(root, 'locales/en', `${slug}.xlf`), writeXliff(unitFile(article, undefined, translate)));
  writeFileSync(join(root, 'locales/ko', `${slug}.xlf`), writeXliff(unitFile(article, 'ko', translate)));
  return article;
}

/**
 * A temp project: the repository's articles, locales and config, plus the fixture articles with
 * XLIFF written from their parsed units (so the fixture follows the segmenter's ids) and Korean
 * targets from translations.ko.json, plus `archive` generated older articles (none by default).
 */
export function makeProject(options: { archive?: number } = {}): {
  root: string;
  articles: ArticleDocument[];
} {
  const root = mkdtempSync(join(tmpdir(), 'dari-site-'));
  for (const entry of ['articles', 'locales']) {
    if (existsSync(join(REPO, entry))) cpSync(join(REPO, entry), join(root, entry), { recursive: true });
  }
  cpSync(join(FIXTURE, 'dari.config.json'), join(root, 'dari.config.json'));
  mkdirSync(join(root, 'locales/en'), { recursive: true });
  mkdirSync(join(root, 'locales/ko'), { recursive: true });
  const articles: ArticleDocument[] = [];
  const fixture: Translate = (source) => TRANSLATIONS[source];
  for (const name of readdirSync(join(FIXTURE, 'articles'))) {
    const markdown = readFileSync(join(FIXTURE, 'articles', name), 'utf8');
    articles.push(writeArticle(root, name, markdown, fixture));
  }
  articles.push(...writeArchive(root, options.archive ?? 0));
  return { root, articles };
}

/** The environment a user's shell would give Astro: without vitest's NODE_ENV=test and VITEST* variables. */
export function userEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')),
  );
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/**
 * Builds the site over a project into `<root>/dist` (or `<root>/<dist>`) with `astro build`; throws
 * with its output on failure. `now` fixes the build's "now" (the news sitemap's last two days);
 * `env` adds variables (a build in parts: `DARI_SITE_LOCALES`, `DARI_SITE_SHARD`).
 */
export function buildSite(
  root: string,
  options: { now?: string; env?: Record<string, string>; dist?: string } = {},
): string {
  const outDir = join(root, `${options.dist ?? 'dist'}-tmp`);
  const astro = join(REPO, 'apps/site/node_modules/astro/bin/astro.mjs');
  const result = spawnSync(
    process.execPath,
    [astro, 'build', '--root', join(REPO, 'apps/site'), '--outDir', outDir],
    {
      cwd: join(REPO, 'apps/site'),
      env: userEnv({ DARI_ROOT: root, ...(options.now ? { DARI_NOW: options.now } : {}), ...options.env }),
      encoding: 'utf8',
      timeout: 240_000,
    },
  );
  if (result.status !== 0)
    throw new Error(`astro build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  const dist = join(root, options.dist ?? 'dist');
  renameSync(outDir, dist);
  return dist;
}
