import { describe, expect, it } from 'vitest';
import { checkFile } from './check-file.js';
import { activeRules } from './rules/index.js';
import { file, GLOSSARY, unit, untranslated } from './test-support/factories.js';

const rules = activeRules({});

describe('checkFile counts', () => {
  it('counts units and words by Dari state; a prefilled target stays untranslated', () => {
    const f = file([
      unit({ id: 'a', source: 'Talks begin next week.', target: '협상이 다음 주 시작된다.' }),
      unit({ id: 'b', source: 'The deal holds.', target: '협정은 유지된다.', state: 'needs-review' }),
      unit({
        id: 'c',
        source: 'Four words are here.',
        target: 'Four words are here.',
        state: 'needs-translation',
      }),
      untranslated({ id: 'd', source: 'Two words.' }),
    ]);
    const { report } = checkFile({ file: f, path: 'locales/ko/a.xlf', locale: 'ko' }, rules, GLOSSARY);
    expect(report.counts).toEqual({
      units: 4,
      words: 13,
      translated: 1,
      reviewed: 0,
      needsReview: 1,
      untranslated: 2,
      translatedWords: 4,
      reviewedWords: 0,
      needsReviewWords: 3,
      untranslatedWords: 6,
      percentUnits: 25,
      percentWords: 30.7,
      percentReviewed: 0,
      percentReviewedWords: 0,
    });
    expect(report.template).toBe(false);
  });

  it("gives pocount's view: approved = translated, other targets fuzzy", () => {
    const f = file([
      unit({ id: 'a', source: 'U.S. talks begin.', target: '협상 시작.' }),
      unit({ id: 'b', source: 'The deal holds.', target: '협정 유지.', state: 'needs-review' }),
      untranslated({ id: 'c', source: 'Two words.' }),
    ]);
    const { report } = checkFile(
      { file: f, path: 'locales/ko/a.xlf', locale: 'ko', approved: new Set(['a']) },
      rules,
      [],
    );
    expect(report.pocount).toEqual({
      total: 3,
      translated: 1,
      fuzzy: 1,
      untranslated: 1,
      totalSourceWords: 7,
      translatedSourceWords: 2,
      fuzzySourceWords: 3,
      untranslatedSourceWords: 2,
    });
  });

  it('treats the source-language file as a template and runs no unit rules on it', () => {
    const f = file([untranslated({ source: 'Seoul talks' })], { targetLang: undefined });
    const result = checkFile({ file: f, path: 'locales/en/a.xlf', locale: 'en' }, rules, []);
    expect(result.report.template).toBe(true);
    expect(result.findings).toEqual([]);
  });
});

describe('checkFile findings', () => {
  it('places a finding on the unit line of the .xlf with rule id, locale and unit id', () => {
    const f = file([
      unit({ id: 'u7', source: 'It took effect in 2012.', target: '협정은 발효됐다.', line: 12, column: 7 }),
    ]);
    const { findings, report } = checkFile({ file: f, path: 'locales/ko/a.xlf', locale: 'ko' }, rules, []);
    expect(findings).toMatchObject([
      {
        ruleId: 'number-mismatch',
        severity: 'error',
        file: 'locales/ko/a.xlf',
        line: 12,
        column: 7,
        unitId: 'u7',
        locale: 'ko',
      },
    ]);
    expect(report.errors).toBe(1);
  });

  it('honours config severities and "off"', () => {
    const f = file([unit({ source: 'It took effect in 2012.', target: '협정은 발효됐다.' })]);
    const input = { file: f, path: 'locales/ko/a.xlf', locale: 'ko' };
    expect(checkFile(input, activeRules({ 'number-mismatch': 'warning' }), []).findings[0]?.severity).toBe(
      'warning',
    );
    expect(checkFile(input, activeRules({ 'number-mismatch': 'off' }), []).findings).toEqual([]);
  });

  it('translated-empty-target: translated state, nothing in the target', () => {
    const f = file([unit({ id: 'e', target: ' ', state: 'final' })]);
    const { findings } = checkFile({ file: f, path: 'locales/ko/a.xlf', locale: 'ko' }, rules, []);
    expect(findings.map((d) => d.ruleId)).toEqual(['translated-empty-target']);
    expect(findings[0]?.message).toBe('unit "e" is marked final but its target is empty');
  });

  it('xliff-schema: a file in the wrong folder, an article in another language, an empty source', () => {
    const f = file([unit({ id: 'z', source: [] })], { targetLang: 'ja' });
    const { findings } = checkFile(
      {
        file: f,
        path: 'locales/ko/a.xlf',
        locale: 'ko',
        article: { path: 'articles/a.md', lang: 'fr', segments: [{ id: 'z', source: [] }] },
      },
      rules,
      [],
    );
    expect(findings.filter((d) => d.ruleId === 'xliff-schema').map((d) => d.message)).toEqual([
      'target-language is "ja" but the file sits in locales/ko/',
      'source-language is "en" but articles/a.md is written in "fr"',
      'unit "z" has an empty source',
    ]);
  });

  it('stale-file: the article changed after the last sync, pointing at the unit and dari sync', () => {
    const f = file([
      unit({ id: 's1', source: 'Old sentence.', line: 5 }),
      unit({ id: 's2', source: 'Same.', line: 8 }),
    ]);
    const article = {
      path: 'articles/a.md',
      lang: 'en',
      segments: [
        { id: 's1', source: ['New sentence.'] },
        { id: 's2', source: ['Same.'] },
      ],
    };
    const { findings } = checkFile({ file: f, path: 'locales/ko/a.xlf', locale: 'ko', article }, rules, []);
    const stale = findings.filter((d) => d.ruleId === 'stale-file');
    expect(stale).toMatchObject([{ line: 5, unitId: 's1', severity: 'error' }]);
    expect(stale[0]?.message).toBe(
      'out of date with articles/a.md: the source of "s1" changed in the article (now: "New sentence.")',
    );
    expect(stale[0]?.note).toContain('dari sync');
    const added = { ...article, segments: [...article.segments.slice(1), { id: 's3', source: ['More.'] }] };
    const fresh = file([unit({ id: 's2', source: 'Same.' })]);
    expect(
      checkFile({ file: fresh, path: 'locales/ko/a.xlf', locale: 'ko', article: added }, rules, [])
        .findings[0]?.message,
    ).toBe('out of date with articles/a.md: the article has unit "s3", which the file lacks');
  });
});
