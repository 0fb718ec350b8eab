import type { Content, UnitState } from '@dari/core';

/** One translation remembered for reuse: a source sentence and its target in one locale (a TMX `<tu>`). */
export interface MemoryEntry {
  readonly source: Content;
  readonly target: Content;
  readonly sourceLang: string;
  readonly locale: string;
  /** Where it came from (article file or archive), for the note on a reused unit. */
  readonly from?: string;
  readonly unitId?: string;
  /** The unit's state when it was archived (a removed target keeps it: needs-review stays so). */
  readonly state?: UnitState;
}
