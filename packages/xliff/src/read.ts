import type { UnitGroup } from '@dari/core';
import type { XliffDocument } from './document.js';
import { decodeXliff, encodingOfText } from './encoding.js';
import { UnitCollector } from './read-shared.js';
import { read12 } from './read12.js';
import { read20 } from './read20.js';
import { validate20 } from './validate20.js';
import { versionOf } from './version.js';
import { DEFAULT_MAX_DEPTH, parseXml } from './xml/parse.js';

/** Limits on untrusted input. */
export interface ReadOptions {
  /**
   * Deepest element nesting accepted (`xml-too-deep` past it), so that a target of 100,000 nested
   * `<g>` is refused at once instead of walked. Default `DEFAULT_MAX_DEPTH`.
   */
  readonly maxDepth?: number;
}

export { DEFAULT_MAX_DEPTH };

/**
 * Reads XLIFF 1.0–1.2 or 2.0–2.2 (detected from the content) into the shared model. Bytes are
 * decoded in the encoding the file declares (BOM, XML declaration, else UTF-8); a string is taken
 * as already decoded. Throws `DariError` for bad bytes, malformed XML, a DOCTYPE, too deep nesting,
 * a wrong root or version, ids repeated within a `<file>`, missing required parts, and (2.x) what
 * the XLIFF 2 core specification forbids.
 */
export function readXliff(
  input: string | Uint8Array,
  file: string,
  options: ReadOptions = {},
): XliffDocument {
  const { text, encoding } =
    typeof input === 'string' ? { text: input, encoding: encodingOfText(input) } : decodeXliff(input, file);
  const xml = parseXml(text, file, { maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH });
  const into = new UnitCollector(text, file);
  const dialect = versionOf(xml, file, (o) => into.at(o));
  if (dialect.version === '2.0') validate20(xml.root, dialect.ns, into);
  const header =
    dialect.version === '1.2' ? read12(xml.root, into, dialect.ns) : read20(xml.root, into, dialect.ns);
  const groups: UnitGroup[] = into.groups.filter((g) => g.id !== '' || g.units.length > 0);
  return {
    version: dialect.version,
    ...header,
    groups,
    file,
    xml,
    places: into.places,
    groupElements: into.groupElements,
    notTranslatable: into.notTranslatable,
    declaredVersion: dialect.declared,
    ns: dialect.ns,
    encoding,
  };
}
