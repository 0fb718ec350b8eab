import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DariError } from '@dari/core';
import { tempPathFor } from '@dari/io';
import { afterEach, describe, expect, it } from 'vitest';
import { syncProject } from './project.js';
import { fixtureProject, snapshot } from './test-support/project.js';

const deadPid = () =>
  spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
    .stdout;

const temps = (dir: string) =>
  readdirSync(join(dir, 'locales'), { recursive: true }).filter((n) => String(n).endsWith('.dari-tmp'));

const failure = async (run: Promise<unknown>): Promise<DariError> => {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DariError);
  return error as DariError;
};

const unlock: string[] = [];
afterEach(() => {
  for (const path of unlock.splice(0)) spawnSync('chattr', ['-i', path]);
});

describe('syncProject: the file system fails', () => {
  it('a full disk while staging: a clear error naming the file, nothing changed, no temp file left', async () => {
    const { dir, config } = fixtureProject();
    await syncProject(config());
    const article = join(dir, 'articles/talks.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace('next week', 'next month'));
    const before = snapshot(join(dir, 'locales'));
    // Writing the temp file of the English file hits /dev/full: ENOSPC on the first write.
    symlinkSync('/dev/full', tempPathFor(join(dir, 'locales/en/talks.xlf')));
    const error = await failure(syncProject(config()));
    expect(error.diagnostics[0]).toMatchObject({ ruleId: 'io-enospc', file: 'locales/en/talks.xlf' });
    expect(error.message).toMatch(/^locales\/en\/talks\.xlf error io-enospc the disk is full/);
    expect(temps(dir)).toEqual([]);
    expect(snapshot(join(dir, 'locales'))).toEqual(before);
  });

  it('removes the temp files killed runs left behind, and only those of dead processes', async () => {
    const { dir, config } = fixtureProject();
    await syncProject(config());
    const stale = join(dir, 'locales/ko', `.talks.xlf.${deadPid()}.dari-tmp`);
    const live = join(dir, 'locales/ko', `.talks.xlf.${process.ppid}.dari-tmp`);
    const archived = join(dir, 'locales/ko/.memory', `.archive.tmx.${deadPid()}.dari-tmp`);
    for (const path of [stale, live]) writeFileSync(path, '');
    spawnSync('mkdir', ['-p', join(dir, 'locales/ko/.memory')]);
    writeFileSync(archived, '');
    await syncProject(config());
    expect([existsSync(stale), existsSync(archived), existsSync(live)]).toEqual([false, false, true]);
  });

  it('an article name of 240 characters syncs (the temp name is shortened, the final one fits)', async () => {
    const { dir, config } = fixtureProject();
    const slug = 'a'.repeat(240);
    writeFileSync(join(dir, `articles/${slug}.md`), readFileSync(join(dir, 'articles/talks.md')));
    const report = await syncProject(config());
    expect(report.files.find((f) => f.file === `locales/ko/${slug}.xlf`)?.written).toBe(true);
  });

  it('a locale file that cannot be replaced (immutable): nothing is written, the file is named', async (ctx) => {
    const { dir, config } = fixtureProject();
    await syncProject(config());
    const ko = join(dir, 'locales/ko/talks.xlf');
    if (spawnSync('chattr', ['+i', ko]).status !== 0) return ctx.skip();
    unlock.push(ko);
    const article = join(dir, 'articles/talks.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace('next week', 'next month'));
    const before = snapshot(join(dir, 'locales'));
    const error = await failure(syncProject(config()));
    expect(error.diagnostics.map((d) => [d.file, d.ruleId])).toEqual([['locales/ko/talks.xlf', 'io-eperm']]);
    // The English file was staged too, but nothing is renamed into place when one file cannot be.
    expect(snapshot(join(dir, 'locales'))).toEqual(before);
    expect(temps(dir)).toEqual([]);
  });
});
