import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { plainText, unitsOf } from '@dari/core';
import { readXliff } from '@dari/xliff';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyProject, dari, REPO_ROOT } from '../support/project.js';

const SLUG = 'korus-fta-revision-talks';
const run = promisify(execFile);

/** The text a reader sees in a built page: tags dropped, entities decoded, whitespace folded. */
function pageText(html: string): string {
  const body = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '');
  return body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
      if (e[0] === '#')
        return String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
      return named[e.toLowerCase()] ?? '';
    })
    .replace(/\s+/g, ' ');
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the whole pipeline in a temporary copy of the project', () => {
  let dir: string;
  let out: string;

  beforeAll(async () => {
    dir = copyProject();
    out = join(dir, 'site');
    expect((await dari(dir, 'sync')).code).toBe(0);
    const check = await dari(dir, 'check');
    expect(check.code, check.stdout + check.stderr).toBe(0);
    await run(
      process.execPath,
      [
        join(REPO_ROOT, 'apps/site/node_modules/astro/bin/astro.mjs'),
        'build',
        '--root',
        join(REPO_ROOT, 'apps/site'),
        '--outDir',
        out,
      ],
      // From the site's folder, as `pnpm build` runs it: Astro writes its prerender chunks under the
      // working directory, and their bare imports (esbuild) resolve from the site's node_modules.
      {
        cwd: join(REPO_ROOT, 'apps/site'),
        env: { ...process.env, DARI_ROOT: dir },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
  });

  const page = (lang: string) => readFileSync(join(out, lang, 'articles', SLUG, 'index.html'), 'utf8');
  const units = (lang: string) => {
    const file = join(dir, 'locales', lang, `${SLUG}.xlf`);
    return unitsOf(readXliff(readFileSync(file, 'utf8'), file));
  };

  it('the Korean page carries the Korean text of every unit', () => {
    const text = pageText(page('ko'));
    const ko = units('ko');
    expect(ko.length).toBeGreaterThan(10);
    for (const unit of ko) {
      expect(unit.target, unit.id).toBeDefined();
      expect(text).toContain(fold(plainText(unit.target ?? [])));
    }
  });

  it('the English page carries the English text of every unit', () => {
    const text = pageText(page('en'));
    for (const unit of units('en')) expect(text).toContain(fold(plainText(unit.source)));
  });

  it('both pages link to each other and declare their language', () => {
    const en = page('en');
    const ko = page('ko');
    expect(en).toMatch(/<html[^>]* lang="en"/);
    expect(ko).toMatch(/<html[^>]* lang="ko"/);
    expect(en).toContain(`href="/ko/articles/${SLUG}/`);
    expect(ko).toContain(`href="/en/articles/${SLUG}/`);
  });
});
