import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { writeFileAtomic } from '../lib/files.ts';
import { budgetStep, weighPage } from './budget.ts';

const dir = mkdtempSync(join(tmpdir(), 'dari-bench-budget-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/_astro/a.css"><script type="application/ld+json">{"a":1}</script></head><body>${body}<script type="module" src="/_astro/s.js"></script><script>let x=1</script></body></html>`;

test('a page weighs its HTML with linked CSS, and its scripts but not JSON-LD', () => {
  writeFileAtomic(join(dir, '_astro/a.css'), 'p{color:red}');
  writeFileAtomic(join(dir, '_astro/s.js'), 'console.log(1)');
  writeFileAtomic(join(dir, 'en/articles/one/index.html'), page('<p>Hello</p>'));
  const w = weighPage(dir, 'en/articles/one/index.html');
  assert.equal(w.htmlCssGzip, gzipSync(`${page('<p>Hello</p>')}p{color:red}`, { level: 9 }).length);
  assert.equal(w.jsGzip, gzipSync('console.log(1)let x=1', { level: 9 }).length);
});

test('budgets report the heaviest article page and flag an overweight one', async () => {
  writeFileAtomic(join(dir, 'ko/articles/two/index.html'), page(`<p>${'가나다라마바사'.repeat(20)}</p>`));
  let [html, js] = await budgetStep(dir);
  assert.equal(html?.met, true);
  assert.equal(html?.data?.page, 'ko/articles/two/index.html');
  assert.equal(js?.met, true);
  // Random bytes do not compress: 40 KB of them break the 20 KB budget.
  const noise = randomBytes(40_000).toString('base64');
  writeFileAtomic(join(dir, 'en/articles/heavy/index.html'), page(noise));
  [html] = await budgetStep(dir);
  assert.equal(html?.met, false);
  assert.equal(html?.data?.page, 'en/articles/heavy/index.html');
});

test('a site without article pages is an error, not a pass', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'dari-bench-budget-empty-'));
  await assert.rejects(budgetStep(empty), /no article page/);
  rmSync(empty, { recursive: true });
});
