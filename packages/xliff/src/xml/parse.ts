import { DariError, errorAt, lineColumnAt } from '@dari/core';
import { type SaxesAttributeNS, SaxesParser, type SaxesTagNS } from 'saxes';
import { addGapNodes } from './gaps.js';
import { type Building, NO_ATTRS, NO_NS, scanXml } from './scan.js';
import type { XmlAttr, XmlDocument, XmlElement, XmlNode } from './tree.js';

/**
 * Deepest element nesting read by default. XLIFF itself needs about 8 levels; real files nest
 * inline codes a few dozen deep (MateCat's test of 65 nested `<g>`); 1,000 leaves room for any of
 * them while refusing the 100,000-deep files that would otherwise stall a run.
 */
export const DEFAULT_MAX_DEPTH = 1000;

/**
 * Parses XML into a tree with source offsets. Throws `DariError` (`xml-malformed`, `xml-invalid-char`,
 * `xliff-doctype`) with `file:line:col`. A DOCTYPE is refused outright: XLIFF needs none, and
 * refusing it is what keeps external entities unfetched and entity bombs unexpanded.
 */
export function parseXml(text: string, file: string, options: { maxDepth?: number } = {}): XmlDocument {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Most files are the plain XML CAT tools write: read by a scanner many times faster than saxes,
  // which reads (and reports on) everything else.
  const simple = scanXml(text, bom, maxDepth);
  if (simple) return { text, root: simple.root, declEnd: simple.declEnd };
  return parseWithSaxes(text, file, maxDepth);
}

/** `parseXml` by saxes alone: every file the scanner refuses, and the reference it is tested against. */
export function parseWithSaxes(
  text: string,
  file: string,
  maxDepth: number = DEFAULT_MAX_DEPTH,
): XmlDocument {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Few handlers on purpose: past six, V8 turns the parser into a slow dictionary object and every
  // character costs several times more. Text, comments, PIs and CDATA are cut from the gaps between
  // tags instead (saxes still checks all of them); only elements come from events.
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Building[] = [];
  const top: XmlNode[] = [];
  let root: XmlElement | undefined;
  let declEnd = 0;
  // End of the last markup handled; everything between it and the next tag is a gap.
  let cursor = bom;

  const fail = (ruleId: string, message: string, offset: number, note?: string): never => {
    const { line, column } = lineColumnAt(text, offset);
    throw new DariError(errorAt(ruleId, message, { file, line, column, ...(note ? { note } : {}) }));
  };
  const children = (): XmlNode[] => (stack.length > 0 ? (stack[stack.length - 1] as Building).children : top);
  /** Adds the gap's text, comment, PI and CDATA nodes up to the tag at `tagStart`; returns `tagStart`. */
  const gap = (tagStart: number): number => {
    addGapNodes(text, cursor, tagStart, children());
    return tagStart;
  };

  parser.on('xmldecl', () => {
    declEnd = text.indexOf('?>', bom) + 2;
    cursor = declEnd;
  });
  parser.on('doctype', () => {
    fail(
      'xliff-doctype',
      'the file has a DOCTYPE declaration; XLIFF files never need one',
      text.indexOf('<!DOCTYPE', cursor),
      'Dari refuses DOCTYPEs so that entities are never fetched or expanded; remove the declaration.',
    );
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const openEnd = parser.position + bom;
    // An attribute value cannot hold a literal '<', so the last one before the tag's end starts it.
    const start = gap(text.lastIndexOf('<', openEnd - 1));
    cursor = openEnd;
    const parentNs = stack.length > 0 ? (stack[stack.length - 1] as Building).ns : NO_NS;
    const ownNs = tag.ns as Record<string, string>;
    // Most elements declare nothing: share the parent's scope instead of copying it.
    const ns = hasKeys(ownNs) ? { ...parentNs, ...ownNs } : parentNs;
    const el: Building = {
      kind: 'element',
      name: tag.name,
      local: tag.local,
      prefix: tag.prefix,
      uri: tag.uri,
      attrs: attrsOf(tag),
      ns,
      children: [],
      selfClosing: tag.isSelfClosing,
      start,
      openEnd,
      closeStart: openEnd,
      end: openEnd,
    };
    children().push(el as XmlElement);
    stack.push(el);
    if (stack.length > maxDepth)
      fail(
        'xml-too-deep',
        `elements nest deeper than ${maxDepth} levels`,
        start,
        'No XLIFF a CAT tool writes nests this deep; the limit (reader option maxDepth) keeps hostile files from stalling Dari.',
      );
  });
  parser.on('closetag', (tag) => {
    const closeStart = tag.isSelfClosing ? undefined : gap(text.lastIndexOf('<', parser.position + bom - 1));
    const building = stack.pop();
    if (!building) return;
    if (closeStart !== undefined) {
      building.closeStart = closeStart;
      cursor = parser.position + bom;
      building.end = cursor;
    }
    if (stack.length === 0) root = building as XmlElement;
  });
  parser.on('error', (err) => {
    const message = err.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    const offset = Math.max(bom, parser.position + bom - 1);
    if (message.startsWith('disallowed character') && !message.includes('name')) {
      fail(
        'xml-invalid-char',
        `a character XML cannot carry (${describeChar(text, offset)})`,
        offset,
        'XML 1.0 forbids most control characters; remove it or replace it with a space.',
      );
    }
    const entityAt = message.startsWith('undefined entity') ? text.lastIndexOf('&', offset) : -1;
    if (entityAt >= 0) {
      fail(
        'xml-malformed',
        `XML is not well-formed: undefined entity ${text.slice(entityAt, offset + 1)}`,
        entityAt,
        'XML knows only &amp; &lt; &gt; &quot; &apos; and numeric references; write the character or a &#…; reference.',
      );
    }
    fail(
      'xml-malformed',
      `XML is not well-formed: ${message}`,
      offset,
      'The file was left untouched; fix the XML (a CAT tool or editor can show the spot) and run again.',
    );
  });

  parser.write(bom ? text.slice(bom) : text).close();
  if (!root)
    return fail('xml-malformed', 'XML is not well-formed: the file has no root element', text.length);
  return { text, root, declEnd };
}

