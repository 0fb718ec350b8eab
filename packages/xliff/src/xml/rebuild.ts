import { escapeAttr } from './escape.js';
import type { XmlElement, XmlNode } from './tree.js';

/** Edits to an element's children: replace or drop (null) a child, insert new markup after a child (or at 'start'). */
export interface ChildEdits {
  readonly startTag?: string;
  readonly replace?: ReadonlyMap<XmlNode, string | null>;
  readonly insertAfter?: ReadonlyMap<XmlNode | 'start', readonly string[]>;
}

/**
 * Re-emits an element from its original bytes with some children replaced, dropped or added.
 * A dropped child takes the whitespace just before it along; an added one gets a new line at the
 * indent of its siblings. With no edits the output is the original bytes.
 */
export function rebuild(text: string, el: XmlElement, edits: ChildEdits): string {
  const indent = childIndent(text, el);
  const inserted = (key: XmlNode | 'start') =>
    (edits.insertAfter?.get(key) ?? []).map((s) => `\n${indent}${s}`).join('');
  let out = inserted('start');
  let pendingWs = '';
  for (const child of el.children) {
    const raw = text.slice(child.start, child.end);
    if (child.kind === 'text' && !child.cdata && raw.trim() === '') {
      pendingWs += raw;
      continue;
    }
    const replacement = edits.replace?.get(child);
    if (replacement === null) pendingWs = '';
    else out += pendingWs + (replacement ?? raw);
    if (replacement !== null) pendingWs = '';
    out += inserted(child);
  }
  out += pendingWs;
  if (out !== '' && el.selfClosing) out += `\n${indentOf(text, el)}`;
  const start = edits.startTag ?? openTag(text, el);
  const end = el.selfClosing ? `</${el.name}>` : text.slice(el.closeStart, el.end);
  if (el.selfClosing && out === '' && edits.startTag === undefined) return text.slice(el.start, el.end);
  return start + out + end;
}

/** The start tag as written, or re-serialised without `/` when the element was self-closing. */
export function openTag(text: string, el: XmlElement): string {
  return el.selfClosing ? startTag(el, {}) : text.slice(el.start, el.openEnd);
}

/** A start tag from an element's attributes in their order, with some values changed (undefined removes), others appended. */
export function startTag(el: XmlElement, set: Readonly<Record<string, string | undefined>>): string {
  let out = `<${el.name}`;
  const done = new Set<string>();
  for (const a of el.attrs) {
    done.add(a.name);
    const value = a.name in set ? set[a.name] : a.value;
    if (value !== undefined) out += ` ${a.name}="${escapeAttr(value)}"`;
  }
  for (const [name, value] of Object.entries(set))
    if (!done.has(name) && value !== undefined) out += ` ${name}="${escapeAttr(value)}"`;
  return `${out}>`;
}

/** The whitespace a line starts with before `node`, when `node` starts its line. */
export function indentOf(text: string, node: XmlNode): string {
  const lineStart = text.lastIndexOf('\n', node.start - 1) + 1;
  const before = text.slice(lineStart, node.start);
  return before.trim() === '' ? before : '';
}

/** Indent of an element's children: that of its first child element, else its own plus two spaces. */
export function childIndent(text: string, el: XmlElement): string {
  const first = el.children.find((c) => c.kind === 'element');
  return first ? indentOf(text, first) : `${indentOf(text, el)}  `;
}
