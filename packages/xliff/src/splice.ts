import { type Unit, type UnitFile, unitsOf } from '@dari/core';
import type { XliffDocument } from './document.js';
import { patchUnit12 } from './patch12.js';
import { patchUnit20, type SegmentChange } from './patch20.js';
import { stampNote12 } from './read12.js';
import { stampNote20 } from './read20.js';
import { type ArticleStamp, formatStamp } from './stamp.js';
import { group12, header12, stampNote12 as stampMarkup12, unit12 } from './write12.js';
import { fileNotes20, group20, stampNote20 as stampMarkup20, unit20 } from './write20.js';
import { qualify } from './xml/qualify.js';
import { childIndent, indentOf, rebuild, startTag } from './xml/rebuild.js';
import { attr, childElements, firstChild, textOf, type XmlElement, type XmlNode } from './xml/tree.js';

interface Item {
  readonly key: number;
  readonly lead: readonly XmlNode[];
  readonly node?: XmlElement;
  readonly fresh?: string;
}

/**
 * Writes `next` over the document it was read from, keeping the original bytes of everything the
 * model did not change. Units and groups are matched by id; new ones are inserted where `next`
 * puts them, removed ones are cut out with the line they stood on.
 */
export function spliceXliff(next: UnitFile, prev: XliffDocument, stamp?: ArticleStamp): string {
  return new Splicer(next, prev, stamp).run();
}

class Splicer {
  private readonly text: string;
  private readonly ns: string;
  private readonly v12: boolean;
  private readonly order = new Map<string, number>();
  private readonly nextUnits = new Map<string, Unit>();
  private readonly nextGroupOf = new Map<string, string>();
  private readonly prevUnits: Map<string, Unit>;
  private readonly parentOf = new Map<XmlElement, XmlElement>();
  /** Existing unit element → the Dari units (segments) that stay in it. */
  private readonly kept = new Map<XmlElement, Unit[]>();
  /** Container element → units to insert into it. */
  private readonly freshUnits = new Map<XmlElement, Unit[]>();
  private readonly top: XmlElement;
  /** Lead nodes written otherwise (2.x: the file's `<notes>` with the stamp, or the node it follows). */
  private readonly swap = new Map<XmlNode, string>();
  /** Markup opening the first 2.x `<file>`'s children (a new `<notes>` when nothing may precede it). */
  private fileStart: { readonly file: XmlElement; readonly markup: string } | undefined;

  constructor(
    private readonly next: UnitFile,
    private readonly prev: XliffDocument,
    private readonly stamp?: ArticleStamp,
  ) {
    this.text = prev.xml.text;
    this.v12 = prev.version === '1.2';
    this.ns = prev.ns;
    this.prevUnits = new Map(unitsOf(prev).map((u) => [u.id, u]));
    let n = 0;
    for (const g of next.groups) {
      if (g.id && !this.order.has(`g:${g.id}`)) this.order.set(`g:${g.id}`, n++);
      for (const u of g.units) {
        this.order.set(`u:${u.id}`, n++);
        this.nextUnits.set(u.id, u);
        this.nextGroupOf.set(u.id, g.id);
      }
    }
    this.indexParents(prev.xml.root);
    const file = childElements(prev.xml.root, 'file', this.ns)[0] as XmlElement;
    this.top = this.v12 ? (firstChild(file, 'body', this.ns) as XmlElement) : file;
    this.assign();
  }

  run(): string {
    const { text } = this;
    const root = this.prev.xml.root;
    const file = childElements(root, 'file', this.ns)[0] as XmlElement;
    const files = new Map<XmlNode, string | null>();
    for (const f of childElements(root, 'file', this.ns)) files.set(f, this.renderFile(f, f === file));
    const rootTag =
      !this.v12 &&
      (differs(root, 'srcLang', this.next.sourceLang) || differs(root, 'trgLang', this.next.targetLang))
        ? startTag(root, { srcLang: this.next.sourceLang, trgLang: this.next.targetLang })
        : undefined;
    const body = rebuild(text, root, { replace: files, ...(rootTag ? { startTag: rootTag } : {}) });
    return text.slice(0, root.start) + body + text.slice(root.end);
  }

