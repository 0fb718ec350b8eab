import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadConfig } from '@dari/config';
import { DariError } from '@dari/core';
import * as segmenter from '@dari/segmenter';
import * as xliff from '@dari/xliff';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { syncProject } from './project.js';
import { editUnits, fixtureProject, snapshot, translateAll, unitsIn } from './test-support/project.js';

vi.mock('@dari/xliff', async (original) => {
  const actual = await original<typeof import('@dari/xliff')>();
  return { ...actual, readXliff: vi.fn(actual.readXliff) };
});
vi.mock('@dari/segmenter', async (original) => {
  const actual = await original<typeof import('@dari/segmenter')>();
  return { ...actual, parseArticle: vi.fn(actual.parseArticle) };
});

const readXliff = vi.mocked(xliff.readXliff);
const parseArticle = vi.mocked(segmenter.parseArticle);

/** A project synced twice (so the cache knows every file) with Korean translated, and its cache folder. */
async function warmProject() {
  const project = fixtureProject();
  const cacheDir = mkdtempSync(join(tmpdir(), 'dari-cache-test-'));
  const sync = () => syncProject(project.config(), { cacheDir });
  await sync();
  editUnits(join(project.dir, 'locales/ko/talks.xlf'), translateAll);
  await sync();
  const cacheFile = () => join(cacheDir, readdirSync(cacheDir)[0] ?? 'missing');
  return { ...project, cacheDir, sync, cacheFile };
}

/** Files read by the last run, by kind. */
function reads() {
  return {
    articles: parseArticle.mock.calls.map((c) => c[1].slug),
    xliff: readXliff.mock.calls.map((c) => c[1]),
  };
}

/** Ages a file's timestamps so the cache trusts its stamp without reading it (as after a while). */
function ageAll(dir: string): void {
  const old = new Date(Date.now() - 60_000);
  for (const sub of ['articles', 'locales/en', 'locales/ko'])
    for (const name of readdirSync(join(dir, sub)).filter((n) => !n.startsWith('.')))
      utimesSync(join(dir, sub, name), old, old);
}

beforeEach(() => {
  readXliff.mockClear();
  parseArticle.mockClear();
});

