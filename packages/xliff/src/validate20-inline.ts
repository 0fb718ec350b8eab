import { isXmlCharCode } from '@dari/core';
import { attr, childElements, type XmlElement } from './xml/tree.js';

/** What the unit-level checks learnt, and how to fail. */
export interface InlineContext {
  readonly data: ReadonlySet<string>;
  readonly notes: ReadonlySet<string>;
  /** Segment and ignorable ids. */
  readonly parts: ReadonlySet<string>;
  readonly fail: (at: XmlElement, constraint: string, message: string) => never;
}

const XML = 'http://www.w3.org/XML/1998/namespace';
const MODULE_NS = 'urn:oasis:names:tc:xliff:';
const FS_NS = 'urn:oasis:names:tc:xliff:fs:2.0';
const NMTOKEN = /^[\p{L}\p{M}\p{Nd}._:\-\u00B7\u203F\u2040]+$/u;
const CODE_TYPES = ['fmt', 'ui', 'quote', 'link', 'image', 'other'];
const MRK_TYPES = ['generic', 'comment', 'term'];
/** The `xlf:` subtypes and the type each requires. */
const XLF_SUBTYPES: Readonly<Record<string, string>> = {
  'xlf:lb': 'fmt',
  'xlf:pb': 'fmt',
  'xlf:b': 'fmt',
  'xlf:i': 'fmt',
  'xlf:u': 'fmt',
  'xlf:var': 'ui',
};
const USER_VALUE = /^[^\s:]+:[^\s]+$/;
/** Attributes an `<ec>` must repeat from its `<sc>`, when either sets them. */
const PAIRED = ['type', 'subType', 'dir', 'canCopy', 'canDelete', 'canOverlap', 'canReorder', 'copyOf'];
const DEFAULTS: Readonly<Record<string, string>> = {
  canCopy: 'yes',
  canDelete: 'yes',
  canOverlap: 'yes',
  canReorder: 'yes',
};
/** Fragment identifier prefixes of XLIFF 2 core and its registered modules. */
const CORE_PREFIX: Readonly<Record<string, number>> = { f: 0, g: 1, u: 2, n: 3, d: 3, t: 3 };
const MODULE_PREFIXES = new Set(['mtc', 'gls', 'fs', 'mda', 'res', 'ctr', 'val', 'slr', 'its', 'tbx']);
const CODES = new Set(['ph', 'pc', 'sc', 'ec']);
const INLINE = new Set(['cp', 'ph', 'pc', 'sc', 'ec', 'mrk', 'sm', 'em']);

