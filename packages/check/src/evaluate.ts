import type { Diagnostic } from '@dari/core';
import type { FileResult } from './check-file.js';
import type { CheckReport, LocaleReport } from './report.js';
import { addTally, finishCounts, finishPocount, newTally } from './stats.js';

/** What the report is judged against. */
export interface Gate {
  /** Locales that get a line of their own (every configured locale but the source). */
  readonly locales: readonly string[];
  /** Minimum percent of translated units per locale; missing means 0. */
  readonly thresholds: Readonly<Record<string, number>>;
  readonly changedSince?: string;
}

const bySeverity = (list: readonly Diagnostic[], severity: Diagnostic['severity']) =>
  list.filter((d) => d.severity === severity).length;

function compareFindings(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

/** Sums files into locales, applies thresholds and severities, and decides pass (pure). */
export function buildReport(
  results: readonly FileResult[],
  extra: readonly Diagnostic[],
  gate: Gate,
): CheckReport {
  const findings = [...results.flatMap((r) => r.findings), ...extra].sort(compareFindings);
  const names = new Set(gate.locales);
  for (const r of results) if (!r.report.template) names.add(r.report.locale);
  const locales: Record<string, LocaleReport> = {};
  for (const locale of [...names].sort()) {
    const files = results.filter((r) => r.report.locale === locale && !r.report.template);
    const tally = newTally();
    for (const r of files) addTally(tally, r.tally);
    const counts = finishCounts(tally);
    const own = findings.filter((d) => d.locale === locale);
    const threshold = gate.thresholds[locale] ?? 0;
    const errors = bySeverity(own, 'error');
    locales[locale] = {
      locale,
      files: files.length,
      counts,
      pocount: finishPocount(tally),
      threshold,
      errors,
      warnings: bySeverity(own, 'warning'),
      pass: counts.percentUnits >= threshold && errors === 0,
    };
  }
  const pass = Object.values(locales).every((l) => l.pass) && bySeverity(findings, 'error') === 0;
  return {
    version: 1,
    locales,
    files: results.map((r) => r.report).sort((a, b) => a.file.localeCompare(b.file)),
    findings,
    ...(gate.changedSince !== undefined ? { changedSince: gate.changedSince } : {}),
    pass,
  };
}

/** 0 when the report passes, 1 when a locale is below its threshold or any finding is an error. */
export function exitCodeFor(report: CheckReport): 0 | 1 {
  return report.pass ? 0 : 1;
}
