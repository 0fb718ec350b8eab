import { contentEquals, type UnitFile, unitsOf } from '@dari/core';
import type { SiteResources } from '@dari/i18n';

const memo = new WeakMap<UnitFile, ReadonlySet<string>>();

/**
 * Ids of the units of a translation that are in review BECAUSE their source changed (pure): the
 * XLIFF keeps the source they were translated from (`previousSource`, an `alt-trans` of the
 * previous version) and it differs from the current one. A unit put back into review by hand, or
 * by a CAT tool, with the same source is "under review", not "outdated".
 */
export function changedSources(document: UnitFile): ReadonlySet<string> {
  let ids = memo.get(document);
  if (!ids) {
    const found = new Set<string>();
    for (const unit of unitsOf(document))
      if (
        unit.state === 'needs-review' &&
        unit.previousSource !== undefined &&
        !contentEquals(unit.previousSource, unit.source)
      )
        found.add(unit.id);
    ids = found;
    memo.set(document, ids);
  }
  return ids;
}

/** The changed-source ids of one locale's file of a namespace (an article slug), none without a file. */
export function changedIn(resources: SiteResources, locale: string, namespace: string): ReadonlySet<string> {
  const file = resources.files[locale]?.[namespace];
  return file ? changedSources(file.document) : new Set();
}
