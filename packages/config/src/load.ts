import { lstatSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { DariError, type Diagnostic } from '@dari/core';
import { assertInside, type PositionedJson, parseJsonWithPositions, readText } from '@dari/io';
import type { z } from 'zod';
import { configSchema, type DariConfigData } from './schema.js';

export const CONFIG_FILE = 'dari.config.json';

/** The validated config with the project root and absolute paths resolved. */
export interface DariConfig extends DariConfigData {
  readonly root: string;
  readonly configFile: string | undefined;
  readonly articlesDir: string;
  readonly localesDir: string;
  readonly glossaryFile: string | undefined;
}

/**
 * Validates config data (pure). Throws a DariError naming each bad key and what is allowed, at its
 * line and column when the file's text (or its positioned parse) is given.
 */
export function parseConfig(
  data: unknown,
  root: string,
  file?: string,
  source?: PositionedJson | string,
): DariConfig {
  const json =
    typeof source === 'string'
      ? parseJsonWithPositions(source, file ?? CONFIG_FILE, 'config-invalid-json')
      : source;
  const result = configSchema.safeParse(data);
  if (!result.success) {
    throw new DariError(result.error.issues.map((issue) => issueToDiagnostic(issue, file, json)));
  }
  const config = result.data;
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(root, p));
  const parsed = {
    ...config,
    root,
    configFile: file,
    articlesDir: abs(config.paths.articles),
    localesDir: abs(config.paths.locales),
    glossaryFile: config.paths.glossary === undefined ? undefined : abs(config.paths.glossary),
  };
  // Sync writes under these: a path out of the project is refused unless allowed on purpose.
  for (const key of ['articles', 'locales', 'glossary'] as const) {
    const path = config.paths[key];
    if (path === undefined) continue;
    try {
      assertInside(root, abs(path), {
        file: file ?? CONFIG_FILE,
        key: `paths.${key}`,
        allowed: config.paths.outsideRoot,
      });
    } catch (e) {
      if (!(e instanceof DariError) || !json) throw e;
      throw new DariError(e.diagnostics.map((d) => ({ ...d, ...json.locate(['paths', key]) })));
    }
  }
  return parsed;
}

/**
 * Reads `dari.config.json` from `root` (defaults when there is none) and validates it: a regular
 * UTF-8 file (a BOM is accepted), strict JSON; every problem is reported at its file:line:col.
 */
export function loadConfig(root: string): DariConfig {
  const path = join(root, CONFIG_FILE);
  let text: string;
  try {
    text = readText(path, CONFIG_FILE);
  } catch (e) {
    // No config: the defaults. A link to nowhere is a mistake to report, not an absent file.
    const absent = e instanceof DariError && e.diagnostics[0]?.ruleId === 'io-enoent';
    if (absent && !lstatSync(path, { throwIfNoEntry: false })) return parseConfig({}, root);
    throw e;
  }
  const json = parseJsonWithPositions(text, CONFIG_FILE, 'config-invalid-json');
  return parseConfig(json.data, root, CONFIG_FILE, json);
}

/**
 * Checks that every id under `rules` is a rule that exists (`known`, from the check's registry,
 * handed in by the caller so this package needs no check), at the key's line and column. Sync and
 * check both call it, so a config one accepts the other does too.
 */
export function assertKnownRules(config: DariConfig, known: readonly string[]): void {
  const ids = new Set(known);
  const unknown = Object.keys(config.rules).filter((id) => !ids.has(id));
  if (unknown.length === 0) return;
  let json: PositionedJson | undefined;
  if (config.configFile) {
    try {
      json = parseJsonWithPositions(
        readText(join(config.root, config.configFile), config.configFile),
        config.configFile,
        'config-invalid-json',
      );
    } catch {
      json = undefined;
    }
  }
  throw new DariError(
    unknown.map((id) => ({
      ruleId: 'config-invalid',
      severity: 'error' as const,
      message: `unknown rule "rules.${id}"; the rules are: ${known.join(', ')}`,
      ...(config.configFile ? { file: config.configFile } : {}),
      ...(json ? json.locate(['rules', id], true) : {}),
    })),
  );
}

function issueToDiagnostic(
  issue: z.core.$ZodIssue,
  file: string | undefined,
  json: PositionedJson | undefined,
): Diagnostic {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  const key = path.join('.');
  let message = key ? `"${key}": ${issue.message}` : issue.message;
  let place: { line?: number; column?: number } = {};
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(path.map(String));
    const names = issue.keys.map((k) => `"${[...path, k].join('.')}"`).join(', ');
    message = `unknown key ${names}${allowed ? `; allowed keys here: ${allowed.join(', ')}` : ''}`;
    if (json) place = json.locate([...path, issue.keys[0] ?? ''], true);
  } else if (json) place = json.locate(path);
  return { ruleId: 'config-invalid', severity: 'error', message, ...(file ? { file } : {}), ...place };
}

function allowedKeys(path: string[]): string[] | undefined {
  // biome-ignore lint/suspicious/noExplicitAny: walking zod's internal shape by path
  let node: any = configSchema;
  for (const segment of ['', ...path]) {
    while (node?._zod?.def?.innerType || node?._zod?.def?.schema)
      node = node._zod.def.innerType ?? node._zod.def.schema;
    if (segment === '') continue;
    node = node?._zod?.def?.shape?.[segment] ?? node?._zod?.def?.valueType;
  }
  while (node?._zod?.def?.innerType || node?._zod?.def?.schema)
    node = node._zod.def.innerType ?? node._zod.def.schema;
  const shape = node?._zod?.def?.shape;
  return shape ? Object.keys(shape) : undefined;
}
