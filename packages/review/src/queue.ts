import { hasTranslation, plainText, type Unit, type UnitState, unitsOf } from '@dari/core';
import { wordDiff } from '@dari/sync';
import type { XliffDocument } from '@dari/xliff';
import { isApproved } from './edit.js';
import { toEditable } from './editable.js';

/** Why a unit waits for someone: its source changed, it was never translated, or no one signed it off. */
export type Pending = 'needs-review' | 'untranslated' | 'unreviewed';

/** One unit as a reviewer sees it. */
export interface ReviewItem {
  readonly id: string;
  readonly line: number;
  readonly pending: Pending | undefined;
  readonly state: UnitState;
  readonly source: string;
  /** The target as editable text (codes as `{1}` tags), empty when there is none. */
  readonly target: string;
  readonly approved: boolean;
  /** For a changed source: the previous source and `[-old-]{+new+}` word diff. */
  readonly previousSource?: string;
  readonly diff?: string;
}

/** What a unit waits for, if anything. */
export function pendingOf(doc: XliffDocument, unit: Unit): Pending | undefined {
  if (unit.state === 'needs-review') return 'needs-review';
  if (!hasTranslation(unit) || unit.state === 'new' || unit.state === 'needs-translation')
    return 'untranslated';
  return isApproved(doc, unit) ? undefined : 'unreviewed';
}

/** Every unit of a file as a review item, in file order (pure). */
export function reviewItems(doc: XliffDocument): ReviewItem[] {
  return unitsOf(doc).map((u) => {
    const source = plainText(u.source);
    const previous = u.previousSource ? plainText(u.previousSource) : undefined;
    return {
      id: u.id,
      line: u.line ?? 1,
      pending: pendingOf(doc, u),
      state: u.state,
      source,
      target: u.target ? toEditable(u.target) : '',
      approved: isApproved(doc, u),
      ...(previous !== undefined ? { previousSource: previous, diff: wordDiff(previous, source) } : {}),
    };
  });
}
