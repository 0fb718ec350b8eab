import { type Note, plainText, type Unit, type UnitFile, type UnitGroup, XLIFF2_STATE } from '@dari/core';
import { DataTable, writeContent20 } from './content20.js';
import { groupType } from './document.js';
import { NOTE20 } from './read20.js';
import { type ArticleStamp, formatStamp, STAMP_NOTE } from './stamp.js';
import { NS20 } from './version.js';
import { escapeAttr, escapeText } from './xml/escape.js';

const IND = '  ';

/** A new XLIFF 2.0 document for a unit file, with the article's stamp in the file's `<notes>` when given. */
export function writeFile20(file: UnitFile, stamp?: ArticleStamp): string {
  const trg = file.targetLang ? ` trgLang="${escapeAttr(file.targetLang)}"` : '';
  const groups = file.groups.map((g) => group20(g, IND.repeat(2))).join('');
  const notes = stamp ? `${IND.repeat(2)}${fileNotes20(stamp, IND.repeat(2))}\n` : '';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<xliff xmlns="${NS20}" version="2.0" srcLang="${escapeAttr(file.sourceLang)}"${trg}>\n` +
    `${IND}<file id="f1" original="${escapeAttr(file.original)}">\n${notes}${groups}${IND}</file>\n</xliff>\n`
  );
}

/** The stamp's `<note>` (2.x file-level notes). */
export function stampNote20(stamp: ArticleStamp): string {
  return note20({ text: formatStamp(stamp), from: STAMP_NOTE });
}

/** A file-level `<notes>` holding only the stamp, its start tag at `indent` (not written), no final newline. */
export function fileNotes20(stamp: ArticleStamp, indent: string): string {
  return `<notes>\n${indent}${IND}${stampNote20(stamp)}\n${indent}</notes>`;
}

/** A `<group>` (or, for the ungrouped id '', its bare units), each line starting at `indent`. */
export function group20(group: UnitGroup, indent: string): string {
  if (group.id === '') return group.units.map((u) => unit20(u, indent)).join('');
  const units = group.units.map((u) => unit20(u, indent + IND)).join('');
  return `${indent}<group id="${escapeAttr(group.id)}" type="${groupType.v20(group.kind)}">\n${units}${indent}</group>\n`;
}

/** A `<unit>` of one segment at `indent`, newline-terminated. */
export function unit20(unit: Unit, indent: string): string {
  const inner = indent + IND;
  const table = new DataTable();
  const segment = segment20(unit, table, inner);
  const notes = notes20(unit, inner);
  const data =
    table.size > 0 ? `${inner}<originalData>\n${table.entries(inner + IND)}${inner}</originalData>\n` : '';
  return `${indent}<unit id="${escapeAttr(unit.id)}">\n${notes}${data}${segment}${indent}</unit>\n`;
}

/** `<segment>` with source and target, at `indent`, newline-terminated. */
export function segment20(unit: Unit, table: DataTable, indent: string): string {
  const inner = indent + IND;
  let out = `${indent}<segment${segmentAttrs20(unit)}>\n${inner}<source>${writeContent20(unit.source, table)}</source>\n`;
  if (unit.target !== undefined) out += `${inner}<target>${writeContent20(unit.target, table)}</target>\n`;
  return `${out}${indent}</segment>\n`;
}

/** ` state="…"[ subState="…"]`. */
export function segmentAttrs20(unit: Unit): string {
  const s = XLIFF2_STATE[unit.state];
  return ` state="${s.state}"${s.subState ? ` subState="${s.subState}"` : ''}`;
}

/** The `<notes>` element (notes, previous source, origin) at `indent`, or '' when there is nothing to say. */
export function notes20(unit: Unit, indent: string): string {
  const list: Note[] = [...(unit.notes ?? [])];
  if (unit.previousSource) list.push({ text: plainText(unit.previousSource), from: NOTE20.previousSource });
  if (unit.origin && unit.origin !== 'translator') list.push({ text: unit.origin, from: NOTE20.origin });
  if (list.length === 0) return '';
  const notes = list.map((n) => `${indent}${IND}${note20(n)}\n`).join('');
  return `${indent}<notes>\n${notes}${indent}</notes>\n`;
}

function note20(note: Note): string {
  const category = note.from !== undefined ? ` category="${escapeAttr(note.from)}"` : '';
  const appliesTo =
    note.annotates === 'source' || note.annotates === 'target' ? ` appliesTo="${note.annotates}"` : '';
  return `<note${category}${appliesTo}>${escapeText(note.text)}</note>`;
}
