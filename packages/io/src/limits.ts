import { DariError, type UnitFile } from '@dari/core';

/**
 * A locale file with more units than `limits.units` is refused (a runaway file, not an article):
 * one rule for sync and check, so both refuse the same files.
 */
export function withinUnitLimit<T extends UnitFile>(file: T, rel: string, max: number): T {
  let units = 0;
  for (const group of file.groups) units += group.units.length;
  if (units <= max) return file;
  throw new DariError({
    ruleId: 'file-too-many-units',
    severity: 'error',
    message: `the file holds ${units} units, over the limit of ${max}`,
    file: rel,
    line: 1,
    column: 1,
    note: 'Split the article, or raise "limits.units" in dari.config.json if it is meant to be this large.',
  });
}
