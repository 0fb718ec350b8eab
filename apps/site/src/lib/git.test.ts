import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastChanges } from './git.js';

describe('lastChanges', () => {
  it('takes a committed file’s commit date, and an uncommitted edit’s own time', async () => {
    const top = mkdtempSync(join(tmpdir(), 'dari-git-'));
    const root = join(top, 'project');
    mkdirSync(join(root, 'locales/ko'), { recursive: true });
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: root,
        env: {
          ...process.env,
          GIT_AUTHOR_DATE: '2020-01-02T03:04:05Z',
          GIT_COMMITTER_DATE: '2020-01-02T03:04:05Z',
        },
      });
    git('init', '-q', top);
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--allow-empty', '-m', 'root');
    writeFileSync(join(root, 'locales/ko/a.xlf'), 'a');
    writeFileSync(join(root, 'locales/ko/b.xlf'), 'b');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'add');
    writeFileSync(join(root, 'locales/ko/b.xlf'), 'edited');
    const edited = new Date('2024-06-07T08:09:10Z');
    utimesSync(join(root, 'locales/ko/b.xlf'), edited, edited);
    const dates = await lastChanges(root, 'locales', ['locales/ko/a.xlf', 'locales/ko/b.xlf']);
    expect(new Date(dates.get('locales/ko/a.xlf') ?? '').toISOString()).toBe('2020-01-02T03:04:05.000Z');
    expect(dates.get('locales/ko/b.xlf')).toBe(edited.toISOString());
  });
});
