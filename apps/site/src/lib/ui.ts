import type { i18n } from 'i18next';

/** The site's interface strings in a locale: `t('key', { vars })`, falling back to the source locale. */
export type UiText = ((key: string, vars?: Record<string, string | number>) => string) & {
  /** The language `t(key)` is really in: the locale, or the source locale when the string is not translated yet. */
  readonly langOf: (key: string) => string;
};

/** Interface-string lookup bound to a locale (namespace `ui`, from `locales/<lang>/ui.xlf`). */
export function uiText(instance: i18n, locale: string, sourceLocale = 'en'): UiText {
  const t = (key: string, vars?: Record<string, string | number>) => {
    const value = instance.t(key, { ns: 'ui', lng: locale, ...vars });
    return typeof value === 'string' ? value : key;
  };
  // A translation holds only the strings a reader may see (translated or later); the rest fall back.
  const langOf = (key: string) =>
    instance.getResource(locale, 'ui', key) === undefined ? sourceLocale : locale;
  return Object.assign(t, { langOf });
}
