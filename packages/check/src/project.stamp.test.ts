import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@dari/config';
import { formatReport } from '@dari/report';
import { parseArticle } from '@dari/segmenter';
import { readXliff } from '@dari/xliff';
import { describe, expect, it } from 'vitest';
import { changedFilesSince } from './git.js';
import type { CheckIo } from './io.js';
import { checkProject } from './project.js';
import { makeProject, SLUG } from './test-support/project.js';

/** The real readers, recording which articles were segmented. */
function countingIo() {
  const parsed: string[] = [];
  const io: CheckIo = {
    parseArticle: (markdown, options) => {
      parsed.push(options.file);
      return parseArticle(markdown, options);
    },
    readXliff: (text, file, options) => readXliff(text, file, options),
    changedFiles: changedFilesSince,
  };
  return { io, parsed };
}

const edit = (path: string, from: string, to: string) => {
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

const ids = (report: Awaited<ReturnType<typeof checkProject>>) =>
  report.findings.map((d) => `${d.file} ${d.ruleId} ${d.unitId ?? ''}`);

describe('a cold check of files stamped by dari sync (no cache)', () => {
  const article = (root: string) => join(root, 'articles', `${SLUG}.md`);
  const ko = (root: string) => join(root, 'locales', 'ko', `${SLUG}.xlf`);

  it('gives the report of an unstamped project without segmenting the article', async () => {
    const plain = makeProject({ untranslated: ['The special session will be held in Seoul on Aug. 22.'] });
    const stamped = makeProject({
      stamp: true,
      untranslated: ['The special session will be held in Seoul on Aug. 22.'],
    });
    edit(ko(plain.root), '1천96억 달러로', '1천97억 달러로');
    edit(ko(stamped.root), '1천96억 달러로', '1천97억 달러로');
    const slow = countingIo();
    const fast = countingIo();
    const expected = await checkProject(plain.config(), {}, slow.io);
    const report = await checkProject(stamped.config(), {}, fast.io);
    expect(ids(report)).toContain(`locales/ko/${SLUG}.xlf number-mismatch ${report.findings[0]?.unitId}`);
    expect(slow.parsed).toEqual([`articles/${SLUG}.md`]);
    expect(fast.parsed).toEqual([]);
    // The stamp's three header lines move the units down; nothing else differs.
    const unlined = (r: typeof report) => formatReport(r, 'json').replace(/"line": \d+/g, '"line": 0');
    expect(unlined(report)).toBe(unlined(expected));
    expect(report.findings[0]?.line).toBe((expected.findings[0]?.line ?? 0) + 3);
  });

  it('still reports an article edited after the sync as stale', async () => {
    const { root, config } = makeProject({ stamp: true });
    edit(article(root), 'held in Seoul', 'held in Busan');
    const { io, parsed } = countingIo();
    const report = await checkProject(config(), {}, io);
    expect(parsed).toEqual([`articles/${SLUG}.md`]);
    expect(report.findings.filter((d) => d.ruleId === 'stale-file').map((d) => d.file)).toEqual([
      `locales/en/${SLUG}.xlf`,
      `locales/ko/${SLUG}.xlf`,
    ]);
  });

  it('does not report a whitespace-only edit of the article that leaves the segments alone', async () => {
    const { root, config } = makeProject({ stamp: true });
    edit(article(root), '\n\nThe bilateral', '\n\n\nThe bilateral');
    const { io, parsed } = countingIo();
    const report = await checkProject(config(), {}, io);
    expect(parsed).toEqual([`articles/${SLUG}.md`]);
    expect(ids(report).filter((f) => f.includes('stale-file'))).toEqual([]);
  });

  it('reports a source a translator changed in the file, though the stamp matches the article', async () => {
    const { root, config } = makeProject({ stamp: true });
    edit(
      ko(root),
      '<source>The special session will be held in Seoul',
      '<source>The special session is in Seoul',
    );
    const report = await checkProject(config(), {}, countingIo().io);
    expect(report.findings.filter((d) => d.ruleId === 'stale-file').map((d) => d.file)).toEqual([
      `locales/ko/${SLUG}.xlf`,
    ]);
  });

  it('checks a file whose CAT tool dropped the header, or whose stamp was edited, the slow way', async () => {
    const { root, config } = makeProject({ stamp: true });
    const text = readFileSync(ko(root), 'utf8');
    writeFileSync(ko(root), text.replace(/\s*<header>[\s\S]*<\/header>/, ''));
    edit(join(root, 'locales', 'en', `${SLUG}.xlf`), '"lang":"en"', '"lang":"ko"');
    const expected = await checkProject(makeProject().config(), {}, countingIo().io);
    const { io, parsed } = countingIo();
    const report = await checkProject(config(), {}, io);
    expect(parsed).toEqual([`articles/${SLUG}.md`]);
    expect(report.findings).toEqual(expected.findings);
    expect(report.pass).toBe(expected.pass);
  });

  it('does not trust a stamp written under another segmentation config', async () => {
    const { config } = makeProject({ stamp: true, config: {} });
    const same = countingIo();
    await checkProject(config(), {}, same.io);
    expect(same.parsed).toEqual([]);
    const other = makeProject({ stamp: true });
    const data = JSON.parse(readFileSync(join(other.root, 'dari.config.json'), 'utf8'));
    const changed = { ...data, segmentation: { en: { abbreviations: ['Rep'] } } };
    writeFileSync(join(other.root, 'dari.config.json'), JSON.stringify(changed));
    const counted = countingIo();
    await checkProject(loadConfig(other.root), {}, counted.io);
    expect(counted.parsed).toEqual([`articles/${SLUG}.md`]);
  });
});
