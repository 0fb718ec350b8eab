import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectXliffVersion } from '@dari/xliff';

/** The OASIS schemas live beside the repository (`../shared/schemas`), wherever CI cloned it. */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const schemasDir = join(repoRoot, '..', 'shared', 'schemas');

const SCHEMAS = {
  '1.2': 'xliff-core-1.2-strict.xsd',
  '1.2-transitional': 'xliff-core-1.2-transitional.xsd',
  '2.0': 'xliff_core_2.0.xsd',
} as const;

/**
 * Validates an XLIFF file against the OASIS schema of its version (1.2 strict, or transitional for
 * files CAT tools wrote with their own namespaces) with `xmllint --schema`, never touching the network.
 */
export function validateXliff(
  path: string,
  options: { transitional?: boolean } = {},
): { ok: boolean; errors: string } {
  const version = detectXliffVersion(readFileSync(path, 'utf8'));
  if (!version)
    return { ok: false, errors: `${path}: not XLIFF 1.2 or 2.0 (root element, namespace or version)` };
  const schema = join(
    schemasDir,
    SCHEMAS[version === '1.2' && options.transitional ? '1.2-transitional' : version],
  );
  if (!existsSync(schema))
    throw new Error(`XLIFF schema not found at ${schema}; the shared/ folder must sit beside the repository`);
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, path], { encoding: 'utf8' });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(
      'xmllint is not installed; install libxml2-utils (apt-get install -y libxml2-utils) to validate XLIFF',
    );
  }
  return { ok: run.status === 0, errors: run.status === 0 ? '' : run.stderr.trim() };
}
