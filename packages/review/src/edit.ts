import {
  DariError,
  hasTranslation,
  isTranslatedState,
  type Unit,
  type UnitFile,
  type UnitState,
} from '@dari/core';
import { DARI } from '@dari/sync';
import { readXliff, writeXliff, type XliffDocument } from '@dari/xliff';
import { fromEditable, toEditable } from './editable.js';

/** One change to one unit: a new target (as editable text, see `toEditable`), or a sign-off given or taken back. */
export type UnitEdit =
  | { readonly kind: 'target'; readonly text: string }
  | { readonly kind: 'approve' }
  | { readonly kind: 'unapprove' };

/** A unit's sign-off: 1.2 `approved="yes"` on a translated unit, 2.x a reviewed or final state. */
export function isApproved(doc: XliffDocument, unit: Unit): boolean {
  if (!hasTranslation(unit)) return false;
  if (doc.version !== '1.2') return unit.state === 'reviewed' || unit.state === 'final';
  const el = doc.places.get(unit.id)?.element;
  return el?.attrs.some((a) => a.local === 'approved' && a.uri === '' && a.value === 'yes') ?? false;
}

function refuse(message: string, unit: Unit, doc: XliffDocument, note: string): DariError {
  return new DariError({
    ruleId: 'review-refused',
    severity: 'error',
    message,
    file: doc.file,
    line: unit.line ?? 1,
    column: unit.column ?? 1,
    unitId: unit.id,
    note,
  });
}

/** The state a signed-off unit is written with: 1.2 `final` (+ `approved="yes"`), 2.x `reviewed`. */
const approvedState = (doc: XliffDocument): UnitState => (doc.version === '1.2' ? 'final' : 'reviewed');

/**
 * The unit without the review aids sync left on it (previous source, its own notes): once a
 * translator or reviewer has settled the unit they are stale, as `dari sync` would decide too.
 */
function settled(unit: Unit): Omit<Unit, 'state'> {
  const { previousSource: _p, origin: _o, notes, ...rest } = unit;
  const kept = (notes ?? []).filter((n) => n.from !== DARI);
  return kept.length > 0 ? { ...rest, notes: kept } : rest;
}

/** The unit after an edit (pure); the same object when the edit changes nothing. */
export function applyEdit(doc: XliffDocument, unit: Unit, edit: UnitEdit): Unit {
  const rest = settled(unit);
  switch (edit.kind) {
    case 'target': {
      if (unit.target !== undefined && toEditable(unit.target) === edit.text && isTranslatedState(unit.state))
        return unit;
      const target = fromEditable(edit.text, unit.source);
      if (!target.some((p) => typeof p !== 'string' || p.trim() !== ''))
        throw refuse(
          'an empty target cannot be saved',
          unit,
          doc,
          'Type the translation, or leave the unit as it is.',
        );
      // Typing a translation settles a source change, and a changed text needs a new sign-off.
      return { ...rest, target, state: 'translated' };
    }
    case 'approve':
      if (!hasTranslation(unit))
        throw refuse(
          'an untranslated unit cannot be approved',
          unit,
          doc,
          'Translate it first, then approve it.',
        );
      return { ...rest, state: approvedState(doc) };
    case 'unapprove':
      if (!isApproved(doc, unit) && unit.state !== 'reviewed' && unit.state !== 'final') return unit;
      return { ...unit, state: 'translated' };
  }
}

function withUnit(doc: UnitFile, next: Unit): UnitFile {
  return {
    ...doc,
    groups: doc.groups.map((g) => ({ ...g, units: g.units.map((u) => (u.id === next.id ? next : u)) })),
  };
}

/**
 * Applies one edit to the unit `id` of an XLIFF text and returns the new text, in which only that
 * unit's bytes differ (the XLIFF layer's splice), and the unit as written. Throws DariError for a
 * unit that does not exist or an edit that cannot apply.
 */
export function editXliff(
  text: string,
  path: string,
  id: string,
  edit: UnitEdit,
): { text: string; unit: Unit } {
  const doc = readXliff(text, path);
  const unit = unitOf(doc, id) as Unit | undefined;
  if (!unit) {
    throw new DariError({
      ruleId: 'review-no-unit',
      severity: 'error',
      message: `there is no unit "${id}" in this file`,
      file: path,
      note: 'The file may have been synced since the page was loaded; reload it.',
    });
  }
  const next = applyEdit(doc, unit, edit);
  if (next === unit) return { text, unit };
  const out = writeXliff(withUnit(doc, next), doc);
  if (doc.version !== '1.2') return { text: out, unit: next };
  // In 1.2 the sign-off is an attribute the splice sets or clears on a change of state. When the
  // state already said so (a tool wrote `final` without `approved`, or `approved` beside
  // `translated`), pass once through the other side so that the attribute follows the state.
  const want = next.state === 'reviewed' || next.state === 'final';
  const written = readXliff(out, path);
  const now = unitOf(written, id);
  if (isApproved(written, now) === want) return { text: out, unit: next };
  const detour = readXliff(
    writeXliff(withUnit(written, { ...now, state: want ? 'translated' : 'final' }), written),
    path,
  );
  return { text: writeXliff(withUnit(detour, next), detour), unit: next };
}

function unitOf(doc: UnitFile, id: string): Unit {
  return doc.groups.flatMap((g) => g.units).find((u) => u.id === id) as Unit;
}
