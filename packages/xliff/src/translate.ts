import type { UnitFile } from '@dari/core';
import type { XliffDocument } from './document.js';
import type { XmlElement } from './xml/tree.js';

/**
 * Ids of the units that are to be translated: all but those under `translate="no"` — on the unit
 * itself, or inherited from a `<group>` or (2.x) `<file>`, as XLIFF says. Undefined for a model not
 * read from XLIFF (every unit counts). Check leaves the others out of its counts, as pocount does.
 */
export function translatableUnitIds(doc: UnitFile): Set<string> | undefined {
  const { places, xml } = doc as Partial<XliffDocument>;
  if (!places || !xml) return undefined;
  const parents = new Map<XmlElement, XmlElement>();
  const index = (el: XmlElement) => {
    for (const c of el.children)
      if (c.kind === 'element') {
        parents.set(c, el);
        if (c.local !== 'source' && c.local !== 'target') index(c);
      }
  };
  index(xml.root);
  const no = (el: XmlElement): boolean => {
    for (let e: XmlElement | undefined = el; e; e = parents.get(e)) {
      const value = e.attrs.find((a) => a.local === 'translate' && a.uri === '')?.value;
      if (value !== undefined) return value === 'no';
    }
    return false;
  };
  const out = new Set<string>();
  for (const [id, place] of places) if (!no(place.element)) out.add(id);
  return out;
}
