import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatReport } from '@dari/report';
import { describe, expect, it } from 'vitest';
import { checkProject } from './project.js';
import { makeProject, SLUG } from './test-support/project.js';

describe('checkProject', () => {
  it('passes a complete, correct translation with no findings', async () => {
    const { config } = makeProject();
    const report = await checkProject(config());
    expect(report.findings).toEqual([]);
    expect(report.locales.ko).toMatchObject({ files: 1, threshold: 100, pass: true });
    expect(report.locales.ko?.counts).toMatchObject({ units: 4, translated: 4, percentUnits: 100 });
    expect(report.files.map((f) => [f.file, f.template])).toEqual([
      [`locales/en/${SLUG}.xlf`, true],
      [`locales/ko/${SLUG}.xlf`, false],
    ]);
    expect(report.pass).toBe(true);
  });

  it('fails below the config threshold; --min overrides it', async () => {
    const { config } = makeProject({
      untranslated: ['US Trade Representative Robert Lighthizer made the request last month.'],
    });
    const report = await checkProject(config());
    expect(report.locales.ko?.counts.percentUnits).toBe(75);
    expect(report.pass).toBe(false);
    expect((await checkProject(config(), { min: { ko: 75 } })).pass).toBe(true);
  });

  it('reports a stale file on its .xlf line, telling to run dari sync', async () => {
    const { root, config } = makeProject();
    const path = join(root, 'articles', `${SLUG}.md`);
    writeFileSync(path, readFileSync(path, 'utf8').replace('$109.6 billion', '$109.7 billion'));
    const report = await checkProject(config());
    const stale = report.findings.filter((d) => d.ruleId === 'stale-file');
    expect(stale.map((d) => d.file)).toEqual([`locales/en/${SLUG}.xlf`, `locales/ko/${SLUG}.xlf`]);
    const xlf = readFileSync(join(root, 'locales', 'ko', `${SLUG}.xlf`), 'utf8').split('\n');
    expect(xlf[(stale[1]?.line ?? 0) - 1]).toContain('<trans-unit');
    expect(stale[1]?.note).toContain('dari sync');
    expect(report.pass).toBe(false);
  });

  it('reports a missing locale file', async () => {
    const { root, config } = makeProject({
      config: { locales: ['en', 'ko', 'ja'], thresholds: { ko: 100, ja: 0 } },
    });
    const report = await checkProject(config());
    expect(report.findings.map((d) => [d.ruleId, d.message])).toEqual([
      ['file-missing', `articles/${SLUG}.md has no ja file locales/ja/${SLUG}.xlf`],
    ]);
    expect(report.locales.ja).toMatchObject({ files: 0, threshold: 0 });
    expect(root).toBeTruthy();
  });

  it('flags glossary terms from the configured glossary', async () => {
    const { root, config } = makeProject();
    const ko = join(root, 'locales', 'ko', `${SLUG}.xlf`);
    writeFileSync(ko, readFileSync(ko, 'utf8').replace('로버트 라이트하이저', '로버트 라이트헤이저'));
    const report = await checkProject(config());
    expect(report.findings.map((d) => d.ruleId)).toEqual(['glossary-term', 'name-spelling']);
    expect(report.pass).toBe(true);
  });

  it('counts the same numbers in every output format', async () => {
    const { config } = makeProject({
      untranslated: ['US Trade Representative Robert Lighthizer made the request last month.'],
    });
    const report = await checkProject(config());
    const json = JSON.parse(formatReport(report, 'json'));
    expect(json.locales.ko.counts.translated).toBe(3);
    expect(json.pocount.files[`locales/ko/${SLUG}.xlf`]).toMatchObject({
      total: 4,
      translated: 0,
      fuzzy: 3,
      untranslated: 1,
    });
  });
});
