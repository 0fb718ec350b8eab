import { describe, expect, it } from 'vitest';
import { ctx } from '../test-support/factories.js';
import { numberMismatch } from './numbers.js';

const SOURCE = 'The bilateral trade volume increased to $109.6 billion in 2016 from $100.8 billion in 2011.';

describe('number-mismatch', () => {
  it('accepts Korean number forms of the same value', () => {
    expect(
      numberMismatch.check(ctx(SOURCE, '양국 교역액은 2011년 1천8억 달러에서 2016년 1천96억 달러로 늘었다.')),
    ).toEqual([]);
    expect(
      numberMismatch.check(ctx(SOURCE, '교역액은 2011년 1,008억 달러에서 2016년 1,096억 달러로 늘었다.')),
    ).toEqual([]);
  });

  it('flags a figure the translator got wrong', () => {
    const hits = numberMismatch.check(
      ctx(SOURCE, '양국 교역액은 2011년 1천8억 달러에서 2016년 1천69억 달러로 늘었다.'),
    );
    expect(hits.map((h) => h.expected)).toEqual(['109.6 billion']);
  });

  it('flags a year left out', () => {
    const hits = numberMismatch.check(ctx('It took effect in 2012.', '협정은 발효됐다.'));
    expect(hits.map((h) => h.expected)).toEqual(['2012']);
  });

  it('accepts a small count written as a Korean word', () => {
    expect(numberMismatch.check(ctx('The 3 ministers met.', '세 장관이 만났다.'))).toEqual([]);
  });
});
