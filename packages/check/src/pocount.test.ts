import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Unit, UnitState } from '@dari/core';
import { readXliff, writeXliff } from '@dari/xliff';
import { describe, expect, it } from 'vitest';
import { approvedUnitIds } from './approved.js';
import { checkFile } from './check-file.js';
import type { PocountCounts } from './report.js';
import { activeRules } from './rules/index.js';
import { translatableFile } from './stats.js';
import { file, unit } from './test-support/factories.js';

const FIXTURES = new URL('../../../tests/fixtures/check/pocount/', import.meta.url).pathname;
const SEED = '/work/shared/seed/000_2ddcc298c3aa7398.txt';

function hasPocount(): boolean {
  try {
    execFileSync('pocount', ['--help'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** pocount's own numbers for a file, from its short string and word summaries. */
function runPocount(
  path: string,
): Pick<PocountCounts, 'total' | 'translated' | 'fuzzy' | 'untranslated' | 'totalSourceWords'> | undefined {
  const strings = execFileSync('pocount', ['--no-color', '--short-strings', path], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const words = execFileSync('pocount', ['--no-color', '--short-words', path], {
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

function ours(text: string | Uint8Array, path: string): PocountCounts {
  const doc = translatableFile(readXliff(text, path));
  const approved = approvedUnitIds(doc);
  return checkFile({ file: doc, path, locale: 'ko', ...(approved ? { approved } : {}) }, activeRules({}), [])
    .report.pocount;
}

/** A file of the seed article's paragraphs (split at sentence ends), in every state, some with codes. */
function seedFile(): string {
  const states: UnitState[] = ['new', 'needs-translation', 'needs-review', 'translated', 'reviewed', 'final'];
  const sentences = readFileSync(SEED, 'utf8')
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

describe.skipIf(!hasPocount())('agreement with translate-toolkit pocount on XLIFF 1.2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dari-pocount-'));
  const cases: [string, string][] = readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.xlf'))
    .map((n) => [n, readFileSync(join(FIXTURES, n), 'utf8')]);
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
    });
  }
});

/** Every XLIFF 1.x file of the peer corpus that pocount reads: the same unit counts. */
const peer = new URL('../../../../shared/testdata/xliff-peer/', import.meta.url).pathname;
const peerPresent = existsSync(join(peer, 'MANIFEST.tsv'));
if (!peerPresent && process.env.CI === 'true')
  throw new Error(
    '../shared/testdata/xliff-peer is missing: the pocount agreement corpus must sit beside the repository in CI',
  );
if (!peerPresent)
  console.log('skipped: XLIFF peer corpus not found at ../shared/testdata/xliff-peer (pocount agreement)');

describe.skipIf(!hasPocount() || !peerPresent)(
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
