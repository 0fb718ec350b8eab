import { lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { DariConfig } from '@dari/config';
import { DariError, type Unit } from '@dari/core';
import { readXliff, type XliffDocument } from '@dari/xliff';
import { editXliff, type UnitEdit } from './edit.js';
import { fileRules } from './io.js';

/** A locale file as loaded for editing: its text, the model, and the hash a save must match. */
export interface LoadedFile {
  /** Path relative to the project root, `locales/<lang>/<slug>.xlf`. */
  readonly file: string;
  readonly text: string;
  readonly hash: string;
  readonly doc: XliffDocument;
}

/** What a save did: written (with the new hash), or refused because the file changed on disk. */
export type SaveResult =
  | { readonly status: 'saved'; readonly hash: string; readonly unit: Unit; readonly changed: boolean }
  | { readonly status: 'conflict'; readonly hash: string };

function badPath(file: string, why: string): DariError {
  return new DariError({
    ruleId: 'review-path',
    severity: 'error',
    message: `${file}: ${why}`,
    note: 'Only the .xlf files under the locales folder can be edited.',
  });
}

/**
 * The absolute path of a locale file named relative to the root, refusing anything outside the
 * locales folder (`..`, absolute paths, symbolic links leading out), any non-`.xlf` file and the
 * memory folder.
 */
export function localeFilePath(config: DariConfig, file: string): string {
  if (isAbsolute(file) || !file.endsWith('.xlf') || file.includes('\0'))
    throw badPath(file, 'not a locale file');
  const path = resolve(config.root, file);
  const base = realpathSync(config.localesDir);
  const inside = relative(resolve(config.localesDir), path);
  if (
    inside === '' ||
    inside.startsWith('..') ||
    isAbsolute(inside) ||
    inside.split(sep).some((p) => p.startsWith('.'))
  )
    throw badPath(file, 'outside the locales folder');
  let real: string;
  try {
    if (!lstatSync(path).isFile()) throw badPath(file, 'not a regular file');
    real = realpathSync(path);
  } catch (e) {
    if (e instanceof DariError) throw e;
    throw badPath(file, 'no such file');
  }
  if (!real.startsWith(base + sep)) throw badPath(file, 'outside the locales folder');
  return path;
}

/** Reads a locale file for editing. */
export function loadLocaleFile(config: DariConfig, file: string): LoadedFile {
  const bytes = fileRules.read(localeFilePath(config, file), file, config.limits.fileBytes);
  const text = fileRules.decodeUtf8(bytes, file);
  return { file, text, hash: fileRules.hashOf(bytes), doc: readXliff(text, file) };
}

/**
 * Applies one edit to one unit and writes the file atomically under the sync lock, unless the file
 * changed on disk since it was loaded with hash `expected` (the translator's CAT tool wins: nothing
 * is written and the caller reloads).
 */
export function saveUnitEdit(
  config: DariConfig,
  file: string,
  expected: string,
  id: string,
  edit: UnitEdit,
): SaveResult {
  return saveUnitEdits(config, file, expected, [{ id, edit }]);
}

/**
 * Several edits of one file in one write (all or none: an edit that cannot apply throws before
 * anything is written). The result's unit is the last one edited.
 */
export function saveUnitEdits(
  config: DariConfig,
  file: string,
  expected: string,
  edits: ReadonlyArray<{ readonly id: string; readonly edit: UnitEdit }>,
): SaveResult {
  const path = localeFilePath(config, file);
  return fileRules.locked(config.localesDir, config.root, () => {
    const bytes = fileRules.read(path, file, config.limits.fileBytes);
    const hash = fileRules.hashOf(bytes);
    if (hash !== expected) return { status: 'conflict', hash };
    const before = fileRules.decodeUtf8(bytes, file);
    let text = before;
    let unit: Unit | undefined;
    for (const { id, edit } of edits) ({ text, unit } = editXliff(text, file, id, edit));
    if (!unit) throw new Error('no edit given');
    if (text === before) return { status: 'saved', hash, unit, changed: false };
    fileRules.writeAtomic(path, text, file);
    return { status: 'saved', hash: fileRules.hashOf(text), unit, changed: true };
  });
}
