/**
 * A small XML tree that remembers where every node came from in the original text, so the writer
 * can keep the original bytes of everything it does not change (the Okapi "skeleton" idea).
 */

/** An attribute as written, in document order. */
export interface XmlAttr {
  /** Qualified name as written, e.g. `state` or `sdl:conf`. */
  readonly name: string;
  readonly local: string;
  readonly prefix: string;
  /** Namespace URI ('' for unprefixed attributes). */
  readonly uri: string;
  /** Decoded value. */
  readonly value: string;
}

/** Offsets are UTF-16 indexes into the original text (what `String#slice` takes). */
export interface XmlSpan {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

export interface XmlElement extends XmlSpan {
  readonly kind: 'element';
  readonly name: string;
  readonly local: string;
  readonly prefix: string;
  readonly uri: string;
  readonly attrs: readonly XmlAttr[];
  /** Namespace declarations in scope (prefix → URI), for serialising new children in place. */
  readonly ns: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  readonly selfClosing: boolean;
  /** End of the start tag (exclusive). */
  readonly openEnd: number;
  /** Start of the end tag (equals `end` for a self-closing element). */
  readonly closeStart: number;
}

export interface XmlText extends XmlSpan {
  readonly kind: 'text';
  /** Decoded text (entities expanded, line ends normalised). */
  readonly text: string;
  readonly cdata: boolean;
}

/** Comments and processing instructions: carried, never interpreted. */
export interface XmlOpaque extends XmlSpan {
  readonly kind: 'comment' | 'pi';
}

export type XmlNode = XmlElement | XmlText | XmlOpaque;

/** A parsed document: the original text, the root element and everything around it. */
export interface XmlDocument {
  readonly text: string;
  readonly root: XmlElement;
  /** End of the XML declaration, 0 when there is none. */
  readonly declEnd: number;
}

/** The value of an attribute by local name (and namespace URI, '' = no namespace). */
export function attr(el: XmlElement, local: string, uri = ''): string | undefined {
  for (const a of el.attrs) if (a.local === local && a.uri === uri) return a.value;
  return undefined;
}

/** Child elements, optionally only those with the given local name in the given namespace. */
export function childElements(el: XmlElement, local?: string, uri?: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement =>
      c.kind === 'element' &&
      (local === undefined || c.local === local) &&
      (uri === undefined || c.uri === uri),
  );
}

/** The first child element with a local name in a namespace. */
export function firstChild(el: XmlElement, local: string, uri: string): XmlElement | undefined {
  // A loop, not childElements()[0]: readers ask this several times for every unit.
  for (const c of el.children) if (c.kind === 'element' && c.local === local && c.uri === uri) return c;
  return undefined;
}

/** The decoded text of an element and its descendants. */
export function textOf(node: XmlNode): string {
  if (node.kind === 'text') return node.text;
  if (node.kind !== 'element') return '';
  return node.children.map(textOf).join('');
}
