import { describe, expect, it } from 'vitest';
import { sentenceSeparator, UNSPACED_LANGUAGES } from './separator.js';

describe('sentenceSeparator', () => {
  it.each([
    ['en', ' '],
    ['ko', ' '],
    ['ko-KR', ' '],
    ['ja', ''],
    ['ja-JP', ''],
    ['zh', ''],
    ['zh-Hant-TW', ''],
    ['yue', ''],
  ])('%s joins sentences with %j', (lang, separator) => {
    expect(sentenceSeparator(lang)).toBe(separator);
  });

  it('reads tags written with an underscore or in capitals as CAT tools write them', () => {
    expect(sentenceSeparator('zh_CN')).toBe('');
    expect(sentenceSeparator('JA_jp')).toBe('');
    expect(sentenceSeparator('KO')).toBe(' ');
  });

  it('lets an explicit script decide: romanised Japanese takes a space', () => {
    expect(sentenceSeparator('ja-Latn')).toBe(' ');
    expect(sentenceSeparator('zh-Latn-pinyin')).toBe(' ');
    expect(sentenceSeparator('und-Hani')).toBe('');
  });

  it('keeps the space between Thai, Lao, Khmer and Burmese sentences (their words run together, sentences do not)', () => {
    for (const lang of ['th', 'lo', 'km', 'my']) expect(sentenceSeparator(lang)).toBe(' ');
  });

  it('does not mistake a language that merely starts like Japanese or Chinese', () => {
    // `jv` Javanese, `jam` Jamaican Creole, `zu` Zulu, `zza` Zaza.
    for (const lang of ['jv', 'jam', 'zu', 'zza']) expect(sentenceSeparator(lang)).toBe(' ');
  });

  it('agrees with Intl (CLDR likely subtags) on every language of its table and on common tags', () => {
    const unspaced = new Set(['Hani', 'Hans', 'Hant', 'Hira', 'Kana', 'Hrkt', 'Jpan']);
    const common = ['en', 'ko', 'de', 'fr', 'es', 'ru', 'ar', 'hi', 'th', 'vi', 'id', 'tr', 'he', 'el', 'mn'];
    for (const lang of [...UNSPACED_LANGUAGES, ...common]) {
      const script = new Intl.Locale(lang).maximize().script ?? '';
      expect([lang, sentenceSeparator(lang)]).toEqual([lang, unspaced.has(script) ? '' : ' ']);
    }
  });
});
