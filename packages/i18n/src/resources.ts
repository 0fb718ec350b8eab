import { hasTranslation, isTranslatedState, type UnitFile, type UnitState, unitsOf } from '@dari/core';
import { encodeResource, type ResourcePart } from './markup.js';
import type { JsUnit } from './xliff-js.js';

/** The namespace of the site's own interface strings (`locales/<lang>/ui.xlf`). */
export const UI_NAMESPACE = 'ui';

/** One XLIFF file of one locale, read twice: by the npm `xliff` package (text) and by @dari/xliff (states). */
export interface LocaleFile {
  readonly locale: string;
  /** `ui` or the article slug (the file name without `.xlf`). */
  readonly namespace: string;
  /** Path relative to the project root, for diagnostics. */
  readonly file: string;
  /** What `readXliff` returned: states, blocks, sources as Dari's model. */
  readonly document: UnitFile;
  /** What the `xliff` package returned: the text that becomes the i18next resource. */
  readonly units: readonly JsUnit[];
}

/** What the site needs to know about a unit besides its text. */
export interface UnitInfo {
  readonly state: UnitState;
  /** Paragraph anchor the unit belongs to. */
  readonly block: string | undefined;
  /** The resource holds this locale's text for the unit (a translated-or-later, non-empty target, or the source in a template). */
  readonly usable: boolean;
}

/** i18next's resource shape: language → namespace → key → string. */
export type Resources = Record<string, Record<string, Record<string, string>>>;

/** Resources for i18next plus per-unit states that the `xliff` package cannot carry. */
export interface SiteResources {
  readonly resources: Resources;
  /** locale → namespace → unit id → info. */
  readonly units: Record<string, Record<string, Record<string, UnitInfo>>>;
  /** locale → namespace → the file it came from. */
  readonly files: Record<string, Record<string, LocaleFile>>;
}

/**
 * Builds i18next resources (pure). A template contributes its sources; a translation contributes
 * only targets a reader may see (translated, reviewed, final), so every other unit falls back to
 * the source language through i18next's own fallback.
 */
export function buildResources(files: readonly LocaleFile[]): SiteResources {
  const resources: Resources = {};
  const units: SiteResources['units'] = {};
  const byLocale: SiteResources['files'] = {};
  for (const f of files) {
    const template = f.document.targetLang === undefined || f.document.targetLang === f.document.sourceLang;
    const values: Record<string, string> = {};
    const infos: Record<string, UnitInfo> = {};
    const text = new Map(f.units.map((u) => [u.id, template ? u.source : u.target]));
    for (const unit of unitsOf(f.document)) {
      const parts = text.get(unit.id);
      const usable =
        parts !== undefined &&
        (template || (isTranslatedState(unit.state) && hasTranslation(unit) && hasText(parts)));
      if (usable) values[unit.id] = toResourceValue(parts, f.namespace);
      infos[unit.id] = { state: unit.state, block: unit.block, usable };
    }
    slot(resources, f.locale)[f.namespace] = values;
    slot(units, f.locale)[f.namespace] = infos;
    slot(byLocale, f.locale)[f.namespace] = f;
  }
  return { resources, units, files: byLocale };
}

/**
 * Article text keeps its codes in the escaped markup; interface strings are plain text whose
 * `{{name}}` placeholders i18next interpolates (the site escapes every string it prints).
 */
function toResourceValue(parts: readonly ResourcePart[], namespace: string): string {
  if (namespace !== UI_NAMESPACE) return encodeResource(parts);
  return parts.filter((p): p is string => typeof p === 'string').join('');
}

/** The inner record of `outer[key]`, created on first use. */
function slot<T>(outer: Record<string, Record<string, T>>, key: string): Record<string, T> {
  const inner = outer[key] ?? {};
  outer[key] = inner;
  return inner;
}

function hasText(parts: readonly ResourcePart[]): boolean {
  return parts.some((p) => typeof p !== 'string' || p.trim() !== '');
}
