import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasTranslation, type Unit, type UnitState, unitsOf } from '@dari/core';
import { readXliff, writeXliff } from '@dari/xliff';
import { describe, expect, it } from 'vitest';
import { requireShared } from '../../../tests/support/shared.js';
import { requireTool } from '../../../tests/support/tools.js';
import { approvedUnitIds } from './approved.js';
import { checkFile } from './check-file.js';
import type { Counts, PocountCounts } from './report.js';
import { activeRules } from './rules/index.js';
import { completenessOf, translatableFile } from './stats.js';
import { file, unit } from './test-support/factories.js';

const FIXTURES = new URL('../../../tests/fixtures/check/pocount/', import.meta.url).pathname;
const POCOUNT = requireTool('pocount', 'translate-toolkit', 'pocount agreement tests');
const SEED = requireShared('seed/000_2ddcc298c3aa7398.txt', 'pocount agreement on the seed article');

/** pocount's own numbers for a file, from its short string and word summaries. */
function runPocount(
  path: string,
): Pick<PocountCounts, 'total' | 'translated' | 'fuzzy' | 'untranslated' | 'totalSourceWords'> | undefined {
  const strings = execFileSync(POCOUNT.path, ['--no-color', '--short-strings', path], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const words = execFileSync(POCOUNT.path, ['--no-color', '--short-words', path], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const s = /total: (\d+)\s*\|\s*(\d+)t\s+(\d+)f\s+(\d+)u/.exec(strings);
  const w = /total: (\d+)/.exec(words);
  // pocount prints nothing for a file it cannot read.
  if (!s || !w) return undefined;
  return {
    total: Number(s[1]),
    translated: Number(s[2]),
    fuzzy: Number(s[3]),
    untranslated: Number(s[4]),
    totalSourceWords: Number(w[1]),
  };
}

function ours(
  text: string | Uint8Array,
  path: string,
): PocountCounts & { counts: Counts; prefilled: number } {
  const doc = translatableFile(readXliff(text, path));
  const approved = approvedUnitIds(doc);
  const { report } = checkFile(
    { file: doc, path, locale: 'ko', ...(approved ? { approved } : {}) },
    activeRules({}),
    [],
  );
  // Targets Dari does not count as translated although they hold text (pre-filled copies).
  const prefilled = unitsOf(doc).filter(
    (u) => hasTranslation(u) && completenessOf(u) === 'untranslated',
  ).length;
  return { ...report.pocount, counts: report.counts, prefilled };
}

/** A file of the seed article's paragraphs (split at sentence ends), in every state, some with codes. */
function seedFile(): string {
  const states: UnitState[] = ['new', 'needs-translation', 'needs-review', 'translated', 'reviewed', 'final'];
  const sentences = readFileSync(SEED.path, 'utf8')
    .split('\n')
    .flatMap((p) => p.split(/(?<=[.?!]"?) (?=[A-Z"])/))
    .filter((s) => s.trim() !== '');
  const units: Unit[] = sentences.map((s, i) => {
    const state = states[i % states.length] as UnitState;
    const source =
      i % 4 === 0
        ? [
            { type: 'open', id: '1', kind: 'link', data: '<a href="https://yna.co.kr/x?a=1&b=2">' } as const,
            s,
            { type: 'close', id: '1', kind: 'link', data: '</a>' } as const,
          ]
        : [s];
    return state === 'new'
      ? { id: `u${i}`, source, state }
      : unit({ id: `u${i}`, source, target: `번역 ${i}번 문장.`, state });
  });
  return writeXliff(file(units));
}

describe.skipIf(POCOUNT.missing)('agreement with translate-toolkit pocount on XLIFF 1.2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dari-pocount-'));
  const cases: [string, string][] = readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.xlf'))
    .map((n) => [n, readFileSync(join(FIXTURES, n), 'utf8')]);
  if (!SEED.missing) {
    const generated = seedFile();
    cases.push(['seed-generated.xlf', generated]);
    // The same file with approved="yes" on every unit that has a target: pocount then calls them translated.
    cases.push([
      'seed-approved.xlf',
      generated.replace(
        /<trans-unit (id="[^"]*")>(?=\s*<source>[\s\S]*?<\/source>\s*<target)/g,
        '<trans-unit $1 approved="yes">',
      ),
    ]);
  }

  for (const [name, text] of cases) {
    it(`${name}: total, translated, fuzzy and untranslated exactly, source words within 2%`, () => {
      const path = join(dir, name);
      writeFileSync(path, text);
      const theirs = runPocount(path);
      if (!theirs) throw new Error(`pocount read nothing from ${name}`);
      const mine = ours(text, `locales/ko/${name}`);
      expect({
        total: mine.total,
        translated: mine.translated,
        fuzzy: mine.fuzzy,
        untranslated: mine.untranslated,
      }).toEqual({
        total: theirs.total,
        translated: theirs.translated,
        fuzzy: theirs.fuzzy,
        untranslated: theirs.untranslated,
      });
      expect(Math.abs(mine.totalSourceWords - theirs.totalSourceWords)).toBeLessThanOrEqual(
        theirs.totalSourceWords * 0.02,
      );
      expect(theirs.total).toBeGreaterThan(0);
      if (name === 'seed-approved.xlf') return; // approved="yes" pasted onto units that need work
      // Review states: pocount's translated is Dari's reviewed; its fuzzy is Dari's translated but
      // not reviewed, plus the targets Dari holds back (needs review, pre-filled copies).
      expect(mine.counts.reviewed).toBe(theirs.translated);
      expect(theirs.fuzzy).toBe(
        mine.counts.translated - mine.counts.reviewed + mine.counts.needsReview + mine.prefilled,
      );
    });
  }
});

/** Every XLIFF 1.x file of the peer corpus that pocount reads: the same unit counts. */
const PEER = requireShared('testdata/xliff-peer/MANIFEST.tsv', 'pocount agreement on the XLIFF peer corpus');
const peer = join(PEER.path, '..');
const peerPresent = !PEER.missing;

describe.skipIf(POCOUNT.missing || !peerPresent)(
  'agreement with pocount on every XLIFF 1.x file of the peer corpus',
  () => {
    const rows = peerPresent
      ? readFileSync(join(peer, 'MANIFEST.tsv'), 'utf8')
          .split('\n')
          .slice(1)
          .map((l) => l.split('\t'))
          .filter((c) => c[4]?.startsWith('1.') && c[5] === 'valid')
          .map((c) => c[0] ?? '')
      : [];
    it.each(rows)(
      '%s',
      (name) => {
        const path = join(peer, name);
        const theirs = runPocount(path);
        if (!theirs) return; // pocount cannot read it: nothing to agree with.
        let mine: PocountCounts;
        try {
          mine = ours(readFileSync(path), name);
        } catch {
          return; // Dari refuses it (the conformance test says why); pocount's numbers have no counterpart.
        }
        const pick = (c: Pick<PocountCounts, 'total' | 'translated' | 'fuzzy' | 'untranslated'>) => ({
          total: c.total,
          translated: c.translated,
          fuzzy: c.fuzzy,
          untranslated: c.untranslated,
        });
        expect(pick(mine)).toEqual(pick(theirs));
      },
      60_000,
    );
  },
);
