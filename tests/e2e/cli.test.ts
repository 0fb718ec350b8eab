import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFileFor } from '@dari/config';
import { describe, expect, it } from 'vitest';
import { copyProject, dari, snapshot } from '../support/project.js';

const SLUG = 'korus-fta-revision-talks';

describe('dari sync on the repository itself', () => {
  it('is already in sync: running it twice rewrites no file (same bytes, same mtimes)', async () => {
    const dir = copyProject();
    const first = await dari(dir, 'sync');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const before = snapshot(join(dir, 'locales'));
    const second = await dari(dir, 'sync');
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/0 written/);
    expect(snapshot(join(dir, 'locales'))).toEqual(before);
  });

  it('keeps its cache where the next sync looks, even after `dari check` wrote its own', async () => {
    const dir = copyProject();
    expect((await dari(dir, 'sync')).code).toBe(0);
    expect((await dari(dir, 'check')).code).toBe(0);
    // Both commands resolve their cache folder by one rule, so check never sends sync to a cold cache.
    expect(existsSync(cacheFileFor(dir, 'sync'))).toBe(true);
    expect(existsSync(cacheFileFor(dir, 'check'))).toBe(true);
  });

  it('passes the gate with the committed Korean translation complete', async () => {
    const dir = copyProject();
    const check = await dari(dir, 'check', '--format', 'json');
    expect(check.code, check.stdout + check.stderr).toBe(0);
    const report = JSON.parse(check.stdout);
    expect(report.pass).toBe(true);
  });
});

describe('bad input: one clear message, exit 2, every file as it was', () => {
  it('a missing articles folder', async () => {
    const dir = copyProject();
    rmSync(join(dir, 'articles'), { recursive: true });
    const before = snapshot(dir);
    const result = await dari(dir, 'sync');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/articles/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('an article without frontmatter', async () => {
    const dir = copyProject();
    writeFileSync(join(dir, 'articles', 'no-frontmatter.md'), 'Just a paragraph. And another sentence.\n');
    const before = snapshot(dir);
    const result = await dari(dir, 'sync');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/articles\/no-frontmatter\.md:1:1 /);
    expect(snapshot(dir)).toEqual(before);
  });

  it('an unparsable .xlf file', async () => {
    const dir = copyProject();
    const path = join(dir, 'locales', 'ko', `${SLUG}.xlf`);
    const broken = readFileSync(path, 'utf8').replace('</body>', '</bdy>');
    writeFileSync(path, broken);
    const line = broken.slice(0, broken.indexOf('</bdy>')).split('\n').length;
    const before = snapshot(dir);
    for (const command of ['sync', 'check', 'status']) {
      const result = await dari(dir, command);
      expect(result.code, command).toBe(2);
      expect(result.stderr, command).toContain(`locales/ko/${SLUG}.xlf:${line}:`);
    }
    expect(snapshot(dir)).toEqual(before);
  });

  it('a config with a typo names the key and the allowed ones', async () => {
    const dir = copyProject();
    writeFileSync(
      join(dir, 'dari.config.json'),
      '{\n  "locales": ["en", "ko"],\n  "treshold": { "ko": 100 }\n}\n',
    );
    const result = await dari(dir, 'check');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /dari\.config\.json:3:3 error config-invalid unknown key "treshold"; allowed keys here: .*thresholds/,
    );
  });
});
