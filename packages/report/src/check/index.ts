import type { DiagnosticFormat } from '../diagnostics.js';
import type { CheckReport } from '../model.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif, type SarifRule } from './sarif.js';
import { formatStatus, formatStatusGithub } from './status.js';
import { formatText } from './text.js';

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
  switch (format) {
    case 'text':
      return formatText(report, options);
    case 'json':
      return formatJson(report);
    case 'github':
      return formatGithub(report);
    case 'junit':
      return formatJunit(report);
    case 'sarif':
      return formatSarif(report, options.rules);
    case 'markdown':
      return formatMarkdown(report);
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

export { toJson } from './json.js';
export type { SarifRule } from './sarif.js';
export { formatStatus } from './status.js';
