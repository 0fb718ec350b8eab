import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@dari/config';
import type { UnitState } from '@dari/core';
import { syncProject } from '@dari/sync';
import { readTmx, readXliff } from '@dari/xliff';
import { expect, it } from 'vitest';
import { editUnits } from '../../packages/sync/src/test-support/project.js';
import { REPO_ROOT } from '../support/project.js';

const BIN = join(REPO_ROOT, 'packages/cli/dist/bin.js');
const ARTICLES = 200;
const KILLS = 50;
const STATES: readonly UnitState[] = ['translated', 'reviewed', 'final', 'needs-review', 'new'];

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function article(i: number, variant = 0): string {
  const p = (n: number) =>
    `Paragraph ${n} of story ${i} opens here${variant ? ` in version ${variant}` : ''}. It says one thing about topic ${i * 7 + n}. Officials commented on item ${n} of ${i}.`;
  return `---\ntitle: Story number ${i}\ndate: 2017-08-${String((i % 28) + 1).padStart(2, '0')}\nlang: en\n---\n\n${p(1)}\n\n${p(2)}\n\n${p(3)}\n`;
}

/** Bytes of each file as last parsed fine: only files a run changed are parsed again. */
const parsed = new Map<string, string>();

/**
 * Every file under locales/ (locale files and archives): those that do not parse, the temp files,
 * and every Korean target text found (`>번역 …<`, in a locale file or the archive).
 */
function inspect(dir: string): { found: Set<string>; problems: string[]; temps: number } {
  const problems: string[] = [];
  const found = new Set<string>();
  let temps = 0;
  for (const entry of readdirSync(join(dir, 'locales'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (entry.name.endsWith('.dari-tmp')) {
      temps++;
      continue;
    }
    const body = readFileSync(path, 'utf8');
    if (parsed.get(path) !== body) {
      try {
        if (entry.name.endsWith('.xlf')) readXliff(body, path);
        else if (entry.name.endsWith('.tmx')) readTmx(body, path);
        parsed.set(path, body);
      } catch (e) {
        problems.push(`${path}: ${(e as Error).message}`);
      }
    }
    for (const m of body.matchAll(/>(번역 [^<]*)</g)) found.add(m[1] as string);
  }
  return { found, problems, temps };
}

function killedSync(dir: string, afterMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'sync', '--cwd', dir], { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

it(`a sync killed ${KILLS} times at random points loses no translation and the next sync finishes the job`, async () => {
  process.env.DARI_CACHE_DIR ??= mkdtempSync(join(tmpdir(), 'dari-kill-cache-'));
  const dir = mkdtempSync(join(tmpdir(), 'dari-kill-'));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'dari.config.json'), JSON.stringify({ sourceLocale: 'en', locales: ['en', 'ko'] }));
  for (let i = 0; i < ARTICLES; i++) writeFileSync(join(dir, `articles/s${i}.md`), article(i));
  await syncProject(loadConfig(dir));
  // Translated in every state a translator leaves: each target must survive whatever happens.
  const targets: string[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    editUnits(join(dir, `locales/ko/s${i}.xlf`), (u) => {
      const target = `번역 ${i}/${u.id}`;
      targets.push(target);
      return { ...u, target: [target], state: STATES[targets.length % STATES.length] as UnitState };
    });
  }
  await syncProject(loadConfig(dir));

  const next = random(11);
  const edit = (round: number) => {
    // Edit, delete and bring back articles so that the run writes, deletes and archives.
    for (let k = 0; k < 12; k++) {
      const i = Math.floor(next() * ARTICLES);
      const path = join(dir, `articles/s${i}.md`);
      const roll = next();
      if (roll < 0.3) rmSync(path, { force: true });
      else if (roll < 0.6) writeFileSync(path, article(i, round));
      else writeFileSync(path, article(i).replace(/ It says one thing[^.]*\./, ''));
    }
  };
  // One round run to the end tells how long a run takes here: kills are spread over that time.
  edit(0);
  const started = Date.now();
  expect(await killedSync(dir, 120_000)).toBe(0);
  const budget = Math.max(200, Date.now() - started);
  const figures = { kills: 0, killedBeforeExit: 0, tempsSeen: 0, finishMs: 0 };
  for (let round = 1; round <= KILLS; round++) {
    edit(round);
    const code = await killedSync(dir, Math.floor(next() * budget));
    figures.kills++;
    if (code === null) figures.killedBeforeExit++;
    const after = inspect(dir);
    figures.tempsSeen += after.temps;
    expect(after.problems, `round ${round}: files that do not parse`).toEqual([]);
    const lost = targets.filter((t) => !after.found.has(t));
    expect(lost, `round ${round}: translations lost after the kill`).toEqual([]);

    const t0 = Date.now();
    const report = await syncProject(loadConfig(dir));
    figures.finishMs += Date.now() - t0;
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const clean = inspect(dir);
    expect(clean.temps, `round ${round}: temp files left after a finished sync`).toBe(0);
    expect(clean.problems).toEqual([]);
    expect(targets.filter((t) => !clean.found.has(t))).toEqual([]);
  }
  // Most kills must land while the sync runs, or the test proves nothing.
  expect(figures.killedBeforeExit).toBeGreaterThanOrEqual(KILLS / 2);
  process.stdout.write(
    `kill test: ${JSON.stringify({ ...figures, articles: ARTICLES, budgetMs: budget })}\n`,
  );
}, 300_000);
