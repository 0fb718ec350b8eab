import type { Diagnostic } from '@dari/core';
import type { CheckReport, Counts, FileReport, LocaleReport, PocountCounts } from '../model.js';

/** A deterministic pseudo-random sequence (a linear congruential generator), so the report never varies. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const counts = (units: number, translated: number, reviewed: number): Counts => ({
  units,
  words: units * 7,
  translated,
  reviewed,
  needsReview: units - translated > 0 ? 1 : 0,
  untranslated: units - translated,
  translatedWords: translated * 7,
  reviewedWords: reviewed * 7,
  needsReviewWords: 0,
  untranslatedWords: (units - translated) * 7,
  percentUnits: Math.floor((translated / units) * 1000) / 10,
  percentWords: Math.floor((translated / units) * 1000) / 10,
  percentReviewed: Math.floor((reviewed / units) * 1000) / 10,
  percentReviewedWords: Math.floor((reviewed / units) * 1000) / 10,
});

const pocount = (c: Counts): PocountCounts => ({
  total: c.units,
  translated: c.reviewed,
  fuzzy: c.translated - c.reviewed,
  untranslated: c.untranslated,
  totalSourceWords: c.words,
  translatedSourceWords: c.reviewedWords,
  fuzzySourceWords: c.translatedWords - c.reviewedWords,
  untranslatedSourceWords: c.untranslatedWords,
});

// Text the formats escape or measure: Hangul, kana, an emoji (a surrogate pair), XML and Markdown
// specials, a GitHub annotation's `%`, `:` and `,`, a quote, a backslash and a newline.
const WORDS = ['서울', '東京', '😀', '<a&b>', 'x|y', '50%', 'a:b,c', '"q"', 'back\\slash', 'two\nlines'];

/**
 * A report the size of a few thousand articles: many files in three locales, tens of thousands of
 * findings with every optional field, some templates and a failing locale. For the reporters'
 * tests, which must print such a report in pieces exactly as they printed it whole.
 */
export function largeReport(files = 1_200, findingsPerFile = 6, changedSince?: string): CheckReport {
  const next = sequence(17);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const fileReports: FileReport[] = [];
  const findings: Diagnostic[] = [];
  const locales = ['ja', 'ko', 'zh'];
  for (let i = 0; i < files; i++) {
    const locale = locales[i % locales.length] as string;
    const file = `locales/${locale}/article-${String(i).padStart(5, '0')}.xlf`;
    const units = 1 + Math.floor(next() * 40);
    const translated = Math.floor(next() * (units + 1));
    const c = counts(units, translated, Math.floor(translated / 2));
    let errors = 0;
    let warnings = 0;
    for (let k = 0; k < findingsPerFile; k++) {
      const severity = pick(['error', 'warning', 'warning', 'info'] as const);
      if (severity === 'error') errors++;
      if (severity === 'warning') warnings++;
      const full = next() < 0.7;
      findings.push({
        ruleId: pick(['name-spelling', 'number-mismatch', 'omitted-content', 'xml-malformed']),
        severity,
        message: `${pick(WORDS)} for ${pick(WORDS)} in unit ${k}`,
        file,
        line: 1 + k * 3,
        column: 1 + Math.floor(next() * 80),
        locale,
        ...(full ? { unitId: `u${k}`, actual: pick(WORDS), expected: pick(WORDS) } : {}),
        ...(next() < 0.8 ? { note: `Fix ${pick(WORDS)}.` } : {}),
      });
    }
    fileReports.push({
      file,
      locale,
      template: i % 97 === 0,
      counts: c,
      pocount: pocount(c),
      errors,
      warnings,
    });
  }
  findings.push({
    ruleId: 'article-missing',
    severity: 'error',
    message: 'no article',
    file: 'articles/x.md',
  });
  findings.push({ ruleId: 'config-note', severity: 'info', message: 'no place at all' });
  const locale = (name: string, pass: boolean): LocaleReport => {
    const c = counts(1000, pass ? 1000 : 640, pass ? 900 : 100);
    return {
      locale: name,
      files: Math.floor(files / 3),
      counts: c,
      pocount: pocount(c),
      threshold: pass ? 0 : 95,
      reviewedThreshold: pass ? 0 : 50,
      errors: pass ? 0 : 12,
      warnings: 40,
      pass,
    };
  };
  return {
    version: 1,
    locales: { ja: locale('ja', true), ko: locale('ko', false), zh: locale('zh', true) },
    files: fileReports,
    findings,
    ...(changedSince !== undefined ? { changedSince } : {}),
    pass: false,
  };
}
