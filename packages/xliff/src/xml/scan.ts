import { isXmlCharCode } from '@dari/core';
import { addGapNodes } from './gaps.js';
import type { XmlAttr, XmlElement, XmlNode } from './tree.js';

/**
 * A fast path for the XML that CAT tools and `dari sync` write: a declaration, elements with ASCII
 * names, attributes, text with the predefined and numeric references, nothing else. It checks
 * well-formedness and namespaces itself, character by character, and builds the same tree as the
 * saxes path of `parseXml`. Anything outside that subset — a comment, CDATA, a PI, a DOCTYPE, a
 * non-ASCII name, a control character, an attribute value to normalise, and every error — makes it
 * answer undefined, and saxes reads the file instead: errors and their places always come from
 * saxes, and this path only ever accepts documents saxes accepts (parse.fast.test.ts compares the
 * two on real and mutated files).
 */

/** An element whose end tag is still to come. */
export type Building = Omit<XmlElement, 'end' | 'closeStart'> & { end: number; closeStart: number };

/** The scope of an element outside any other: no prefixes declared. */
export const NO_NS: Readonly<Record<string, string>> = {};
/** The attributes of an element without any (shared: trees are read, never changed in place). */
export const NO_ATTRS: readonly XmlAttr[] = [];

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;
const EQ = 0x3d;
const QUOTE = 0x22;
const APOS = 0x27;
const COLON = 0x3a;

/** Refused by the fast path: saxes reads the file. */
class NotSimple {}
const NOT_SIMPLE = new NotSimple();
const refuse = (): never => {
  throw NOT_SIMPLE;
};

/** The root and the end of the declaration, or undefined when saxes must read the file. */
export function scanXml(
  text: string,
  bom: number,
  maxDepth: number,
): { root: XmlElement; declEnd: number } | undefined {
  try {
    return scan(text, bom, maxDepth);
  } catch (e) {
    if (e === NOT_SIMPLE) return undefined;
    throw e;
  }
}

function scan(text: string, bom: number, maxDepth: number): { root: XmlElement; declEnd: number } {
  const n = text.length;
  let pos = bom;
  let declEnd = 0;
  if (text.startsWith('<?xml', pos) && isS(text.charCodeAt(pos + 5)))
    pos = declEnd = declarationEnd(text, pos + 5);
  while (pos < n && isS(text.charCodeAt(pos))) pos++;
  if (text.charCodeAt(pos) !== LT) refuse();
  const stack: Building[] = [];
  let root: XmlElement | undefined;
  let cursor = pos;
  for (;;) {
    // `pos` is at a '<'.
    const next = text.charCodeAt(pos + 1);
    if (next === SLASH) {
      const el = stack.pop() ?? refuse();
      let i = pos + 2;
      if (!text.startsWith(el.name, i)) refuse();
      i += el.name.length;
      while (isS(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) !== GT) refuse();
      addGapNodes(text, cursor, pos, el.children);
      el.closeStart = pos;
      el.end = cursor = i + 1;
      pos = i + 1;
      if (stack.length === 0) root = el as XmlElement;
    } else {
      const parent = stack[stack.length - 1];
      const el = startTag(text, pos, parent?.ns ?? NO_NS);
      if (parent) {
        addGapNodes(text, cursor, pos, parent.children);
        parent.children.push(el as XmlElement);
      } else if (root) refuse();
      cursor = pos = el.openEnd;
      // A self-closing element counts too: the saxes path stacks it for a moment.
      if (stack.length + 1 > maxDepth) refuse();
      if (!el.selfClosing) stack.push(el);
      else if (!parent) root = el as XmlElement;
    }
    if (stack.length === 0) break;
    pos = textEnd(text, pos);
  }
  for (let i = pos; i < n; i++) if (!isS(text.charCodeAt(i))) refuse();
  return { root: root ?? refuse(), declEnd };
}

