import { escapeAttr } from './escape.js';
import type { XmlElement } from './tree.js';

// One attribute of a start tag as written: leading whitespace, name, `=`, quoted value.
const ATTR = /(\s+)([^\s=/>]+)(\s*=\s*)("[^"]*"|'[^']*')/y;

/**
 * The element's start tag with one attribute set (or removed when `value` is undefined), every
 * other byte as written: the other attributes keep their quotes, order and spacing.
 */
export function setAttrInTag(text: string, el: XmlElement, name: string, value: string | undefined): string {
  const tag = text.slice(el.start, el.openEnd);
  const head = `<${el.name}`;
  let pos = head.length;
  let out = head;
  let found = false;
  ATTR.lastIndex = pos;
  for (let m = ATTR.exec(tag); m; m = ATTR.exec(tag)) {
    pos = ATTR.lastIndex;
    if (m[2] !== name) out += m[0];
    else if (value !== undefined) {
      const quote = (m[4] as string)[0];
      const escaped = escapeAttr(value);
      out += `${m[1]}${m[2]}${m[3]}${quote}${quote === "'" ? escaped.replace(/'/g, '&apos;') : escaped}${quote}`;
      found = true;
    } else found = true;
  }
  const rest = tag.slice(pos);
  if (!found && value !== undefined) out += ` ${name}="${escapeAttr(value)}"`;
  return out + rest;
}
