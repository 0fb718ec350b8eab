import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRng } from '../lib/rng.ts';
import { hangulLength, hangulText, numbersIn } from './hangul.ts';

test('synthetic Korean is Hangul of about the asked length', () => {
  const rng = createRng(3);
  for (const length of [5, 40, 120]) {
    const text = hangulText(rng, length, [], true);
    const letters = text.replace(/[\s]/g, '');
    assert.match(letters, /^[\uac00-\ud7a3]+$/u);
    assert.ok(text.length >= length * 0.8 && text.length <= length + 12, `${text.length} for ${length}`);
  }
});

test('figures of the source survive into the Korean text', () => {
  const text = hangulText(createRng(5), 60, numbersIn('up to $109.6 billion in 2016 from 12,400'), true);
  for (const n of ['109.6', '2016', '12,400']) assert.ok(text.includes(n), n);
});

test('a Korean rendering is shorter than its English source, never empty', () => {
  assert.equal(hangulLength(100), 55);
  assert.equal(hangulLength(0), 2);
});

test('numbersIn ignores a trailing period and finds single digits', () => {
  assert.deepEqual(numbersIn('In 2016. Then 3 more, 1,000.'), ['2016', '3', '1,000']);
});
