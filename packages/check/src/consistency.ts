/**
 * The project-wide name check: one English name spelled one way in most Korean sentences of the
 * project and its memory archive (`locales/<lang>/.memory/archive.tmx`), and another way in a file.
 *
 * Why it runs on the merged results, not per file: each file's result (cached or fresh, from any
 * thread or shard) carries only its own `NameIndex`; the comparison across files is made here on
 * every run, so a cached result can never hide a finding another file's change brings, and a warm
 * run reports what a cold one does. The archive is read here (it is small next to the locale files,
 * and only sync writes it).
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import type { DariConfig } from '@dari/config';
import { type Diagnostic, plainText } from '@dari/core';
import { archivePath, decodeUtf8, readRegular } from '@dari/io';
import { readTmx } from '@dari/sync';
import type { FileResult } from './check-file.js';
import { archiveClashes, type IndexedFile, nameIndexOf } from './lang/archive-names.js';
import type { ActiveRules } from './rules/index.js';
import { nameInconsistentArchive } from './rules/names.js';

const isKorean = (lang: string) => lang.toLowerCase().startsWith('ko');

/** The Korean sentences of a locale's memory archive, indexed (never reported: it is history). */
function archiveIndex(config: DariConfig, locale: string): IndexedFile | undefined {
  const path = archivePath(config.localesDir, locale);
  if (!existsSync(path)) return undefined;
  const file = relative(config.root, path).split('\\').join('/');
  const { bytes } = readRegular(path, { file, maxBytes: config.limits.fileBytes });
  const pairs = readTmx(decodeUtf8(bytes, file), file)
    .filter((e) => isKorean(e.locale))
    .map((e, i) => ({
      source: plainText(e.source),
      target: plainText(e.target),
      line: 0,
      column: 0,
      id: `${i}`,
    }));
  return { file, index: nameIndexOf(pairs), reported: false };
}

/**
 * `name-inconsistent-archive` findings over the results of every file (in their report order) and
 * each Korean locale's archive. A file that holds both spellings is left to `name-inconsistent`
 * when that rule is on, so one clash is not reported twice.
 */
export function archiveNameFindings(
  config: DariConfig,
  results: readonly FileResult[],
  rules: ActiveRules,
): Diagnostic[] {
  const severity = rules.severity.get(nameInconsistentArchive.id);
  if (!severity) return [];
  const byLocale = new Map<string, IndexedFile[]>();
  for (const r of results) {
    if (!r.names) continue;
    const list = byLocale.get(r.report.locale) ?? [];
    list.push({ file: r.report.file, index: r.names, reported: true });
    byLocale.set(r.report.locale, list);
  }
  // Every Korean locale's archive is read, with names to compare or not, so a broken one is refused
  // whatever the files hold.
  for (const locale of config.locales)
    if (locale !== config.sourceLocale && isKorean(locale) && !byLocale.has(locale)) byLocale.set(locale, []);
  const fileRule = rules.severity.has('name-inconsistent');
  const out: Diagnostic[] = [];
  for (const [locale, files] of byLocale) {
    const archive = archiveIndex(config, locale);
    const stemsOf = new Map(files.map((f) => [f.file, f]));
    const holds = new Map<string, Set<string>>();
    const both = (file: string, rare: string, common: string) => {
      if (!fileRule) return false;
      let set = holds.get(file);
      if (!set) {
        set = new Set(stemsOf.get(file)?.index.uses.flatMap((u) => u[4].split(' ')) ?? []);
        holds.set(file, set);
      }
      return set.has(rare) && set.has(common);
    };
    const clashes = archiveClashes(archive ? [...files, archive] : files, both);
    for (const c of clashes) {
      const more = c.commonCount > c.places.length ? ', …' : '';
      out.push({
        ruleId: nameInconsistentArchive.id,
        severity,
        message: `"${c.rare}" for "${c.name}" here; the project spells it "${c.common}" in ${c.commonCount} sentences against ${c.rareCount} (${c.places.join(', ')}${more})`,
        file: c.file,
        line: c.line,
        column: c.column,
        locale,
        unitId: c.unitId,
        note: 'Spell a name one way across the archive: use the majority spelling here, or, if this one is the standard, correct the others.',
        expected: c.common,
        actual: c.rare,
      });
    }
  }
  return out;
}
