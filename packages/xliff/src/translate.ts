import { type UnitFile, unitsOf } from '@dari/core';
import type { XliffDocument } from './document.js';

/**
 * Ids of the units that are to be translated: all but those under `translate="no"` — on the unit
 * itself, or inherited from a `<group>` or (2.x) `<file>`, as XLIFF says. Undefined for a model not
 * read from XLIFF or without any `translate="no"` (every unit counts). Check leaves the others out
 * of its counts, as pocount does.
 */
export function translatableUnitIds(doc: UnitFile): Set<string> | undefined {
  const no = (doc as Partial<XliffDocument>).notTranslatable;
  // Nearly every file marks nothing: no set of all its ids to build (a cold check reads thousands).
  if (!no || no.size === 0) return undefined;
  return new Set(unitsOf(doc).flatMap((u) => (no.has(u.id) ? [] : [u.id])));
}
