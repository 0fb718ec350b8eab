import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The OASIS schemas live beside the repository (`../shared/schemas`), wherever CI cloned it. */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const schemasDir = join(repoRoot, '..', 'shared', 'schemas');
const SCHEMAS = {
  1.2: 'xliff-core-1.2-strict.xsd',
  '1.2-transitional': 'xliff-core-1.2-transitional.xsd',
  '2.0': 'xliff_core_2.0.xsd',
};
/**
 * Validates an XLIFF file against the OASIS schema of its version (1.2 strict, or transitional for
 * files CAT tools wrote with their own namespaces) with `xmllint --schema`, never touching the network.
 */
export function validateXliff(path, options = {}) {
  const version = xliffVersionOf(path);
  if (!version) return { ok: false, errors: `${path}: not XLIFF 1.2 or 2.0 (root element or namespace)` };
  const schema = join(
    schemasDir,
    SCHEMAS[version === '1.2' && options.transitional ? '1.2-transitional' : version],
  );
  if (!existsSync(schema))
    throw new Error(`XLIFF schema not found at ${schema}; the shared/ folder must sit beside the repository`);
  const run = xmllint(['--noout', '--nonet', '--schema', schema, path]);
  return { ok: run.status === 0, errors: run.status === 0 ? '' : run.stderr.trim() };
}
/** The root namespace, asked of xmllint itself, decides which schema applies. */
function xliffVersionOf(path) {
  const uri = xmllint(['--nonet', '--xpath', 'namespace-uri(/*)', path]).stdout.trim();
  if (uri === 'urn:oasis:names:tc:xliff:document:1.2') return '1.2';
  if (uri === 'urn:oasis:names:tc:xliff:document:2.0') return '2.0';
  return undefined;
}
function xmllint(args) {
  const run = spawnSync('xmllint', args, { encoding: 'utf8' });
  if (run.error && run.error.code === 'ENOENT') {
    throw new Error(
      'xmllint is not installed; install libxml2-utils (apt-get install -y libxml2-utils) to validate XLIFF',
    );
  }
  return run;
}
//# sourceMappingURL=xmllint.js.map
