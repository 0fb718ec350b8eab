import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireSchemas, validateXliff } from '../../../tests/support/validate-xliff.js';

/** The seed article's Korean file, as `dari sync` wrote it into the repository. */
export const SEED_KO = new URL('../../../locales/ko/korus-fta-revision-talks.xlf', import.meta.url).pathname;

/**
 * The OASIS schemas, found as every test finds them (tests/support/schemas.ts): absent on a bare
 * clone, where schema validation is skipped with one line in the summary, and a failure under CI.
 */
export const haveSchemas = !requireSchemas().missing;

let dir: string | undefined;

/** Validates XLIFF text against its OASIS schema (libxml2, in process). */
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
