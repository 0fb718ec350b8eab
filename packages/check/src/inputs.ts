import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DariConfig } from '@dari/config';
import { DariError, type Diagnostic, lineColumnAt } from '@dari/core';
import { type Glossary, parseGlossary } from './glossary.js';
import { RULES } from './rules/index.js';

/** A path with forward slashes, as reports and diagnostics show it. */
export const posix = (p: string) => p.split(sep).join('/');

function usage(ruleId: string, message: string, extra: Partial<Diagnostic> = {}): DariError {
  return new DariError({ ruleId, severity: 'error', message, ...extra });
}

/** Checks `rules` ids and `--min` (or `flag`) values against what exists; throws DariError (exit 2). */
export function validate(config: DariConfig, min: Readonly<Record<string, number>>, flag = '--min'): void {
  const ids = RULES.map((r) => r.id);
  for (const id of Object.keys(config.rules)) {
    if (ids.includes(id)) continue;
    const text = config.configFile ? readFileSync(join(config.root, config.configFile), 'utf8') : undefined;
    const offset = text?.indexOf(`"${id}"`) ?? -1;
    throw usage('config-invalid', `unknown rule "rules.${id}"; the rules are: ${ids.join(', ')}`, {
      ...(config.configFile ? { file: config.configFile } : {}),
      ...(text && offset >= 0 ? lineColumnAt(text, offset) : {}),
    });
  }
  for (const [locale, value] of Object.entries(min)) {
    if (!config.locales.includes(locale)) {
      throw usage(
        'cli-usage',
        `${flag} ${locale}=${value}: "${locale}" is not a configured locale (${config.locales.join(', ')})`,
      );
    }
    if (!Number.isFinite(value) || value < 0 || value > 100) {
      throw usage('cli-usage', `${flag} ${locale}=${value}: a threshold is a percent from 0 to 100`);
    }
  }
}

/** The glossary named in `paths.glossary`, per locale; missing or malformed is bad input. */
export function loadGlossary(config: DariConfig): ReadonlyMap<string, Glossary> {
  if (config.glossaryFile === undefined) return new Map();
  const file = posix(relative(config.root, config.glossaryFile));
  if (!existsSync(config.glossaryFile)) {
    throw usage('glossary-missing', `the glossary ${file} named in paths.glossary does not exist`, {
      note: 'Create it ({ "ko": { "KORUS FTA": "한미 FTA" } }) or remove paths.glossary from dari.config.json.',
    });
  }
  const text = readFileSync(config.glossaryFile, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw usage('glossary-invalid', `${file} is not valid JSON: ${(e as Error).message}`, { file });
  }
  return parseGlossary(data, config.locales, file, text);
}

/** Locale folder → its `.xlf` names; an unknown folder is bad input. */
export function listLocaleFiles(config: DariConfig): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!existsSync(config.localesDir)) return out;
  for (const entry of readdirSync(config.localesDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    if (!config.locales.includes(entry.name)) {
      throw usage(
        'locale-unknown',
        `locale folder "${posix(relative(config.root, join(config.localesDir, entry.name)))}" is not a configured locale`,
        {
          note: `Add "${entry.name}" to "locales" in dari.config.json (now: ${config.locales.join(', ')}), or remove the folder.`,
        },
      );
    }
    const names = readdirSync(join(config.localesDir, entry.name))
      .filter((n) => n.endsWith('.xlf'))
      .sort();
    out.set(entry.name, names);
  }
  return out;
}
