import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SKIP_LOG_ENV } from './need.js';
import { resolveSchemas } from './schemas.js';
import { SCHEMAS_FOUND_ENV, SCHEMAS_MISSING_ENV } from './validate-xliff.js';

/**
 * Runs once per `vitest run`, before the workers start (they inherit this environment): looks for
 * the XLIFF schemas once, the download included, and at the end prints each skip line once.
 */
export default async function setup(): Promise<() => void> {
  const log = mkdtempSync(join(tmpdir(), 'dari-test-skips-'));
  process.env[SKIP_LOG_ENV] = log;
  const schemas = await resolveSchemas();
  if ('dir' in schemas) process.env[SCHEMAS_FOUND_ENV] = schemas.dir;
  else process.env[SCHEMAS_MISSING_ENV] = schemas.reason;
  return () => {
    const lines = readdirSync(log).map((name) => readFileSync(join(log, name), 'utf8'));
    rmSync(log, { recursive: true, force: true });
    for (const line of lines.sort()) process.stdout.write(`${line}\n`);
  };
}
