import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DariError } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { checkProject } from './project.js';
import { makeProject, SLUG } from './test-support/project.js';

const git = (root: string, ...args: string[]) =>
  execFileSync('git', ['-C', root, '-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
    stdio: 'pipe',
  });

function committedProject() {
  const project = makeProject();
  git(project.root, 'init', '-q');
  git(project.root, 'add', '.');
  git(project.root, 'commit', '-qm', 'start');
  return project;
}

describe('--changed <git-ref>', () => {
  it('checks nothing when nothing changed since the ref', async () => {
    const { config } = committedProject();
    const report = await checkProject(config(), { changedSince: 'HEAD' });
    expect(report.files).toEqual([]);
    expect(report.changedSince).toBe('HEAD');
  });

  it('checks a locale file edited since the ref, and only it', async () => {
    const { root, config } = committedProject();
    const ko = join(root, 'locales', 'ko', `${SLUG}.xlf`);
    writeFileSync(ko, readFileSync(ko, 'utf8').replace('1천96억', '1천69억'));
    const report = await checkProject(config(), { changedSince: 'HEAD' });
    expect(report.files.map((f) => f.file)).toEqual([`locales/ko/${SLUG}.xlf`]);
    expect(report.findings.map((d) => d.ruleId)).toEqual(['number-mismatch']);
  });

  it('checks every locale file of an article changed since the ref', async () => {
    const { root, config } = committedProject();
    const article = join(root, 'articles', `${SLUG}.md`);
    writeFileSync(article, readFileSync(article, 'utf8').replace('last month', 'in July'));
    const report = await checkProject(config(), { changedSince: 'HEAD' });
    expect(report.files.map((f) => f.file)).toEqual([`locales/en/${SLUG}.xlf`, `locales/ko/${SLUG}.xlf`]);
    expect(report.findings.filter((d) => d.ruleId === 'stale-file')).toHaveLength(2);
  });

  it('rejects a ref that does not exist (exit 2)', async () => {
    const { config } = committedProject();
    await expect(checkProject(config(), { changedSince: 'no-such-branch' })).rejects.toThrow(DariError);
    await expect(checkProject(config(), { changedSince: 'no-such-branch' })).rejects.toThrow(
      /git-ref-unknown/,
    );
  });
});
