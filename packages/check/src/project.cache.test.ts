import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '@dari/config';
import { formatReport } from '@dari/report';
import { parseArticle } from '@dari/segmenter';
import { readXliff } from '@dari/xliff';
import { describe, expect, it } from 'vitest';
import { cachePath } from './cache/store.js';
import { changedFilesSince } from './git.js';
import type { CheckIo } from './io.js';
import { checkProject } from './project.js';
import { makeProject, SLUG } from './test-support/project.js';

/** The real readers, recording what they were asked to read. */
function countingIo() {
  const parsed: string[] = [];
  const read: string[] = [];
  const io: CheckIo = {
    parseArticle: (markdown, options) => {
      parsed.push(options.file);
      return parseArticle(markdown, options);
    },
    readXliff: (text, file) => {
      read.push(file);
      return readXliff(text, file);
    },
    changedFiles: changedFilesSince,
  };
  return { io, parsed, read };
}

/** The fixture project with a second article (a copy) and its locale files. */
function twoArticles() {
  const project = makeProject();
  const { root } = project;
  cpSync(join(root, 'articles', `${SLUG}.md`), join(root, 'articles', 'second.md'));
  for (const locale of ['en', 'ko']) {
    const xlf = readFileSync(join(root, 'locales', locale, `${SLUG}.xlf`), 'utf8');
    writeFileSync(
      join(root, 'locales', locale, 'second.xlf'),
      xlf.replace(`articles/${SLUG}.md`, 'articles/second.md'),
    );
  }
  return project;
}

