import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '../..');
const SCRIPT = join(REPO, 'apps/site/scripts/merge-shards.ts');

/** Runs the merge the way the site README and the CI workflow do: `node <script> <out> <part>…`. */
function merge(...args: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A folder of files standing in for one part's `dist/` (the browser suite merges real builds). */
function part(root: string, name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

// tests/browser/site-shards.test.ts proves the merged pages equal one build; this runs the script as a
// command, which Node loads by stripping types (the import in the browser suite did not show that
// the command could not even start).
describe('merge-shards.ts as a command', () => {
  it('merges parts whose shared pages agree, and says what it did', () => {
    const root = mkdtempSync(join(tmpdir(), 'dari-merge-'));
    const a = part(root, 'a', { 'en/articles/x/index.html': 'x', 'sitemap.xml': '<urlset/>' });
    const b = part(root, 'b', { 'en/articles/y/index.html': 'y', 'sitemap.xml': '<urlset/>' });
    const r = merge(join(root, 'site'), a, b);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('merged 2 parts');
    expect(readFileSync(join(root, 'site/en/articles/y/index.html'), 'utf8')).toBe('y');
  });

  it('refuses parts that disagree on a shared page, names it, exits 1 and writes nothing', () => {
    const root = mkdtempSync(join(tmpdir(), 'dari-merge-'));
    const a = part(root, 'a', { 'sitemap.xml': '<urlset>1</urlset>' });
    const b = part(root, 'b', { 'sitemap.xml': '<urlset>2</urlset>' });
    const r = merge(join(root, 'site'), a, b);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('sitemap.xml');
    expect(existsSync(join(root, 'site'))).toBe(false);
  });

  it('prints its usage and exits 2 without parts', () => {
    const r = merge();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage');
  });
});
