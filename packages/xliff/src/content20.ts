import { type Content, type InlineCode, normalizeContent } from '@dari/core';
import { codeAttrs, kindFrom20, TYPE20 } from './codes.js';
import { escapeAttr, escapeText20 } from './xml/escape.js';
import { attr, childElements, textOf, type XmlElement, type XmlNode } from './xml/tree.js';

/** `<originalData>` of a unit: data id → native markup. */
export function readOriginalData(unit: XmlElement, ns: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const od of childElements(unit, 'originalData', ns)) {
    for (const d of childElements(od, 'data', ns)) map.set(attr(d, 'id') ?? '', readDataText(d));
  }
  return map;
}

/** `<data>` may hold `<cp hex>` for characters XML cannot carry. */
function readDataText(el: XmlElement): string {
  return el.children
    .map((c) => (c.kind === 'element' && c.local === 'cp' ? fromHex(attr(c, 'hex')) : textOf(c)))
    .join('');
}

function fromHex(hex: string | undefined): string {
  const n = Number.parseInt(hex ?? '', 16);
  return Number.isFinite(n) ? String.fromCodePoint(n) : '';
}

/**
 * XLIFF 2.x inline content ⇄ coded text: `<pc>` (a well-nested pair), `<sc>`/`<ec>` (a pair split
 * by a sentence boundary or crossing another), `<ph>`, with native data in `<originalData>`;
 * `<mrk>`/`<sm>`/`<em>` are annotations: their text is read and the markers dropped.
 */
export function readContent20(el: XmlElement, data: ReadonlyMap<string, string>, ns: string): Content {
  const out: Array<string | InlineCode> = [];
  const kinds = new Map<string, InlineCode['kind']>();
  const dataOf = (ref: string | undefined) => (ref === undefined ? '' : (data.get(ref) ?? ''));
  const visit = (nodes: readonly XmlNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'text') out.push(node.text);
      if (node.kind !== 'element') continue;
      const id = attr(node, 'id') ?? '';
      const type = attr(node, 'type');
      const subType = attr(node, 'subType');
      if (node.uri !== ns) visit(node.children);
      else if (node.local === 'pc') {
        const start = dataOf(attr(node, 'dataRefStart'));
        const kind = kindFrom20(type, subType, start);
        out.push(open(id, kind, start, attr(node, 'equivStart')));
        visit(node.children);
        out.push({ type: 'close', id, kind, data: dataOf(attr(node, 'dataRefEnd')) });
      } else if (node.local === 'sc') {
        const d = dataOf(attr(node, 'dataRef'));
        const code = open(id, kindFrom20(type, subType, d), d, attr(node, 'equiv'));
        kinds.set(id, code.kind);
        out.push(code);
      } else if (node.local === 'ec') {
        const ref = attr(node, 'startRef') ?? id;
        const d = dataOf(attr(node, 'dataRef'));
        out.push({ type: 'close', id: ref, kind: kinds.get(ref) ?? kindFrom20(type, subType, d), data: d });
      } else if (node.local === 'ph') {
        const d = dataOf(attr(node, 'dataRef'));
        const attrs = codeAttrs(d, attr(node, 'equiv'));
        out.push({
          type: 'ph',
          id,
          kind: kindFrom20(type, subType, d),
          data: d,
          ...(attrs ? { attrs } : {}),
        });
      } else if (node.local === 'cp') out.push(fromHex(attr(node, 'hex')));
      else visit(node.children);
    }
  };
  visit(el.children);
  return normalizeContent(out);
}

function open(id: string, kind: InlineCode['kind'], data: string, text: string | undefined): InlineCode {
  const attrs = codeAttrs(data, text);
  return { type: 'open', id, kind, data, ...(attrs ? { attrs } : {}) };
}