/** `<?xml version="1.0" [encoding="…"] [standalone="yes|no"] ?>` from after `<?xml `; its end. */
function declarationEnd(text: string, from: number): number {
  let i = from;
  let field = 0;
  for (const name of ['version', 'encoding', 'standalone']) {
    const at = skipS(text, i);
    if (at === i || !text.startsWith(`${name}=`, at)) {
      if (field === 0) refuse();
      continue;
    }
    const q = text.charCodeAt(at + name.length + 1);
    if (q !== QUOTE && q !== APOS) refuse();
    const start = at + name.length + 2;
    const close = text.indexOf(String.fromCharCode(q), start);
    if (close < 0) refuse();
    const value = text.slice(start, close);
    if (
      name === 'version'
        ? value !== '1.0'
        : name === 'standalone'
          ? value !== 'yes' && value !== 'no'
          : !isEncName(value)
    )
      refuse();
    i = close + 1;
    field++;
  }
  i = skipS(text, i);
  if (!text.startsWith('?>', i)) refuse();
  return i + 2;
}

function isEncName(s: string): boolean {
  if (!isAsciiLetter(s.charCodeAt(0))) return false;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isAsciiLetter(c) && !isDigit(c) && c !== 0x2e && c !== 0x5f && c !== 0x2d) return false;
  }
  return true;
}

/** A start tag at `start` (a '<'), its attributes and namespaces resolved. */
function startTag(text: string, start: number, parentNs: Readonly<Record<string, string>>): Building {
  let i = start + 1;
  const nameEnd = qnameEnd(text, i);
  const name = text.slice(i, nameEnd);
  i = nameEnd;
  let attrs: Array<{ name: string; prefix: string; local: string; value: string; uri: string }> | undefined;
  let selfClosing = false;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === GT) {
      i++;
      break;
    }
    if (c === SLASH) {
      if (text.charCodeAt(i + 1) !== GT) refuse();
      selfClosing = true;
      i += 2;
      break;
    }
    if (!isS(c)) refuse();
    i = skipS(text, i);
    const d = text.charCodeAt(i);
    if (d === GT || d === SLASH) continue;
    const attrEnd = qnameEnd(text, i);
    const attrName = text.slice(i, attrEnd);
    i = skipS(text, attrEnd);
    if (text.charCodeAt(i) !== EQ) refuse();
    i = skipS(text, i + 1);
    const q = text.charCodeAt(i);
    if (q !== QUOTE && q !== APOS) refuse();
    const close = attributeValueEnd(text, i + 1, q);
    const colon = attrName.indexOf(':');
    attrs ??= [];
    // In saxes's field order; the namespace URI is filled in once the whole tag's declarations are known.
    attrs.push({
      name: attrName,
      prefix: colon < 0 ? '' : attrName.slice(0, colon),
      local: colon < 0 ? attrName : attrName.slice(colon + 1),
      value: decodeAttribute(text.slice(i + 1, close)),
      uri: '',
    });
    i = close + 1;
  }
  let own: Record<string, string> | undefined;
  for (const a of attrs ?? []) {
    if (a.name === 'xmlns') {
      const uri = a.value.trim();
      if (uri === XML_NS || uri === XMLNS_NS) refuse();
      own ??= Object.create(null) as Record<string, string>;
      own[''] = uri;
    } else if (a.prefix === 'xmlns') {
      const uri = a.value.trim();
      if (a.local === 'xml' || a.local === 'xmlns' || uri === '' || uri === XML_NS || uri === XMLNS_NS)
        refuse();
      own ??= Object.create(null) as Record<string, string>;
      own[a.local] = uri;
    }
  }
  // As parse.ts does with saxes's scopes: most elements declare nothing and share their parent's.
  const ns = own ? { ...parentNs, ...own } : parentNs;
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  const local = colon < 0 ? name : name.slice(colon + 1);
  if (prefix === 'xml' || prefix === 'xmlns') refuse();
  const uri = prefix === '' ? (Object.hasOwn(ns, '') ? (ns[''] as string) : '') : resolve(ns, prefix);
  if (attrs) {
    for (const [k, a] of attrs.entries()) {
      a.uri = a.prefix === '' ? (a.name === 'xmlns' ? XMLNS_NS : '') : resolve(ns, a.prefix);
      // One attribute twice: the same name unprefixed, or the same namespace and local name (saxes's test).
      for (let j = 0; j < k; j++) {
        const b = attrs[j] as XmlAttr;
        if (
          a.prefix === ''
            ? b.prefix === '' && b.name === a.name
            : b.prefix !== '' && b.uri === a.uri && b.local === a.local
        )
          refuse();
      }
    }
  }
  return {
    kind: 'element',
    name,
    local,
    prefix,
    uri,
    attrs: attrs ?? NO_ATTRS,
    ns,
    children: [] as XmlNode[],
    selfClosing,
    start,
    openEnd: i,
    closeStart: i,
    end: i,
  };
}

