import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRng, seedOf } from './rng.ts';

test('the same seed gives the same sequence, another seed another one', () => {
  const a = createRng(42);
  const b = createRng(42);
  const c = createRng(43);
  const xs = Array.from({ length: 20 }, () => a.next());
  assert.deepEqual(
    xs,
    Array.from({ length: 20 }, () => b.next()),
  );
  assert.notDeepEqual(
    xs,
    Array.from({ length: 20 }, () => c.next()),
  );
  for (const x of xs) assert.ok(x >= 0 && x < 1);
});

test('int and around stay inside their bounds', () => {
  const r = createRng(7);
  for (let i = 0; i < 1000; i++) {
    const n = r.int(3, 5);
    assert.ok(n >= 3 && n <= 5 && Number.isInteger(n));
    const m = r.around(20, 8, 6, 40);
    assert.ok(m >= 6 && m <= 40);
  }
});

test('pick refuses an empty list', () => {
  assert.throws(() => createRng(1).pick([]), RangeError);
});

test('seedOf separates names and bases', () => {
  assert.notEqual(seedOf('a', 1), seedOf('b', 1));
  assert.notEqual(seedOf('a', 1), seedOf('a', 2));
  assert.equal(seedOf('story-1', 9), seedOf('story-1', 9));
});
