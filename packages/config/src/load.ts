import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { DariError, type Diagnostic, lineColumnAt } from '@dari/core';
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

/** Validates config data (pure). Throws a DariError naming each bad key and what is allowed. */
export function parseConfig(data: unknown, root: string, file?: string, text?: string): DariConfig {
  const result = configSchema.safeParse(data);
  if (!result.success) {
    throw new DariError(result.error.issues.map((issue) => issueToDiagnostic(issue, file, text)));
  }
  const config = result.data;
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(root, p));
  return {
    ...config,
    root,
    configFile: file,
    articlesDir: abs(config.paths.articles),
    localesDir: abs(config.paths.locales),
    glossaryFile: config.paths.glossary === undefined ? undefined : abs(config.paths.glossary),
  };
}

/** Reads `dari.config.json` from `root` (defaults when there is none) and validates it. */
export function loadConfig(root: string): DariConfig {
  const file = join(root, CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return parseConfig({}, root);
    throw e;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const match = /position (\d+)/.exec(String((e as Error).message));
    const place = match ? lineColumnAt(text, Number(match[1])) : {};
    throw new DariError({
      ruleId: 'config-invalid-json',
      severity: 'error',
      message: `${CONFIG_FILE} is not valid JSON: ${(e as Error).message}`,
      file: CONFIG_FILE,
      ...place,
    });
  }
  return parseConfig(data, root, CONFIG_FILE, text);
}

function issueToDiagnostic(
  issue: z.core.$ZodIssue,
  file: string | undefined,
  text: string | undefined,
): Diagnostic {
  const path = issue.path.map(String);
  const key = path.join('.');
  let message = key ? `"${key}": ${issue.message}` : issue.message;
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(path);
    const names = issue.keys.map((k) => `"${[...path, k].join('.')}"`).join(', ');
    message = `unknown key ${names}${allowed ? `; allowed keys here: ${allowed.join(', ')}` : ''}`;
  }
  const place = text
    ? locateKey(text, issue.code === 'unrecognized_keys' ? [...path, issue.keys[0] ?? ''] : path)
    : {};
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

/** Best-effort line/column of the last key of `path` in the JSON text. */
function locateKey(text: string, path: string[]): { line?: number; column?: number } {
  const last = [...path].reverse().find((p) => !/^\d+$/.test(p));
  if (!last) return {};
  const offset = text.indexOf(`"${last}"`);
  return offset < 0 ? {} : lineColumnAt(text, offset);
}
