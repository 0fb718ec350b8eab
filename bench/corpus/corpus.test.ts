import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { listFiles } from '../lib/files.ts';
import { generateArticle, slugOf } from './article.ts';
import { editCorpus, editedIndexes, editMarkdown } from './edit.ts';
import { CORPUS_CONFIG, writeCorpus } from './generate.ts';

const dir = mkdtempSync(join(tmpdir(), 'dari-bench-corpus-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('an article is the same for the same seed and index, whatever the corpus size', () => {
  assert.equal(generateArticle(7, 1).markdown, generateArticle(7, 1).markdown);
  assert.notEqual(generateArticle(7, 1).markdown, generateArticle(7, 2).markdown);
  assert.notEqual(generateArticle(7, 1).markdown, generateArticle(8, 1).markdown);
  assert.equal(slugOf(7), 'story-00007');
});

test('articles look like wire copy: frontmatter, dateline lead, links, emphasis, boilerplate', () => {
  const all = Array.from({ length: 200 }, (_, i) => generateArticle(i, 1).markdown);
  const first = all[0] as string;
  assert.match(
    first,
    /^---\ntitle: ".+"\ndate: \d{4}-\d{2}-\d{2}\nlang: en\ndateline: [A-Z ]+\ncredit: .+\n/,
  );
  assert.match(first, /\n---\n\n[A-Z ]+ -- [A-Z"[*]/);
  const text = all.join('\n');
  assert.match(text, /\[[^\]]+\]\(https:\/\/[^)]+\)/);
  assert.match(text, /(^|[^*])\*[^*]+\*/);
  assert.match(text, /\*\*[^*]+\*\*/);
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) counts.set(line, (counts.get(line) ?? 0) + 1);
  assert.ok(
    [...counts.values()].some((n) => n > 5),
    'some boilerplate repeats across articles',
  );
  const words = all.map((m) => m.split(/\s+/).length);
  const mean = words.reduce((a, b) => a + b, 0) / words.length;
  assert.ok(mean > 250 && mean < 900, `mean ${mean} words per article`);
});

test('writeCorpus writes N articles and the two-target-locale config', () => {
  const stats = writeCorpus(dir, 30, 1);
  assert.equal(stats.articles, 30);
  assert.equal(listFiles(join(dir, 'articles'), '.md').length, 30);
  assert.deepEqual(JSON.parse(readFileSync(join(dir, 'dari.config.json'), 'utf8')), CORPUS_CONFIG);
  assert.throws(() => writeCorpus(dir, 0, 1), RangeError);
});

test('an edit pass touches 1% of the articles, changing one unit and adding one', () => {
  assert.deepEqual(editedIndexes(1000, 0.01).length, 10);
  assert.deepEqual(editedIndexes(30, 0.01), [15]);
  const before = readFileSync(join(dir, 'articles', 'story-00015.md'), 'utf8');
  const touched = editCorpus(dir, 30, 0.01);
  assert.deepEqual(touched, [join(dir, 'articles', 'story-00015.md')]);
  const edited = readFileSync(join(dir, 'articles', 'story-00015.md'), 'utf8');
  assert.notEqual(edited, before);
  assert.equal(edited.split('\n---\n')[0], before.split('\n---\n')[0], 'frontmatter untouched');
  assert.match(edited, /Editors revised this report in round 1\.\n$/);
  assert.notEqual(editMarkdown(before, 0), editMarkdown(before, 1));
});
