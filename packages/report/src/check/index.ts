import type { DiagnosticFormat } from '../diagnostics.js';
import type { CheckReport } from '../model.js';
import { githubChunks } from './github.js';
import { formatJson, jsonReportChunks } from './json.js';
import { junitChunks } from './junit.js';
import { markdownChunks } from './markdown.js';
import { type SarifRule, sarifChunks } from './sarif.js';
import { formatStatus, formatStatusGithub } from './status.js';
import { textChunks } from './text.js';

/** Output formats of `dari check --format`. */
export const REPORT_FORMATS = ['text', 'json', 'github', 'junit', 'sarif', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Options of `formatReport`: colour (text only) and the rule list SARIF describes. */
export interface ReportOptions {
  readonly color?: boolean;
  /** The rules in the order `tool.driver.rules` lists them; default: the catalog's quality rules. */
  readonly rules?: readonly SarifRule[];
}

/** Renders a check report in one of the output formats; colour applies to `text` only. */
export function formatReport(report: CheckReport, format: ReportFormat, options: ReportOptions = {}): string {
  return [...reportChunks(report, format, options)].join('');
}

/**
 * `formatReport` in pieces, to be written one after another: the same text, never held whole (at
 * 10,000 articles a report is 149 MB, and building it, then its UTF-8 copy, was most of a warm check).
 */
export function reportChunks(
  report: CheckReport,
  format: ReportFormat,
  options: ReportOptions = {},
): Iterable<string> {
  switch (format) {
    case 'text':
      return textChunks(report, options);
    case 'json':
      return jsonReportChunks(report);
    case 'github':
      return githubChunks(report);
    case 'junit':
      return junitChunks(report);
    case 'sarif':
      return sarifChunks(report, options.rules);
    case 'markdown':
      return markdownChunks(report);
  }
}

/**
 * `dari status` in a format: the human summary (text), the same JSON as `dari check`, or the
 * findings as annotations with the summary as a notice (github; no threshold errors, status never fails).
 */
export function formatStatusReport(
  report: CheckReport,
  format: DiagnosticFormat,
  options: { color?: boolean } = {},
): string {
  if (format === 'json') return formatJson(report);
  if (format === 'github') return formatStatusGithub(report);
  return formatStatus(report, options);
}

/** `formatStatusReport` in pieces (the JSON is check's, as large as its report). */
export function statusReportChunks(
  report: CheckReport,
  format: DiagnosticFormat,
  options: { color?: boolean } = {},
): Iterable<string> {
  if (format === 'json') return jsonReportChunks(report);
  return [formatStatusReport(report, format, options)];
}

export { toJson } from './json.js';
export { jsonChunks } from './json-chunks.js';
export type { SarifRule } from './sarif.js';
export { formatStatus } from './status.js';
