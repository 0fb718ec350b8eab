import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DariConfig } from '@dari/config';
import { type UnitFile, unitsOf } from '@dari/core';
import { naming, readText } from '@dari/io';
import { readXliff, writeXliff } from '@dari/xliff';
import type { Op, OpenSummary } from './apply.js';
import { stage } from './fs.js';
import { relPath, UI_FILE } from './layout.js';

/**
 * The interface strings of a locale new to the config: `locales/<lang>/ui.xlf` made from the
 * source locale's `ui.xlf` (every unit `new`, no target), so the site shows the source strings
 * (marked as such) until a translator translates them. An existing file is never touched; with
 * no template there is nothing to copy. Each file is staged like every other file of the sync
 * (committed with them, after the preflight); the summaries are open until it is renamed.
 */
export function stageMissingUiFiles(config: DariConfig): { ops: Op[]; summaries: OpenSummary[] } {
  const template = join(config.localesDir, config.sourceLocale, UI_FILE);
  const ops: Op[] = [];
  const summaries: OpenSummary[] = [];
  if (!existsSync(template)) return { ops, summaries };
  let source: UnitFile | undefined;
  for (const locale of config.locales) {
    const path = join(config.localesDir, locale, UI_FILE);
    if (locale === config.sourceLocale || existsSync(path)) continue;
    const templateRel = relPath(config, template);
    source ??= readXliff(readText(template, templateRel, config.limits.fileBytes), templateRel);
    const file = uiFileFor(source, locale);
    const rel = relPath(config, path);
    naming(relPath(config, dirname(path)), () => mkdirSync(dirname(path), { recursive: true }));
    const summary: OpenSummary = {
      file: rel,
      locale,
      added: unitsOf(file).length,
      changed: 0,
      removed: 0,
      reused: 0,
      unchanged: 0,
      written: false,
    };
    ops.push({ path, rel, temp: stage(path, writeXliff(file), rel), expected: undefined, summary });
    summaries.push(summary);
  }
  return { ops, summaries };
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
