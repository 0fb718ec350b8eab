import { spawnSync } from 'node:child_process';
import {
  cpSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { editUnits, translateAll } from '../../packages/sync/src/test-support/project.js';
import { dari, REPO_ROOT } from '../support/project.js';
import { CASES, COMMANDS, type Command, type HostileCase } from './hostile/cases.js';

const RUNNER = fileURLToPath(new URL('./hostile/runner.mjs', import.meta.url));

/**
 * Every file and folder under `dir` by type: bytes of regular files, targets of links, and only the
 * kind of anything else (reading a FIFO or a link to /dev/zero would never end).
 */
function state(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const rel = relative(dir, path);
      const s = lstatSync(path);
      if (s.isSymbolicLink()) out.set(rel, `link ${readlinkSync(path)}`);
      else if (s.isDirectory()) {
        out.set(rel, 'folder');
        walk(path);
      } else if (s.isFile()) out.set(rel, `file ${s.mtimeMs} ${readFileSync(path).toString('base64')}`);
      else out.set(rel, 'special');
    }
  };
  walk(dir);
  return out;
}

/** A synced project with every Korean unit translated, a glossary, and a clean check. */
async function template(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'dari-hostile-base-'));
  cpSync(join(REPO_ROOT, 'tests/fixtures/sync/basic/articles'), join(dir, 'articles'), { recursive: true });
  writeFileSync(
    join(dir, 'dari.config.json'),
    JSON.stringify(
      { sourceLocale: 'en', locales: ['en', 'ko'], paths: { glossary: 'glossary.json' } },
      null,
      2,
    ),
  );
  writeFileSync(join(dir, 'glossary.json'), '{ "ko": { "KORUS FTA": "한미 FTA" } }\n');
  expect((await dari(dir, 'sync')).code).toBe(0);
  for (const slug of ['talks', 'markets']) editUnits(join(dir, `locales/ko/${slug}.xlf`), translateAll);
  expect((await dari(dir, 'sync')).code).toBe(0);
  const check = await dari(dir, 'check');
  expect(check.code, check.stdout + check.stderr).toBe(0);
  return dir;
}

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  changed: string[];
}

const results = new Map<string, Outcome>();
const key = (c: HostileCase, command: Command) => `${command} ${c.name}`;

beforeAll(async () => {
  process.env.DARI_CACHE_DIR ??= mkdtempSync(join(tmpdir(), 'dari-hostile-cache-'));
  const base = await template();
  const jobs: { id: string; cwd: string; argv: string[]; before: Map<string, string> }[] = [];
  for (const c of CASES) {
    for (const command of COMMANDS) {
      const cwd = mkdtempSync(join(tmpdir(), 'dari-hostile-'));
      cpSync(base, cwd, { recursive: true });
      c.setup(cwd);
      jobs.push({ id: key(c, command), cwd, argv: [command], before: state(cwd) });
    }
  }
  // One process runs every job through the built CLI; a hang fails the suite instead of blocking it.
  const run = spawnSync(process.execPath, [RUNNER], {
    input: JSON.stringify(jobs.map(({ id, cwd, argv }) => ({ id, cwd, argv }))),
    encoding: 'utf8',
    timeout: 240_000,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const last = run.stderr.trim().split('\n').at(-1);
  if (run.status !== 0)
    throw new Error(
      `the runner stopped (${run.signal ?? run.status}) at: ${last}\n${run.stderr.slice(-2000)}`,
    );
  for (const line of run.stdout.trim().split('\n')) {
    const r = JSON.parse(line) as { id: string; code: number; stdout: string; stderr: string };
    const job = jobs.find((j) => j.id === r.id);
    if (!job) continue;
    const after = state(job.cwd);
    const changed = [...new Set([...job.before.keys(), ...after.keys()])].filter(
      (p) => job.before.get(p) !== after.get(p),
    );
    results.set(r.id, { code: r.code, stdout: r.stdout, stderr: r.stderr, changed });
  }
  // The table of exit codes, for a report: $TMPDIR/dari-hostile-table.md.
  const rows = CASES.map(
    (c) => `| ${c.name} | ${COMMANDS.map((m) => results.get(key(c, m))?.code).join(' | ')} |`,
  );
  writeFileSync(
    join(tmpdir(), 'dari-hostile-table.md'),
    ['| case | sync | check | status |', '| --- | --- | --- | --- |', ...rows, ''].join('\n'),
  );
}, 300_000);

const STACK = /\n\s+at .+[:(].*\d+:\d+\)?|internal error/;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe(`hostile input: ${CASES.length} cases × ${COMMANDS.join(', ')} — a clear error naming the file, exit 2, no stack trace, nothing changed`, () => {
  it('has at least 100 cases, each named once', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(100);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  for (const c of CASES) {
    it(c.name, () => {
      for (const command of COMMANDS) {
        const r = results.get(key(c, command));
        expect(r, `${command}: no result`).toBeDefined();
        if (!r) continue;
        const output = `${command} exited ${r.code}\n${r.stderr}${r.stdout.slice(0, 2000)}`;
        const expected = c.exit?.[command] ?? 2;
        expect(r.code, output).toBe(expected);
        expect(r.stderr, output).not.toMatch(STACK);
        // Bad input writes nothing; check and status never write into the project at all.
        if (expected === 2 || command !== 'sync') expect(r.changed, `${command} changed files`).toEqual([]);
        if (expected === 2 && c.file !== undefined) {
          const place = c.at ? `${escapeRegExp(c.file)}:\\d+:\\d+ ` : `${escapeRegExp(c.file)}(:\\d+:\\d+)? `;
          expect(r.stderr, output).toMatch(new RegExp(`(^|\\n)${place}error [a-z0-9-]+ `));
        }
      }
    });
  }
});
