import { escapeAttr, escapeText } from './escape.js';
import { parseXml } from './parse.js';
import type { XmlElement, XmlNode } from './tree.js';

/**
 * Makes markup Dari generated (unprefixed XLIFF elements) land in namespace `ns` when inserted
 * under `scope`. Most files declare XLIFF as the default namespace: nothing to do. A file that
 * binds it to a prefix (`<x:xliff xmlns:x=…>`) gets the prefix on every new element; a file where
 * neither holds gets `xmlns="ns"` on each new top-level element. The fragment is re-read with the
 * XML parser, never edited as text.
 */
export function qualify(fragment: string, scope: XmlElement, ns: string): string {
  if ((scope.ns[''] ?? '') === ns || fragment === '') return fragment;
  const prefix = Object.keys(scope.ns).find((p) => p !== '' && scope.ns[p] === ns);
  const wrapped = parseXml(`<w>${fragment}</w>`, '(generated)');
  const name = (local: string) => (prefix ? `${prefix}:${local}` : local);
  const write = (node: XmlNode, top: boolean): string => {
    if (node.kind === 'text') return escapeText(node.text);
    if (node.kind !== 'element') return '';
    let out = `<${name(node.local)}`;
    if (!prefix && top) out += ` xmlns="${escapeAttr(ns)}"`;
    for (const a of node.attrs) out += ` ${a.name}="${escapeAttr(a.value)}"`;
    if (node.children.length === 0) return `${out}/>`;
    return `${out}>${node.children.map((c) => write(c, false)).join('')}</${name(node.local)}>`;
  };
  return wrapped.root.children.map((c) => write(c, true)).join('');
}