  private renderFile(file: XmlElement, first: boolean): string {
    // A stamp equal to the note's text leaves the file's bytes alone.
    const same = this.stamp !== undefined && formatStamp(this.stamp) === this.stampText(file);
    const set: Record<string, string | undefined> = {};
    if (first && differs(file, 'original', this.next.original)) set.original = this.next.original;
    if (first && this.v12) {
      if (differs(file, 'source-language', this.next.sourceLang))
        set['source-language'] = this.next.sourceLang;
      if (differs(file, 'target-language', this.next.targetLang))
        set['target-language'] = this.next.targetLang;
    }
    const head = Object.keys(set).length > 0 ? startTag(file, set) : undefined;
    const stamp = first && !same ? this.stamp : undefined;
    if (!this.v12) {
      if (stamp) this.stamp20(file, stamp);
      return this.renderContainer(file, head);
    }
    const body = firstChild(file, 'body', this.ns);
    const replace = new Map<XmlNode, string | null>(body ? [[body, this.renderContainer(body)]] : []);
    const insertAfter = new Map<XmlNode | 'start', string[]>();
    if (stamp) this.stamp12(file, stamp, replace, insertAfter);
    return rebuild(this.text, file, { replace, insertAfter, ...(head ? { startTag: head } : {}) });
  }

  /** The text of the stamp note the file holds now, if any. */
  private stampText(file: XmlElement): string | undefined {
    const note = this.v12 ? stampNote12(file, this.ns) : stampNote20(file, this.ns);
    return note ? textOf(note) : undefined;
  }

  /** 1.2: the stamp note replaced in `<header>`, added to it (after its XLIFF children), or a new `<header>` first. */
  private stamp12(
    file: XmlElement,
    stamp: ArticleStamp,
    replace: Map<XmlNode, string | null>,
    insertAfter: Map<XmlNode | 'start', string[]>,
  ): void {
    const { text, ns } = this;
    const header = firstChild(file, 'header', ns);
    if (!header) {
      insertAfter.set('start', [qualify(header12(stamp, childIndent(text, file)), file, ns)]);
      return;
    }
    const markup = qualify(stampMarkup12(stamp), header, ns);
    const note = stampNote12(file, ns);
    // Tool elements of other namespaces close the header (the schema's order): the note goes before them.
    const last = childElements(header, undefined, ns).at(-1);
    const edits = note
      ? { replace: new Map<XmlNode, string | null>([[note, markup]]) }
      : { insertAfter: new Map<XmlNode | 'start', string[]>([[last ?? 'start', [markup]]]) };
    replace.set(header, rebuild(text, header, edits));
  }

  /** 2.x: the stamp note replaced in the file's `<notes>`, added to it, or a new `<notes>` before the first unit or group. */
  private stamp20(file: XmlElement, stamp: ArticleStamp): void {
    const { text, ns } = this;
    const notes = firstChild(file, 'notes', ns);
    if (notes) {
      const markup = qualify(stampMarkup20(stamp), notes, ns);
      const note = stampNote20(file, ns);
      const last = childElements(notes, undefined, ns).at(-1);
      const edits = note
        ? { replace: new Map<XmlNode, string | null>([[note, markup]]) }
        : { insertAfter: new Map<XmlNode | 'start', string[]>([[last ?? 'start', [markup]]]) };
      this.swap.set(notes, rebuild(text, notes, edits));
      return;
    }
    const indent = childIndent(text, file);
    const fresh = `\n${indent}${qualify(fileNotes20(stamp, indent), file, ns)}`;
    // <skeleton> and module elements (mda:metadata…) come before <notes>; units and groups after.
    let before: XmlElement | undefined;
    for (const c of file.children) {
      if (c.kind !== 'element') continue;
      if (c.uri === ns && (c.local === 'unit' || c.local === 'group')) break;
      before = c;
    }
    if (before) this.swap.set(before, text.slice(before.start, before.end) + fresh);
    else this.fileStart = { file, markup: fresh };
  }

  /** Decides for every next unit whether it stays in its element or is written anew, and where. */
  private assign(): void {
    for (const [id, unit] of this.nextUnits) {
      const place = this.prev.places.get(id);
      const groupId = this.nextGroupOf.get(id) ?? '';
      if (place && this.groupIdentity(place.parent) === groupId && this.prevUnits.has(id)) {
        this.kept.set(place.element, [...(this.kept.get(place.element) ?? []), unit]);
        continue;
      }
      const container = groupId === '' ? this.top : this.prev.groupElements.get(groupId);
      if (container) this.freshUnits.set(container, [...(this.freshUnits.get(container) ?? []), unit]);
    }
  }

