import type { Content } from './content.js';
import type { UnitState } from './state.js';

/** A note on a unit, as CAT tools show it. `from` is who wrote it (`dari` for notes sync writes). */
export interface Note {
  readonly text: string;
  readonly from?: string;
  readonly annotates?: 'source' | 'target' | 'general';
}

/** Where a proposed target came from, when it was not typed by a translator for this unit. */
export type TargetOrigin = 'translator' | 'memory' | 'previous-source' | 'source-copy';

/**
 * A translation unit: one sentence (or title, heading, list item) of an article in one locale.
 * The same shape for XLIFF 1.2 and 2.x, the translation memory and the site.
 */
export interface Unit {
  /** Stable id (see the segmenter's README); also the XLIFF `trans-unit/@id` / `unit/@id`. */
  readonly id: string;
  readonly source: Content;
  readonly target?: Content;
  readonly state: UnitState;
  readonly notes?: readonly Note[];
  /** The source this target was translated from, when the source has since changed. */
  readonly previousSource?: Content;
  readonly origin?: TargetOrigin;
  /** Anchor of the block (paragraph) the unit belongs to, shared by every locale: `p-…`. */
  readonly block?: string;
  /** 1-based line in the file it was read from, for diagnostics. */
  readonly line?: number;
  readonly column?: number;
}

/** A unit whose target holds anything but whitespace (whatever its state). */
export function hasTranslation(unit: Unit): boolean {
  return unit.target?.some((p) => typeof p !== 'string' || p.trim() !== '') ?? false;
}
