import type { UnitFile } from '@dari/core';
import type { XliffDocument } from '@dari/xliff';

/**
 * XLIFF 1.2 units carrying `approved="yes"` — all pocount looks at to call a unit translated.
 * Undefined for 2.x (no such attribute) or a model not read from XLIFF.
 */
export function approvedUnitIds(doc: UnitFile): Set<string> | undefined {
  const places = (doc as Partial<XliffDocument>).places;
  if (doc.version !== '1.2' || !places) return undefined;
  const out = new Set<string>();
  for (const [id, place] of places) {
    if (place.element.attrs.some((a) => a.local === 'approved' && a.uri === '' && a.value === 'yes'))
      out.add(id);
  }
  return out;
}
