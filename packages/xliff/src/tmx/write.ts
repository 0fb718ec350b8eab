import { type CodeKind, type Content, escapeXmlAttr, escapeXmlText, type InlineCode } from '@dari/core';
import type { MemoryEntry } from './entry.js';

/** TMX `type` attribute for each code kind (TMX 1.4b recommended values where one fits). */
export const TMX_TYPE: Readonly<Record<CodeKind, string>> = {
  link: 'link',
  emphasis: 'italic',
  strong: 'bold',
  code: 'x-code',
  break: 'lb',
  html: 'x-html',
  image: 'image',
};

/** Options of a TMX document. */
export interface TmxOptions {
  /** Header `srclang` (a tu whose source differs carries its own). */
  readonly srcLang: string;
  readonly toolVersion?: string;
}

/**
 * TMX 1.4b: one `<tu>` per entry with a source and a target `<tuv>`; inline codes as
 * `<bpt>/<ept>/<ph>` (`<it>` when a sentence holds only one end of a pair) with the native HTML
 * escaped inside, numbered so source and target codes align. No dates, so equal input gives equal bytes.
 */
export function writeTmx(entries: Iterable<MemoryEntry>, options: TmxOptions): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="dari" creationtoolversion="${escapeXmlAttr(options.toolVersion ?? '0.1.0')}" segtype="sentence" o-tmf="dari" adminlang="en" srclang="${escapeXmlAttr(options.srcLang)}" datatype="html"/>`,
    '  <body>',
  ];
  for (const entry of entries) {
    const numbers = new Map<string, number>();
    const srclang =
      entry.sourceLang === options.srcLang ? '' : ` srclang="${escapeXmlAttr(entry.sourceLang)}"`;
    lines.push(`    <tu${srclang}>`);
    if (entry.from) {
      const where = entry.unitId ? `${entry.from}#${entry.unitId}` : entry.from;
      lines.push(`      <prop type="x-dari-origin">${escapeXmlText(where)}</prop>`);
    }
    if (entry.state) lines.push(`      <prop type="x-dari-state">${escapeXmlText(entry.state)}</prop>`);
    lines.push(
      `      <tuv xml:lang="${escapeXmlAttr(entry.sourceLang)}"><seg>${segOf(entry.source, numbers)}</seg></tuv>`,
    );
    lines.push(
      `      <tuv xml:lang="${escapeXmlAttr(entry.locale)}"><seg>${segOf(entry.target, numbers)}</seg></tuv>`,
    );
    lines.push('    </tu>');
  }
  lines.push('  </body>', '</tmx>', '');
  return lines.join('\n');
}

function segOf(content: Content, numbers: Map<string, number>): string {
  const number = (code: InlineCode) => {
    const key = `${code.type === 'ph' ? 'ph' : 'pair'}:${code.id}`;
    let n = numbers.get(key);
    if (n === undefined) {
      n = numbers.size + 1;
      numbers.set(key, n);
    }
    return n;
  };
  const opened = new Set<string>();
  const closed = new Set<string>();
  for (const part of content) {
    if (typeof part === 'string') continue;
    if (part.type === 'open') opened.add(part.id);
    if (part.type === 'close') closed.add(part.id);
  }
  let out = '';
  for (const part of content) {
    if (typeof part === 'string') {
      out += escapeXmlText(part);
      continue;
    }
    const type = TMX_TYPE[part.kind];
    const data = escapeXmlText(part.data);
    const n = number(part);
    if (part.type === 'ph') out += `<ph x="${n}" type="${type}">${data}</ph>`;
    else if (part.type === 'open' && closed.has(part.id)) out += `<bpt i="${n}" type="${type}">${data}</bpt>`;
    else if (part.type === 'close' && opened.has(part.id)) out += `<ept i="${n}">${data}</ept>`;
    else out += `<it pos="${part.type === 'open' ? 'begin' : 'end'}" x="${n}" type="${type}">${data}</it>`;
  }
  return out;
}
