import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatReport } from '@dari/report';
import { describe, expect, it } from 'vitest';
import { checkProject } from './project.js';
import { makeProject, SLUG } from './test-support/project.js';

/** The project after its article was renamed without a sync: the old locale files stay behind. */
function renamedWithoutSync(config: Record<string, unknown> = {}) {
  const project = makeProject({ config });
  for (const lang of ['en', 'ko'])
    copyFileSync(
      join(project.root, 'locales', lang, `${SLUG}.xlf`),
      join(project.root, 'locales', lang, 'old-name.xlf'),
    );
  return project;
}

describe('file-orphaned', () => {
  it('fails check on a locale file whose article is gone, naming the file and the missing article', async () => {
    const { config } = renamedWithoutSync();
    const report = await checkProject(config());
    const orphans = report.findings.filter((d) => d.ruleId === 'file-orphaned');
    expect(orphans.map((d) => [d.file, d.severity, d.message])).toEqual([
      ['locales/en/old-name.xlf', 'error', 'locales/en/old-name.xlf has no article articles/old-name.md'],
      ['locales/ko/old-name.xlf', 'error', 'locales/ko/old-name.xlf has no article articles/old-name.md'],
    ]);
    expect(report.pass).toBe(false);
    expect(formatReport(report, 'text')).toContain(
      'locales/ko/old-name.xlf:1:1 error file-orphaned locales/ko/old-name.xlf has no article articles/old-name.md',
    );
  });

  it('is quiet for the interface strings (ui.xlf has no article by design) and for files with their article', async () => {
    const { root, config } = makeProject();
    copyFileSync(join(root, 'locales', 'ko', `${SLUG}.xlf`), join(root, 'locales', 'ko', 'ui.xlf'));
    const report = await checkProject(config());
    expect(report.findings.filter((d) => d.ruleId === 'file-orphaned')).toEqual([]);
  });

  it('follows the severity set in the config, and "off" silences it', async () => {
    const warned = await checkProject(renamedWithoutSync({ rules: { 'file-orphaned': 'warning' } }).config());
    expect(warned.findings.filter((d) => d.ruleId === 'file-orphaned').map((d) => d.severity)).toEqual([
      'warning',
      'warning',
    ]);
    expect(warned.pass).toBe(true);
    const off = await checkProject(renamedWithoutSync({ rules: { 'file-orphaned': 'off' } }).config());
    expect(off.findings.filter((d) => d.ruleId === 'file-orphaned')).toEqual([]);
  });

  it('stops once the orphan is deleted', async () => {
    const { root, config } = renamedWithoutSync();
    for (const lang of ['en', 'ko']) rmSync(join(root, 'locales', lang, 'old-name.xlf'));
    const report = await checkProject(config());
    expect(report.findings).toEqual([]);
    expect(report.pass).toBe(true);
  });
});
