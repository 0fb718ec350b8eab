import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSummary } from './turbo.ts';

test('a turbo run summary gives each task and whether it was a cache hit', () => {
  const json = JSON.stringify({
    tasks: [
      { taskId: '@dari/core#build', cache: { status: 'HIT', local: true } },
      { taskId: '@dari/site#build', cache: { status: 'MISS' } },
    ],
  });
  assert.deepEqual(parseSummary(json), [
    { task: '@dari/core#build', hit: true },
    { task: '@dari/site#build', hit: false },
  ]);
  assert.deepEqual(parseSummary('{}'), []);
  assert.throws(() => parseSummary('not json'), SyntaxError);
});
