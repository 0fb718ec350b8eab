import { existsSync } from 'node:fs';
import type { DariConfig } from '@dari/config';
import { DariError, type Diagnostic, unitsOf } from '@dari/core';
import { readText } from '@dari/io';
import { readTmx, readXliff, writeTmx } from '@dari/xliff';
import { recogniseTranslated } from './carry.js';
import { sourceKey } from './key.js';
import { archivePath, listLocaleFiles, localeFilePath, relPath } from './layout.js';
import { memoryEntryOf } from './memory.js';
import type { MemoryEntry } from './types.js';

/**
 * `dari tm export`: the whole translation memory as TMX 1.4b — every translated unit of every
 * locale file, then the archive of removed units — one `<tu>` per distinct source/target pair.
 * Any file that does not parse is a DariError listing all of them.
 */
export async function exportTmx(config: DariConfig): Promise<string> {
  const errors: Diagnostic[] = [];
  const seen = new Set<string>();
  const entries: MemoryEntry[] = [];
  const add = (entry: MemoryEntry | undefined) => {
    if (!entry) return;
    const key = `${entry.locale}\u0000${sourceKey(entry.source)}\u0000${sourceKey(entry.target)}`;
    if (seen.has(key)) return;
    seen.add(key);
    entries.push(entry);
  };
  const read = (path: string, fn: (text: string, rel: string) => void) => {
    const rel = relPath(config, path);
    try {
      fn(readText(path, rel, config.limits.fileBytes), rel);
    } catch (e) {
      if (!(e instanceof DariError)) throw e;
      errors.push(...e.diagnostics);
    }
  };
  for (const locale of config.locales) {
    for (const slug of listLocaleFiles(config, locale)) {
      read(localeFilePath(config, locale, slug), (text, rel) => {
        const file = readXliff(text, rel);
        if (file.targetLang === undefined) return;
        for (const unit of unitsOf(file)) {
          add(memoryEntryOf(recogniseTranslated(unit), file.sourceLang, file.targetLang, rel));
        }
      });
    }
  }
  for (const locale of config.locales) {
    const path = archivePath(config, locale);
    if (existsSync(path)) read(path, (text, rel) => readTmx(text, rel).forEach(add));
  }
  if (errors.length > 0) throw new DariError(errors);
  return writeTmx(entries, { srcLang: config.sourceLocale });
}
