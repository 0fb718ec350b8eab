/** Severity of a diagnostic; the exit code follows from it (errors fail). */
export type Severity = 'error' | 'warning' | 'info';

/** One finding, modelled on vfile-message: a reason at a place, with a permanent rule id. */
export interface Diagnostic {
  /** Kebab-case id that never changes once published, e.g. `xml-malformed`, `number-mismatch`. */
  readonly ruleId: string;
  readonly severity: Severity;
  /** What happened, in one sentence. */
  readonly message: string;
  /** Path relative to the project root where possible. */
  readonly file?: string;
  /** 1-based. */
  readonly line?: number;
  /** 1-based. */
  readonly column?: number;
  readonly unitId?: string;
  readonly locale?: string;
  readonly actual?: string;
  readonly expected?: string;
  /** Why, and what to do. */
  readonly note?: string;
}

/** `file:line:col` (as far as known) for a diagnostic. */
export function formatPlace(d: Pick<Diagnostic, 'file' | 'line' | 'column'>): string {
  if (d.file === undefined) return '';
  if (d.line === undefined) return d.file;
  return `${d.file}:${d.line}:${d.column ?? 1}`;
}

/** `file:line:col rule-id message` — the one line every Dari command prints for a problem. */
export function formatDiagnostic(d: Diagnostic): string {
  const place = formatPlace(d);
  const note = d.note ? `\n  ${d.note}` : '';
  return `${place ? `${place} ` : ''}${d.severity} ${d.ruleId} ${d.message}${note}`;
}

/**
 * An error that stops a command: bad input the user must fix. Library code throws it; only the CLI
 * turns it into an exit code.
 */
export class DariError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostic: Diagnostic | readonly Diagnostic[]) {
    const list = Array.isArray(diagnostic) ? diagnostic : [diagnostic as Diagnostic];
    super(list.map(formatDiagnostic).join('\n'));
    this.name = 'DariError';
    this.diagnostics = list;
  }
}

/** Builds an error-severity diagnostic. */
export function errorAt(
  ruleId: string,
  message: string,
  place: { file?: string; line?: number; column?: number; note?: string } = {},
): Diagnostic {
  return { ruleId, severity: 'error', message, ...place };
}

/** Line and column (1-based) of a character offset in a text. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
