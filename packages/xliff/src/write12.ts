import {
  type Content,
  isReviewedState,
  type Note,
  type Unit,
  type UnitFile,
  type UnitGroup,
  XLIFF12_STATE,
} from '@dari/core';
import { writeContent12 } from './content12.js';
import { groupType } from './document.js';
import { ORIGIN_QUALIFIER12 } from './read12.js';
import { type ArticleStamp, formatStamp, STAMP_NOTE } from './stamp.js';
import { NS12 } from './version.js';
import { escapeAttr, escapeText } from './xml/escape.js';

/** Two spaces per level; whitespace never goes inside `<source>`/`<target>`, where it would be content. */
const IND = '  ';

/** A new XLIFF 1.2 document for a unit file, with the article's stamp in its `<header>` when given. */
export function writeFile12(file: UnitFile, stamp?: ArticleStamp): string {
  const target = file.targetLang ? ` target-language="${escapeAttr(file.targetLang)}"` : '';
  const groups = file.groups.map((g) => group12(g, IND.repeat(3))).join('');
  const header = stamp ? `${IND.repeat(2)}${header12(stamp, IND.repeat(2))}\n` : '';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<xliff version="1.2" xmlns="${NS12}">\n` +
    `${IND}<file original="${escapeAttr(file.original)}" source-language="${escapeAttr(file.sourceLang)}"${target} datatype="x-markdown">\n` +
    header +
    `${IND.repeat(2)}<body>\n${groups}${IND.repeat(2)}</body>\n` +
    `${IND}</file>\n</xliff>\n`
  );
}

/** A `<group>` (or, for the ungrouped id '', its bare units), each line starting at `indent`. */
export function group12(group: UnitGroup, indent: string): string {
  if (group.id === '') return group.units.map((u) => unit12(u, indent)).join('');
  const units = group.units.map((u) => unit12(u, indent + IND)).join('');
  return `${indent}<group id="${escapeAttr(group.id)}" restype="${groupType.v12(group.kind)}">\n${units}${indent}</group>\n`;
}

/** A `<trans-unit>` at `indent`, newline-terminated. */
export function unit12(unit: Unit, indent: string): string {
  const inner = indent + IND;
  // A reviewed or final unit carries the sign-off where pocount and CAT tools look for it.
  const approved = isReviewedState(unit.state) && unit.target !== undefined ? ' approved="yes"' : '';
  let out = `${indent}<trans-unit id="${escapeAttr(unit.id)}"${approved}>\n`;
  out += `${inner}${source12(unit.source)}\n`;
  if (unit.target !== undefined) out += `${inner}${target12(unit)}\n`;
  for (const part of extras12(unit)) out += `${inner}${part}\n`;
  return `${out}${indent}</trans-unit>\n`;
}

/** `<source>` element. */
export function source12(source: Content): string {
  return `<source>${writeContent12(source)}</source>`;
}

/** `<target>` element with state and origin qualifier. */
export function target12(unit: Unit): string {
  return `<target${targetAttrs12(unit)}>${writeContent12(unit.target ?? [])}</target>`;
}

/** ` state="…"[ state-qualifier="…"]` for a unit. */
export function targetAttrs12(unit: Unit): string {
  const qualifier = unit.origin ? ORIGIN_QUALIFIER12[unit.origin] : undefined;
  return ` state="${XLIFF12_STATE[unit.state]}"${qualifier ? ` state-qualifier="${qualifier}"` : ''}`;
}

/** What follows the target: the previous source (as `alt-trans`) and notes. */
export function extras12(unit: Unit): string[] {
  const out: string[] = [];
  if (unit.previousSource) out.push(previous12(unit.previousSource, unit.target ?? []));
  for (const note of unit.notes ?? []) out.push(note12(note));
  return out;
}

/** The old source of a changed sentence, with the target made from it, as CAT tools show alt-trans. */
export function previous12(previousSource: Content, target: Content): string {
  return `<alt-trans alttranstype="previous-version">${source12(previousSource)}<target>${writeContent12(target)}</target></alt-trans>`;
}

/** A `<note>`. */
export function note12(note: Note): string {
  const from = note.from !== undefined ? ` from="${escapeAttr(note.from)}"` : '';
  const annotates = note.annotates !== undefined ? ` annotates="${note.annotates}"` : '';
  return `<note${from}${annotates}>${escapeText(note.text)}</note>`;
}

/** The stamp's `<note>` (1.2 header). */
export function stampNote12(stamp: ArticleStamp): string {
  return note12({ text: formatStamp(stamp), from: STAMP_NOTE });
}

/** A `<header>` holding only the stamp, its start tag at `indent` (not written), no final newline. */
export function header12(stamp: ArticleStamp, indent: string): string {
  return `<header>\n${indent}${IND}${stampNote12(stamp)}\n${indent}</header>`;
}
