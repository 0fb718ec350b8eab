import { linkSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { slugOf } from '../corpus/article.ts';
import { CORPUS_CONFIG } from '../corpus/generate.ts';
import { listFiles, sizeOf } from '../lib/files.ts';
import { ensureOk, measure, type Run } from '../lib/measure.ts';
import { repoPath } from '../lib/repo.ts';
import type { Measurement } from '../lib/result.ts';

const ASTRO = repoPath('apps/site/node_modules/.bin/astro');

/**
 * A project holding the first `count` articles of a corpus and their XLIFF files, hard-linked (no
 * copy), for building the site or checking at a smaller size from the same corpus.
 */
export function subsetProject(dir: string, count: number): string {
  const sub = mkdtempSync(join(tmpdir(), `dari-bench-subset-${count}-`));
  linkSync(join(dir, 'dari.config.json'), join(sub, 'dari.config.json'));
  const keep = new Set(Array.from({ length: count }, (_, i) => slugOf(i)));
  mkdirSync(join(sub, 'articles'));
  for (const slug of keep) linkSync(join(dir, 'articles', `${slug}.md`), join(sub, 'articles', `${slug}.md`));
  for (const locale of CORPUS_CONFIG.locales) {
    mkdirSync(join(sub, 'locales', locale), { recursive: true });
    for (const name of listFiles(join(dir, 'locales', locale), '.xlf')) {
      if (name.includes('/')) continue;
      if (keep.has(name.slice(0, -4)) || !name.startsWith('story-')) {
        linkSync(join(dir, 'locales', locale, name), join(sub, 'locales', locale, name));
      }
    }
  }
  return sub;
}

/** Kinds of pages whose render time the build log shows, as `bench` reports them. */
export type PageKind = 'article' | 'bilingual' | 'card' | 'list' | 'other';

/**
 * Median render time per kind of page, from the `├─ /path (+12ms)` lines `astro build` prints for
 * every page it writes (pure). Wall time over pages hides what a page costs behind the project's
 * loading, the card drawing and the search index; this is the page itself.
 */
export function pageTimes(log: string): Partial<Record<PageKind, { pages: number; medianMs: number }>> {
  const times = new Map<PageKind, number[]>();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes are dropped first
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
  for (const m of plain.matchAll(/[├└]─ (\/\S*) \(\+([\d.]+)(ms|s)\)/g)) {
    const [path = '', value = '0', unit = 'ms'] = [m[1], m[2], m[3]];
    const ms = Number(value) * (unit === 's' ? 1000 : 1);
    const kind: PageKind = /\/bilingual\/index\.html$/.test(path)
      ? 'bilingual'
      : /\/card\.png$/.test(path)
        ? 'card'
        : /\/articles\/[^/]+\/index\.html$/.test(path)
          ? 'article'
          : /^\/[^/]+\/(page\/\d+\/)?index\.html$/.test(path)
            ? 'list'
            : 'other';
    const list = times.get(kind) ?? [];
    list.push(ms);
    times.set(kind, list);
  }
  const out: Partial<Record<PageKind, { pages: number; medianMs: number }>> = {};
  for (const [kind, list] of times) {
    list.sort((a, b) => a - b);
    const mid = list.length >> 1;
    const median = list.length % 2 === 1 ? (list[mid] ?? 0) : ((list[mid - 1] ?? 0) + (list[mid] ?? 0)) / 2;
    out[kind] = { pages: list.length, medianMs: median };
  }
  return out;
}

/** The share cards a build drew, its threads and the seconds from their start to the last stored. */
export interface CardDrawing {
  readonly cards: number;
  readonly threads: number;
  readonly seconds: number;
}

/**
 * The card drawing from the line the site logs at the end of the build, `[dari] N share cards
 * drawn on T threads in S s` (pure; see apps/site/src/lib/card-pool.ts): none when every card came
 * from the cache.
 */
export function cardDrawing(log: string): CardDrawing | undefined {
  const m = /(\d+) share cards drawn on (\d+) threads in ([\d.]+) s/.exec(log);
  if (!m) return undefined;
  return { cards: Number(m[1]), threads: Number(m[2]), seconds: Number(m[3]) };
}

// A bound, not a goal: at 10,000 articles (≈ 91,000 pages, 30,000 cards to draw on a cold cache)
// the build takes about half an hour on two cores; one that hangs fails the step, not the bench.
const SITE_TIMEOUT_MS = 3 * 3600_000;

/** The built site: where it is and how it was built. */
export interface SiteBuild {
  readonly outDir: string;
  readonly run: Run;
  readonly pages: number;
  readonly measurement: Measurement;
}

/** `astro build` of apps/site over a generated project (DARI_ROOT), into a temp directory. */
export async function buildSite(project: string, articles: number): Promise<SiteBuild> {
  const outDir = mkdtempSync(join(tmpdir(), `dari-bench-site-${articles}-`));
  const run = ensureOk(
    // From the site's folder, as `pnpm --filter @dari/site build` runs it: Astro 7 writes its
    // prerender chunks under the working directory, where they must resolve the site's packages.
    await measure(ASTRO, ['build', '--root', repoPath('apps/site'), '--outDir', outDir], {
      cwd: repoPath('apps/site'),
      env: { DARI_ROOT: project, ASTRO_TELEMETRY_DISABLED: '1' },
      timeoutMs: SITE_TIMEOUT_MS,
    }),
  );
  const html = listFiles(outDir, '.html');
  const pages = html.length;
  const seconds = run.wallMs / 1000;
  const perKind = pageTimes(run.stdout);
  const ms = (k: PageKind) => perKind[k]?.medianMs.toFixed(1) ?? '?';
  const cards = cardDrawing(run.stdout);
  return {
    outDir,
    run,
    pages,
    measurement: {
      id: `site-${articles}`,
      label: `site build, ${articles.toLocaleString('en')} articles`,
      seconds,
      ...(run.peakRssMb === undefined ? {} : { peakMb: run.peakRssMb }),
      note:
        `${pages.toLocaleString('en')} pages, ${(seconds / Math.max(pages, 1)).toFixed(4)} s/page, ${(sizeOf(outDir) / 1e6).toFixed(1)} MB; ` +
        `median render ms: article ${ms('article')}, side by side ${ms('bilingual')}, card ${ms('card')}; ` +
        (cards
          ? `${cards.cards.toLocaleString('en')} share cards drawn in ${cards.seconds.toFixed(0)} s on ${cards.threads} threads`
          : 'share cards from the cache'),
      data: {
        pages,
        secondsPerPage: seconds / Math.max(pages, 1),
        bytes: sizeOf(outDir),
        articles,
        ...(cards ? { cardsDrawn: cards.cards, cardSeconds: cards.seconds, cardThreads: cards.threads } : {}),
        ...Object.fromEntries(Object.entries(perKind).map(([k, v]) => [`medianMs_${k}`, v.medianMs])),
      },
    },
  };
}

/**
 * How the cost per page grows from a small build to a large one: ≤ 1 means no worse than linear.
 * The note adds how peak memory grew against the page count: the build keeps an index of the
 * archive, not the archive, so memory should grow far slower than pages.
 */
export function growth(small: SiteBuild, large: SiteBuild): Measurement {
  const perSmall = small.run.wallMs / small.pages;
  const perLarge = large.run.wallMs / large.pages;
  const factor = perLarge / perSmall;
  const [mbSmall, mbLarge] = [small.run.peakRssMb, large.run.peakRssMb];
  const memory =
    mbSmall === undefined || mbLarge === undefined
      ? undefined
      : { mbSmall, mbLarge, factor: mbLarge / mbSmall, pagesFactor: large.pages / small.pages };
  return {
    id: 'site-growth',
    label: `site s/page growth, ${small.pages.toLocaleString('en')} → ${large.pages.toLocaleString('en')} pages`,
    target: '≤ 1.0 (linear)',
    met: factor <= 1.05,
    note:
      `${factor.toFixed(2)}× per page` +
      (memory
        ? `; peak memory ${Math.round(memory.mbSmall)} → ${Math.round(memory.mbLarge)} MB (${memory.factor.toFixed(2)}× for ${memory.pagesFactor.toFixed(1)}× the pages)`
        : ''),
    data: {
      factor,
      ...(memory
        ? { peakMbSmall: memory.mbSmall, peakMbLarge: memory.mbLarge, memoryFactor: memory.factor }
        : {}),
    },
  };
}

/** Removes a build or subset directory. */
export function discard(path: string): void {
  rmSync(path, { recursive: true, force: true });
}
