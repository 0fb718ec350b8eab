import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type Content,
  codesOf,
  DariError,
  normalizeContent,
  type Unit,
  type UnitFile,
  unitsOf,
} from '@dari/core';
import { requireSchemas, validateXliff } from '../../../tests/support/validate-xliff.js';
import type { XliffDocument } from './document.js';
import { readXliff } from './read.js';
import { writeXliffBytes } from './write.js';
import { parseXml } from './xml/parse.js';
import { childElements, type XmlElement } from './xml/tree.js';

/**
 * The conformance harness: what Dari does with one file of the peer corpus
 * (`../shared/testdata/xliff-peer/`), as a new user would try it: read, write back unchanged,
 * change one target, re-read, validate. Test-only (not built); the data is never copied here.
 */

export const peerDir = resolve(
  new URL('.', import.meta.url).pathname,
  '../../../../shared/testdata/xliff-peer',
);

export interface ManifestRow {
  readonly local: string;
  readonly version: string;
  readonly expected: 'valid' | 'invalid';
  readonly why: string;
}

export function readManifest(): ManifestRow[] {
  const lines = readFileSync(join(peerDir, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1);
  return lines
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [local = '', , , , version = '', expected = '', why = ''] = l.split('\t');
      return { local, version, expected: expected === 'invalid' ? 'invalid' : 'valid', why };
    });
}

export interface Outcome {
  readonly row: ManifestRow;
  /** The error when reading failed: its formatted line, and whether it named file:line:col and a rule. */
  readonly error?: { readonly text: string; readonly placed: boolean };
  /** A crash: anything but a DariError. */
  readonly crash?: string;
  readonly identical?: boolean;
  /** Why the one-target edit is wrong, '' when it is right, undefined when not tried (no unit). */
  readonly edit?: string;
}

const EDIT: Content = ['Dari edit <&> ✓'];