/** A prefix's URI in scope (`xml` and `xmlns` are bound everywhere); refuses an unbound one. */
function resolve(ns: Readonly<Record<string, string>>, prefix: string): string {
  if (Object.hasOwn(ns, prefix)) return ns[prefix] as string;
  if (prefix === 'xml') return XML_NS;
  if (prefix === 'xmlns') return XMLNS_NS;
  return refuse();
}

/** End of an ASCII QName (`NCName` or `NCName:NCName`) at `from`; refuses anything else. */
function qnameEnd(text: string, from: number): number {
  let i = ncnameEnd(text, from);
  if (text.charCodeAt(i) === COLON) i = ncnameEnd(text, i + 1);
  return i;
}

function ncnameEnd(text: string, from: number): number {
  const first = text.charCodeAt(from);
  if (!isAsciiLetter(first) && first !== 0x5f) refuse();
  let i = from + 1;
  for (;;) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c) || isDigit(c) || c === 0x2d || c === 0x2e || c === 0x5f) i++;
    else return i;
  }
}

/** The closing quote of an attribute value; refuses `<`, bad references and characters to normalise. */
function attributeValueEnd(text: string, from: number, quote: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === quote) return i;
    if (c === LT || c < 0x20) refuse();
    if (c === AMP) i = referenceEnd(text, i) - 1;
    else if (c >= 0xd800) i = checkHigh(text, i, c);
  }
  return refuse();
}

/** Where the character data from `from` ends (its next '<'), having checked every character of it. */
function textEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LT) return i;
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d) refuse();
    } else if (c === AMP) i = referenceEnd(text, i) - 1;
    else if (c === GT) {
      if (text.charCodeAt(i - 1) === 0x5d && text.charCodeAt(i - 2) === 0x5d) refuse();
    } else if (c >= 0xd800) i = checkHigh(text, i, c);
  }
  return refuse();
}

/** Checks the character at `i` from U+D800 up: a surrogate pair, or not U+FFFE/U+FFFF; its last index. */
function checkHigh(text: string, i: number, c: number): number {
  if (c <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (!(low >= 0xdc00 && low <= 0xdfff)) refuse();
    return i + 1;
  }
  if (c <= 0xdfff || c >= 0xfffe) refuse();
  return i;
}

/** End (after `;`) of a predefined or numeric character reference at `at` (a `&`); refuses any other. */
function referenceEnd(text: string, at: number): number {
  const semi = text.indexOf(';', at + 1);
  if (semi < 0 || semi - at > 12) refuse();
  const body = text.slice(at + 1, semi);
  if (body === 'amp' || body === 'lt' || body === 'gt' || body === 'quot' || body === 'apos') return semi + 1;
  if (body.charCodeAt(0) !== 0x23) refuse();
  const hex = body.charCodeAt(1) === 0x78;
  const digits = body.slice(hex ? 2 : 1);
  if (digits === '') refuse();
  for (let k = 0; k < digits.length; k++) {
    const d = digits.charCodeAt(k);
    if (!isDigit(d) && !(hex && ((d >= 0x41 && d <= 0x46) || (d >= 0x61 && d <= 0x66)))) refuse();
  }
  const code = Number.parseInt(digits, hex ? 16 : 10);
  if (!isXmlCharCode(code)) refuse();
  return semi + 1;
}

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** An attribute value with its references (already checked) expanded. */
function decodeAttribute(raw: string): string {
  if (!raw.includes('&')) return raw;
  let out = '';
  let from = 0;
  for (let at = raw.indexOf('&'); at >= 0; at = raw.indexOf('&', from)) {
    const semi = raw.indexOf(';', at);
    const body = raw.slice(at + 1, semi);
    out += raw.slice(from, at);
    out +=
      body.charCodeAt(0) === 0x23
        ? String.fromCodePoint(
            Number.parseInt(
              body.slice(body.charCodeAt(1) === 0x78 ? 2 : 1),
              body.charCodeAt(1) === 0x78 ? 16 : 10,
            ),
          )
        : (PREDEFINED[body] as string);
    from = semi + 1;
  }
  return out + raw.slice(from);
}

function skipS(text: string, from: number): number {
  let i = from;
  while (isS(text.charCodeAt(i))) i++;
  return i;
}

function isS(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
