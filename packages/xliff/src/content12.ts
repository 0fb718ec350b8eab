import { type Content, type InlineCode, normalizeContent } from '@dari/core';
import { CTYPE12, codeAttrs, kindFrom12 } from './codes.js';
import { escapeAttr, escapeText } from './xml/escape.js';
import { attr, textOf, type XmlElement, type XmlNode } from './xml/tree.js';

/**
 * XLIFF 1.2 inline content ⇄ coded text. Dari writes `<bpt>`/`<ept>`/`<ph>` carrying the native HTML;
 * it reads those and what CAT tools write instead (`<g>`, `<x/>`, `<bx/>`, `<ex/>`, `<it>`; `<mrk>` is
 * an annotation, so its text is read and the marker dropped).
 */
export function readContent12(el: XmlElement, ns: string): Content {
  // Most sources and targets are one run of text: no codes to visit, nothing to merge.
  const only = el.children.length === 1 ? el.children[0] : undefined;
  if (only?.kind === 'text') return only.text === '' ? [] : [only.text];
  if (el.children.length === 0) return [];
  const out: Array<string | InlineCode> = [];
  const kinds = new Map<string, InlineCode['kind']>();
  const visit = (nodes: readonly XmlNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'text') out.push(node.text);
      if (node.kind !== 'element') continue;
      if (node.uri !== ns) {
        visit(node.children);
        continue;
      }
      const id = attr(node, 'rid') ?? attr(node, 'id') ?? '';
      const ctype = attr(node, 'ctype');
      const text = attr(node, 'equiv-text');
      switch (node.local) {
        case 'g': {
          const kind = kindFrom12(ctype, '');
          out.push(open(id, kind, '', text));
          visit(node.children);
          out.push({ type: 'close', id, kind, data: '' });
          break;
        }
        case 'bpt':
        case 'bx': {
          const data = textOf(node);
          const code = open(id, kindFrom12(ctype, data), data, text);
          kinds.set(id, code.kind);
          out.push(code);
          break;
        }
        case 'ept':
        case 'ex': {
          const data = textOf(node);
          out.push({ type: 'close', id, kind: kinds.get(id) ?? kindFrom12(undefined, data), data });
          break;
        }
        case 'it': {
          const data = textOf(node);
          if (attr(node, 'pos') === 'close')
            out.push({ type: 'close', id, kind: kindFrom12(ctype, data), data });
          else out.push(open(id, kindFrom12(ctype, data), data, text));
          break;
        }
        case 'ph':
        case 'x': {
          const data = textOf(node);
          const attrs = codeAttrs(data, text);
          out.push({ type: 'ph', id, kind: kindFrom12(ctype, data), data, ...(attrs ? { attrs } : {}) });
          break;
        }
        default:
          visit(node.children);
      }
    }
  };
  visit(segmentMarkerContent(el, ns));
  return normalizeContent(out);
}

/**
 * The children that are content. In a target that is Trados-style `<mrk mtype="seg">` markers, the
 * whitespace before the first and after the last marker is the tool's indentation, not text.
 */
function segmentMarkerContent(el: XmlElement, ns: string): readonly XmlNode[] {
  const nodes = el.children;
  const isSeg = (n: XmlNode | undefined) =>
    n?.kind === 'element' && n.uri === ns && n.local === 'mrk' && attr(n, 'mtype') === 'seg';
  const blank = (n: XmlNode | undefined) => n?.kind === 'text' && !n.cdata && n.text.trim() === '';
  let from = 0;
  let to = nodes.length;
  while (from < to && blank(nodes[from])) from++;
  while (to > from && blank(nodes[to - 1])) to--;
  if ((from === 0 && to === nodes.length) || !isSeg(nodes[from]) || !isSeg(nodes[to - 1])) return nodes;
  return nodes.slice(from, to);
}

function open(id: string, kind: InlineCode['kind'], data: string, text: string | undefined): InlineCode {
  const attrs = codeAttrs(data, text);
  return { type: 'open', id, kind, data, ...(attrs ? { attrs } : {}) };
}

/** Coded text as XLIFF 1.2 inline content (no whitespace added: it would be content). */
export function writeContent12(content: Content): string {
  let out = '';
  for (const part of content) {
    if (typeof part === 'string') {
      out += escapeText(part);
      continue;
    }
    const id = ` id="${escapeAttr(part.id)}"`;
    const equiv =
      part.type !== 'close' && part.attrs?.text !== undefined
        ? ` equiv-text="${escapeAttr(part.attrs.text)}"`
        : '';
    if (part.type === 'open')
      out += `<bpt${id} ctype="${CTYPE12[part.kind].paired}"${equiv}>${escapeText(part.data)}</bpt>`;
    else if (part.type === 'close') out += `<ept${id}>${escapeText(part.data)}</ept>`;
    else out += `<ph${id} ctype="${CTYPE12[part.kind].ph}"${equiv}>${escapeText(part.data)}</ph>`;
  }
  return out;
}
