import { type Content, fromXliff12State, type Note, type TargetOrigin, type Unit } from '@dari/core';
import { readContent12 } from './content12.js';
import { kindFromGroupType } from './document.js';
import type { GroupEntry, UnitCollector } from './read-shared.js';
import { parseStamp, STAMP_NOTE } from './stamp.js';
import { attr, childElements, firstChild, textOf, type XmlElement } from './xml/tree.js';

/** `state-qualifier` values Dari writes for where a target came from. */
export const ORIGIN_QUALIFIER12: Readonly<Record<TargetOrigin, string | undefined>> = {
  translator: undefined,
  memory: 'leveraged-tm',
  'previous-source': 'x-dari-previous-source',
  'source-copy': 'x-dari-source-copy',
};

/** Reads the `<file>` elements of an XLIFF 1.x document (elements in namespace `ns`) into the collector; returns the header. */
export function read12(root: XmlElement, into: UnitCollector, ns: string) {
  const files = childElements(root, 'file', ns);
  const first = files[0];
  if (!first)
    into.fail(
      'xliff-structure',
      'the XLIFF 1.2 file has no <file> element',
      root,
      'An XLIFF 1.2 document holds at least one <file> with a <body>.',
    );
  for (const [i, file] of files.entries()) {
    const body = firstChild(file, 'body', ns);
    if (!body)
      into.fail(
        'xliff-structure',
        '<file> has no <body>',
        file,
        'Each <file> needs a <body> holding its units.',
      );
    into.startFile(attr(file, 'original') || `f${i + 1}`);
    readContainer(body, undefined, into, ns, false);
  }
  const targetLang = attr(first, 'target-language');
  const stamp = readStamp12(first, ns);
  return {
    sourceLang: attr(first, 'source-language') ?? '',
    ...(targetLang ? { targetLang } : {}),
    original: attr(first, 'original') ?? '',
    ...(stamp ? { stamp } : {}),
  };
}

/** The `<note from="dari:article">` of the first file's `<header>`, as a stamp (see `stamp.ts`). */
export function stampNote12(file: XmlElement, ns: string): XmlElement | undefined {
  const header = firstChild(file, 'header', ns);
  return header && childElements(header, 'note', ns).find((n) => attr(n, 'from') === STAMP_NOTE);
}

function readStamp12(file: XmlElement, ns: string) {
  const note = stampNote12(file, ns);
  return note ? parseStamp(textOf(note)) : undefined;
}

/**
 * Units of a `<body>`, `<group>` or `<bin-unit>` (whose `<trans-unit>`s translate the binary's
 * text). `group` is the model group of the outermost `<group>` with an id, undefined outside one.
 */
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
    if (child.local === 'group' || child.local === 'bin-unit') {
      const id = child.local === 'group' ? attr(child, 'id') : undefined;
      const inner =
        group ?? (id ? into.group(id, kindFromGroupType(attr(child, 'restype')), child) : undefined);
      readContainer(child, inner, into, ns, childNo);
    } else if (child.local === 'trans-unit') {
      const unit = readUnit(child, into, ns);
      const id = into.claimUnit(unit.id, child);
      into.add(group ?? into.top(), { ...unit, id }, { element: child, parent: el }, child);
      if (childNo) into.notTranslatable.add(id);
    }
  }
}

function readUnit(el: XmlElement, into: UnitCollector, ns: string): Omit<Unit, 'line' | 'column' | 'block'> {
  const id = attr(el, 'id');
  if (!id)
    into.fail(
      'xliff-structure',
      '<trans-unit> has no id',
      el,
      'XLIFF 1.2 requires an id on every <trans-unit>.',
    );
  const sourceEl = firstChild(el, 'source', ns);
  if (!sourceEl)
    into.fail(
      'xliff-structure',
      `<trans-unit id="${id}"> has no <source>`,
      el,
      'Every unit needs the text it translates.',
    );
  const targetEl = firstChild(el, 'target', ns);
  const target = targetEl ? readContent12(targetEl, ns) : undefined;
  const hasTarget = target !== undefined && target.length > 0;
  const qualifier = targetEl ? attr(targetEl, 'state-qualifier') : undefined;
  const origin =
    qualifier === undefined
      ? undefined
      : (Object.keys(ORIGIN_QUALIFIER12) as TargetOrigin[]).find(
          (o) => o !== 'translator' && ORIGIN_QUALIFIER12[o] === qualifier,
        );
  const previousSource = readPreviousSource(el, ns);
  const notes = childElements(el, 'note', ns).map(readNote);
  return {
    id,
    source: readContent12(sourceEl, ns),
    ...(target !== undefined ? { target } : {}),
    state: fromXliff12State(targetEl ? attr(targetEl, 'state') : undefined, hasTarget),
    ...(notes.length > 0 ? { notes } : {}),
    ...(previousSource ? { previousSource } : {}),
    ...(origin ? { origin } : {}),
  };
}

function readPreviousSource(el: XmlElement, ns: string): Content | undefined {
  const alt = childElements(el, 'alt-trans', ns).find((a) => attr(a, 'alttranstype') === 'previous-version');
  const source = alt && firstChild(alt, 'source', ns);
  return source ? readContent12(source, ns) : undefined;
}

function readNote(el: XmlElement): Note {
  const from = attr(el, 'from');
  const annotates = attr(el, 'annotates');
  return {
    text: textOf(el),
    ...(from !== undefined ? { from } : {}),
    ...(annotates === 'source' || annotates === 'target' || annotates === 'general' ? { annotates } : {}),
  };
}