  private renderContainer(el: XmlElement, head?: string): string {
    const { text } = this;
    const items: Item[] = [];
    let lead: XmlNode[] = [];
    for (const child of el.children) {
      const key = child.kind === 'element' ? this.keyOf(child) : undefined;
      if (key === undefined) {
        lead.push(child);
      } else if (key === null) {
        if (lead.at(-1)?.kind === 'text' && text.slice(lead.at(-1)?.start, lead.at(-1)?.end).trim() === '')
          lead.pop();
      } else {
        items.push({ key, lead, node: child as XmlElement });
        lead = [];
      }
    }
    const indent = childIndent(text, el);
    for (const u of this.freshUnits.get(el) ?? []) {
      items.push({
        key: this.order.get(`u:${u.id}`) ?? 0,
        lead: [],
        fresh: qualify(this.v12 ? unit12(u, indent) : unit20(u, indent), el, this.ns),
      });
    }
    if (el === this.top) {
      for (const g of this.next.groups) {
        if (g.id === '' || this.prev.groupElements.has(g.id)) continue;
        items.push({
          key: this.order.get(`g:${g.id}`) ?? 0,
          lead: [],
          fresh: qualify(this.v12 ? group12(g, indent) : group20(g, indent), el, this.ns),
        });
      }
    }
    items.sort((a, b) => a.key - b.key);
    let out = this.fileStart?.file === el ? this.fileStart.markup : '';
    for (const item of items) {
      if (item.fresh !== undefined) out += `\n${item.fresh.slice(0, -1)}`;
      else if (item.node) out += this.renderNodes(item.lead) + this.renderItem(item.node);
    }
    out += this.renderNodes(lead);
    const selfClosing = el.selfClosing && out !== '';
    const open = head ?? (el.selfClosing ? startTag(el, {}) : text.slice(el.start, el.openEnd));
    if (el.selfClosing && out === '') return head ? head.replace(/>$/, '/>') : text.slice(el.start, el.end);
    const close = selfClosing ? `\n${indentOf(text, el)}</${el.name}>` : text.slice(el.closeStart, el.end);
    return open + out + close;
  }

  /** Sort key of a child that stays, null for one that goes, undefined for one that is not a unit or group. */
  private keyOf(el: XmlElement): number | null | undefined {
    if (el.uri !== this.ns) return undefined;
    if (el.local === 'trans-unit' || el.local === 'unit') {
      const units = this.kept.get(el);
      if (!units) return null;
      // Units outside any group are one group '' in the model, wherever they stood: they keep
      // their place among their neighbours instead of being sorted by the model's order.
      if (units.every((u) => (this.nextGroupOf.get(u.id) ?? '') === '')) return undefined;
      return Math.min(...units.map((u) => this.order.get(`u:${u.id}`) ?? 0));
    }
    if (el.local !== 'group') return undefined;
    const id = attr(el, 'id');
    if (id && this.prev.groupElements.get(id) === el) return this.order.get(`g:${id}`) ?? null;
    return undefined;
  }

  /** Nodes carried along: kept units are patched, elements holding units are walked, the rest copied. */
  private renderNodes(nodes: readonly XmlNode[]): string {
    return nodes
      .map((n) => {
        const swapped = this.swap.get(n);
        if (swapped !== undefined) return swapped;
        if (n.kind !== 'element') return this.text.slice(n.start, n.end);
        if (this.kept.has(n)) return this.renderItem(n);
        return this.holders.has(n) ? this.renderContainer(n) : this.text.slice(n.start, n.end);
      })
      .join('');
  }

  private renderItem(el: XmlElement): string {
    if (!this.kept.has(el)) return this.renderContainer(el);
    const units = this.kept.get(el) ?? [];
    if (this.v12) {
      const unit = units[0] as Unit;
      return patchUnit12(this.text, el, this.prevUnits.get(unit.id) as Unit, unit, this.ns);
    }
    const changes: SegmentChange[] = units.map((u) => {
      const place = this.prev.places.get(u.id);
      return { segment: place?.segment as XmlElement, prev: this.prevUnits.get(u.id) as Unit, next: u };
    });
    return patchUnit20(
      this.text,
      el,
      changes,
      this.prev.places.get(units[0]?.id ?? '')?.segments === 1,
      this.ns,
    );
  }

  /** Elements that hold units somewhere below them (groups, bodies, `<bin-unit>`s), to walk into. */
  private get holders(): ReadonlySet<XmlElement> {
    if (!this.holderSet) {
      this.holderSet = new Set();
      for (const place of this.prev.places.values())
        for (let e = this.parentOf.get(place.element); e && !this.holderSet.has(e); e = this.parentOf.get(e))
          this.holderSet.add(e);
    }
    return this.holderSet;
  }
  private holderSet: Set<XmlElement> | undefined;

  private indexParents(el: XmlElement): void {
    for (const c of el.children) {
      if (c.kind !== 'element') continue;
      this.parentOf.set(c, el);
      this.indexParents(c);
    }
  }

  /** Id of the nearest group with an id at or above an element; '' when there is none. */
  private groupIdentity(el: XmlElement): string {
    for (let e: XmlElement | undefined = el; e; e = this.parentOf.get(e)) {
      const id = e.local === 'group' && e.uri === this.ns ? attr(e, 'id') : undefined;
      if (id && this.prev.groupElements.get(id) === e) return id;
    }
    return '';
  }
}

/** True when an attribute's value differs from the model's; absent and empty are the same. */
function differs(el: XmlElement, name: string, value: string | undefined): boolean {
  return (attr(el, name) ?? '') !== (value ?? '');
}