/** Runs the whole trial on one file. */
export function tryFile(row: ManifestRow, validateDir: string): Outcome {
  const path = join(peerDir, row.local);
  const bytes = readFileSync(path);
  let doc: XliffDocument;
  try {
    doc = readBytes(bytes, row.local);
  } catch (e) {
    if (e instanceof DariError) {
      const d = e.diagnostics[0];
      const placed = d?.file === row.local && d.line !== undefined && d.column !== undefined && !!d.ruleId;
      return { row, error: { text: e.message.split('\n')[0] ?? '', placed } };
    }
    return { row, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  try {
    const same = writeBytes(doc, doc);
    const identical = Buffer.compare(Buffer.from(same), bytes) === 0;
    return { row, identical, ...editTrial(doc, bytes, path, validateDir) };
  } catch (e) {
    return { row, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}

function writeBytes(next: UnitFile, previous: XliffDocument): Uint8Array {
  return writeXliffBytes(next, previous);
}

function readBytes(bytes: Uint8Array, file: string): XliffDocument {
  return readXliff(bytes, file);
}

/** Changes the first unit's target and checks that only that unit changed, keeping all it had. */
function editTrial(doc: XliffDocument, bytes: Buffer, path: string, validateDir: string): { edit?: string } {
  // A translator's edit keeps the codes; a plain-text unit is edited when there is one.
  const all = unitsOf(doc);
  const first = all.find((u) => u.source.every((p) => typeof p === 'string')) ?? all[0];
  if (!first) return {};
  const edit: Content = [...EDIT, ...codesOf(first.source)];
  const edited: UnitFile = {
    ...doc,
    targetLang: doc.targetLang ?? 'x-edit',
    groups: doc.groups.map((g) => ({
      ...g,
      units: g.units.map((u) => (u.id === first.id ? { ...u, target: edit, state: 'translated' } : u)),
    })),
  };
  const out = writeBytes(edited, doc);
  let again: XliffDocument;
  try {
    again = readBytes(out, doc.file);
  } catch (e) {
    return { edit: `re-read failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}` };
  }
  const before = new Map(unitsOf(doc).map((u) => [u.id, u]));
  const after = unitsOf(again);
  if (after.length !== before.size) return { edit: `unit count ${before.size} → ${after.length}` };
  for (const u of after) {
    const b = before.get(u.id);
    if (!b) return { edit: `unit ${u.id} appeared` };
    if (u.id === first.id) {
      if (JSON.stringify(u.target) !== JSON.stringify(normalizeContent(edit)))
        return { edit: `edited target reads back as ${JSON.stringify(u.target)}` };
      if (u.state !== 'translated') return { edit: `edited state reads back as ${u.state}` };
      continue;
    }
    if (JSON.stringify(strip(u)) !== JSON.stringify(strip(b))) return { edit: `unit ${u.id} changed` };
  }
  const bytesProblem = outsideUnchanged(doc, first.id, bytes, out);
  if (bytesProblem) return { edit: bytesProblem };
  const validation = validatesAsBefore(path, out, validateDir);
  return { edit: validation };
}

function strip(u: Unit): Omit<Unit, 'line' | 'column'> {
  const { line: _l, column: _c, ...rest } = u;
  return rest;
}

/**
 * Everything outside the edited unit's element is byte-identical, and every element and attribute
 * the tool wrote inside it (outside `<target>` content) is still there.
 */
function outsideUnchanged(doc: XliffDocument, id: string, before: Buffer, after: Uint8Array): string {
  const place = doc.places.get(id);
  if (!place) return `no place for ${id}`;
  const oldText = doc.xml.text;
  const newDoc = readBytes(after, doc.file);
  const newPlace = newDoc.places.get(id);
  if (!newPlace) return `no place for ${id} after the edit`;
  const newText = newDoc.xml.text;
  // A file without a target language gains one with its first target: the root start tag changes.
  const langHolder = (d: XliffDocument) =>
    d.version === '2.0' ? d.xml.root : (childElements(d.xml.root, 'file', d.ns)[0] ?? d.xml.root);
  const from = doc.targetLang === undefined ? langHolder(doc).openEnd : 0;
  const newFrom = doc.targetLang === undefined ? langHolder(newDoc).openEnd : 0;
  if (oldText.slice(from, place.element.start) !== newText.slice(newFrom, newPlace.element.start))
    return 'bytes before the edited unit changed';
  if (oldText.slice(place.element.end) !== newText.slice(newPlace.element.end))
    return 'bytes after the edited unit changed';
  const had = inventory(place.element);
  const has = new Set(inventory(newPlace.element));
  // A changed target voids a reviewer's sign-off (1.2 `approved="yes"` follows the state; issue 16).
  const lost = had.filter((k) => !has.has(k) && !k.endsWith('}trans-unit@{}approved'));
  if (lost.length > 0) return `lost in the edited unit: ${lost.slice(0, 3).join(', ')}`;
  if (before.length > 3 && before[0] === 0xef && before[1] === 0xbb && after[0] !== 0xef)
    return 'BOM dropped';
  return '';
}

/** `{uri}local@attr` of every element in a unit except inside `<target>` (whose content is the edit). */
function inventory(el: XmlElement): string[] {
  const out: string[] = [];
  const walk = (e: XmlElement, inTarget: boolean) => {
    const key = `{${e.uri}}${e.local}`;
    if (!inTarget) {
      out.push(key);
      for (const a of e.attrs) if (!a.name.startsWith('xmlns')) out.push(`${key}@{${a.uri}}${a.local}`);
    }
    for (const c of e.children) if (c.kind === 'element') walk(c, inTarget || e.local === 'target');
  };
  walk(el, false);
  return out;
}

/** '' when the edited file validates whenever the original did (same schema), else the first error. */
function validatesAsBefore(path: string, out: Uint8Array, dir: string): string {
  // Without the schemas: one skip line in the summary (a failure under CI=true), no validation.
  if (requireSchemas().missing) return '';
  const edited = join(dir, `edited-${Math.random().toString(36).slice(2)}.xlf`);
  writeFileSync(edited, out);
  for (const transitional of [false, true]) {
    let original: { ok: boolean };
    try {
      original = validateXliff(path, { transitional });
    } catch {
      return '';
    }
    if (!original.ok) continue;
    const now = validateXliff(edited, { transitional });
    return now.ok ? '' : `no longer validates: ${now.errors.split('\n')[0]}`;
  }
  return '';
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dari-peer-'));
}

/** Parses without the XLIFF layer, for the harness's own checks. */
export const parseOnly = parseXml;
