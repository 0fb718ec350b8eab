import { describe, expect, it } from 'vitest';
import { checkFile } from './check-file.js';
import { buildReport, exitCodeFor, mergeThresholds } from './evaluate.js';
import { activeRules } from './rules/index.js';
import { file, unit, untranslated } from './test-support/factories.js';

const rules = activeRules({});
const half = checkFile(
  { file: file([unit({ id: 'a' }), untranslated({ id: 'b' })]), path: 'locales/ko/a.xlf', locale: 'ko' },
  rules,
  [],
);
const jaNone = checkFile(
  { file: file([untranslated({ id: 'a' })], { targetLang: 'ja' }), path: 'locales/ja/a.xlf', locale: 'ja' },
  rules,
  [],
);

describe('buildReport', () => {
  it('passes a locale at its threshold and a new locale with threshold 0', () => {
    const report = buildReport([half, jaNone], [], { locales: ['ko', 'ja'], thresholds: { ko: 50, ja: 0 } });
    expect(report.locales.ko).toMatchObject({ threshold: 50, pass: true, files: 1 });
    expect(report.locales.ja?.counts.percentUnits).toBe(0);
    expect(report.pass).toBe(true);
    expect(exitCodeFor(report)).toBe(0);
  });

  it('fails below the threshold', () => {
    const report = buildReport([half, jaNone], [], { locales: ['ko', 'ja'], thresholds: { ko: 100 } });
    expect(report.locales.ko?.pass).toBe(false);
    expect(report.locales.ja?.pass).toBe(true);
    expect(exitCodeFor(report)).toBe(1);
  });

  it('fails on any error-severity finding, even outside a locale line', () => {
    const report = buildReport(
      [half],
      [{ ruleId: 'file-missing', severity: 'error', message: 'm', file: 'articles/b.md' }],
      {
        locales: ['ko'],
        thresholds: {},
      },
    );
    expect(report.locales.ko?.pass).toBe(true);
    expect(report.pass).toBe(false);
  });

  it('does not fail on warnings', () => {
    const report = buildReport(
      [half],
      [{ ruleId: 'glossary-term', severity: 'warning', message: 'm', locale: 'ko' }],
      {
        locales: ['ko'],
        thresholds: {},
      },
    );
    expect(report.pass).toBe(true);
    expect(report.locales.ko?.warnings).toBe(1);
  });

  it('counts a locale without files as complete (nothing to translate)', () => {
    const report = buildReport([], [], { locales: ['ko'], thresholds: { ko: 100 } });
    expect(report.locales.ko).toMatchObject({ files: 0, pass: true });
    expect(report.locales.ko?.counts.percentUnits).toBe(100);
  });
});

describe('reviewed counting and thresholds', () => {
  // Four translated units, one signed off in 2.x terms (no approved set: state decides).
  const mixed = checkFile(
    {
      file: file([
        unit({ id: 'a', state: 'reviewed' }),
        unit({ id: 'b', state: 'final' }),
        unit({ id: 'c' }),
        unit({ id: 'd', state: 'needs-review' }),
      ]),
      path: 'locales/ko/m.xlf',
      locale: 'ko',
    },
    rules,
    [],
  );

  it('counts reviewed and final units as reviewed, apart from translated', () => {
    expect(mixed.report.counts).toMatchObject({
      translated: 3,
      reviewed: 2,
      needsReview: 1,
      percentReviewed: 50,
    });
  });

  it('in 1.2, only approved="yes" on a translated unit counts as reviewed, whatever the state says', () => {
    const r = checkFile(
      {
        file: file([
          unit({ id: 'a', state: 'final' }),
          unit({ id: 'b' }),
          unit({ id: 'c', state: 'needs-review' }),
        ]),
        path: 'locales/ko/x.xlf',
        locale: 'ko',
        approved: new Set(['b', 'c']),
      },
      rules,
      [],
    );
    expect(r.report.counts).toMatchObject({ translated: 2, reviewed: 1 });
  });

  it('fails a locale below its reviewed minimum even when fully translated enough', () => {
    const report = buildReport([mixed], [], {
      locales: ['ko'],
      thresholds: { ko: { translated: 75, reviewed: 60 } },
    });
    expect(report.locales.ko).toMatchObject({ threshold: 75, reviewedThreshold: 60, pass: false });
    const ok = buildReport([mixed], [], {
      locales: ['ko'],
      thresholds: { ko: { translated: 75, reviewed: 50 } },
    });
    expect(ok.locales.ko?.pass).toBe(true);
  });

  it('--min and --min-reviewed each replace only their own half of the configured threshold', () => {
    const config = { ko: { translated: 100, reviewed: 80 }, ja: 90 };
    expect(mergeThresholds(config, { ko: 95 })).toEqual({
      ko: { translated: 95, reviewed: 80 },
      ja: { translated: 90, reviewed: 0 },
    });
    expect(mergeThresholds(config, {}, { ja: 10 }).ja).toEqual({ translated: 90, reviewed: 10 });
  });
});
