import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { assertKnownRules, type DariConfig } from '@dari/config';
import { DariError, type Diagnostic } from '@dari/core';
import { FileSystemError, listFiles, parseJsonWithPositions, readText } from '@dari/io';
import { type Glossary, parseGlossary } from './glossary.js';
import { RULES } from './rules/index.js';

/** A path with forward slashes, as reports and diagnostics show it. */
export const posix = (p: string) => p.split(sep).join('/');

function usage(ruleId: string, message: string, extra: Partial<Diagnostic> = {}): DariError {
  return new DariError({ ruleId, severity: 'error', message, ...extra });
}

/** Checks `rules` ids (against the registry, as sync does) and `--min` (or `flag`) values; throws DariError (exit 2). */
export function validate(config: DariConfig, min: Readonly<Record<string, number>>, flag = '--min'): void {
  assertKnownRules(
    config,
    RULES.map((r) => r.id),
  );
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

/** The glossary named in `paths.glossary`, per locale; missing, not a file or malformed is bad input. */
export function loadGlossary(config: DariConfig): ReadonlyMap<string, Glossary> {
  if (config.glossaryFile === undefined) return new Map();
  const file = posix(relative(config.root, config.glossaryFile));
  if (!existsSync(config.glossaryFile)) {
    throw usage('glossary-missing', `the glossary ${file} named in paths.glossary does not exist`, {
      file,
      note: 'Create it ({ "ko": { "KORUS FTA": "한미 FTA" } }) or remove paths.glossary from dari.config.json.',
    });
  }
  const text = readText(config.glossaryFile, file, config.limits.fileBytes);
  const json = parseJsonWithPositions(text, file, 'glossary-invalid');
  return parseGlossary(json.data, config.locales, file, json.text);
}

/** Locale folder → its `.xlf` names; an unknown folder is bad input. */
export function listLocaleFiles(config: DariConfig): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!existsSync(config.localesDir)) return out;
  for (const entry of readdirSync(config.localesDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) {
      // A configured locale's folder must be one; anything else in the locales folder is not ours.
      if (config.locales.includes(entry.name)) {
        const folder = posix(relative(config.root, join(config.localesDir, entry.name)));
        throw new FileSystemError('ENOTDIR', folder);
      }
      continue;
    }
    if (!config.locales.includes(entry.name)) {
      throw usage(
        'locale-unknown',
        `locale folder "${posix(relative(config.root, join(config.localesDir, entry.name)))}" is not a configured locale`,
        {
          note: `Add "${entry.name}" to "locales" in dari.config.json (now: ${config.locales.join(', ')}), or remove the folder.`,
        },
      );
    }
    const dir = join(config.localesDir, entry.name);
    const listing = {
      root: config.root,
      folder: posix(relative(config.root, dir)),
      outsideRoot: config.paths.outsideRoot,
    };
    const names = listFiles(dir, '.xlf', listing).map((slug) => `${slug}.xlf`);
    out.set(entry.name, names);
  }
  return out;
}
