import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DariConfig } from '@dari/config';
import { type UnitFile, unitsOf } from '@dari/core';
import { readXliff, writeXliff } from '@dari/xliff';
import { writeAtomic } from './fs.js';
import { relPath, UI_FILE } from './layout.js';
import type { FileSummary } from './types.js';

/**
 * The interface strings of a locale new to the config: `locales/<lang>/ui.xlf` made from the
 * source locale's `ui.xlf` (every unit `new`, no target), so the site shows the source strings
 * (marked as such) until a translator translates them. An existing file is never touched; with
 * no template there is nothing to copy. Returns a summary per file created.
 */
export function createMissingUiFiles(config: DariConfig): FileSummary[] {
  const template = join(config.localesDir, config.sourceLocale, UI_FILE);
  if (!existsSync(template)) return [];
  const summaries: FileSummary[] = [];
  let source: UnitFile | undefined;
  for (const locale of config.locales) {
    const path = join(config.localesDir, locale, UI_FILE);
    if (locale === config.sourceLocale || existsSync(path)) continue;
    source ??= readXliff(readFileSync(template, 'utf8'), relPath(config, template));
    const file = uiFileFor(source, locale);
    mkdirSync(dirname(path), { recursive: true });
    writeAtomic(path, writeXliff(file));
    const units = unitsOf(file).length;
    summaries.push({
      file: relPath(config, path),
      locale,
      added: units,
      changed: 0,
      removed: 0,
      reused: 0,
      unchanged: 0,
      written: true,
    });
  }
  return summaries;
}

/** The template's units for a target locale (pure): sources kept, no targets, state `new`. */
export function uiFileFor(template: UnitFile, locale: string): UnitFile {
  return {
    ...template,
    targetLang: locale,
    groups: template.groups.map((g) => ({
      ...g,
      units: g.units.map(({ target: _target, previousSource: _previous, ...unit }) => ({
        ...unit,
        state: 'new' as const,
      })),
    })),
  };
}
