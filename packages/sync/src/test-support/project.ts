import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DariConfig, loadConfig } from '@dari/config';
import type { Unit } from '@dari/core';
import { readXliff, writeXliff } from '@dari/xliff';

const FIXTURES = fileURLToPath(new URL('../../../../tests/fixtures/sync/', import.meta.url));

/** A fresh copy of `tests/fixtures/sync/<name>` in a temp folder, and its config. */
export function fixtureProject(name = 'basic'): { dir: string; config: () => DariConfig } {
  // Keep the tests' sync caches out of the user's cache folder (each project has its own file).
  process.env.DARI_CACHE_DIR ??= mkdtempSync(join(tmpdir(), 'dari-sync-cache-'));
  const dir = mkdtempSync(join(tmpdir(), 'dari-sync-'));
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return { dir, config: () => loadConfig(dir) };
}

/** Every file under a folder with its bytes and mtime, to prove a run changed nothing. */
export function snapshot(dir: string): Map<string, { bytes: string; mtimeMs: number }> {
  const out = new Map<string, { bytes: string; mtimeMs: number }>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else
        out.set(relative(dir, path), {
          bytes: readFileSync(path, 'latin1'),
          mtimeMs: statSync(path).mtimeMs,
        });
    }
  };
  walk(dir);
  return out;
}

/** Edits a locale file the way a CAT tool would: each unit through `edit`, saved losslessly. */
export function editUnits(path: string, edit: (unit: Unit) => Unit): void {
  const previous = readXliff(readFileSync(path, 'utf8'), path);
  const next = { ...previous, groups: previous.groups.map((g) => ({ ...g, units: g.units.map(edit) })) };
  writeFileSync(path, writeXliff(next, previous));
}

/** Units of a locale file as read back. */
export function unitsIn(path: string): Unit[] {
  return readXliff(readFileSync(path, 'utf8'), path).groups.flatMap((g) => g.units);
}

/** A fake Korean translation: enough to tell targets apart. */
export function translateAll(unit: Unit): Unit {
  const text = unit.source.filter((p) => typeof p === 'string').join('');
  return { ...unit, target: [`KO ${text}`], state: 'translated' };
}
