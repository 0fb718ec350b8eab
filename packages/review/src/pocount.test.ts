import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { activeRules, approvedUnitIds, checkFile } from '@dari/check';
import { unitsOf } from '@dari/core';
import { readXliff } from '@dari/xliff';
import { describe, expect, it } from 'vitest';
import { editXliff } from './edit.js';
import { haveSchemas, SEED_KO, validate } from './test-support.js';

const PATH = 'locales/ko/korus-fta-revision-talks.xlf';

function hasPocount(): boolean {
  try {
    execFileSync('pocount', ['--help'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
if (!hasPocount() && process.env.CI === 'true') throw new Error('CI needs pocount (translate-toolkit)');

const dir = mkdtempSync(join(tmpdir(), 'dari-review-pocount-'));

/** pocount's translated/fuzzy/untranslated strings of an XLIFF text. */
function pocount(text: string): { translated: number; fuzzy: number; untranslated: number } {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.xlf`);
  writeFileSync(path, text);
  const out = execFileSync('pocount', ['--no-color', '--short-strings', path], { encoding: 'utf8' });
  const m = /(\d+)t\s+(\d+)f\s+(\d+)u/.exec(out);
  if (!m) throw new Error(`unexpected pocount output: ${out}`);
  return { translated: Number(m[1]), fuzzy: Number(m[2]), untranslated: Number(m[3]) };
}

function dari(text: string) {
  const doc = readXliff(text, PATH);
  const approved = approvedUnitIds(doc);
  const { counts } = checkFile(
    { file: doc, path: PATH, locale: 'ko', ...(approved ? { approved } : {}) },
    activeRules({}),
    [],
  ).report;
  return { translated: counts.translated, reviewed: counts.reviewed };
}

describe.skipIf(!hasPocount())(
  'pocount agrees with Dari before and after the seed is reviewed',
  { timeout: 60_000 },
  () => {
    const seed = readFileSync(SEED_KO, 'utf8');
    const ids = unitsOf(readXliff(seed, PATH)).map((u) => u.id);

    it('before: every unit translated, none reviewed; pocount sees them all fuzzy', () => {
      const d = dari(seed);
      expect(d).toEqual({ translated: ids.length, reviewed: 0 });
      expect(pocount(seed)).toEqual({ translated: 0, fuzzy: ids.length, untranslated: 0 });
    });

    it('half approved, then all: pocount translated = Dari reviewed, fuzzy = translated not reviewed', () => {
      let text = seed;
      for (const [i, id] of ids.entries()) {
        text = editXliff(text, PATH, id, { kind: 'approve' }).text;
        if (i === Math.floor(ids.length / 2)) {
          const d = dari(text);
          expect(pocount(text)).toEqual({
            translated: d.reviewed,
            fuzzy: d.translated - d.reviewed,
            untranslated: 0,
          });
        }
      }
      expect(dari(text)).toEqual({ translated: ids.length, reviewed: ids.length });
      expect(pocount(text)).toEqual({ translated: ids.length, fuzzy: 0, untranslated: 0 });
      if (haveSchemas) expect(validate(text)).toEqual({ ok: true, errors: '' });
      // One edit after approval puts that unit back among pocount's fuzzy ones.
      const edited = editXliff(text, PATH, ids[3] as string, {
        kind: 'target',
        text: '다시 고친 문장.',
      }).text;
      expect(pocount(edited)).toEqual({ translated: ids.length - 1, fuzzy: 1, untranslated: 0 });
      expect(dari(edited)).toEqual({ translated: ids.length, reviewed: ids.length - 1 });
    });
  },
);
