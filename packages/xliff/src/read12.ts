import { type Content, fromXliff12State, type Note, type TargetOrigin, type Unit } from '@dari/core';
import { readContent12 } from './content12.js';
import { kindFromGroupType } from './document.js';
import type { UnitCollector } from './read-shared.js';
import { NS12 } from './version.js';
import { attr, childElements, firstChild, textOf, type XmlElement } from './xml/tree.js';

/** `state-qualifier` values Dari writes for where a target came from. */
export const ORIGIN_QUALIFIER12: Readonly<Record<TargetOrigin, string | undefined>> = {
  translator: undefined,
  memory: 'leveraged-tm',
  'previous-source': 'x-dari-previous-source',
  'source-copy': 'x-dari-source-copy',
};

/** Reads the `<file>` elements of an XLIFF 1.2 document into the collector; returns the header. */
export function read12(root: XmlElement, into: UnitCollector) {
  const files = childElements(root, 'file', NS12);
  const first = files[0];
  if (!first)
    into.fail(
      'xliff-structure',
      'the XLIFF 1.2 file has no <file> element',
      root,
      'An XLIFF 1.2 document holds at least one <file> with a <body>.',
    );
  for (const file of files) {
    const body = firstChild(file, 'body', NS12);
    if (!body)
      into.fail(
        'xliff-structure',
        '<file> has no <body>',
        file,
        'Each <file> needs a <body> holding its units.',
      );
    into.group('', 'paragraph', undefined);
    readContainer(body, body, into);
  }
  const targetLang = attr(first, 'target-language');
  return {
    sourceLang: attr(first, 'source-language') ?? '',
    ...(targetLang ? { targetLang } : {}),
    original: attr(first, 'original') ?? '',
  };
}

function readContainer(el: XmlElement, parent: XmlElement, into: UnitCollector): void {
  for (const child of childElements(el, undefined, NS12)) {
    if (child.local === 'group') {
      const id = attr(child, 'id');
      if (id) {
        into.group(id, kindFromGroupType(attr(child, 'restype')), child);
        readContainer(child, child, into);
        into.group('', 'paragraph', undefined);
      } else readContainer(child, parent, into);
    } else if (child.local === 'trans-unit')
      into.add(readUnit(child, into), { element: child, parent: el }, child);
  }
}

function readUnit(el: XmlElement, into: UnitCollector): Omit<Unit, 'line' | 'column' | 'block'> {
  const id = attr(el, 'id');
  if (!id)
    into.fail(
      'xliff-structure',
      '<trans-unit> has no id',
      el,
      'XLIFF 1.2 requires an id on every <trans-unit>.',
    );
  const sourceEl = firstChild(el, 'source', NS12);
  if (!sourceEl)
    into.fail(
      'xliff-structure',
      `<trans-unit id="${id}"> has no <source>`,
      el,
      'Every unit needs the text it translates.',
    );
  const targetEl = firstChild(el, 'target', NS12);
  const target = targetEl ? readContent12(targetEl) : undefined;
  const hasTarget = target !== undefined && target.length > 0;
  const qualifier = targetEl ? attr(targetEl, 'state-qualifier') : undefined;
  const origin =
    qualifier === undefined
      ? undefined
      : (Object.keys(ORIGIN_QUALIFIER12) as TargetOrigin[]).find(
          (o) => o !== 'translator' && ORIGIN_QUALIFIER12[o] === qualifier,
        );
  const previousSource = readPreviousSource(el);
  const notes = childElements(el, 'note', NS12).map(readNote);
  return {
    id,
    source: readContent12(sourceEl),
    ...(target !== undefined ? { target } : {}),
    state: fromXliff12State(targetEl ? attr(targetEl, 'state') : undefined, hasTarget),
    ...(notes.length > 0 ? { notes } : {}),
    ...(previousSource ? { previousSource } : {}),
    ...(origin ? { origin } : {}),
  };
}

function readPreviousSource(el: XmlElement): Content | undefined {
  const alt = childElements(el, 'alt-trans', NS12).find(
    (a) => attr(a, 'alttranstype') === 'previous-version',
  );
  const source = alt && firstChild(alt, 'source', NS12);
  return source ? readContent12(source) : undefined;
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
