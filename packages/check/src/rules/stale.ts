import { contentEquals, plainText, type SourceSegment, type Unit, unitsOf } from '@dari/core';
import type { FileRule, Hit } from './types.js';

/** The first place where a file's units and the article's segments part ways, or undefined. */
export function firstDifference(
  units: readonly Unit[],
  segments: readonly SourceSegment[],
): { message: string; unit?: Unit } | undefined {
  const n = Math.max(units.length, segments.length);
  for (let i = 0; i < n; i++) {
    const unit = units[i];
    const segment = segments[i];
    if (!unit) return { message: `the article has unit "${segment?.id}", which the file lacks` };
    if (!segment) return { message: `unit "${unit.id}" is no longer in the article`, unit };
    if (unit.id !== segment.id) {
      return { message: `unit "${unit.id}" is where the article now has "${segment.id}"`, unit };
    }
    if (!contentEquals(unit.source, segment.source)) {
      const now = plainText(segment.source);
      return {
        message: `the source of "${unit.id}" changed in the article (now: "${now.length > 60 ? `${now.slice(0, 57)}...` : now}")`,
        unit,
      };
    }
  }
  return undefined;
}

/** A file whose sources no longer match the current article: `dari sync` has not been run. */
export const staleFile: FileRule = {
  id: 'stale-file',
  title: 'XLIFF sources out of date with the article (run dari sync)',
  defaultSeverity: 'error',
  scope: 'file',
  check: ({ file, article }) => {
    // No segments: the stamp already showed the units are the article's segments.
    if (!article?.segments) return [];
    const diff = firstDifference(unitsOf(file), article.segments);
    if (!diff) return [];
    const hit: Hit = {
      ...diff,
      message: `out of date with ${article.path}: ${diff.message}`,
      note: 'The article changed after the last sync. Run `dari sync` and commit the updated locale files.',
    };
    return [hit];
  },
};
