import { describe, expect, it } from 'vitest';
import { checkFile } from './check-file.js';
import { buildReport, exitCodeFor } from './evaluate.js';
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
