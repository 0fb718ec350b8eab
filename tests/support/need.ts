import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What a group of tests needs from outside the repository (`../shared`, a browser, schemas, a tool)
 * and whether it was found. `path` is where it was found, or where it was looked for last.
 */
export interface Need {
  readonly path: string;
  readonly missing: boolean;
}

/** `CI=true` (or `1`): every skip for a missing outside thing is a failure, so CI never loses a check. */
export function inCI(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI === 'true' || env.CI === '1';
}

/** Set by `global-setup.ts`: a folder where each worker drops its skip lines, printed once at the end. */
export const SKIP_LOG_ENV = 'DARI_TEST_SKIP_LOG';

/** Which tests, why they cannot run, and what to do about it: one line of the summary. */
export interface Absence {
  readonly what: string;
  readonly reason: string;
  readonly remedy: string;
}

/**
 * Decides a need. Found: `{ path, missing: false }`. Missing outside CI: `{ missing: true }` and
 * "<what> skipped: <reason>; <remedy>" is recorded once for the run's closing summary, so the
 * caller skips. Missing under CI: throws, so the file fails instead of quietly losing the check.
 */
export function decide(found: string | undefined, lookedAt: string, absence: Absence): Need {
  if (found !== undefined) return { path: found, missing: false };
  const { what, reason, remedy } = absence;
  if (inCI()) throw new Error(`${what} cannot run, and CI=true makes that a failure: ${reason}; ${remedy}`);
  recordSkip(`${what} skipped: ${reason}; ${remedy}`);
  return { path: lookedAt, missing: true };
}

/** Keeps one copy of a skip line per run, however many workers and files report it. */
export function recordSkip(line: string): void {
  const dir = process.env[SKIP_LOG_ENV];
  if (!dir) {
    // Outside the configured vitest run (a file run by hand with another config): say it here.
    process.stderr.write(`${line}\n`);
    return;
  }
  mkdirSync(dir, { recursive: true });
  const name = createHash('sha256').update(line).digest('hex').slice(0, 16);
  writeFileSync(join(dir, `${name}.txt`), line);
}