/** The inline content of every part of a `<unit>`: codes, annotations, their references and pairing. */
export function validateInline20(unit: XmlElement, ns: string, ctx: InlineContext): void {
  const { fail } = ctx;
  const sourceIds = new Map<string, XmlElement>();
  const parts = childElements(unit).filter(
    (p) => p.uri === ns && (p.local === 'segment' || p.local === 'ignorable'),
  );
  const sides = (local: 'source' | 'target') =>
    parts.map((p) => childElements(p).find((c) => c.uri === ns && c.local === local));
  const sources = sides('source');
  const targets = sides('target');

  for (const side of [sources, targets] as const) {
    const isSource = side === sources;
    const ids = new Set<string>();
    const openSc = new Map<string, XmlElement>();
    const sms = new Set<string>();
    const codes: XmlElement[] = [];
    const walk = (el: XmlElement) => {
      for (const c of el.children) {
        if (c.kind !== 'element') continue;
        if (c.uri !== ns || !INLINE.has(c.local)) fail(c, 'Content', `<${c.name}> is not inline content`);
        element(c);
        walk(c);
      }
    };
    const element = (c: XmlElement) => {
      const id = attr(c, 'id');
      if (id !== undefined && c.local !== 'ec') {
        if (ids.has(id) || (isSource && ctx.parts.has(id)))
          fail(c, 'Inline id unique', `inline id "${id}" appears more than once in the unit`);
        ids.add(id);
        if (isSource) sourceIds.set(id, c);
      }
      if (c.local === 'cp') return validateCp(c, fail);
      if (id !== undefined && !NMTOKEN.test(id)) fail(c, 'NMTOKEN', `id "${id}" is not an NMTOKEN`);
      // Codes take module attributes only (annotations may carry extensions too).
      for (const a of CODES.has(c.local) ? c.attrs : []) {
        if (a.uri === '' || a.uri === XML || a.prefix === 'xmlns' || a.name === 'xmlns') continue;
        if (!a.uri.startsWith(MODULE_NS))
          fail(c, 'Extension Points', `<${c.local}> takes no extension attribute (${a.name})`);
        if (a.uri === FS_NS && c.local === 'ec' && attr(c, 'isolated') !== 'yes')
          fail(
            c,
            'Format Style module',
            'an <ec> that ends an <sc> takes no fs: attribute (the <sc> has it)',
          );
      }
      if (c.local === 'mrk' || c.local === 'sm') return annotation(c, sms, unit, ctx);
      if (c.local === 'em') {
        const ref = attr(c, 'startRef');
        if (ref === undefined || !sms.has(ref))
          fail(c, 'EmBeforeSm', `<em startRef="${ref ?? ''}"> has no <sm> before it`);
        return;
      }
      code(c, ctx, isSource ? sourceIds : undefined);
      codes.push(c);
      if (c.local === 'sc') {
        if (attr(c, 'isolated') !== 'yes') openSc.set(attr(c, 'id') ?? '', c);
        else if (laterEc(c)) fail(c, 'isolated', `<sc id="${id}" isolated="yes"> has its <ec> in the unit`);
      }
      if (c.local === 'ec') {
        const startRef = attr(c, 'startRef');
        const isolated = attr(c, 'isolated') === 'yes';
        if (startRef !== undefined) {
          if (isolated) fail(c, 'isolated', '<ec startRef> cannot be isolated="yes"');
          if (id !== undefined) fail(c, 'ec id', '<ec startRef> takes no id');
          const sc = openSc.get(startRef);
          if (!sc) return fail(c, 'EcBeforeSc', `<ec startRef="${startRef}"> has no <sc> before it`);
          // What the <ec> leaves out it shares with its <sc>; what it says must agree.
          for (const name of PAIRED)
            if (attr(c, name) !== undefined && (attr(sc, name) ?? DEFAULTS[name]) !== attr(c, name))
              fail(c, 'sc/ec attributes', `<sc> and <ec> of "${startRef}" differ in ${name}`);
          openSc.delete(startRef);
        } else {
          if (!isolated) fail(c, 'isolated', '<ec> without startRef must be isolated="yes"');
          if (id === undefined) return fail(c, 'isolated', '<ec isolated="yes"> needs an id');
          if (ids.has(id))
            fail(c, 'Inline id unique', `inline id "${id}" appears more than once in the unit`);
          ids.add(id);
        }
      }
    };
    const allEcs = side.flatMap((s) => (s ? descendants(s, ns, 'ec') : []));
    const laterEc = (sc: XmlElement) =>
      allEcs.some((e) => attr(e, 'startRef') === attr(sc, 'id') && e.start > sc.start);
    for (const s of side) if (s) walk(s);
    for (const [id, sc] of openSc)
      fail(sc, 'isolated', `<sc id="${id}"> has no <ec> in the unit and is not isolated="yes"`);
    if (isSource) reorderSequences(codes, fail);
    else wrongReordering(sources, targets, ns, fail);
  }
  // Codes the translator may not delete must survive in some target of the unit.
  const allTargets = targets.flatMap((t) => (t ? descendants(t, ns) : []));
  for (const [i, s] of sources.entries()) {
    if (!s || !targets[i]) continue;
    for (const c of descendants(s, ns))
      if (['ph', 'pc', 'sc', 'ec'].includes(c.local) && attr(c, 'canDelete') === 'no') {
        const key = attr(c, 'id') ?? attr(c, 'startRef');
        if (!allTargets.some((t) => t.local === c.local && (attr(t, 'id') ?? attr(t, 'startRef')) === key))
          fail(c, 'canDelete', `code "${key}" may not be deleted but no target of the unit has it`);
      }
  }
}

function descendants(el: XmlElement, ns: string, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children)
      if (c.kind === 'element') {
        if (c.uri === ns && (local === undefined || c.local === local)) out.push(c);
        walk(c);
      }
  };
  walk(el);
  return out;
}

