import {
  type Diagnostic,
  isReviewedState,
  plainText,
  type Severity,
  type Unit,
  type UnitFile,
  unitsOf,
} from '@dari/core';
import type { Glossary } from './glossary.js';
import { type NameIndex, nameIndexOf, type PlacedPair } from './lang/archive-names.js';
import type { FileReport } from './report.js';
import type { ActiveRules, FileContext, Hit } from './rules/index.js';
import { completenessOf, finishCounts, finishPocount, newTally, type Tally, tallyUnit } from './stats.js';

/** The project-level rule whose input `checkFile` gathers (see `consistency.ts`). */
const ARCHIVE_RULE = 'name-inconsistent-archive';

/** One locale file to check, already read. */
export interface FileInput extends FileContext {
  /** XLIFF 1.2 units with `approved="yes"`; absent for 2.x, where `reviewed`/`final` stands for it. */
  readonly approved?: ReadonlySet<string>;
}

/** The outcome for one file: its report line, tally (for locale totals) and findings. */
export interface FileResult {
  readonly report: FileReport;
  readonly tally: Tally;
  readonly findings: readonly Diagnostic[];
  /**
   * The file's name-bearing Korean sentences, for the project-wide spelling check (see
   * `consistency.ts`); cached with the result, so a warm run compares files it does not read.
   */
  readonly names?: NameIndex;
  /**
   * sha1 of `names` as JSON, kept with a cached result: the memo of the comparison is keyed by
   * every file's index, and a warm run at 10,000 articles should not serialize them all to know it.
   */
  readonly namesDigest?: string;
}

/** True when the file is the source-language template of its folder (no targets to count). */
export function isTemplate(file: UnitFile, locale: string): boolean {
  return file.sourceLang.toLowerCase() === locale.toLowerCase();
}

/** Counts and checks one locale file (pure). */
export function checkFile(input: FileInput, rules: ActiveRules, glossary: Glossary): FileResult {
  const { file, path, locale } = input;
  const findings: Diagnostic[] = [];
  const firstUnit = unitsOf(file)[0];
  const emit = (ruleId: string, severity: Severity, hit: Hit, unit: Unit | undefined = hit.unit) => {
    findings.push({
      ruleId,
      severity,
      message: hit.message,
      file: path,
      line: unit?.line ?? firstUnit?.line ?? 1,
      column: unit?.column ?? firstUnit?.column ?? 1,
      locale,
      ...(unit ? { unitId: unit.id } : {}),
      ...(hit.note !== undefined ? { note: hit.note } : {}),
      ...(hit.actual !== undefined ? { actual: hit.actual } : {}),
      ...(hit.expected !== undefined ? { expected: hit.expected } : {}),
    });
  };
  for (const { rule, severity } of rules.file)
    for (const hit of rule.check(input)) emit(rule.id, severity, hit);

  const template = isTemplate(file, locale);
  const tally = newTally();
  const targetLang = file.targetLang ?? locale;
  const named: PlacedPair[] | undefined =
    !template && rules.severity.has(ARCHIVE_RULE) && targetLang.toLowerCase().startsWith('ko')
      ? []
      : undefined;
  for (const unit of unitsOf(file)) {
    tallyUnit(
      tally,
      unit,
      file.sourceLang,
      input.approved ? input.approved.has(unit.id) : isReviewedState(unit.state),
    );
    if (template || unit.target === undefined || completenessOf(unit) === 'untranslated') continue;
    const ctx = {
      unit,
      source: plainText(unit.source),
      target: plainText(unit.target),
      sourceLang: file.sourceLang,
      targetLang,
      glossary,
      ...(input.article?.facts ? { article: input.article.facts } : {}),
    };
    named?.push({
      source: ctx.source,
      target: ctx.target,
      line: unit.line ?? 1,
      column: unit.column ?? 1,
      id: unit.id,
    });
    for (const { rule, severity } of rules.unit)
      for (const hit of rule.check(ctx)) emit(rule.id, severity, hit, unit);
  }
  const report: FileReport = {
    file: path,
    locale,
    template,
    counts: finishCounts(tally),
    pocount: finishPocount(tally),
    errors: findings.filter((d) => d.severity === 'error').length,
    warnings: findings.filter((d) => d.severity === 'warning').length,
  };
  const names = named && nameIndexOf(named);
  return { report, tally, findings, ...(names && names.uses.length > 0 ? { names } : {}) };
}
