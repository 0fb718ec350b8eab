import type { CheckReport } from '../report.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

/** Output formats of `dari check --format`. */
export type ReportFormat = 'text' | 'json' | 'github' | 'junit' | 'sarif' | 'markdown';

/** Renders a report in one of the output formats; colour applies to `text` only. */
export function formatReport(
  report: CheckReport,
  format: ReportFormat,
  options: { color?: boolean } = {},
): string {
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
      return formatSarif(report);
    case 'markdown':
      return formatMarkdown(report);
  }
}

export { toJson } from './json.js';
export { formatStatus } from './status.js';
