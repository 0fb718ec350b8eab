import { type UnitFile, unitsOf } from '@dari/core';
import type { XliffDocument } from './document.js';

/**
 * Ids of the units that are to be translated: all but those under `translate="no"` — on the unit
 * itself, or inherited from a `<group>` or (2.x) `<file>`, as XLIFF says. Undefined for a model not
 * read from XLIFF (every unit counts). Check leaves the others out of its counts, as pocount does.
 */
export function translatableUnitIds(doc: UnitFile): Set<string> | undefined {
  const no = (doc as Partial<XliffDocument>).notTranslatable;
  if (!no) return undefined;
  return new Set(unitsOf(doc).flatMap((u) => (no.has(u.id) ? [] : [u.id])));
}