const edit = (path: string, from: string, to: string) => {
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

describe('the check cache (node_modules/.cache/dari)', () => {
  it('gives a warm run exactly the report of a cold one, reading nothing but bytes', async () => {
    const { root, config } = twoArticles();
    edit(join(root, 'locales', 'ko', 'second.xlf'), '1천96억 달러로', '1천97억 달러로');
    const cold = await checkProject(config(), {}, countingIo().io);
    const first = countingIo();
    expect(await checkProject(config(), { cache: true }, first.io)).toEqual(cold);
    expect(first.read).toHaveLength(4);
    const warm = countingIo();
    const report = await checkProject(config(), { cache: true }, warm.io);
    expect(report).toEqual(cold);
    expect(formatReport(report, 'json')).toBe(formatReport(cold, 'json'));
    expect(report.findings.map((d) => d.ruleId)).toContain('number-mismatch');
    expect(warm).toMatchObject({ parsed: [], read: [] });
    // Korean messages and all, the cache is ASCII: decoded and parsed as a one-byte string.
    expect(report.findings.some((d) => /[가-힣]/.test(JSON.stringify(d)))).toBe(true);
    expect(readFileSync(cachePath(root)).every((b) => b < 0x80)).toBe(true);
  });

  it('does not even load the parsers when the cache answers everything', async () => {
    const { config } = twoArticles();
    await checkProject(config());
    let prepared = 0;
    const io: CheckIo = { ...countingIo().io, prepare: async () => void prepared++ };
    const warm = await checkProject(config(), { cache: true }, io);
    expect(prepared).toBe(0);
    expect(warm).toEqual(await checkProject(config(), { cache: false }));
  });

  it('re-checks only an edited .xlf file', async () => {
    const { root, config } = twoArticles();
    await checkProject(config());
    edit(join(root, 'locales', 'ko', 'second.xlf'), '1천96억 달러로', '1천97억 달러로');
    const run = countingIo();
    const report = await checkProject(config(), { cache: true }, run.io);
    expect(run.read).toEqual(['locales/ko/second.xlf']);
    expect(run.parsed).toEqual(['articles/second.md']);
    expect(report.findings.map((d) => [d.ruleId, d.file])).toEqual([
      ['number-mismatch', 'locales/ko/second.xlf'],
    ]);
    expect(report).toEqual(await checkProject(config(), { cache: false }));
  });

  it('re-checks the locale files of an edited article, and finds them stale', async () => {
    const { root, config } = twoArticles();
    await checkProject(config());
    edit(join(root, 'articles', 'second.md'), '$109.6 billion', '$109.7 billion');
    const run = countingIo();
    const report = await checkProject(config(), { cache: true }, run.io);
    expect(run.parsed).toEqual(['articles/second.md']);
    expect(run.read).toEqual(['locales/en/second.xlf', 'locales/ko/second.xlf']);
    expect(report.findings.filter((d) => d.ruleId === 'stale-file').map((d) => d.file)).toEqual([
      'locales/en/second.xlf',
      'locales/ko/second.xlf',
    ]);
  });

  it('re-checks only the locale whose glossary changed', async () => {
    const { root, config } = twoArticles();
    await checkProject(config());
    writeFileSync(join(root, 'glossary.json'), JSON.stringify({ ko: { Lighthizer: '라이트하이저 대표' } }));
    const run = countingIo();
    const report = await checkProject(config(), { cache: true }, run.io);
    expect(run.read).toEqual(['locales/ko/second.xlf', `locales/ko/${SLUG}.xlf`]);
    expect(report).toEqual(await checkProject(config(), { cache: false }));
  });

  it('starts afresh when the segmentation config changes (articles parse differently)', async () => {
    const { root, config } = twoArticles();
    await checkProject(config());
    const data = JSON.parse(readFileSync(join(root, 'dari.config.json'), 'utf8'));
    data.segmentation = { en: { abbreviations: ['Rep.'] } };
    const changed = parseConfig(data, root);
    const run = countingIo();
    await checkProject(changed, { cache: true }, run.io);
    expect(run.parsed).toHaveLength(2);
    expect(run.read).toHaveLength(4);
  });

  it.each([
    ['deleted', (path: string) => rmSync(path)],
    ['truncated', (path: string) => writeFileSync(path, readFileSync(path, 'utf8').slice(0, 200))],
    ['garbage', (path: string) => writeFileSync(path, '\u0000not json')],
    ['edited by hand', (path: string) => edit(path, '"hash":"', '"hash":"0')],
    [
      'one byte changed (same length: only the checksum sees it)',
      (path: string) => {
        const bytes = readFileSync(path);
        const at = bytes.indexOf('"hash":"') + 8;
        bytes[at] = bytes[at] === 0x30 ? 0x31 : 0x30;
        writeFileSync(path, bytes);
      },
    ],
    [
      'SHA-1-summed (the checksum line before CRC-32)',
      (path: string) => {
        const rest = readFileSync(path).subarray(readFileSync(path).indexOf(10) + 1);
        writeFileSync(
          path,
          Buffer.concat([Buffer.from(`${createHash('sha1').update(rest).digest('hex')}\n`), rest]),
        );
      },
    ],
  ])('rebuilds a %s cache silently, with the same report', async (_, spoil) => {
    const { root, config } = twoArticles();
    const cold = await checkProject(config());
    const path = cachePath(root);
    const good = readFileSync(path, 'utf8');
    spoil(path);
    const run = countingIo();
    expect(await checkProject(config(), { cache: true }, run.io)).toEqual(cold);
    expect(run.read).toHaveLength(4);
    expect(readFileSync(path, 'utf8')).toBe(good);
  });

  it('still checks when the cache cannot be written', async () => {
    const { root, config } = makeProject();
    mkdirSync(join(root, 'node_modules'));
    writeFileSync(join(root, 'node_modules', '.cache'), 'a file where the folder would go');
    const report = await checkProject(config());
    expect(report.pass).toBe(true);
    expect(existsSync(cachePath(root))).toBe(false);
  });

  it('is not used with injected readers unless asked', async () => {
    const { root, config } = makeProject();
    await checkProject(config(), {}, countingIo().io);
    expect(existsSync(cachePath(root))).toBe(false);
    await checkProject(config(), { cache: false });
    expect(existsSync(cachePath(root))).toBe(false);
  });
});
