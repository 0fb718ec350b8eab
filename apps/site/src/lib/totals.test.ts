import type { CheckReport, Counts, FileReport } from '@dari/check';
import { describe, expect, it } from 'vitest';
import { localeTotals } from './totals.js';

const counts = (units: number, translated: number): Counts => ({
  units,
  translated,
  needsReview: 0,
  untranslated: units - translated,
  words: 0,
  translatedWords: 0,
  needsReviewWords: 0,
  untranslatedWords: 0,
  percentUnits: 0,
  percentWords: 0,
  reviewed: 0,
  reviewedWords: 0,
  percentReviewed: 0,
  percentReviewedWords: 0,
});
const file = (path: string, locale: string, c: Counts, template = false): FileReport =>
  ({ file: path, locale, template, counts: c }) as FileReport;

describe('localeTotals', () => {
  it('counts article sentences apart from interface strings (a 15-unit article is not "59 sentences")', () => {
    const report = {
      files: [
        file('locales/ko/a.xlf', 'ko', counts(15, 15)),
        file('locales/ko/ui.xlf', 'ko', counts(44, 44)),
        file('locales/en/a.xlf', 'en', counts(15, 0), true),
        file('locales/ja/a.xlf', 'ja', counts(15, 1)),
      ],
    } as unknown as CheckReport;
    expect(localeTotals(report, 'ko')).toEqual({
      articles: { units: 15, translated: 15, percent: 100 },
      ui: { units: 44, translated: 44, percent: 100 },
    });
    expect(localeTotals(report, 'ja').articles).toEqual({ units: 15, translated: 1, percent: 6.6 });
    expect(localeTotals(report, 'ja').ui).toEqual({ units: 0, translated: 0, percent: 100 });
  });

  it('never rounds an unfinished locale up to 100%', () => {
    const report = { files: [file('locales/ko/a.xlf', 'ko', counts(10000, 9999))] } as unknown as CheckReport;
    expect(localeTotals(report, 'ko').articles.percent).toBe(99.9);
  });
});
