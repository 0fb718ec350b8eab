import { createInstance, type i18n } from 'i18next';
import { decodeResource, type ResourcePart } from './markup.js';
import type { Resources } from './resources.js';

/** An i18next instance over Dari's resources: synchronous, flat keys (unit ids), no HTML escaping (the site escapes). */
export function createI18n(resources: Resources, options: { lng: string; fallbackLng: string }): i18n {
  const instance = createInstance();
  void instance.init({
    resources,
    lng: options.lng,
    fallbackLng: options.fallbackLng,
    initAsync: false,
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** A unit's text in a locale, and the language i18next actually found it in. */
export interface UnitText {
  readonly parts: ResourcePart[];
  /** The requested locale, or the source language when i18next fell back. */
  readonly lang: string;
}

/**
 * Looks up one article unit: in `locale`, else in the article's source language (i18next
 * fallback). Undefined when neither has it (the XLIFF is not synced with the article yet).
 */
export function lookupUnit(
  i18n: i18n,
  request: { namespace: string; id: string; locale: string; sourceLang: string },
): UnitText | undefined {
  const result = i18n.t(request.id, {
    ns: request.namespace,
    lng: request.locale,
    fallbackLng: request.sourceLang,
    returnDetails: true,
    defaultValue: '\u0000',
  });
  if (typeof result !== 'object' || result === null) return undefined;
  const details = result as { res: unknown; usedLng?: string; usedKey?: string };
  if (typeof details.res !== 'string' || details.res === '\u0000') return undefined;
  return { parts: decodeResource(details.res), lang: details.usedLng ?? request.locale };
}
