/** Open Graph locale (`ko_KR`) of a language tag: the usual territory for a bare language, else the tag's own. */
export function ogLocale(lang: string): string {
  const usual: Readonly<Record<string, string>> = { ko: 'ko_KR', en: 'en_US', ja: 'ja_JP', zh: 'zh_CN' };
  return usual[lang] ?? lang.replace('-', '_');
}

/** A meta description: the text up to `max` characters, cut at a word (or, in scripts without spaces, a character). */
export function metaDescription(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
