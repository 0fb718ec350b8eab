import { describe, expect, it } from 'vitest';
import { englishNumberWords, koreanNativeValues, koreanValues } from './number-words.js';
import { englishTimeExpressions, explainedDays } from './time-expressions.js';

const values = (text: string) => englishNumberWords(text).map((w) => [w.text, w.value]);

describe('English number words', () => {
  it('finds every kind, in any case, after the quick word test', () => {
    expect(
      values('Two-thirds of them, A DOZEN times, half of it, TWICE, a year ago, Twenty-Five, FIVE.'),
    ).toEqual([
      ['Two-thirds', 2 / 3],
      ['A DOZEN', 12],
      ['half of', 0.5],
      ['TWICE', 2],
      ['a year ago', Number.NaN],
      ['Twenty-Five', 25],
      ['FIVE', 5],
    ]);
    expect(values('halved by the board')).toEqual([['halved', 0.5]]);
  });

  it('folds case as the patterns do: the quick test keeps what CARDINAL (`u`) matches, `ſix` too', () => {
    expect(englishNumberWords('ſix ministers').map((w) => w.text)).toEqual(['ſix']);
  });

  it('finds none in a sentence without number words', () => {
    expect(values('The ministers met in Seoul on Tuesday.')).toEqual([]);
    expect(values('They often threaten to sixteenfold the eightfold ninety-nine')).toEqual([
      ['ninety-nine', 99],
    ]);
  });
});

describe('answers kept for the last text', () => {
  it('koreanValues hands out a copy: a caller that takes values out leaves the next caller whole', () => {
    const target = '두 장관이 3일 만났다.';
    const first = koreanValues(target);
    expect(first).toEqual([3, 2]);
    first.splice(0, 2);
    expect(koreanValues(target)).toEqual([3, 2]);
  });

  it('answers each text for itself when texts alternate', () => {
    const a = '세 나라가 사흘 동안 만났다.';
    const b = '두 정상이 만났다.';
    for (let round = 0; round < 2; round++) {
      expect(koreanNativeValues(a).map((n) => n.value)).toEqual([3, 3]);
      expect(koreanNativeValues(b).map((n) => n.value)).toEqual([2]);
      expect(koreanValues(a)).toEqual([3, 3]);
      expect(koreanValues(b)).toEqual([2]);
      expect(englishTimeExpressions('He said Thursday.').map((e) => e.text)).toEqual(['Thursday']);
      expect(englishTimeExpressions('Next week, then.').map((e) => e.text)).toEqual(['Next week']);
      expect([...explainedDays('On Aug. 22 he left.', '22일 떠났다.')]).toEqual([0]);
      expect([...explainedDays('On Aug. 22 he left.', '그는 22일 떠났다.')]).toEqual([3]);
      expect([...explainedDays('He left.', '그는 22일 떠났다.')]).toEqual([]);
    }
  });
});