/** A code's attributes: type/subType, data references, copyOf, canReorder context. */
function code(c: XmlElement, ctx: InlineContext, sourceIds: Map<string, XmlElement> | undefined): void {
  const { fail } = ctx;
  if (c.local !== 'ec' && attr(c, 'id') === undefined) fail(c, 'id', `<${c.local}> has no id`);
  const type = attr(c, 'type');
  const subType = attr(c, 'subType');
  if (type !== undefined && !CODE_TYPES.includes(type)) fail(c, 'type', `type="${type}" is not a code type`);
  if (subType !== undefined) {
    if (type === undefined) fail(c, 'SubTypeWithoutType', 'subType is set without type');
    if (!USER_VALUE.test(subType)) fail(c, 'subType', `subType="${subType}" is not of the form prefix:value`);
    const need = XLF_SUBTYPES[subType];
    if (subType.startsWith('xlf:') && need !== type)
      fail(c, 'subType', `subType="${subType}" requires type="${need ?? '(none: unknown xlf: value)'}"`);
  }
  for (const name of ['dataRef', 'dataRefStart', 'dataRefEnd']) {
    const ref = attr(c, name);
    if (ref !== undefined && !ctx.data.has(ref))
      fail(c, 'dataRef', `${name}="${ref}" names no <data> of the unit's <originalData>`);
  }
  for (const name of ['canCopy', 'canDelete', 'canOverlap'])
    if (!['yes', 'no', undefined].includes(attr(c, name)))
      fail(c, name, `${name}="${attr(c, name)}" is not yes or no`);
  const reorder = attr(c, 'canReorder');
  if (!['yes', 'no', 'firstNo', undefined].includes(reorder))
    fail(c, 'canReorder', `canReorder="${reorder}" is not yes, no or firstNo`);
  if (
    (reorder === 'no' || reorder === 'firstNo') &&
    (attr(c, 'canCopy') !== 'no' || attr(c, 'canDelete') !== 'no')
  )
    fail(c, 'canReorder', `canReorder="${reorder}" requires canCopy="no" and canDelete="no"`);
  const copyOf = attr(c, 'copyOf');
  if (copyOf !== undefined) {
    if (attr(c, 'dataRef') !== undefined || attr(c, 'dataRefStart') !== undefined)
      fail(c, 'copyOf', 'a code with copyOf takes no original data');
    const original = sourceIds?.get(copyOf) ?? undefined;
    if (sourceIds && !original) fail(c, 'copyOf', `copyOf="${copyOf}" names no code before it`);
    if (original && attr(original, 'canCopy') === 'no')
      fail(c, 'copyOf', `code "${copyOf}" may not be copied`);
  }
}

/** A "no" may only continue a sequence started by "firstNo". */
function reorderSequences(codes: readonly XmlElement[], fail: InlineContext['fail']): void {
  let inSequence = false;
  for (const c of codes) {
    if (c.local === 'ec' && attr(c, 'startRef') !== undefined) continue;
    const r = attr(c, 'canReorder') ?? 'yes';
    if (r === 'no' && !inSequence) fail(c, 'canReorder', 'canReorder="no" without a "firstNo" before it');
    inSequence = r === 'firstNo' || (r === 'no' && inSequence);
  }
}

/** Sequences that may not be reordered appear in the target as in the source, nothing between. */
function wrongReordering(
  sources: readonly (XmlElement | undefined)[],
  targets: readonly (XmlElement | undefined)[],
  ns: string,
  fail: InlineContext['fail'],
): void {
  const keyOf = (c: XmlElement) => `${c.local}:${attr(c, 'id') ?? attr(c, 'startRef')}`;
  const codesOf = (els: readonly (XmlElement | undefined)[]) =>
    els.flatMap((e) =>
      e ? descendants(e, ns).filter((c) => ['ph', 'pc', 'sc', 'ec'].includes(c.local)) : [],
    );
  const target = codesOf(targets).map(keyOf);
  if (target.length === 0) return;
  let sequence: XmlElement[] = [];
  const check = () => {
    if (sequence.length > 1) {
      const at = sequence.map((c) => target.indexOf(keyOf(c)));
      if (at.every((i) => i >= 0) && at.some((i, k) => k > 0 && i !== (at[k - 1] ?? 0) + 1))
        fail(
          sequence[0] as XmlElement,
          'canReorder',
          'codes that may not be reordered are reordered in the target',
        );
    }
    sequence = [];
  };
  for (const c of codesOf(sources)) {
    const r = attr(c, 'canReorder') ?? 'yes';
    if (r === 'firstNo') {
      check();
      sequence = [c];
    } else if (r === 'no' && sequence.length > 0) sequence.push(c);
    else check();
  }
  check();
}

