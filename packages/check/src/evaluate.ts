import type { Diagnostic } from '@dari/core';
import type { FileResult } from './check-file.js';
import type { CheckReport, LocaleReport } from './report.js';
import { addTally, finishCounts, finishPocount, newTally } from './stats.js';

/** A locale's minimum percents of translated and of reviewed units. */
export interface Threshold {
  readonly translated: number;
  readonly reviewed: number;
}

/** What the report is judged against. */
export interface Gate {
  /** Locales that get a line of their own (every configured locale but the source). */
  readonly locales: readonly string[];
  /** Minimums per locale; a number is the translated percent; missing means 0. */
  readonly thresholds: Readonly<Record<string, number | Partial<Threshold>>>;
  readonly changedSince?: string;
}

/** A threshold in its object form. */
export function thresholdOf(value: number | Partial<Threshold> | undefined): Threshold {
  if (typeof value === 'number') return { translated: value, reviewed: 0 };
  return { translated: value?.translated ?? 0, reviewed: value?.reviewed ?? 0 };
}

/**
 * The config's thresholds with `--min` (translated) and `--min-reviewed` overrides laid over them:
 * each override replaces only its own half, so `--min ko=95` keeps the configured reviewed minimum.
 */
export function mergeThresholds(
  config: Readonly<Record<string, number | Partial<Threshold>>>,
  min: Readonly<Record<string, number>> = {},
  minReviewed: Readonly<Record<string, number>> = {},
): Record<string, Threshold> {
  const out: Record<string, Threshold> = {};
  for (const locale of new Set([...Object.keys(config), ...Object.keys(min), ...Object.keys(minReviewed)])) {
    const base = thresholdOf(config[locale]);
    out[locale] = {
      translated: min[locale] ?? base.translated,
      reviewed: minReviewed[locale] ?? base.reviewed,
    };
  }
  return out;
}

/** Errors and warnings per locale, and errors in all: one pass over the 224,000 findings of 10,000 articles. */
function severitiesByLocale(findings: readonly Diagnostic[]) {
  const byLocale = new Map<string, { errors: number; warnings: number }>();
  let errors = 0;
  for (const d of findings) {
    if (d.severity === 'error') errors++;
    if (d.locale === undefined || (d.severity !== 'error' && d.severity !== 'warning')) continue;
    let own = byLocale.get(d.locale);
    if (!own) {
      own = { errors: 0, warnings: 0 };
      byLocale.set(d.locale, own);
    }
    if (d.severity === 'error') own.errors++;
    else own.warnings++;
  }
  return { byLocale, errors };
}

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
  const filesOf = new Map<string, FileResult[]>(gate.locales.map((l) => [l, []]));
  for (const r of results) {
    if (r.report.template) continue;
    const list = filesOf.get(r.report.locale);
    if (list) list.push(r);
    else filesOf.set(r.report.locale, [r]);
  }
  const severities = severitiesByLocale(findings);
  const locales: Record<string, LocaleReport> = {};
  for (const locale of [...filesOf.keys()].sort()) {
    const files = filesOf.get(locale) ?? [];
    const tally = newTally();
    for (const r of files) addTally(tally, r.tally);
    const counts = finishCounts(tally);
    const threshold = thresholdOf(gate.thresholds[locale]);
    const { errors, warnings } = severities.byLocale.get(locale) ?? { errors: 0, warnings: 0 };
    locales[locale] = {
      locale,
      files: files.length,
      counts,
      pocount: finishPocount(tally),
      threshold: threshold.translated,
      reviewedThreshold: threshold.reviewed,
      errors,
      warnings,
      pass:
        counts.percentUnits >= threshold.translated &&
        counts.percentReviewed >= threshold.reviewed &&
        errors === 0,
    };
  }
  const pass = Object.values(locales).every((l) => l.pass) && severities.errors === 0;
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
