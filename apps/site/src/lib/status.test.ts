import { describe, expect, it } from 'vitest';
import { pageStatus } from './status.js';

const counts = (units: number, translated: number, needsReview: number) => ({
  units,
  translated,
  needsReview,
  untranslated: units - translated - needsReview,
  percentUnits: Math.floor((translated / units) * 1000) / 10,
});

describe('pageStatus', () => {
  it('the original is always indexable', () => {
    expect(pageStatus('en', 'en', undefined, 100)).toMatchObject({ level: 'original', indexable: true });
  });

  it('grades a translation complete, outdated or partial', () => {
    expect(pageStatus('ko', 'en', counts(10, 10, 0), 100)).toMatchObject({
      level: 'complete',
      percent: 100,
      indexable: true,
    });
    expect(pageStatus('ko', 'en', counts(10, 8, 2), 80, 1)).toMatchObject({
      level: 'outdated',
      needsReview: 2,
      indexable: true,
    });
    expect(pageStatus('ko', 'en', counts(10, 5, 1), 80)).toMatchObject({
      level: 'partial',
      untranslated: 4,
      indexable: false,
    });
  });

  it('says "under review" when no reviewed unit’s source changed, and "not translated yet" only at 0%', () => {
    expect(pageStatus('ko', 'en', counts(10, 8, 2), 80, 0).level).toBe('review');
    expect(pageStatus('ko', 'en', counts(8, 0, 0), undefined)).toMatchObject({
      level: 'untranslated',
      percent: 0,
    });
    expect(pageStatus('ko', 'en', counts(8, 1, 0), undefined).level).toBe('partial');
    expect(pageStatus('ko', 'en', counts(8, 0, 2), undefined).level).toBe('partial');
  });

  it('a locale without a file or without any translated unit is not indexed', () => {
    expect(pageStatus('ko', 'en', undefined, undefined)).toMatchObject({
      level: 'missing',
      indexable: false,
    });
    expect(pageStatus('ko', 'en', counts(10, 0, 0), undefined)).toMatchObject({
      level: 'untranslated',
      indexable: false,
    });
    expect(pageStatus('ko', 'en', counts(10, 1, 0), undefined)).toMatchObject({ indexable: true });
  });
});
