import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRng } from '../lib/rng.ts';
import { hangulLength, hangulText, koreanAmount, numbersIn, particleFor } from './hangul.ts';

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
  for (const n of ['1,096억', '2016', '12,400']) assert.ok(text.includes(n), n);
});

test('two figures are never adjacent, so they cannot read as one number', () => {
  const rng = createRng(11);
  for (let i = 0; i < 200; i++) {
    const text = hangulText(rng, rng.int(2, 30), ['1,096억', '270만', '3'], i % 2 === 0);
    assert.doesNotMatch(text, /\d\S* \d/, text);
    assert.ok(text.indexOf('1,096억') < text.indexOf('270만'), 'figures keep their order');
  }
});

test('a Korean rendering is shorter than its English source, never empty', () => {
  assert.equal(hangulLength(100), 55);
  assert.equal(hangulLength(0), 2);
});

test('numbersIn ignores a trailing period and finds single digits', () => {
  assert.deepEqual(numbersIn('In 2016. Then 3 more, 1,000.'), ['2016', '3', '1,000']);
});

test('scaled amounts are written in Korean units, as a translator would', () => {
  assert.deepEqual(numbersIn('$109.6 billion and $27 billion, 5.6 trillion won, 2.7 million units'), [
    '1,096억',
    '270억',
    '5.6조',
    '270만',
  ]);
  assert.equal(koreanAmount(11.6e9), '116억');
  assert.equal(koreanAmount(950), '950');
});

test('particles agree with the final syllable', () => {
  assert.equal(particleFor('정부', ['은', '는']), '는');
  assert.equal(particleFor('장관', ['은', '는']), '은');
  assert.equal(particleFor('장관', ['이', '가']), '이');
  assert.equal(particleFor('서울', ['으로', '로']), '로');
  assert.equal(particleFor('한국', ['으로', '로']), '으로');
  assert.equal(particleFor('무역', ['과', '와']), '과');
});
