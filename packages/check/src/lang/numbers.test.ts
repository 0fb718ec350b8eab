import { describe, expect, it } from 'vitest';
import { findNumbers, sameValue } from './numbers.js';

const values = (text: string) => findNumbers(text).map((n) => n.value);

describe('findNumbers', () => {
  it('reads English digits with separators and scale words', () => {
    expect(values('$109.6 billion in 2016 from $100.8 billion')).toEqual([109.6e9, 2016, 100.8e9]);
    expect(values('10,000 people, 2.5 percent, 27 billion, 3 mln')).toEqual([10000, 2.5, 27e9, 3e6]);
  });

  it('reads Korean numbers in Yonhap style and with separators', () => {
    expect(values('1천96억 달러')).toEqual([109.6e9]);
    expect(values('1천8억')).toEqual([100.8e9]);
    expect(values('270억, 116억, 1,096억, 10만')).toEqual([27e9, 11.6e9, 109.6e9, 1e5]);
    expect(values('3조 5천억 원')).toEqual([3.5e12]);
    expect(values('1억5000')).toEqual([100005000]);
  });

  it('keeps separate numbers apart', () => {
    expect(values('10만 2016년, 5년 전, 8월 22일')).toEqual([1e5, 2016, 5, 8, 22]);
    expect(values('1.5 1.5')).toEqual([1.5, 1.5]);
  });

  it('leaves ordinals out', () => {
    expect(values('the 1st and 22nd rounds')).toEqual([]);
  });

  it('compares values despite floating point', () => {
    expect(sameValue(109.6 * 1e9, 1096 * 1e8)).toBe(true);
    expect(sameValue(109.6e9, 100.8e9)).toBe(false);
  });
});
