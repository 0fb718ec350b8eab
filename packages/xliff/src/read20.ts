import { type Content, fromXliff2State, type Note, type TargetOrigin, type Unit } from '@dari/core';
import { readContent20, readOriginalData } from './content20.js';
import { kindFromGroupType } from './document.js';
import type { GroupEntry, UnitCollector } from './read-shared.js';
import { parseStamp, STAMP_NOTE } from './stamp.js';
import { attr, childElements, firstChild, textOf, type XmlElement } from './xml/tree.js';

/** Note categories in which Dari keeps what 2.0 core has no attribute for. */
export const NOTE20 = { previousSource: 'dari:previous-source', origin: 'dari:origin' } as const;

/** Reads the `<file>` elements of an XLIFF 2.x document (elements in namespace `ns`) into the collector; returns the header. */
export function read20(root: XmlElement, into: UnitCollector, ns: string) {
  const files = childElements(root, 'file', ns);
  const first = files[0];
  if (!first)
    into.fail(
      'xliff-structure',
      'the XLIFF 2.0 file has no <file> element',
      root,
      'An XLIFF 2.0 document holds at least one <file>.',
    );
  for (const [i, file] of files.entries()) {
    into.startFile(attr(file, 'id') || `f${i + 1}`);
    readContainer(file, undefined, into, ns, attr(file, 'translate') === 'no');
  }
  const targetLang = attr(root, 'trgLang');
  const note = stampNote20(first, ns);
  const stamp = note ? parseStamp(textOf(note)) : undefined;
  return {
    sourceLang: attr(root, 'srcLang') ?? '',
    ...(targetLang ? { targetLang } : {}),
    original: attr(first, 'original') ?? '',
    ...(stamp ? { stamp } : {}),
  };
}

/** The `<note category="dari:article">` of the first file's own `<notes>` (see `stamp.ts`). */
export function stampNote20(file: XmlElement, ns: string): XmlElement | undefined {
  const notes = firstChild(file, 'notes', ns);
  return notes && childElements(notes, 'note', ns).find((n) => attr(n, 'category') === STAMP_NOTE);
}

/** `group` is the model group of the outermost `<group>`, undefined outside one. */
function readContainer(
  el: XmlElement,
  group: GroupEntry | undefined,
  into: UnitCollector,
  ns: string,
  no: boolean,
): void {
  for (const child of childElements(el, undefined, ns)) {
    const translate = attr(child, 'translate');
    const childNo = translate === undefined ? no : translate === 'no';
    if (child.local === 'group') {
      const id = attr(child, 'id') ?? '';
      const inner = group ?? (id ? into.group(id, kindFromGroupType(attr(child, 'type')), child) : undefined);
      readContainer(child, inner, into, ns, childNo);
    } else if (child.local === 'unit') readUnit(child, el, group ?? into.top(), into, ns, childNo);
  }
}

/** A unit of one segment is one Dari unit; a unit of n segments is n Dari units `<id>#1` … `<id>#n`. */
function readUnit(
  el: XmlElement,
  parent: XmlElement,
  group: GroupEntry,
  into: UnitCollector,
  ns: string,
  no: boolean,
): void {
  const rawId = attr(el, 'id');
  if (!rawId)
    into.fail('xliff-structure', '<unit> has no id', el, 'XLIFF 2.0 requires an id on every <unit>.');
  const id = into.claimUnit(rawId, el);
  const data = readOriginalData(el, ns);
  const segments = childElements(el, 'segment', ns);
  if (segments.length === 0)
    into.fail(
      'xliff-structure',
      `<unit id="${rawId}"> has no <segment>`,
      el,
      'Every unit needs at least one segment.',
    );
  const { notes, previousSource, origin } = readNotes(el, ns);
  for (const [i, segment] of segments.entries()) {
    const sourceEl = firstChild(segment, 'source', ns);
    if (!sourceEl)
      into.fail(
        'xliff-structure',
        `a segment of <unit id="${rawId}"> has no <source>`,
        segment,
        'Every segment needs the text it translates.',
      );
    const targetEl = firstChild(segment, 'target', ns);
    const target = targetEl ? readContent20(targetEl, data, ns) : undefined;
    const hasTarget = target !== undefined && target.length > 0;
    const single = segments.length === 1;
    const unit: Omit<Unit, 'line' | 'column' | 'block'> = {
      id: single ? id : `${id}#${i + 1}`,
      source: readContent20(sourceEl, data, ns),
      ...(target !== undefined ? { target } : {}),
      state: fromXliff2State(attr(segment, 'state'), attr(segment, 'subState'), hasTarget),
      ...(single && notes.length > 0 ? { notes } : {}),
      ...(single && previousSource ? { previousSource } : {}),
      ...(single && origin ? { origin } : {}),
    };
    into.add(group, unit, { element: el, segment, segments: segments.length, parent }, el);
    if (no) into.notTranslatable.add(unit.id);
  }
}

const ORIGINS: ReadonlySet<string> = new Set<TargetOrigin>([
  'translator',
  'memory',
  'previous-source',
  'source-copy',
]);

function readNotes(
  unit: XmlElement,
  ns: string,
): { notes: Note[]; previousSource?: Content; origin?: TargetOrigin } {
  const notes: Note[] = [];
  let previousSource: Content | undefined;
  let origin: TargetOrigin | undefined;
  for (const note of childElements(firstChild(unit, 'notes', ns) ?? unit, 'note', ns)) {
    const category = attr(note, 'category');
    const text = textOf(note);
    if (category === NOTE20.previousSource) previousSource = [text];
    else if (category === NOTE20.origin && ORIGINS.has(text)) origin = text as TargetOrigin;
    else {
      const appliesTo = attr(note, 'appliesTo');
      notes.push({
        text,
        ...(category !== undefined ? { from: category } : {}),
        ...(appliesTo === 'source' || appliesTo === 'target' ? { annotates: appliesTo } : {}),
      });
    }
  }
  return { notes, ...(previousSource ? { previousSource } : {}), ...(origin ? { origin } : {}) };
}
