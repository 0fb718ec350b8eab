import { hasTranslation, isTranslatedState } from '@dari/core';
import type { FileRule } from './types.js';

/** A unit marked translated (or later) whose target is empty: a CAT tool or a hand edit lost it. */
export const translatedEmptyTarget: FileRule = {
  id: 'translated-empty-target',
  title: 'Translated state with an empty target',
  defaultSeverity: 'error',
  scope: 'file',
  check: ({ file }) =>
    file.groups.flatMap((g) =>
      g.units
        .filter((u) => isTranslatedState(u.state) && !hasTranslation(u))
        .map((unit) => ({
          message: `unit "${unit.id}" is marked ${unit.state} but its target is empty`,
          note: 'Translate it, or set its state back to needs-translation.',
          unit,
        })),
    ),
};
