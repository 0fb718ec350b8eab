import { type Diagnostic, formatDiagnostic, palette } from '@dari/core';

/** Formats every command takes for its diagnostics (`dari check` has three more for its report). */
export const DIAGNOSTIC_FORMATS = ['text', 'json', 'github'] as const;
export type DiagnosticFormat = (typeof DIAGNOSTIC_FORMATS)[number];

/** Version of the `--format json` shapes this package prints; bumped on any incompatible change. */
export const JSON_VERSION = 1;

// Workflow command escaping (actions/toolkit): data escapes % CR LF; properties also : and ,.
/** Escapes the message part of a GitHub workflow command. */
export const githubData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Escapes a property (`file=`, `title=`) of a GitHub workflow command. */
export const githubProp = (s: string) => githubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** One GitHub workflow annotation: `::error file=…,line=…,col=…,title=<rule-id>::<message>%0A<note>`. */
export function githubAnnotation(d: Diagnostic): string {
  const props = [
    d.file !== undefined ? `file=${githubProp(d.file)}` : '',
    d.line !== undefined ? `line=${d.line}` : '',
    d.column !== undefined ? `col=${d.column}` : '',
    `title=${githubProp(d.ruleId)}`,
  ].filter((p) => p !== '');
  const note = d.note ? `\n${d.note}` : '';
  return `::${COMMAND[d.severity]} ${props.join(',')}::${githubData(d.message + note)}`;
}

/** `file:line:col severity rule-id message` per diagnostic, red for errors and yellow for warnings. */
export function formatDiagnosticsText(diagnostics: readonly Diagnostic[], options: { color?: boolean } = {}) {
  const c = palette(options.color ?? false);
  return diagnostics
    .map((d) => {
      const line = formatDiagnostic(d);
      return `${d.severity === 'error' ? c.red(line) : d.severity === 'warning' ? c.yellow(line) : line}\n`;
    })
    .join('');
}

/** What a command did, for `formatResult`: the findings, a one-line summary and its own JSON fields. */
export interface CommandResult {
  /** The command, as typed after `dari`: `sync`, `status`, `check`. */
  readonly command: string;
  readonly findings: readonly Diagnostic[];
  /** One line saying what the run did; github prints it as a notice. */
  readonly summary?: string;
  /** The command's own fields, placed in the JSON between `pass` and `findings`. */
  readonly data?: Readonly<Record<string, unknown>>;
}

/**
 * A command's result as `--format json` (`{ version, command, pass, …data, findings }`, pass meaning
 * no error-severity finding) or `--format github` (an annotation per finding, then the summary as a
 * notice). The annotations and the findings have the shapes `dari check` prints.
 */
export function formatResult(result: CommandResult, format: Exclude<DiagnosticFormat, 'text'>): string {
  const pass = !result.findings.some((d) => d.severity === 'error');
  if (format === 'json') {
    const json = {
      version: JSON_VERSION,
      command: result.command,
      pass,
      ...result.data,
      findings: result.findings,
    };
    return `${JSON.stringify(json, null, 2)}\n`;
  }
  const lines = result.findings.map(githubAnnotation);
  if (result.summary !== undefined) {
    lines.push(`::notice title=${githubProp(`dari ${result.command}`)}::${githubData(result.summary)}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/**
 * Diagnostics alone (bad input that stopped a command) in a format: text lines, or the
 * `formatResult` of a run that found only them.
 */
export function formatDiagnostics(
  diagnostics: readonly Diagnostic[],
  format: DiagnosticFormat,
  options: { command: string; color?: boolean },
): string {
  if (format === 'text') return formatDiagnosticsText(diagnostics, options);
  return formatResult({ command: options.command, findings: diagnostics }, format);
}
