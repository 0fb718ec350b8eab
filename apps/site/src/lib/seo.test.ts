import { describe, expect, it } from 'vitest';
import { absolute, alternates, withBase } from './seo.js';
import { pageStatus } from './status.js';

describe('alternates', () => {
  const url = (l: string) => `https://dari.test/${l}/articles/a/`;

  it('lists every indexable locale plus x-default on the original', () => {
    const statuses = [
      pageStatus('en', 'en', undefined, 0),
      pageStatus(
        'ko',
        'en',
        { units: 2, translated: 2, needsReview: 0, untranslated: 0, percentUnits: 100 },
        100,
      ),
    ];
    expect(alternates(statuses, url, 'en')).toEqual([
      { hreflang: 'en', href: url('en') },
      { hreflang: 'ko', href: url('ko') },
      { hreflang: 'x-default', href: url('en') },
    ]);
  });

  it('leaves out a translation below its threshold', () => {
    const statuses = [
      pageStatus('en', 'en', undefined, 0),
      pageStatus(
        'ko',
        'en',
        { units: 2, translated: 1, needsReview: 0, untranslated: 1, percentUnits: 50 },
        100,
      ),
    ];
    expect(alternates(statuses, url, 'en').map((a) => a.hreflang)).toEqual(['en', 'x-default']);
  });
});

describe('URLs', () => {
  it('joins base paths with one slash', () => {
    expect(withBase('/', '/en/')).toBe('/en/');
    expect(withBase('/news/', '/en/')).toBe('/news/en/');
    expect(absolute('https://dari.test', '/news', '/ko/')).toBe('https://dari.test/news/ko/');
  });
});
