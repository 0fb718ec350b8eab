import { type Content, hasTranslation, isTranslatedState, type Note, plainText, type Unit } from '@dari/core';
import { sourceKey } from './key.js';

/** Who writes the notes sync adds; notes from anyone else are kept untouched. */
export const DARI = 'dari';

/**
 * OmegaT (and other tools) never update `state`: a target that differs from the source under
 * `new`/`needs-translation` was typed by a translator, so it is recorded as translated. A target
 * equal to the source is a pre-fill (or an untouched copy) and stays untranslated.
 */
export function recogniseTranslated(unit: Unit): Unit {
  if (unit.state !== 'new' && unit.state !== 'needs-translation') return unit;
  if (!unit.target || !hasTranslation(unit)) return unit;
  if (sourceKey(unit.target) === sourceKey(unit.source)) return unit;
  return { ...unit, state: 'translated', origin: 'translator' };
}

/** Notes not written by sync. */
export function foreignNotes(unit: Unit | undefined): Note[] {
  return (unit?.notes ?? []).filter((n) => n.from !== DARI);
}

/**
 * Once a translator has confirmed a target (translated or later), the review aids sync left on it
 * (previous source, dari notes) are stale and go; while it still needs review they stay.
 */
export function dropStaleReviewAids(unit: Unit): Unit {
  if (!isTranslatedState(unit.state)) return unit;
  if (unit.previousSource === undefined && !unit.notes?.some((n) => n.from === DARI)) return unit;
  const { previousSource: _, notes, ...rest } = unit;
  const kept = foreignNotes(unit);
  return kept.length > 0 ? { ...rest, notes: kept } : rest;
}

/** Applies or removes the source pre-fill according to the config switch. */
export function applyPrefill(unit: Unit, prefill: boolean): Unit {
  const isPrefill =
    unit.state === 'needs-translation' &&
    unit.target !== undefined &&
    sourceKey(unit.target) === sourceKey(unit.source);
  if (prefill && (unit.state === 'new' || unit.state === 'needs-translation') && !hasTranslation(unit)) {
    return { ...unit, target: unit.source, state: 'needs-translation', origin: 'source-copy' };
  }
  if (!prefill && isPrefill) {
    const { target: _, origin: __, ...rest } = unit;
    return { ...rest, state: 'new' };
  }
  return unit;
}

/** The basis a kept target was translated from: an earlier previous source while review is pending. */
export function translatedFrom(old: Unit): Content {
  return old.state === 'needs-review' && old.previousSource ? old.previousSource : old.source;
}

/** A dari note, as a CAT tool shows it beside the unit. */
export function dariNote(text: string): Note {
  return { text, from: DARI };
}

/** Joins contents with a separator string (merged sentences). */
export function joinContents(parts: readonly Content[], separator: string): Content {
  const out: Array<Content[number]> = [];
  parts.forEach((p, i) => {
    if (i > 0 && separator) out.push(separator);
    out.push(...p);
  });
  return out;
}

/** Plain text, for diffs and notes. */
export function textOf(content: Content): string {
  return plainText(content).replace(/\s+/gu, ' ').trim();
}
