import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED_DIR } from './shared.js';

/**
 * The OASIS XLIFF schemas (and the W3C `xml:` schema they import) may not be copied into this
 * repository, so the tests find them, in this order: `DARI_XLIFF_SCHEMAS` (a folder; when set, only
 * there), `../shared/schemas`, the cache folder, and a download from OASIS pinned by SHA-256 into
 * the cache folder (where the network allows, as on GitHub).
 */
export const SCHEMA_SOURCES = [
  {
    file: 'xliff-core-1.2-strict.xsd',
    url: 'https://docs.oasis-open.org/xliff/v1.2/os/xliff-core-1.2-strict.xsd',
    sha256: '8ea7dd5eb5ec6b81d6c235b1d700f9dfeec374ce145323de7694c7e1785e3e60',
  },
  {
    file: 'xliff-core-1.2-transitional.xsd',
    url: 'https://docs.oasis-open.org/xliff/v1.2/os/xliff-core-1.2-transitional.xsd',
    sha256: '249694344027b38d5d662a0f088621eb04aa69d9540a9ac985af04169fde5894',
  },
  {
    file: 'xliff_core_2.0.xsd',
    url: 'https://docs.oasis-open.org/xliff/xliff-core/v2.0/os/schemas/xliff_core_2.0.xsd',
    sha256: '428e7c63770d32527726d7ebd8fed3770c4d04f00bde8793bca7e0c33aee4f93',
  },
  {
    file: 'xml.xsd',
    url: 'https://www.w3.org/2009/01/xml.xsd',
    sha256: 'deef8ca573943c57f976ae96bd9b3280d4c27fd9b8f5df16bda0097f8c5ff48d',
  },
] as const;

export type SchemaSource = { readonly file: string; readonly url: string; readonly sha256: string };

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Beside Dari's own caches, so the GitHub workflow's cache step keeps it between runs. */
export const SCHEMA_CACHE_DIR = join(REPO_ROOT, 'node_modules', '.cache', 'dari', 'xliff-schemas');

/**
 * Every schema imports `xml.xsd` from beside itself (OASIS ships it at the W3C address or under
 * `informativeCopiesOf3rdPartySchemas/`), so validation never reaches for the network.
 */
export function localiseImports(text: string): string {
  return text.replace(/(<(?:\w+:)?import\b[^>]*?\bschemaLocation=")[^"]*?xml\.xsd(")/g, '$1xml.xsd$2');
}

/**
 * The text a pin covers: imports localised, line ends and the whitespace around each line dropped.
 * The pins are the team's reviewed copies in `../shared/schemas` in this form, so a download that
 * differs from them in anything but layout is refused.
 */
export function canonicalSchemaText(text: string): string {
  const lines = localiseImports(text.replace(/\r\n?/g, '\n'))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return `${lines.join('\n')}\n`;
}

export function schemaDigest(text: string): string {
  return createHash('sha256').update(canonicalSchemaText(text)).digest('hex');
}

/** A folder that holds every schema, or undefined. */
function complete(dir: string, sources: readonly SchemaSource[]): boolean {
  return sources.every((s) => existsSync(join(dir, s.file)));
}

export interface SchemaLookup {
  /** The folder holding every schema, when one was found without the network. */
  readonly dir?: string;
  /** What was looked at, in order, for the skip line. */
  readonly tried: readonly string[];
  /** `DARI_XLIFF_SCHEMAS` was set: nothing else is tried. */
  readonly explicit: boolean;
}

/** The offline part of the lookup: the setting, `../shared/schemas`, the cache. */
export function findSchemas(
  env: NodeJS.ProcessEnv = process.env,
  places: { shared: string; cache: string } = {
    shared: join(SHARED_DIR, 'schemas'),
    cache: SCHEMA_CACHE_DIR,
  },
  sources: readonly SchemaSource[] = SCHEMA_SOURCES,
): SchemaLookup {
  const setting = env.DARI_XLIFF_SCHEMAS;
  if (setting) {
    const dir = resolve(setting);
    return {
      ...(complete(dir, sources) ? { dir } : {}),
      tried: [`DARI_XLIFF_SCHEMAS=${setting}`],
      explicit: true,
    };
  }
  for (const dir of [places.shared, places.cache])
    if (complete(dir, sources)) return { dir, tried: [], explicit: false };
  return { tried: [places.shared, places.cache], explicit: false };
}

/**
 * Downloads every schema into `cacheDir`, checking each against its pin; all or nothing (a temp
 * folder renamed into place), so a cut-off or tampered download never leaves a half cache.
 * Rejects with the reason (unreachable host, HTTP status, digest mismatch) within `timeoutMs`.
 */
export async function downloadSchemas(
  cacheDir: string,
  sources: readonly SchemaSource[] = SCHEMA_SOURCES,
  timeoutMs = 20_000,
): Promise<string> {
  const signal = AbortSignal.timeout(timeoutMs);
  const texts = await Promise.all(
    sources.map(async (source) => {
      let response: Response;
      try {
        response = await fetch(source.url, { signal, redirect: 'follow' });
      } catch (error) {
        const { cause } = error as { cause?: { code?: string; message?: string } };
        const why = cause?.code ?? cause?.message ?? (error as Error).message;
        throw new Error(`${source.url} unreachable (${why})`);
      }
      if (!response.ok) throw new Error(`${source.url} answered HTTP ${response.status}`);
      const text = await response.text();
      const digest = schemaDigest(text);
      if (digest !== source.sha256)
        throw new Error(`${source.url} is not the pinned schema (sha256 ${digest}, pinned ${source.sha256})`);
      return { file: source.file, text: localiseImports(text) };
    }),
  );
  mkdirSync(dirname(cacheDir), { recursive: true });
  const staging = mkdtempSync(`${cacheDir}.part-`);
  for (const { file, text } of texts) writeFileSync(join(staging, file), text);
  rmSync(cacheDir, { recursive: true, force: true });
  renameSync(staging, cacheDir);
  return cacheDir;
}

/** The whole lookup, network last. `dir` when found; otherwise `reason` for the one skip line. */
export async function resolveSchemas(
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ dir: string } | { reason: string }> {
  const found = findSchemas(env);
  if (found.dir) return { dir: found.dir };
  if (found.explicit)
    return {
      reason: `${found.tried.join(', ')} does not hold ${SCHEMA_SOURCES.map((s) => s.file).join(', ')}`,
    };
  try {
    return { dir: await downloadSchemas(SCHEMA_CACHE_DIR) };
  } catch (error) {
    return {
      reason: `no XLIFF schemas in ${found.tried.join(' or ')}, and the download from OASIS failed: ${(error as Error).message}`,
    };
  }
}
