import { attr, childElements, type XmlElement } from './xml/tree.js';

/** Checks of XLIFF 2 modules whose elements Dari meets as extensions. */

export const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';

type Fail = (at: XmlElement, constraint: string, message: string) => never;

const NMTOKEN = /^[\p{L}\p{M}\p{Nd}._:\-\u00B7\u203F\u2040]+$/u;

/** Metadata module: `<mda:metadata>` holds `<mda:metaGroup>`s of `<mda:meta type>`. */
export function validateMetadata(el: XmlElement, fail: Fail): void {
  const ids = new Set<string>();
  const group = (g: XmlElement, top: boolean) => {
    const kids = childElements(g);
    if (kids.length === 0) fail(g, 'Metadata module', `<${g.name}> is empty`);
    const id = attr(g, 'id');
    if (id !== undefined) {
      if (!NMTOKEN.test(id)) fail(g, 'Metadata module', `id "${id}" is not an NMTOKEN`);
      if (ids.has(id)) fail(g, 'Metadata module', `id "${id}" appears more than once`);
      ids.add(id);
    }
    const appliesTo = attr(g, 'appliesTo');
    if (appliesTo !== undefined && !['source', 'target', 'ignorable'].includes(appliesTo))
      fail(g, 'Metadata module', `appliesTo="${appliesTo}" is not source, target or ignorable`);
    for (const k of kids) {
      if (k.uri !== MDA_NS) fail(k, 'Metadata module', `<${k.name}> is not allowed in <${g.name}>`);
      if (k.local === 'metaGroup') group(k, false);
      else if (k.local === 'meta' && !top) {
        if (attr(k, 'type') === undefined) fail(k, 'Metadata module', '<mda:meta> has no type');
        if (attr(k, 'appliesTo') !== undefined) fail(k, 'Metadata module', '<mda:meta> takes no appliesTo');
      } else fail(k, 'Metadata module', `<${k.name}> is not allowed in <${g.name}>`);
    }
  };
  if (el.local !== 'metadata')
    fail(el, 'Metadata module', `the Metadata module has no element <${el.local}>`);
  group(el, true);
}