/** Native data of one unit's codes, shared by its source and target; same data → same id. */
export class DataTable {
  private readonly ids = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly list: Array<[string, string]> = [];
  private readonly seeded: number;
  /** Starts from a unit's existing `<originalData>` (id → data), so references already written stay valid. */
  constructor(existing: ReadonlyMap<string, string> = new Map()) {
    for (const [id, data] of existing) {
      this.taken.add(id);
      this.list.push([id, data]);
      if (!this.ids.has(data)) this.ids.set(data, id);
    }
    this.seeded = this.list.length;
  }
  /** The data id for a piece of native markup. */
  ref(data: string): string {
    let id = this.ids.get(data);
    if (id === undefined) {
      let n = this.taken.size + 1;
      while (this.taken.has(`d${n}`)) n++;
      id = `d${n}`;
      this.taken.add(id);
      this.ids.set(data, id);
      this.list.push([id, data]);
    }
    return id;
  }
  /** True when data was added beyond what the unit already had. */
  get grown(): boolean {
    return this.list.length > this.seeded;
  }
  get size(): number {
    return this.list.length;
  }
  /** `<data>` elements, one per line at the given indent. */
  entries(indent: string): string {
    return this.list.map(([id, data]) => `${indent}<data id="${id}">${escapeText20(data)}</data>\n`).join('');
  }
}

/** Coded text as XLIFF 2.0 inline content; pairs complete and well nested within it become `<pc>`. */
export function writeContent20(content: Content, table: DataTable): string {
  const pcPairs = wellNestedPairs(content);
  let out = '';
  for (const [i, part] of content.entries()) {
    if (typeof part === 'string') {
      out += escapeText20(part);
      continue;
    }
    const id = escapeAttr(part.id);
    const t = TYPE20[part.kind];
    const typeAttrs = `type="${t.type}"${t.subType ? ` subType="${t.subType}"` : ''}`;
    const text = part.type !== 'close' ? part.attrs?.text : undefined;
    const ref = table.ref(part.data);
    if (part.type === 'open') {
      const close = pcPairs.get(i);
      if (close !== undefined) {
        const end = content[close] as InlineCode;
        const equiv = text !== undefined ? ` equivStart="${escapeAttr(text)}"` : '';
        out += `<pc id="${id}" ${typeAttrs} dataRefStart="${ref}" dataRefEnd="${table.ref(end.data)}"${equiv}>`;
      } else {
        const equiv = text !== undefined ? ` equiv="${escapeAttr(text)}"` : '';
        const isolated = hasLater(content, i, 'close', part.id) ? '' : ' isolated="yes"';
        out += `<sc id="${id}"${isolated} ${typeAttrs} dataRef="${ref}"${equiv}/>`;
      }
    } else if (part.type === 'close') {
      if ([...pcPairs.values()].includes(i)) out += '</pc>';
      else if (hasEarlier(content, i, 'open', part.id)) out += `<ec startRef="${id}" dataRef="${ref}"/>`;
      else out += `<ec id="${id}" isolated="yes" ${typeAttrs} dataRef="${ref}"/>`;
    } else {
      const equiv = text !== undefined ? ` equiv="${escapeAttr(text)}"` : '';
      out += `<ph id="${id}" ${typeAttrs} dataRef="${ref}"${equiv}/>`;
    }
  }
  return out;
}

function hasLater(content: Content, i: number, type: 'close', id: string): boolean {
  return content.slice(i + 1).some((p) => typeof p !== 'string' && p.type === type && p.id === id);
}

function hasEarlier(content: Content, i: number, type: 'open', id: string): boolean {
  return content.slice(0, i).some((p) => typeof p !== 'string' && p.type === type && p.id === id);
}

/** Open index → close index for pairs that nest properly (a stack discipline), so they can be `<pc>`. */
function wellNestedPairs(content: Content): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: Array<{ id: string; index: number }> = [];
  for (const [i, part] of content.entries()) {
    if (typeof part === 'string' || part.type === 'ph') continue;
    if (part.type === 'open') stack.push({ id: part.id, index: i });
    else {
      const top = stack.at(-1);
      if (top && top.id === part.id) {
        pairs.set(top.index, i);
        stack.pop();
      } else if (stack.some((s) => s.id === part.id)) {
        // Crossing pairs: everything opened after this one's open stays sc/ec, and so does this one.
        const at = stack.findIndex((s) => s.id === part.id);
        stack.splice(at);
      }
    }
  }
  return pairs;
}
