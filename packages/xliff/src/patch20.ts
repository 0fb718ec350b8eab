import { type Unit, XLIFF2_STATE } from '@dari/core';
import { DataTable, readOriginalData, writeContent20 } from './content20.js';
import { unitChanges } from './equal.js';
import { notes20 } from './write20.js';
import { qualify } from './xml/qualify.js';
import { childIndent, indentOf, openTag, rebuild, startTag } from './xml/rebuild.js';
import { attr, firstChild, type XmlElement, type XmlNode } from './xml/tree.js';

/** One segment of a 2.x unit and the Dari unit it was read as / is to become. */
export interface SegmentChange {
  readonly segment: XmlElement;
  readonly prev: Unit;
  readonly next: Unit;
}

/**
 * The bytes of a 2.x `<unit>` after the model changed some of its segments: changed segments are
 * patched in place, new native data is appended to `<originalData>` (existing ids stay valid),
 * and `<notes>` is rewritten only when the notes changed (single-segment units only).
 */
export function patchUnit20(
  text: string,
  el: XmlElement,
  changes: readonly SegmentChange[],
  single: boolean,
  ns: string,
): string {
  const relevant = changes.filter((c) => unitChanges(c.prev, c.next).any);
  if (relevant.length === 0) return text.slice(el.start, el.end);
  const existing = readOriginalData(el, ns);
  const table = new DataTable(existing);
  const replace = new Map<XmlNode, string | null>();
  const insertAfter = new Map<XmlNode | 'start', string[]>();
  for (const c of relevant) replace.set(c.segment, patchSegment(text, c, table, ns));

  const notesEl = firstChild(el, 'notes', ns);
  const change = relevant[0];
  if (single && change) {
    const ch = unitChanges(change.prev, change.next);
    if (
      ch.notes ||
      ch.previousSource ||
      (ch.state && (change.prev.origin ?? 'translator') !== (change.next.origin ?? 'translator'))
    ) {
      const indent = notesEl ? indentOf(text, notesEl) : childIndent(text, el);
      const fresh = notes20(change.next, indent);
      const bytes = fresh === '' ? null : qualify(fresh.slice(indent.length, -1), el, ns);
      if (notesEl) replace.set(notesEl, bytes);
      else if (bytes !== null) insertAfter.set('start', [bytes]);
    }
  }
  if (table.grown) {
    const dataEl = firstChild(el, 'originalData', ns);
    const indent = dataEl ? indentOf(text, dataEl) : childIndent(text, el);
    const bytes = qualify(`<originalData>\n${table.entries(`${indent}  `)}${indent}</originalData>`, el, ns);
    if (dataEl) replace.set(dataEl, bytes);
    else if (notesEl) insertAfter.set(notesEl, [bytes]);
    else insertAfter.set('start', [...(insertAfter.get('start') ?? []), bytes]);
  }
  return rebuild(text, el, { replace, insertAfter });
}

function patchSegment(
  text: string,
  { segment, prev, next }: SegmentChange,
  table: DataTable,
  ns: string,
): string {
  const ch = unitChanges(prev, next);
  const replace = new Map<XmlNode, string | null>();
  const insertAfter = new Map<XmlNode | 'start', string[]>();
  const source = firstChild(segment, 'source', ns) as XmlElement;
  const target = firstChild(segment, 'target', ns);
  if (ch.source)
    replace.set(
      source,
      openTag(text, source) + qualify(writeContent20(next.source, table), source, ns) + close(text, source),
    );
  if (next.target === undefined) {
    if (target) replace.set(target, null);
  } else if (!target)
    insertAfter.set(source, [
      qualify(`<target${spaceOf(source)}>${writeContent20(next.target, table)}</target>`, segment, ns),
    ]);
  else if (ch.target)
    replace.set(
      target,
      openTag(text, target) + qualify(writeContent20(next.target, table), target, ns) + close(text, target),
    );
  const s = XLIFF2_STATE[next.state];
  // A subState a tool wrote stays when Dari has none of its own to set.
  const theirs = attr(segment, 'subState');
  const subState = s.subState ?? (theirs?.startsWith('dari:') ? undefined : theirs);
  const head = prev.state !== next.state ? startTag(segment, { state: s.state, subState }) : undefined;
  return rebuild(text, segment, { ...(head ? { startTag: head } : {}), replace, insertAfter });
}

function close(text: string, el: XmlElement): string {
  return el.selfClosing ? `</${el.name}>` : text.slice(el.closeStart, el.end);
}

/** A new target says xml:space as its source does (XLIFF 2 wants them equal). */
function spaceOf(source: XmlElement): string {
  const space = attr(source, 'space', 'http://www.w3.org/XML/1998/namespace');
  return space === undefined ? '' : ` xml:space="${space}"`;
}
