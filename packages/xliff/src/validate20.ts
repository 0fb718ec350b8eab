import type { UnitCollector } from './read-shared.js';
import { validateCp, validateInline20 } from './validate20-inline.js';
import { MDA_NS, validateMetadata } from './validate20-modules.js';
import { attr, childElements, type XmlElement } from './xml/tree.js';

/**
 * The XLIFF 2 core constraints a conformant reader enforces (what the OASIS schema and the
 * specification's processing requirements say), checked before reading: Dari writes these files
 * back for CAT tools, so it must not accept and pass on what they may reject. Each failure is
 * `xliff-constraint` at the offending element, its message naming the constraint.
 */
export function validate20(root: XmlElement, ns: string, into: UnitCollector): void {
  new Validator(ns, into).xliff(root);
}

const XML = 'http://www.w3.org/XML/1998/namespace';
const YES_NO = ['yes', 'no'];
const DIR = ['ltr', 'rtl', 'auto'];
const STATES = ['initial', 'translated', 'reviewed', 'final'];
/** Modules of XLIFF 2 whose attributes may stand on core elements (their elements are extensions). */
const MODULE_NS = 'urn:oasis:names:tc:xliff:';
const FS_NS = 'urn:oasis:names:tc:xliff:fs:2.0';
const VAL_NS = 'urn:oasis:names:tc:xliff:validation:2.0';

/** NMTOKEN: name characters only (XML 1.0 §2.3). */
const NMTOKEN = /^[\p{L}\p{M}\p{Nd}._:\-\u00B7\u203F\u2040]+$/u;
/** BCP 47 language tag, well-formed (RFC 5646 syntax, without checking the registry). */
const BCP47 =
  /^(?:[a-zA-Z]{2,3}(?:-[a-zA-Z]{3}){0,3}|[a-zA-Z]{4,8})(?:-[a-zA-Z]{4})?(?:-(?:[a-zA-Z]{2}|\d{3}))?(?:-(?:[a-zA-Z\d]{5,8}|\d[a-zA-Z\d]{3}))*(?:-[a-wyzA-WYZ\d](?:-[a-zA-Z\d]{2,8})+)*(?:-x(?:-[a-zA-Z\d]{1,8})+)?$|^x(?:-[a-zA-Z\d]{1,8})+$|^i-[a-zA-Z]{2,8}$/;
/**
 * Ids of files, groups and units: tools write spaces and quotes in them (locize), which Dari reads;
 * what would break a fragment identifier (`/`, `\\`, `#`, `=`) is refused.
 */
