import { describe, expect, it } from 'vitest';
import { CountMemo } from './words.js';

describe('CountMemo (the word-count caches)', () => {
  it('answers what it was given', () => {
    const memo = new CountMemo(100);
    memo.set('two words', 2);
    expect(memo.get('two words')).toBe(2);
    expect(memo.get('other')).toBeUndefined();
  });

  it('never holds more characters than its bound, however many texts pass through it', () => {
    const memo = new CountMemo(1000);
    for (let i = 0; i < 10_000; i++) memo.set(`sentence number ${i} of a long archive`, 7);
    // 36–40 characters a key: at most 1000 characters' worth of entries at any time.
    expect(memo.size).toBeGreaterThan(0);
    expect(memo.size).toBeLessThanOrEqual(Math.floor(1000 / 36));
    expect(memo.get('sentence number 9999 of a long archive')).toBe(7);
  });

  it('does not keep a text longer than the whole bound', () => {
    const memo = new CountMemo(10);
    memo.set('short', 1);
    memo.set('a text longer than ten characters', 6);
    expect(memo.get('a text longer than ten characters')).toBeUndefined();
    expect(memo.get('short')).toBe(1);
  });

  it('counts a key set twice once', () => {
    const memo = new CountMemo(10);
    for (let i = 0; i < 5; i++) memo.set('abcde', i);
    memo.set('fghij', 1);
    expect([memo.get('abcde'), memo.get('fghij')]).toEqual([4, 1]);
  });
});
