import type { UnitGroup } from '@dari/core';
import type { XliffDocument } from './document.js';
import { UnitCollector } from './read-shared.js';
import { read12 } from './read12.js';
import { read20 } from './read20.js';
import { versionOf } from './version.js';
import { parseXml } from './xml/parse.js';

/**
 * Reads XLIFF 1.2 or 2.x (detected from the content) into the shared model. Throws `DariError`
 * for malformed XML, a DOCTYPE, a wrong root or version, duplicate ids and missing required parts.
 */
export function readXliff(text: string, file: string): XliffDocument {
  const xml = parseXml(text, file);
  const into = new UnitCollector(text, file);
  const version = versionOf(xml, file, (o) => into.at(o));
  const header = version === '1.2' ? read12(xml.root, into) : read20(xml.root, into);
  const groups: UnitGroup[] = into.groups.filter((g) => g.id !== '' || g.units.length > 0);
  return {
    version,
    ...header,
    groups,
    file,
    xml,
    places: into.places,
    groupElements: into.groupElements,
  };
}
