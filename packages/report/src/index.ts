export {
  formatReport,
  formatStatus,
  formatStatusReport,
  jsonChunks,
  REPORT_FORMATS,
  type ReportFormat,
  type ReportOptions,
  reportChunks,
  type SarifRule,
  statusReportChunks,
  toJson,
} from './check/index.js';
export {
  type CommandResult,
  DIAGNOSTIC_FORMATS,
  type DiagnosticFormat,
  formatDiagnostics,
  formatDiagnosticsText,
  formatResult,
  githubAnnotation,
  JSON_VERSION,
} from './diagnostics.js';
export type { CheckReport, Counts, FileReport, LocaleReport, PocountCounts } from './model.js';
export { type Progress, type ProgressStyle, progressFrame, progressReporter } from './progress.js';