// saxes keeps attributes and namespaces in prototype-less dictionaries: `for…in` walks them at
// half the cost of `Object.values`/`Object.keys`, which matters on every element of every file.
// saxes's attribute objects carry exactly `XmlAttr`'s fields and are never touched again once the
// tag is out: they are kept as they are rather than copied (one object less per attribute).
function attrsOf(tag: SaxesTagNS): readonly XmlAttr[] {
  const attributes = tag.attributes as Record<string, SaxesAttributeNS>;
  let out: XmlAttr[] | undefined;
  for (const key in attributes) {
    out ??= [];
    out.push(attributes[key] as SaxesAttributeNS);
  }
  return out ?? NO_ATTRS;
}

function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

function describeChar(text: string, offset: number): string {
  const code = text.codePointAt(offset);
  return code === undefined ? 'end of file' : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The root start tag's namespace, local name and attributes, reading no further; undefined if not XML. */
export function peekRoot(
  text: string,
): { uri: string; local: string; attrs: readonly XmlAttr[] } | undefined {
  const parser = new SaxesParser({ xmlns: true, position: false });
  let found: { uri: string; local: string; attrs: readonly XmlAttr[] } | undefined;
  const stop = new Error('stop');
  parser.on('doctype', () => {
    throw stop;
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    found = {
      uri: tag.uri,
      local: tag.local,
      attrs: attrsOf(tag),
    };
    throw stop;
  });
  parser.on('error', () => {
    throw stop;
  });
  try {
    parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
  } catch (err) {
    if (err !== stop) throw err;
  }
  return found;
}
