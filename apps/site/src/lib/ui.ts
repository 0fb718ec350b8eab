import type { i18n } from 'i18next';

/** The site's interface strings in a locale: `t('key', { vars })`, falling back to the source locale. */
export type UiText = (key: string, vars?: Record<string, string | number>) => string;

/** Interface-string lookup bound to a locale (namespace `ui`, from `locales/<lang>/ui.xlf`). */
export function uiText(instance: i18n, locale: string): UiText {
  return (key, vars) => {
    const value = instance.t(key, { ns: 'ui', lng: locale, ...vars });
    return typeof value === 'string' ? value : key;
  };
}
