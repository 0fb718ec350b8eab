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
import { cacheFileFor, type DariConfig } from '@dari/config';
import { type Diagnostic, plainText } from '@dari/core';
import { archivePath, decodeUtf8, readRegular } from '@dari/io';
import { readTmx } from '@dari/xliff';
import { codeFingerprint } from './cache/fingerprint.js';
import { asciiJson, asciiText, readChecked, sha1, writeChecked } from './cache/key.js';
import { decoder, Encoder } from './cache/rows.js';
import { namesDigestOf } from './cache/store.js';
import type { FileResult } from './check-file.js';
import { archiveClashes, type IndexedFile, nameIndexOf } from './lang/archive-names.js';
import type { ActiveRules } from './rules/index.js';
import { nameInconsistentArchive } from './rules/names.js';

const isKorean = (lang: string) => lang.toLowerCase().startsWith('ko');

/** A locale's memory archive, read (bytes only: parsed when the comparison runs, see `indexOf`). */
interface Archive {
  readonly file: string;
  readonly bytes: Buffer;
}

function archiveOf(config: DariConfig, locale: string): Archive | undefined {
  const path = archivePath(config.localesDir, locale);
  if (!existsSync(path)) return undefined;
  const file = relative(config.root, path).split('\\').join('/');
  return { file, bytes: readRegular(path, { file, maxBytes: config.limits.fileBytes }).bytes };
}

/** The Korean sentences of an archive, indexed (never reported: it is history). */
function indexOf(archive: Archive): IndexedFile {
  const { file } = archive;
  const pairs = readTmx(decodeUtf8(archive.bytes, file), file)
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

// 2: findings stored as rows (see `cache/rows.ts`): at 10,000 articles they are tens of megabytes.
const MEMO = 'dari-check-names 2';

/**
 * The findings of the last run whose every input (each file's index, each archive's bytes, the
 * rules and the code) had this key: a warm check does not compare again what it compared before.
 * A missing, other-key or damaged memo is a miss.
 */
function readMemo(path: string, key: string): Diagnostic[] | undefined {
  try {
    const body = readChecked(path);
    if (!body) return undefined;
    const data = JSON.parse(asciiText(body)) as Record<string, unknown>;
    const decode = decoder(data);
    if (data.format !== MEMO || data.key !== key || !decode || !Array.isArray(data.findings))
      return undefined;
    const findings: Diagnostic[] = [];
    for (const row of data.findings) {
      const d = decode(row);
      if (!d) return undefined;
      findings.push(d as Diagnostic);
    }
    return findings;
  } catch {
    return undefined;
  }
}

/** Written atomically; a memo that cannot be written only costs the next run the comparison. */
function writeMemo(path: string, key: string, findings: readonly Diagnostic[]): void {
  const encoder = new Encoder();
  const rows = findings.map((d) => encoder.encode(d));
  const body = asciiJson(JSON.stringify({ format: MEMO, key, ...encoder.tables, findings: rows }));
  writeChecked(path, body);
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
  options: { readonly cache?: boolean } = {},
): Diagnostic[] {
  const severity = rules.severity.get(nameInconsistentArchive.id);
  if (!severity) return [];
  // A cached result's `names` are parsed when first read (see `cache/store.ts`): its digest says
  // whether it has them, and keys the memo, so a memo hit reads no index.
  const byLocale = new Map<string, FileResult[]>();
  for (const r of results) {
    if (r.namesDigest === undefined && !r.names) continue;
    const list = byLocale.get(r.report.locale) ?? [];
    list.push(r);
    byLocale.set(r.report.locale, list);
  }
  // Every Korean locale's archive is read, with names to compare or not, so a broken one is refused
  // whatever the files hold.
  for (const locale of config.locales)
    if (locale !== config.sourceLocale && isKorean(locale) && !byLocale.has(locale)) byLocale.set(locale, []);
  const fileRule = rules.severity.has('name-inconsistent');
  const inputs = [...byLocale].map(([locale, files]) => ({
    locale,
    files,
    archive: archiveOf(config, locale),
  }));
  const memo = options.cache ? cacheFileFor(config.root, 'check-names') : undefined;
  const key = memo
    ? sha1(
        JSON.stringify([
          codeFingerprint(),
          severity,
          fileRule,
          inputs.map((i) => [
            i.locale,
            i.archive ? sha1(i.archive.bytes) : '',
            i.files.map((r) => [r.report.file, namesDigestOf(r)]),
          ]),
        ]),
      )
    : '';
  const known = memo ? readMemo(memo, key) : undefined;
  if (known) return known;
  const out: Diagnostic[] = [];
  for (const { locale, archive, ...input } of inputs) {
    const files: IndexedFile[] = [];
    for (const r of input.files) {
      const index = r.names;
      if (index) files.push({ file: r.report.file, index, reported: true });
    }
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
    const clashes = archiveClashes(archive ? [...files, indexOf(archive)] : files, both);
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
  if (memo) writeMemo(memo, key, out);
  return out;
}
