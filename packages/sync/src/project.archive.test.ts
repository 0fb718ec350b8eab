import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UnitState } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { syncProject } from './project.js';
import { editUnits, fixtureProject, unitsIn } from './test-support/project.js';

/** Each native state, as the XLIFF version writes it, and the Dari state it maps to. */
const STATES: ReadonlyArray<{ version: '1.2' | '2.0'; native: string; state: UnitState }> = [
  { version: '1.2', native: 'new (with text)', state: 'new' },
  { version: '1.2', native: 'needs-translation (with text)', state: 'needs-translation' },
  { version: '1.2', native: 'translated', state: 'translated' },
  { version: '1.2', native: 'needs-review-translation', state: 'needs-review' },
  { version: '1.2', native: 'final', state: 'final' },
  { version: '1.2', native: 'signed-off', state: 'reviewed' },
  { version: '2.0', native: 'initial (with text)', state: 'new' },
  { version: '2.0', native: 'translated', state: 'translated' },
  { version: '2.0', native: 'reviewed', state: 'reviewed' },
  { version: '2.0', native: 'final', state: 'final' },
];

const TALKS = 'articles/talks.md';
const REMOVED = 'The special session will be held in Seoul on Tuesday.';
const SECOND = /\n\nUS Trade Representative[^\n]*\n/;

/** Each way a target can leave a locale file; `undo` puts the project back as it was. */
const PATHS: ReadonlyArray<{ name: string; remove: (dir: string) => () => void }> = [
  {
    name: 'sentence deleted',
    remove: (dir) => edit(dir, TALKS, (t) => t.replace(` ${REMOVED}`, '')),
  },
  { name: 'paragraph deleted', remove: (dir) => edit(dir, TALKS, (t) => t.replace(SECOND, '\n')) },
  {
    name: 'article deleted',
    remove: (dir) => {
      const text = readFileSync(join(dir, TALKS), 'utf8');
      rmSync(join(dir, TALKS));
      return () => writeFileSync(join(dir, TALKS), text);
    },
  },
  {
    name: 'locale removed from the config',
    remove: (dir) => edit(dir, 'dari.config.json', (t) => t.replace('"ko"', '"ja"')),
  },
];

function edit(dir: string, file: string, change: (text: string) => string): () => void {
  const text = readFileSync(join(dir, file), 'utf8');
  writeFileSync(join(dir, file), change(text));
  return () => writeFileSync(join(dir, file), text);
}

/** Every text under locales/ (locale files and archives), to look translations up in. */
function everything(dir: string): string {
  return readdirSync(join(dir, 'locales'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

const plain = (content: readonly unknown[] | undefined) =>
  (content ?? []).filter((p): p is string => typeof p === 'string').join('');

describe('the archive rule: a target with text that leaves a locale file, in any state, is kept', () => {
  for (const { version, native, state } of STATES) {
    for (const path of PATHS) {
      it(`XLIFF ${version} ${native}: ${path.name}`, async () => {
        const { dir, config } = fixtureProject();
        edit(dir, 'dari.config.json', (t) => t.replace('"1.2"', `"${version}"`));
        await syncProject(config());
        const ko = join(dir, 'locales/ko/talks.xlf');
        editUnits(ko, (u) => ({ ...u, target: [`번역 ${plain(u.source)}`], state }));
        expect(unitsIn(ko).every((u) => u.state === state)).toBe(true);
        const targets = unitsIn(ko).map((u) => plain(u.target));

        const undo = path.remove(dir);
        await syncProject(config());
        const kept = everything(dir);
        for (const target of targets) expect(kept).toContain(target);
        if (path.name !== 'locale removed from the config') {
          expect(existsSync(join(dir, 'locales/ko/.memory/archive.tmx'))).toBe(true);
        }

        // The memory offers every one of them again once its sentence is back.
        undo();
        await syncProject(config());
        expect(unitsIn(ko).map((u) => plain(u.target))).toEqual(targets);
      });
    }
  }
});