describe('syncProject: stamp cache', () => {
  it('reads nothing when nothing changed, and repeats the summaries', async () => {
    const { sync, config } = await warmProject();
    const full = await syncProject(config(), { cacheDir: false });
    readXliff.mockClear();
    parseArticle.mockClear();
    const report = await sync();
    expect(reads()).toEqual({ articles: [], xliff: [] });
    expect(report.files.map((f) => [f.file, f.written, f.unchanged])).toEqual(
      full.files.map((f) => [f.file, false, f.unchanged]),
    );
  });

  it('re-syncs exactly the edited article and writes only its files', async () => {
    const { dir, sync } = await warmProject();
    const article = join(dir, 'articles/talks.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace('on Tuesday', 'on Wednesday'));
    readXliff.mockClear();
    parseArticle.mockClear();
    const report = await sync();
    expect(reads()).toEqual({ articles: ['talks'], xliff: ['locales/en/talks.xlf', 'locales/ko/talks.xlf'] });
    expect(report.files.filter((f) => f.written).map((f) => f.file)).toEqual([
      'locales/en/talks.xlf',
      'locales/ko/talks.xlf',
    ]);
    const edited = unitsIn(join(dir, 'locales/ko/talks.xlf')).find((u) => u.state === 'needs-review');
    expect(edited?.previousSource).toEqual(['The special session will be held in Seoul on Tuesday.']);
  });

  it("picks up a translator's edit, even one that keeps the file's size and mtime", async () => {
    const { dir, sync } = await warmProject();
    ageAll(dir);
    await sync();
    const ko = join(dir, 'locales/ko/talks.xlf');
    const before = statSync(ko);
    const text = readFileSync(ko, 'utf8');
    // Same size, same mtime: only ctime and the content tell.
    const at = text.lastIndexOf('>KO ') + 1;
    writeFileSync(ko, `${text.slice(0, at)}XX${text.slice(at + 2)}`);
    utimesSync(ko, before.atime, before.mtime);
    expect(statSync(ko).size).toBe(before.size);
    const talks = readFileSync(join(dir, 'articles/talks.md'), 'utf8');
    writeFileSync(join(dir, 'articles/again.md'), talks.replace(/^title: .*$/m, 'title: Again'));
    readXliff.mockClear();
    parseArticle.mockClear();
    await sync();
    // talks is parsed again: its Korean file changed, so that pair is synced (OmegaT states and all).
    expect(reads()).toEqual({ articles: ['again', 'talks'], xliff: ['locales/ko/talks.xlf'] });
    const proposed = unitsIn(join(dir, 'locales/ko/again.xlf')).filter((u) => u.origin === 'memory');
    expect(proposed.map((u) => String(u.target?.[0]).slice(0, 3))).toContain('XX ');
  });

  it('proposes a translation from an unchanged (unread) file when a new article repeats its sentence', async () => {
    const { dir, sync } = await warmProject();
    ageAll(dir);
    await sync();
    const talks = readFileSync(join(dir, 'articles/talks.md'), 'utf8');
    writeFileSync(join(dir, 'articles/again.md'), talks.replace(/^title: .*$/m, 'title: Again'));
    readXliff.mockClear();
    const report = await sync();
    const again = report.files.find((f) => f.file === 'locales/ko/again.xlf');
    expect(again?.reused).toBeGreaterThan(0);
    expect(reads().xliff).toEqual(['locales/ko/talks.xlf']);
    const reused = unitsIn(join(dir, 'locales/ko/again.xlf')).filter((u) => u.origin === 'memory');
    expect(reused[0]?.target?.[0]).toMatch(/^KO /);
  });

  it('rebuilds a deleted cache and gives the same result', async () => {
    const { dir, sync, cacheFile } = await warmProject();
    const before = snapshot(join(dir, 'locales'));
    rmSync(cacheFile());
    readXliff.mockClear();
    const report = await sync();
    expect(readXliff).toHaveBeenCalledTimes(4);
    expect(report.files.filter((f) => f.written)).toEqual([]);
    expect(snapshot(join(dir, 'locales'))).toEqual(before);
    expect(statSync(cacheFile()).size).toBeGreaterThan(0);
  });

  it.each([
    ['garbage', 'not json at all\u0000'],
    ['a truncated index', '{"format":1,"key":"'],
    ['wrong types in entries', null],
  ])('ignores a corrupt cache (%s) without an error and rebuilds it', async (_, garbage) => {
    const { dir, sync, cacheFile } = await warmProject();
    const path = cacheFile();
    const text = readFileSync(path, 'utf8');
    const [index = ''] = text.split('\n');
    const broken =
      garbage ??
      `${index.replace(/"stamp":"[^"]*"/g, '"stamp":7').replace(/"hash":"[^"]*"/g, '"hash":[]')}\n{"ko/talks":5}\n`;
    writeFileSync(path, broken);
    const before = snapshot(join(dir, 'locales'));
    readXliff.mockClear();
    const report = await sync();
    expect(report.files.filter((f) => f.written)).toEqual([]);
    expect(snapshot(join(dir, 'locales'))).toEqual(before);
    expect(readXliff).toHaveBeenCalledTimes(4);
    expect(readFileSync(path, 'utf8')).not.toBe(broken);
    readXliff.mockClear();
    await sync();
    expect(readXliff).toHaveBeenCalledTimes(0);
  });

  it('is invalidated by a config change that affects sync', async () => {
    const { dir, sync } = await warmProject();
    writeFileSync(
      join(dir, 'dari.config.json'),
      JSON.stringify({ sourceLocale: 'en', locales: ['en', 'ko'], xliff: { prefillTargets: true } }),
    );
    const report = await sync();
    expect(report.files.filter((f) => f.written).map((f) => f.file)).toEqual(['locales/ko/markets.xlf']);
    expect(unitsIn(join(dir, 'locales/ko/markets.xlf')).every((u) => u.state === 'needs-translation')).toBe(
      true,
    );
  });

  it('works without a cache (cacheDir: false): everything read, memory proposals as usual', async () => {
    const { dir, config } = await warmProject();
    const talks = readFileSync(join(dir, 'articles/talks.md'), 'utf8');
    writeFileSync(join(dir, 'articles/again.md'), talks.replace(/^title: .*$/m, 'title: Again'));
    readXliff.mockClear();
    parseArticle.mockClear();
    const report = await syncProject(config(), { cacheDir: false });
    expect(reads().articles).toEqual(['again', 'markets', 'talks']);
    expect(report.files.find((f) => f.file === 'locales/ko/again.xlf')?.reused).toBeGreaterThan(0);
  });

  it('without a cache, parses each locale file once when nothing changed (the memory is never needed)', async () => {
    const { config } = await warmProject();
    readXliff.mockClear();
    const report = await syncProject(config(), { cacheDir: false });
    expect(report.files.every((f) => !f.written)).toBe(true);
    expect(reads().xliff.sort()).toEqual([
      'locales/en/markets.xlf',
      'locales/en/talks.xlf',
      'locales/ko/markets.xlf',
      'locales/ko/talks.xlf',
    ]);
  });

  it('reports a locale file that no longer parses once, even when the memory would read it again', async () => {
    const { dir, sync } = await warmProject();
    // markets.md now repeats a sentence translated in ko/talks.xlf, whose cached memory keys point
    // into a file that a translator's tool has just broken.
    const markets = join(dir, 'articles/markets.md');
    writeFileSync(
      markets,
      `${readFileSync(markets, 'utf8')}\nThe special session will be held in Seoul on Tuesday.\n`,
    );
    const talks = join(dir, 'locales/ko/talks.xlf');
    writeFileSync(talks, readFileSync(talks, 'utf8').replace('</body>', '<body>'));
    const error = await sync().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DariError);
    const onTalks = (error as DariError).diagnostics.filter((d) => d.file === 'locales/ko/talks.xlf');
    expect(onTalks).toHaveLength(1);
    expect(onTalks[0]?.line).toBeGreaterThan(0);
    expect(readFileSync(talks, 'utf8')).toContain('<body>');
  });

  it('finds the cache whether the root was given as a relative or an absolute path', async () => {
    const { dir, cacheDir } = await warmProject();
    readXliff.mockClear();
    parseArticle.mockClear();
    await syncProject(loadConfig(relative(process.cwd(), dir)), { cacheDir });
    expect(reads()).toEqual({ articles: [], xliff: [] });
  });
});
