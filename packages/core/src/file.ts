import type { BlockKind } from './document.js';
import type { Unit } from './unit.js';

/** XLIFF versions Dari reads and writes. */
export type XliffVersion = '1.2' | '2.0';

/** A block of the article in a locale file: a paragraph anchor and its units, in reading order. */
export interface UnitGroup {
  /** Paragraph anchor `p-…`, the same in every locale. */
  readonly id: string;
  readonly kind: BlockKind;
  readonly units: readonly Unit[];
}

/**
 * One article in one locale, as a translation file holds it (format-neutral): what sync writes,
 * what check counts, what the site renders.
 */
export interface UnitFile {
  readonly version: XliffVersion;
  readonly sourceLang: string;
  /** Absent in the source-language template. */
  readonly targetLang?: string;
  /** The article this file translates, relative to the project root: `articles/<slug>.md`. */
  readonly original: string;
  readonly groups: readonly UnitGroup[];
}

/** Every unit of a file in reading order. */
export function unitsOf(file: Pick<UnitFile, 'groups'>): Unit[] {
  return file.groups.flatMap((g) => g.units);
}
