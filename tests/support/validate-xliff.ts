import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  XmlBufferInputProvider,
  XmlDocument,
  XmlLibError,
  XsdValidator,
  xmlRegisterInputProvider,
} from 'libxml2-wasm';
import { decide, type Need } from './need.js';
import { findSchemas, SCHEMA_SOURCES } from './schemas.js';

/** Set by `global-setup.ts`, which looks once per run (the download included). */
export const SCHEMAS_FOUND_ENV = 'DARI_TEST_SCHEMAS';
export const SCHEMAS_MISSING_ENV = 'DARI_TEST_SCHEMAS_MISSING';

/**
 * The schema folder for tests that validate XLIFF. Missing: one skip line in the summary (callers
 * use `it.skipIf(schemas.missing)`); under `CI=true` missing throws, failing the file.
 */
export function requireSchemas(): Need {
  let dir = process.env[SCHEMAS_FOUND_ENV] || undefined;
  let reason = process.env[SCHEMAS_MISSING_ENV];
  if (!dir && !reason) {
    // Not under our vitest config: the offline lookup only.
    const found = findSchemas();
    dir = found.dir;
    reason = `no XLIFF schemas in ${found.tried.join(' or ')}`;
  }
  return decide(dir, dir ?? '', {
    what: 'schema validation',
    reason: reason ?? '',
    remedy: 'set DARI_XLIFF_SCHEMAS',
  });
}

const SCHEMA_FILE = {
  '1.2': 'xliff-core-1.2-strict.xsd',
  '1.2-transitional': 'xliff-core-1.2-transitional.xsd',
  '2.0': 'xliff_core_2.0.xsd',
} as const;

const validators = new Map<string, XsdValidator>();
let registeredDir: string | undefined;

/**
 * libxml2 (the engine of xmllint, built to WebAssembly) compiles a schema; its `xml.xsd` import is
 * served from memory, so validation needs neither the network nor an installed xmllint.
 */
function validatorFor(dir: string, file: string): XsdValidator {
  const path = join(dir, file);
  let validator = validators.get(path);
  if (validator) return validator;
  if (registeredDir !== dir) {
    xmlRegisterInputProvider(
      new XmlBufferInputProvider(
        Object.fromEntries(SCHEMA_SOURCES.map((s) => [join(dir, s.file), readFileSync(join(dir, s.file))])),
      ),
    );
    registeredDir = dir;
  }
  const schema = XmlDocument.fromBuffer(readFileSync(path), { url: path });
  validator = XsdValidator.fromDoc(schema);
  validators.set(path, validator);
  return validator;
}

/** libxml2's messages as xmllint prints them: `file:line: message`. */
function messages(error: unknown): string {
  if (error instanceof XmlLibError)
    return error.details.map((d) => `${d.file ?? ''}:${d.line}: ${d.message.trim()}`).join('\n');
  throw error;
}

/** Parses without entity expansion or network (libxml2-wasm's defaults); the parse errors, or ''. */
export function wellFormed(path: string): string {
  try {
    XmlDocument.fromBuffer(readFileSync(path), { url: path }).dispose();
    return '';
  } catch (error) {
    return messages(error);
  }
}

/**
 * Validates an XLIFF file against the OASIS schema of its version (1.2 strict, or transitional for
 * files CAT tools wrote with their own namespaces). Call only when `requireSchemas()` found them.
 */
export function validateXliff(
  path: string,
  options: { transitional?: boolean } = {},
): { ok: boolean; errors: string } {
  const schemas = requireSchemas();
  if (schemas.missing)
    throw new Error('validateXliff called without schemas; guard the test with requireSchemas()');
  let doc: XmlDocument;
  try {
    doc = XmlDocument.fromBuffer(readFileSync(path), { url: path });
  } catch (error) {
    return { ok: false, errors: messages(error) };
  }
  try {
    const uri = doc.root.namespaceUri;
    const version =
      uri === 'urn:oasis:names:tc:xliff:document:1.2'
        ? '1.2'
        : uri === 'urn:oasis:names:tc:xliff:document:2.0'
          ? '2.0'
          : undefined;
    if (!version) return { ok: false, errors: `${path}: not XLIFF 1.2 or 2.0 (root element or namespace)` };
    const file = SCHEMA_FILE[version === '1.2' && options.transitional ? '1.2-transitional' : version];
    try {
      validatorFor(schemas.path, file).validate(doc);
      return { ok: true, errors: '' };
    } catch (error) {
      return { ok: false, errors: messages(error) };
    }
  } finally {
    doc.dispose();
  }
}
