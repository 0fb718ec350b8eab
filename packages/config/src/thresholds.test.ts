import { DariError } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { parseConfig } from './load.js';

const parse = (thresholds: unknown) =>
  parseConfig({ locales: ['en', 'ko', 'ja'], thresholds }, '/p').thresholds;

describe('thresholds', () => {
  it('a number is the translated minimum; an object sets translated and reviewed', () => {
    expect(parse({ ko: 95, ja: { reviewed: 80 } })).toEqual({
      ko: { translated: 95, reviewed: 0 },
      ja: { translated: 0, reviewed: 80 },
    });
  });

  it('refuses percents out of range and unknown keys, naming the place', () => {
    for (const bad of [{ ko: { reviewed: 120 } }, { ko: { translated: 90, approved: 50 } }, { ko: -1 }]) {
      let error: unknown;
      try {
        parse(bad);
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(bad)).toBeInstanceOf(DariError);
      expect((error as DariError).message).toMatch(/thresholds/);
    }
  });
});
