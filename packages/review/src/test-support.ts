import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateXliff } from '../../../tests/support/xmllint.js';

/** The seed article's Korean file, as `dari sync` wrote it into the repository. */
export const SEED_KO = new URL('../../../locales/ko/korus-fta-revision-talks.xlf', import.meta.url).pathname;

/** The OASIS schemas beside the repository; absent on a bare clone (the tests then skip, or fail under CI). */
export const SCHEMAS = new URL('../../../../shared/schemas/', import.meta.url).pathname;
export const haveSchemas = existsSync(SCHEMAS);
if (!haveSchemas && process.env.CI === 'true') throw new Error(`CI needs the XLIFF schemas at ${SCHEMAS}`);
if (!haveSchemas) console.warn(`skipping schema validation: ${SCHEMAS} is absent`);

let dir: string | undefined;

/** Validates XLIFF text against its OASIS schema with xmllint. */
export function validate(text: string): { ok: boolean; errors: string } {
  dir ??= mkdtempSync(join(tmpdir(), 'dari-review-'));
  const path = join(dir, `f${Math.random().toString(36).slice(2)}.xlf`);
  writeFileSync(path, text);
  return validateXliff(path);
}

/** Where two texts differ: [start, endInA, endInB) after the common prefix and suffix. */
export function changedSpan(a: string, b: string): { start: number; endA: number; endB: number } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { start, endA, endB };
}
