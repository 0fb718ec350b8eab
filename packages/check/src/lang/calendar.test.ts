import { describe, expect, it } from 'vitest';
import { daysInMonth, parseDay } from './calendar.js';

describe('daysInMonth', () => {
  it('agrees with Date on every month of years 0–2500 and on months out of range', () => {
    for (let y = 0; y <= 2500; y++)
      for (let m = 0; m <= 13; m++) expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
  });

  it('keeps leap years Gregorian', () => {
    expect([1900, 2000, 2023, 2024].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29]);
  });
});

describe('parseDay', () => {
  it('reads a date, refuses an impossible one, and answers a repeated question alike', () => {
    expect(parseDay('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseDay('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseDay('2023-02-29')).toBeUndefined();
    expect(parseDay(undefined)).toBeUndefined();
    expect(parseDay('2023-12-31')).toEqual({ y: 2023, m: 12, d: 31 });
  });
});
