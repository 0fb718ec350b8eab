import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Unit, UnitFile } from '@dari/core';
import { validateXliff } from '../../../tests/support/validate-xliff.js';

export { requireSchemas } from '../../../tests/support/validate-xliff.js';

/** Test factories and helpers; not exported from the package. */

export const fixturesDir = new URL('../../../tests/fixtures/xliff/', import.meta.url).pathname;

let dir: string | undefined;

/** Writes text to a temp file and validates it against the OASIS schema of its version. */
export function validate(
  text: string,
  options: { transitional?: boolean } = {},
): { ok: boolean; errors: string } {
  dir ??= mkdtempSync(join(tmpdir(), 'dari-xliff-'));
  const path = join(dir, `f${Math.random().toString(36).slice(2)}.xlf`);
  writeFileSync(path, text);
  return validateXliff(path, options);
}

/** A unit with defaults. */
export function unit(id: string, over: Partial<Unit> = {}): Unit {
  return { id, source: [`Source of ${id}.`], state: 'new', ...over };
}

/** A bilingual en→ko unit file with defaults. */
export function unitFile(over: Partial<UnitFile> = {}): UnitFile {
  return {
    version: '1.2',
    sourceLang: 'en',
    targetLang: 'ko',
    original: 'articles/korus-fta.md',
    groups: [
      { id: 'p-title', kind: 'title', units: [unit('s-title', { target: ['제목'], state: 'translated' })] },
      {
        id: 'p-1',
        kind: 'paragraph',
        units: [unit('s-1-1'), unit('s-1-2', { target: ['둘'], state: 'needs-review' })],
      },
    ],
    ...over,
  };
}

/** The model fields that must survive a round trip (drops read-only line/column/block). */
export function modelOf(u: Unit): Omit<Unit, 'line' | 'column' | 'block'> {
  const { line: _l, column: _c, block: _b, ...rest } = u;
  return rest;
}
