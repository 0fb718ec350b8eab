import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { changedFiles, listFiles, sizeOf, snapshot, writeFileAtomic } from './files.ts';

const dir = mkdtempSync(join(tmpdir(), 'dari-bench-files-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('atomic write creates directories and leaves no temp file behind', () => {
  writeFileAtomic(join(dir, 'a/b/c.txt'), 'hello');
  assert.equal(readFileSync(join(dir, 'a/b/c.txt'), 'utf8'), 'hello');
  assert.deepEqual(listFiles(join(dir, 'a')), ['b/c.txt']);
});

test('a snapshot sees rewritten and added files, not untouched ones', () => {
  writeFileAtomic(join(dir, 's/one.xlf'), '1');
  writeFileAtomic(join(dir, 's/two.xlf'), '2');
  const before = snapshot(join(dir, 's'));
  writeFileAtomic(join(dir, 's/two.xlf'), '2');
  writeFileSync(join(dir, 's/three.xlf'), '3');
  assert.deepEqual(changedFiles(before, snapshot(join(dir, 's'))), ['three.xlf', 'two.xlf']);
  assert.equal(sizeOf(join(dir, 's')), 3);
});

test('listing a missing directory gives nothing; filtering by extension works', () => {
  assert.deepEqual(listFiles(join(dir, 'missing')), []);
  assert.deepEqual(listFiles(join(dir, 's'), '.nope'), []);
});
