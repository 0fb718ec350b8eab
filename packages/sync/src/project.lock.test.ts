import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DariError } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE } from './lock.js';
import { syncProject } from './project.js';
import { editUnits, fixtureProject, snapshot, translateAll } from './test-support/project.js';

describe('syncProject: concurrency', () => {
  it('refuses to run while another sync holds the lock, touching nothing', async () => {
    const { dir, config } = fixtureProject();
    mkdirSync(join(dir, 'locales'));
    writeFileSync(join(dir, 'locales', LOCK_FILE), `${process.ppid}\n`);
    const before = snapshot(dir);
    const error = (await syncProject(config()).catch((e: unknown) => e)) as DariError;
    expect(error).toBeInstanceOf(DariError);
    expect(error.diagnostics[0]).toMatchObject({ ruleId: 'sync-locked', file: `locales/${LOCK_FILE}` });
    expect(snapshot(dir)).toEqual(before);
  });

  it('takes over a stale lock of a dead process with a warning, and releases it', async () => {
    const { dir, config } = fixtureProject();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    mkdirSync(join(dir, 'locales'));
    writeFileSync(join(dir, 'locales', LOCK_FILE), `${dead.stdout}\n`);
    const report = await syncProject(config());
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'sync-stale-lock', severity: 'warning' }),
    ]);
    expect(report.files.every((f) => f.written)).toBe(true);
    expect(existsSync(join(dir, 'locales', LOCK_FILE))).toBe(false);
  });

  it('leaves a locale file alone when a translator saves it during the sync', async () => {
    const { dir, config } = fixtureProject();
    await syncProject(config());
    const ko = join(dir, 'locales/ko/talks.xlf');
    const article = join(dir, 'articles/talks.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace('next week', 'next month'));
    let saved = '';
    const report = await syncProject(config(), {
      onProgress: (done) => {
        if (done !== 2) return;
        editUnits(ko, translateAll);
        saved = readFileSync(ko, 'utf8');
      },
    });
    expect(report.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'sync-file-changed', file: 'locales/ko/talks.xlf' }),
    ]);
    expect(report.files.find((f) => f.file === 'locales/ko/talks.xlf')?.written).toBe(false);
    expect(report.files.find((f) => f.file === 'locales/en/talks.xlf')?.written).toBe(true);
    expect(readFileSync(ko, 'utf8')).toBe(saved);
    expect(snapshot(dir).has(`locales/ko/.talks.xlf.${process.pid}.dari-tmp`)).toBe(false);
  });
});
