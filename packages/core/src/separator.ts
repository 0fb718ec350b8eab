/**
 * Scripts written without a space between sentences: Han and kana (`。` ends a sentence and the
 * next one follows directly). Thai, Lao, Khmer and Myanmar write words without spaces but DO put a
 * space between sentences, so they are not here: joining their sentences with nothing would glue
 * two sentences into one.
 */
const UNSPACED_SCRIPTS: ReadonlySet<string> = new Set([
  'hani',
  'hans',
  'hant',
  'hira',
  'kana',
  'hrkt',
  'jpan',
]);

/**
 * Languages whose default script (CLDR likely subtags) is one of `UNSPACED_SCRIPTS`: Japanese and
 * the Chinese languages. A table rather than `Intl.Locale#maximize`, which costs ~20 µs a call and
 * this runs once per sentence of the archive; `separator.test.ts` checks the table against Intl.
 */
export const UNSPACED_LANGUAGES: ReadonlySet<string> = new Set([
  'ja',
  'zh',
  'cmn',
  'yue',
  'lzh',
  'wuu',
  'hak',
  'nan',
  'gan',
  'hsn',
  'cjy',
  'cdo',
  'czh',
]);

/**
 * What goes between two sentences of `lang` (a BCP 47 tag; `_` is accepted as in `zh_TW`): nothing
 * for Japanese and Chinese, a space for every other language. An explicit script subtag decides
 * (`ja-Latn`, romanised, takes a space; `und-Hani` none).
 */
export function sentenceSeparator(lang: string): string {
  const [language = '', ...subtags] = lang.toLowerCase().split(/[-_]/);
  const script = subtags.find((s) => /^[a-z]{4}$/.test(s));
  const unspaced = script === undefined ? UNSPACED_LANGUAGES.has(language) : UNSPACED_SCRIPTS.has(script);
  return unspaced ? '' : ' ';
}