/** `<mrk>`/`<sm>`: type, comment value or reference, and fragment identifiers. */
function annotation(c: XmlElement, sms: Set<string>, unit: XmlElement, ctx: InlineContext): void {
  const { fail } = ctx;
  if (c.local === 'sm') sms.add(attr(c, 'id') ?? '');
  const type = attr(c, 'type');
  if (type !== undefined && !MRK_TYPES.includes(type) && !USER_VALUE.test(type))
    fail(c, 'type', `type="${type}" is not generic, comment, term or prefix:value`);
  if (!['yes', 'no', undefined].includes(attr(c, 'translate')))
    fail(c, 'translate', 'translate is not yes or no');
  const ref = attr(c, 'ref');
  const value = attr(c, 'value');
  if (ref?.startsWith('#')) fragment(c, ref, fail);
  if (type !== 'comment') return;
  if ((ref === undefined) === (value === undefined))
    fail(c, 'Comment annotation', 'a comment annotation has either value or ref (exactly one)');
  if (ref === undefined) return;
  const segs = ref.replace(/^#\/?/, '').split('/');
  const note = segs.at(-1)?.match(/^n=(.+)$/)?.[1];
  const scope = segs.slice(0, -1);
  const unitId = attr(unit, 'id');
  const inUnit = scope.length === 0 || scope.some((s) => s === `u=${unitId}`);
  if (note === undefined || !inUnit || !ctx.notes.has(note))
    fail(c, 'Comment annotation', `ref="${ref}" names no note of this unit`);
}

/** Fragment identifier syntax: `#[/]prefix=id/…`, prefixes in order f, g…, u, then one leaf. */
function fragment(c: XmlElement, ref: string, fail: InlineContext['fail']): void {
  const segs = ref.replace(/^#\/?/, '').split('/');
  let rank = -1;
  let leaves = 0;
  const seen = new Set<string>();
  for (const seg of segs) {
    const eq = seg.indexOf('=');
    const prefix = eq < 0 ? undefined : seg.slice(0, eq);
    const id = eq < 0 ? seg : seg.slice(eq + 1);
    if (id === '') fail(c, 'Fragment identifier', `ref="${ref}" has an empty id`);
    if (prefix !== undefined) {
      if (!/^[A-Za-z_][\w.-]*$/.test(prefix))
        fail(c, 'Fragment identifier', `prefix "${prefix}" is not an NMTOKEN`);
      if (prefix.length === 1 && CORE_PREFIX[prefix] === undefined)
        fail(c, 'Fragment identifier', `prefix "${prefix}" is too short for a module prefix`);
      if (prefix.length > 1 && !MODULE_PREFIXES.has(prefix))
        fail(c, 'Fragment identifier', `prefix "${prefix}" is not registered`);
      if (seen.has(prefix) && prefix !== 'g')
        fail(c, 'Fragment identifier', `prefix "${prefix}" appears twice`);
      seen.add(prefix);
    }
    const r = prefix === undefined ? 3 : (CORE_PREFIX[prefix] ?? 3);
    if (r < rank) fail(c, 'Fragment identifier', `ref="${ref}" names its parts out of order`);
    if (r === 3) leaves++;
    rank = r;
  }
  if (leaves > 1) fail(c, 'Fragment identifier', `ref="${ref}" has more than one leaf`);
}

/** `<cp hex>`: a code point XML cannot carry, in hexadecimal. */
export function validateCp(
  el: XmlElement,
  fail: (at: XmlElement, constraint: string, message: string) => never,
): void {
  const hex = attr(el, 'hex') ?? '';
  if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length % 2 !== 0)
    fail(el, 'cp', `hex="${hex}" is not a hexadecimal code point`);
  const n = Number.parseInt(hex, 16);
  if (n > 0x10ffff) fail(el, 'cp', `hex="${hex}" is past the last Unicode code point`);
  if (isXmlCharCode(n))
    fail(el, 'cp', `hex="${hex}" is a character XML carries as it is; <cp> is for the others`);
}
