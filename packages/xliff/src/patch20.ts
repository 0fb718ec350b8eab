import { type Unit, XLIFF2_STATE } from '@dari/core';
import { DataTable, readOriginalData, writeContent20 } from './content20.js';
import { unitChanges } from './equal.js';
import { NS20 } from './version.js';
import { notes20 } from './write20.js';
import { childIndent, indentOf, openTag, rebuild, startTag } from './xml/rebuild.js';
import { firstChild, type XmlElement, type XmlNode } from './xml/tree.js';

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
): string {
  const relevant = changes.filter((c) => unitChanges(c.prev, c.next).any);
  if (relevant.length === 0) return text.slice(el.start, el.end);
  const existing = readOriginalData(el);
  const table = new DataTable(existing);
  const replace = new Map<XmlNode, string | null>();
  const insertAfter = new Map<XmlNode | 'start', string[]>();
  for (const c of relevant) replace.set(c.segment, patchSegment(text, c, table));

  const notesEl = firstChild(el, 'notes', NS20);
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
      const bytes = fresh === '' ? null : fresh.slice(indent.length, -1);
      if (notesEl) replace.set(notesEl, bytes);
      else if (bytes !== null) insertAfter.set('start', [bytes]);
    }
  }
  if (table.grown) {
    const dataEl = firstChild(el, 'originalData', NS20);
    const indent = dataEl ? indentOf(text, dataEl) : childIndent(text, el);
    const bytes = `<originalData>\n${table.entries(`${indent}  `)}${indent}</originalData>`;
    if (dataEl) replace.set(dataEl, bytes);
    else if (notesEl) insertAfter.set(notesEl, [bytes]);
    else insertAfter.set('start', [...(insertAfter.get('start') ?? []), bytes]);
  }
  return rebuild(text, el, { replace, insertAfter });
}

function patchSegment(text: string, { segment, prev, next }: SegmentChange, table: DataTable): string {
  const ch = unitChanges(prev, next);
  const replace = new Map<XmlNode, string | null>();
  const insertAfter = new Map<XmlNode | 'start', string[]>();
  const source = firstChild(segment, 'source', NS20) as XmlElement;
  const target = firstChild(segment, 'target', NS20);
  if (ch.source)
    replace.set(source, openTag(text, source) + writeContent20(next.source, table) + close(text, source));
  if (next.target === undefined) {
    if (target) replace.set(target, null);
  } else if (!target) insertAfter.set(source, [`<target>${writeContent20(next.target, table)}</target>`]);
  else if (ch.target)
    replace.set(target, openTag(text, target) + writeContent20(next.target, table) + close(text, target));
  const s = XLIFF2_STATE[next.state];
  const head =
    prev.state !== next.state ? startTag(segment, { state: s.state, subState: s.subState }) : undefined;
  return rebuild(text, segment, { ...(head ? { startTag: head } : {}), replace, insertAfter });
}

function close(text: string, el: XmlElement): string {
  return el.selfClosing ? `</${el.name}>` : text.slice(el.closeStart, el.end);
}
