import { describe, expect, it } from 'vitest';
import { datesAgree, englishDates, koreanDates } from './dates.js';

describe('dates', () => {
  it('reads English month-day, day-month and month-year', () => {
    expect(englishDates('on Aug. 22 and 3 September, since March 2012')).toEqual([
      { month: 8, day: 22, text: 'Aug. 22' },
      { month: 9, day: 3, text: '3 September' },
      { month: 3, text: 'March 2012' },
    ]);
  });

  it('does not take "may" the verb or a year for a day', () => {
    expect(englishDates('it may 22 times')).toEqual([]);
    expect(englishDates('August 2017')).toEqual([{ month: 8, text: 'August 2017' }]);
  });

  it('reads Korean dates', () => {
    expect(koreanDates('8월 22일, 오는 22일, 2012년 3월')).toEqual([
      { month: 8, day: 22, text: '8월 22일' },
      { day: 22, text: '22일' },
      { month: 3, text: '3월' },
    ]);
  });

  it('agrees when what both sides name is the same', () => {
    const [aug22] = englishDates('Aug. 22');
    const [ko] = koreanDates('8월 22일');
    const [ko23] = koreanDates('8월 23일');
    const [dayOnly] = koreanDates('22일');
    expect(aug22 && ko && datesAgree(aug22, ko)).toBe(true);
    expect(aug22 && ko23 && datesAgree(aug22, ko23)).toBe(false);
    expect(aug22 && dayOnly && datesAgree(aug22, dayOnly)).toBe(true);
  });
});