const FRAGMENT_SAFE = /^[^/\\#=]+$/;
const STRUCTURAL = new Set(['file', 'group', 'unit']);
/** `prefix:value` of user-defined values (`subType`, `subState`, `type` of groups and units). */
const USER_VALUE = /^[^\s:]+:[^\s]+$/;

/** Allowed XLIFF attributes per element (besides `xml:` and module/extension attributes). */
const ATTRS: Readonly<Record<string, readonly string[]>> = {
  xliff: ['version', 'srcLang', 'trgLang'],
  file: ['id', 'canResegment', 'original', 'translate', 'srcDir', 'trgDir'],
  skeleton: ['href'],
  group: ['id', 'name', 'canResegment', 'translate', 'srcDir', 'trgDir', 'type'],
  unit: ['id', 'name', 'canResegment', 'translate', 'srcDir', 'trgDir', 'type'],
  segment: ['id', 'canResegment', 'state', 'subState'],
  ignorable: ['id'],
  notes: [],
  note: ['id', 'appliesTo', 'category', 'priority'],
  originalData: [],
  data: ['id', 'dir'],
  source: [],
  target: ['order'],
};

/** Elements that may carry attributes of other namespaces (extensions); others take module attributes only. */
const EXTENSIBLE = new Set(['xliff', 'file', 'group', 'unit', 'note']);

class Validator {
  private readonly fileIds = new Map<string, XmlElement>();
  /** xml:lang and xml:space in scope, innermost last (they inherit). */
  private readonly scope: Array<{ lang?: string; space?: string }> = [];
  private srcLang = '';
  private trgLang: string | undefined;

  constructor(
    private readonly ns: string,
    private readonly into: UnitCollector,
  ) {}

  violate(at: XmlElement, constraint: string, message: string): never {
    return this.into.fail(
      constraint.endsWith('IdNotUnique') ? 'xliff-duplicate-id' : 'xliff-constraint',
      `${message} (XLIFF 2 constraint: ${constraint})`,
      at,
      'CAT tools may reject this file; fix it where it was made, or export it again.',
    );
  }

  /** Checks attributes against the allowed list and common value types. */
  private attrs(el: XmlElement, required: readonly string[] = []): void {
    const allowed = ATTRS[el.local] ?? [];
    for (const a of el.attrs) {
      if (a.name === 'xmlns' || a.prefix === 'xmlns') continue;
      if (a.uri === '') {
        // Tools put attributes of their own without a namespace on the structural elements
        // (locize's `approved`, MateCat's `source-language`): tolerated there, nowhere else.
        if (!allowed.includes(a.local) && !EXTENSIBLE.has(el.local))
          this.violate(el, 'Attributes', `<${el.local}> has no attribute "${a.local}"`);
        continue;
      }
      if (a.uri === XML) {
        if (a.local === 'lang' && !BCP47.test(a.value))
          this.violate(el, 'xml:lang', `xml:lang="${a.value}" is not a well-formed language tag`);
        continue;
      }
      if (a.uri === this.ns) this.violate(el, 'Attributes', `attribute ${a.name} is not an XLIFF attribute`);
      if (a.uri === FS_NS && a.local !== 'fs' && a.local !== 'subFs')
        this.violate(el, 'Format Style module', `the Format Style module has no attribute ${a.name}`);
      if (!EXTENSIBLE.has(el.local) && !a.uri.startsWith(MODULE_NS))
        this.violate(el, 'Extension Points', `<${el.local}> takes no extension attribute (${a.name})`);
    }
    for (const name of required)
      if (attr(el, name) === undefined) this.violate(el, 'Attributes', `<${el.local}> has no ${name}`);
    this.oneOf(el, 'canResegment', YES_NO);
    for (const name of ['srcDir', 'trgDir', 'dir']) this.oneOf(el, name, DIR);
    const id = attr(el, 'id');
    if (id !== undefined && !(STRUCTURAL.has(el.local) ? FRAGMENT_SAFE : NMTOKEN).test(id))
      this.violate(el, 'NMTOKEN', `id "${id}" is not an NMTOKEN`);
  }

  private oneOf(el: XmlElement, name: string, values: readonly string[]): void {
    const v = attr(el, name);
    if (v !== undefined && !values.includes(v))
      this.violate(el, 'Attributes', `${name}="${v}" is not one of ${values.join(', ')}`);
  }

  /** Children in the order the schema gives: `[names, min, max]` steps; extension elements where `ext`. */
  private sequence(
    el: XmlElement,
    steps: ReadonlyArray<readonly [names: readonly string[] | 'ext', min: number, max: number]>,
  ): XmlElement[] {
    const kids = childElements(el);
    let i = 0;
    for (const [names, min, max] of steps) {
      let n = 0;
      while (i < kids.length && n < max) {
        const k = kids[i] as XmlElement;
        const fits = names === 'ext' ? k.uri !== this.ns : k.uri === this.ns && names.includes(k.local);
        if (!fits) break;
        if (names === 'ext') this.extension(k);
        i++;
        n++;
      }
      if (n < min) {
        const what = names === 'ext' ? 'an extension element' : `<${names.join('> or <')}>`;
        this.violate(kids[i] ?? el, 'Content', `<${el.local}> needs ${what} here`);
      }
    }
    const extra = kids[i];
    if (extra)
      this.violate(
        extra,
        extra.uri === this.ns ? 'Content' : 'Extension Points',
        `<${extra.name}> is not allowed at this place in <${el.local}>`,
      );
    this.uniqueIds(kids.filter((k) => k.uri !== this.ns));
    for (const t of el.children)
      if (t.kind === 'text' && t.text.trim() !== '')
        this.violate(el, 'Content', `<${el.local}> holds text outside its elements`);
    return kids;
  }

  /** Modules Dari knows the shape of; other extension elements are the tool's business. */
  private extension(el: XmlElement): void {
    this.siblingIds(el);
    if (el.uri === MDA_NS) validateMetadata(el, (at, c, m) => this.violate(at, c, m));
    else if (el.uri === VAL_NS && el.local !== 'validation')
      this.violate(el, 'Validation module', `the Validation module has no element <${el.local}>`);
  }

  private enter(el: XmlElement): void {
    const lang = attr(el, 'lang', XML);
    const space = attr(el, 'space', XML);
    this.scope.push({ ...(lang !== undefined ? { lang } : {}), ...(space !== undefined ? { space } : {}) });
  }

  private inherited(name: 'lang' | 'space'): string | undefined {
    for (let i = this.scope.length - 1; i >= 0; i--) {
      const v = this.scope[i]?.[name];
      if (v !== undefined) return v;
    }
    return undefined;
  }

  /** Extension elements side by side have distinct ids (DuplicateExtElemIds…), `id` or `xml:id`. */
  private uniqueIds(els: readonly XmlElement[]): void {
    const seen = new Set<string>();
    for (const e of els) {
      // `id` and `xml:id` name the same thing.
      const id = attr(e, 'id') ?? attr(e, 'id', XML);
      if (id === undefined) continue;
      if (seen.has(id))
        this.violate(e, 'Extension element ids', `two extension elements here have id "${id}"`);
      seen.add(id);
    }
  }

  private siblingIds(el: XmlElement): void {
    const kids = childElements(el);
    this.uniqueIds(kids);
    for (const k of kids) this.siblingIds(k);
  }

  xliff(root: XmlElement): void {
    this.enter(root);
    this.attrs(root, ['version', 'srcLang']);
    this.srcLang = attr(root, 'srcLang') ?? '';
    this.trgLang = attr(root, 'trgLang');
    if (!BCP47.test(this.srcLang))
      this.violate(root, 'srcLang', `srcLang="${this.srcLang}" is not a language tag`);
    if (this.trgLang !== undefined && this.trgLang !== '' && !BCP47.test(this.trgLang))
      this.violate(root, 'trgLang', `trgLang="${this.trgLang}" is not a language tag`);
    for (const file of this.sequence(root, [[['file'], 1, Infinity]])) this.file(file);
  }

  private file(el: XmlElement): void {
    this.enter(el);
    this.attrs(el, ['id']);
    const id = attr(el, 'id') ?? '';
    if (this.fileIds.has(id)) this.violate(el, 'FileIdNotUnique', `file id "${id}" appears more than once`);
    this.fileIds.set(id, el);
    const kids = this.sequence(el, [
      [['skeleton'], 0, 1],
      ['ext', 0, Infinity],
      [['notes'], 0, 1],
      [['unit', 'group'], 1, Infinity],
    ]);
    const units = new Set<string>();
    const groups = new Set<string>();
    for (const k of kids) {
      if (k.uri !== this.ns) continue;
      if (k.local === 'skeleton') this.skeleton(k);
      else if (k.local === 'notes') this.notes(k);
      else this.container(k, units, groups);
    }
    this.subFlows(el, units);
    this.scope.pop();
  }

  private skeleton(el: XmlElement): void {
    this.attrs(el);
    const empty = el.children.every(
      (c) => c.kind !== 'element' && (c.kind !== 'text' || c.text.trim() === ''),
    );
    const href = attr(el, 'href');
    if (empty && href === undefined) this.violate(el, 'Skeleton', 'an empty <skeleton> needs href');
    if (!empty && href !== undefined) this.violate(el, 'Skeleton', 'a <skeleton> with href must be empty');
  }

  private container(el: XmlElement, units: Set<string>, groups: Set<string>): void {
    this.enter(el);
    try {
      this.containerIn(el, units, groups);
    } finally {
      this.scope.pop();
    }
  }

  private containerIn(el: XmlElement, units: Set<string>, groups: Set<string>): void {
    this.attrs(el, ['id']);
    const fs = attr(el, 'fs', FS_NS);
    if (fs !== undefined && !/^[a-z][a-z0-9]*$/.test(fs))
      this.violate(el, 'Format Style module', `fs:fs="${fs}" is not an HTML element name`);
    const id = attr(el, 'id') ?? '';
    const type = attr(el, 'type');
    if (type !== undefined && !USER_VALUE.test(type))
      this.violate(el, 'type', `type="${type}" is not of the form prefix:value`);
    if (el.local === 'group') {
      if (groups.has(id)) this.violate(el, 'GroupIdNotUnique', `group id "${id}" appears more than once`);
      groups.add(id);
      const kids = this.sequence(el, [
        ['ext', 0, Infinity],
        [['notes'], 0, 1],
        [['unit', 'group'], 0, Infinity],
      ]);
      for (const k of kids) {
        if (k.uri !== this.ns) continue;
        if (k.local === 'notes') this.notes(k);
        else this.container(k, units, groups);
      }
      return;
    }
    if (units.has(id)) this.violate(el, 'UnitIdNotUnique', `unit id "${id}" appears more than once`);
    units.add(id);
    this.unit(el);
  }

  private unit(el: XmlElement): void {
    const kids = this.sequence(el, [
      ['ext', 0, Infinity],
      [['notes'], 0, 1],
      [['originalData'], 0, 1],
      [['segment', 'ignorable'], 1, Infinity],
    ]);
    const data = new Set<string>();
    const noteIds = new Set<string>();
    const parts = new Set<string>();
    const orders = new Set<string>();
    let count = 0;
    for (const k of kids) {
      if (k.uri !== this.ns) continue;
      if (k.local === 'notes') for (const id of this.notes(k)) noteIds.add(id);
      else if (k.local === 'originalData') for (const id of this.originalData(k)) data.add(id);
      else {
        count++;
        this.part(k, parts, orders, count);
      }
    }
    for (const order of orders)
      if (Number(order) > count)
        this.violate(el, 'order', `a target's order="${order}" is past the ${count} segments of the unit`);
    validateInline20(el, this.ns, {
      data,
      notes: noteIds,
      parts,
      fail: (at, c, m) => this.violate(at, c, m),
    });
  }

  private part(el: XmlElement, ids: Set<string>, orders: Set<string>, ordinal: number): void {
    this.attrs(el);
    const id = attr(el, 'id');
    if (id !== undefined) {
      if (ids.has(id))
        this.violate(
          el,
          el.local === 'segment' ? 'SegmentIdNotUnique' : 'PartIdNotUnique',
          `id "${id}" appears more than once in the unit`,
        );
      ids.add(id);
    }
    if (el.local === 'segment') {
      this.oneOf(el, 'state', STATES);
      const subState = attr(el, 'subState');
      if (subState !== undefined) {
        if (attr(el, 'state') === undefined)
          this.violate(el, 'SubStateWithoutState', 'subState is set without state');
        if (!USER_VALUE.test(subState))
          this.violate(el, 'subState', `subState="${subState}" is not of the form prefix:value`);
      }
    }
    const [source, target] = this.sequence(el, [
      [['source'], 1, 1],
      [['target'], 0, 1],
    ]) as [XmlElement, XmlElement | undefined];
    this.attrs(source);
    const srcLang = attr(source, 'lang', XML) ?? this.inherited('lang');
    if (srcLang !== undefined && srcLang.toLowerCase() !== this.srcLang.toLowerCase())
      this.violate(
        source,
        'xml:lang of source',
        `source xml:lang="${srcLang}" differs from srcLang="${this.srcLang}"`,
      );
    if (!target) return;
    this.attrs(target);
    if (this.trgLang === undefined)
      this.violate(target, 'trgLang', 'a <target> in a document without trgLang');
    const trgLang = attr(target, 'lang', XML) ?? this.inherited('lang');
    if (trgLang !== undefined && this.trgLang !== '' && trgLang.toLowerCase() !== this.trgLang.toLowerCase())
      this.violate(
        target,
        'xml:lang of target',
        `target xml:lang="${trgLang}" differs from trgLang="${this.trgLang}"`,
      );
    const space = (e: XmlElement) =>
      (attr(e, 'space', XML) ?? this.inherited('space')) === 'preserve' ? 'preserve' : 'default';
    if (space(source) !== space(target))
      this.violate(target, 'xml:space', 'source and target disagree on xml:space (it inherits)');
    const order = attr(target, 'order') ?? String(ordinal);
    if (!/^[1-9]\d*$/.test(order))
      this.violate(target, 'order', `order="${order}" is not a positive integer`);
    if (orders.has(order)) this.violate(target, 'OrderNotUnique', `order="${order}" appears more than once`);
    orders.add(order);
  }

  private notes(el: XmlElement): string[] {
    this.attrs(el);
    const ids: string[] = [];
    for (const note of this.sequence(el, [[['note'], 1, Infinity]])) {
      this.attrs(note);
      this.oneOf(note, 'appliesTo', ['source', 'target']);
      const priority = attr(note, 'priority');
      if (priority !== undefined && !/^(?:[1-9]|10)$/.test(priority))
        this.violate(note, 'priority', `priority="${priority}" is not 1 to 10`);
      const id = attr(note, 'id');
      if (id === undefined) continue;
      if (ids.includes(id)) this.violate(note, 'NoteIdNotUnique', `note id "${id}" appears more than once`);
      ids.push(id);
      for (const c of childElements(note)) this.violate(c, 'Content', '<note> holds text only');
    }
    return ids;
  }

  private originalData(el: XmlElement): string[] {
    this.attrs(el);
    const ids: string[] = [];
    for (const data of this.sequence(el, [[['data'], 1, Infinity]])) {
      this.attrs(data, ['id']);
      const id = attr(data, 'id') ?? '';
      if (ids.includes(id)) this.violate(data, 'DataIdNotUnique', `data id "${id}" appears more than once`);
      ids.push(id);
      for (const c of childElements(data))
        if (c.uri !== this.ns || c.local !== 'cp')
          this.violate(c, 'Content', '<data> holds text and <cp> only');
        else validateCp(c, (at, con, m) => this.violate(at, con, m));
    }
    return ids;
  }

  /** `subFlows` name units of the same file. */
  private subFlows(file: XmlElement, units: ReadonlySet<string>): void {
    const walk = (e: XmlElement) => {
      for (const name of ['subFlows', 'subFlowsStart', 'subFlowsEnd']) {
        const v = attr(e, name);
        if (v === undefined) continue;
        for (const ref of v.trim().split(/\s+/))
          if (!NMTOKEN.test(ref) || !units.has(ref))
            this.violate(e, 'subFlows', `${name} names "${ref}", which is no unit of this file`);
      }
      for (const c of e.children) if (c.kind === 'element') walk(c);
    };
    walk(file);
  }
}
