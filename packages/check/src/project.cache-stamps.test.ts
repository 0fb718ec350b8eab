import { cpSync, existsSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFileFor } from '@dari/config';
import { formatReport } from '@dari/report';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as read from './cache/read.js';
import * as stamp from './cache/stamp.js';
import { cachePath } from './cache/store.js';
import { checkProject } from './project.js';
import { makeProject, SLUG } from './test-support/project.js';

// Spied on (not replaced): the tests see which files were read and may pin a stamp.
vi.mock('./cache/read.js', async (original) => {
  const real = await original<typeof import('./cache/read.js')>();
  return { ...real, readShared: vi.fn(real.readShared) };
});
vi.mock('./cache/stamp.js', async (original) => {
  const real = await original<typeof import('./cache/stamp.js')>();
  return { ...real, stampOf: vi.fn(real.stampOf) };
});

const KO = join('locales', 'ko', `${SLUG}.xlf`);
const files = () => vi.mocked(read.readShared).mock.calls.map((c) => c[1]);

/** Same length, other meaning: 1,096억 → 1,097억 gives a number-mismatch. */
function editKo(root: string) {
  const path = join(root, KO);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain('1천96억 달러로');
  writeFileSync(path, text.replace('1천96억 달러로', '1천97억 달러로'));
}

/** Runs `step` as if `ms` later: files written before it look settled (not racy) to the cache. */
async function later<T>(ms: number, step: () => Promise<T>): Promise<T> {
  // Only the clock the racy rule reads: fake timers would replace Date, which fs.Stats builds on.
  const now = Date.now() + ms;
  const clock = vi.spyOn(Date, 'now').mockReturnValue(now);
  try {
    return await step();
  } finally {
    clock.mockRestore();
  }
}

describe('the check cache trusts settled stat stamps', () => {
  // Braces: a hook's returned function would be run as its cleanup.
  beforeEach(() => {
    vi.mocked(read.readShared).mockClear();
  });
  afterEach(() => {
    vi.mocked(stamp.stampOf).mockReset();
  });

  it('reads no article or locale file when every stamp is settled and unchanged', async () => {
    const { config } = makeProject();
    const cold = await checkProject(config(), { cache: false });
    await later(10_000, () => checkProject(config()));
    vi.mocked(read.readShared).mockClear();
    const warm = await later(10_000, () => checkProject(config()));
    expect(files()).toEqual([]);
    expect(formatReport(warm, 'json')).toBe(formatReport(cold, 'json'));
  });

  it('hashes a file whose stamp was racy when recorded, even if the stamp is the same now', async () => {
    const { root, config } = makeProject();
    // Written just now: the stamps this run records are racy.
    await checkProject(config());
    const recorded = stamp.stampOf(join(root, KO));
    expect(recorded?.racy).toBe(true);
    editKo(root);
    // A write in the same clock tick: size, times and inode all as recorded.
    vi.mocked(stamp.stampOf).mockImplementation((path) =>
      path === join(root, KO) ? recorded : statStamp(path),
    );
    vi.mocked(read.readShared).mockClear();
    const report = await checkProject(config());
    expect(files()).toContain(KO.split('\\').join('/'));
    expect(report.findings.map((d) => d.ruleId)).toContain('number-mismatch');
  });

  it('sees an edit that keeps the size and restores the mtime (ctime moves)', async () => {
    const { root, config } = makeProject();
    await later(10_000, () => checkProject(config()));
    const path = join(root, KO);
    const { atime, mtime } = statSync(path);
    editKo(root);
    utimesSync(path, atime, mtime);
    vi.mocked(read.readShared).mockClear();
    const report = await later(10_000, () => checkProject(config()));
    // The article and the English file are vouched for by their stamps; only this one is read
    // (hashed by the plan, then read again to be checked).
    expect(new Set(files())).toEqual(new Set(['locales/ko/trade-talks.xlf']));
    expect(report.findings.map((d) => d.ruleId)).toContain('number-mismatch');
    expect(report).toEqual(await checkProject(config(), { cache: false }));
  });

  it('keeps a warm report byte for byte the cold one through the compact cache', async () => {
    const { root, config } = makeProject();
    editKo(root);
    const cold = formatReport(await checkProject(config(), { cache: false }), 'json');
    await checkProject(config());
    const stored = readFileSync(cachePath(root), 'utf8');
    // Checksum, entries, name indexes: one line each.
    const [, entries, names] = stored.split('\n');
    const body = JSON.parse(entries ?? '');
    expect(Object.keys(JSON.parse(names ?? ''))).toEqual(['locales/ko/trade-talks.xlf']);
    // Findings are rows against a string table, not objects with their keys spelled out.
    expect(body.files['locales/ko/trade-talks.xlf'].findings).toEqual([expect.any(Array)]);
    expect(formatReport(await checkProject(config()), 'json')).toBe(cold);
  });
});

/** The real stamp of a file (the mock's fallback for files the test does not pin). */
function statStamp(path: string): stamp.FileStamp | undefined {
  const s = statSync(path, { throwIfNoEntry: false });
  if (!s?.isFile()) return undefined;
  const now = Date.now();
  return {
    stamp: `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`,
    racy: now - s.mtimeMs < stamp.RACY_MS || now - s.ctimeMs < stamp.RACY_MS,
  };
}

describe('the name comparison memo', () => {
  it('is keyed alike by a cold run and a warm one, so the warm run answers from it', async () => {
    const { root, config } = makeProject();
    const cold = formatReport(await checkProject(config()), 'json');
    const memo = cacheFileFor(root, 'check-names');
    const written = statSync(memo).ino;
    expect(formatReport(await checkProject(config()), 'json')).toBe(cold);
    // Written by rename only on a miss: the same inode means the warm run's key matched.
    expect(statSync(memo).ino).toBe(written);
  });

  it('compares the cached name indexes again when the memo is gone, as a cold run does', async () => {
    const { root, config } = makeProject();
    // Three copies, one with the name spelled otherwise: the comparison has something to find.
    for (const copy of ['second', 'third']) {
      cpSync(join(root, 'articles', `${SLUG}.md`), join(root, 'articles', `${copy}.md`));
      for (const locale of ['en', 'ko']) {
        const xlf = readFileSync(join(root, 'locales', locale, `${SLUG}.xlf`), 'utf8');
        const text = xlf.replace(`articles/${SLUG}.md`, `articles/${copy}.md`);
        writeFileSync(
          join(root, 'locales', locale, `${copy}.xlf`),
          locale === 'ko' && copy === 'third' ? text.replace('라이트하이저', '라이트하이져') : text,
        );
      }
    }
    const report = await checkProject(config(), { cache: false });
    expect(report.findings.map((d) => d.ruleId)).toContain('name-inconsistent-archive');
    const cold = formatReport(report, 'json');
    await checkProject(config());
    rmSync(cacheFileFor(root, 'check-names'));
    // Every result comes from the cache: their indexes are read from its names line.
    expect(formatReport(await checkProject(config()), 'json')).toBe(cold);
    expect(existsSync(cacheFileFor(root, 'check-names'))).toBe(true);
  });
});
