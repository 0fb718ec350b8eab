// Search at archive scale: `node apps/site/scripts/search-bench.ts [--articles 1000] [--dist DIR]`
// (after `pnpm build`). Without --dist it writes the bench corpus (bench/corpus: English articles,
// locales en/ko/ja), runs `dari sync`, gives every Korean unit a Korean target (made-up but real
// Korean words, so the Korean index holds Hangul), builds the site, then measures: the Pagefind
// bundle size per language, the bytes the first query downloads, and query times in Chromium
// (cold = first query of a page load, with WebAssembly and index chunks; warm = the following ones).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCorpus } from '../../../bench/corpus/generate.ts';
import { launch } from '../../../tests/browser/browser.ts';
import { serve } from '../../../tests/browser/server.ts';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const { values } = parseArgs({
  options: { articles: { type: 'string', default: '1000' }, dist: { type: 'string' } },
});

const KOREAN =
  '정부 시장 협상 도시 다리 경제 무역 회의 발표 주민 교통 기업 수출 가격 정책 대통령 국회 선거 날씨 항구 철도 학교 병원 은행 금리 주가 환율 기자 서울 부산'.split(
    ' ',
  );
const ENDINGS = ['했다.', '밝혔다.', '전했다.', '예상된다.', '보인다.'];

/** A Korean sentence from the i-th unit (deterministic). */
function korean(i: number): string {
  const words = Array.from({ length: 5 + (i % 6) }, (_, k) => KOREAN[(i * 7 + k * 13) % KOREAN.length]);
  return `${words.join(' ')} ${ENDINGS[i % ENDINGS.length]}`;
}

async function xliff(): Promise<{
  readXliff: (t: string, f: string) => { groups: Array<{ units: Array<Record<string, unknown>> }> };
  writeXliff: (d: unknown, p?: unknown) => string;
}> {
  return import(join(REPO, 'packages/xliff/dist/index.js'));
}

async function buildCorpusSite(count: number): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'dari-search-bench-'));
  writeCorpus(root, count, 1);
  for (const l of ['en', 'ko']) {
    execFileSync('mkdir', ['-p', join(root, 'locales', l)]);
    copyFileSync(join(REPO, 'locales', l, 'ui.xlf'), join(root, 'locales', l, 'ui.xlf'));
  }
  execFileSync(process.execPath, [join(REPO, 'packages/cli/dist/bin.js'), 'sync'], {
    cwd: root,
    stdio: 'inherit',
  });
  const { readXliff, writeXliff } = await xliff();
  let n = 0;
  for (const name of readdirSync(join(root, 'locales/ko')).filter((f) => f.startsWith('story-'))) {
    const path = join(root, 'locales/ko', name);
    const doc = readXliff(readFileSync(path, 'utf8'), path);
    const next = {
      ...doc,
      groups: doc.groups.map((g) => ({
        ...g,
        units: g.units.map((u) => ({ ...u, target: [korean(n++)], state: 'translated' })),
      })),
    };
    writeFileSync(path, writeXliff(next, doc));
  }
  const started = performance.now();
  const out = join(root, 'dist');
  const astro = join(REPO, 'apps/site/node_modules/astro/bin/astro.mjs');
  const build = spawnSync(
    process.execPath,
    [astro, 'build', '--root', join(REPO, 'apps/site'), '--outDir', out],
    {
      cwd: join(REPO, 'apps/site'),
      env: { ...process.env, DARI_ROOT: root, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    },
  );
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
  console.log(`site built in ${((performance.now() - started) / 1000).toFixed(0)} s: ${root}`);
  return out;
}

function bytesUnder(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) {
      bytes += statSync(join(e.parentPath, e.name)).size;
      files++;
    }
  return { bytes, files };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function measure(dist: string): Promise<void> {
  const locales = readdirSync(join(dist, 'pagefind'));
  const articles = readdirSync(join(dist, 'en/articles')).length;
  console.log(`articles: ${articles}; search bundles: ${locales.join(', ')}`);
  for (const l of locales) {
    const { bytes, files } = bytesUnder(join(dist, 'pagefind', l));
    console.log(
      `  pagefind/${l}: ${(bytes / 1024 / 1024).toFixed(2)} MB in ${files} files (the reader downloads only what a query needs)`,
    );
  }
  const server = await serve(dist);
  const browser = await launch();
  const queries: Record<string, string[]> = {
    en: [
      'trade',
      'minister',
      'port',
      'election',
      'bank',
      'weather',
      'talks',
      'city',
      'police',
      'market',
      'rail',
    ],
    ko: ['협상', '무역', '항구', '선거', '은행', '날씨', '다리', '교통', '주가', '환율', '철도'],
  };
  try {
    for (const [lang, scope] of [
      ['en', 'here'],
      ['ko', 'here'],
      ['ko', 'all'],
    ] as const) {
      const page = await browser.newPage();
      let fetched = 0;
      page.on('response', async (r) => {
        if (r.url().includes('/pagefind/')) fetched += (await r.body().catch(() => Buffer.alloc(0))).length;
      });
      await page.goto(`${server.url}/${lang}/search/`, { waitUntil: 'load' });
      if (scope === 'all') await page.check('input[name="scope"][value="all"]');
      const times: number[] = [];
      let firstBytes = 0;
      for (const q of queries[lang] ?? []) {
        await page.fill('#q', q);
        await page.$eval('#search-status', (s) => {
          s.textContent = '';
        });
        await page.press('#q', 'Enter');
        await page.waitForFunction(
          () => (document.getElementById('search-status')?.textContent ?? '') !== '',
        );
        times.push(Number(await page.getAttribute('#results', 'data-ms')));
        if (times.length === 1) firstBytes = fetched;
      }
      const [cold, ...warm] = times;
      console.log(
        `  /${lang}/search/ scope=${scope}: first query ${cold} ms (downloads ${(firstBytes / 1024).toFixed(0)} KB), then median ${median(warm)} ms, max ${Math.max(...warm)} ms over ${warm.length} queries`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

const dist = values.dist ? resolve(values.dist) : await buildCorpusSite(Number(values.articles));
await measure(dist);
