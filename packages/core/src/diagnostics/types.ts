import type { Severity } from '../diagnostic.js';

/**
 * What a diagnostic is to the user:
 * - `input`: bad input that stops the command before anything is written (exit 2);
 * - `run`: something that happened during a run and is reported with its results (sync goes on);
 * - `quality`: a check rule; `rules` in `dari.config.json` can change its severity or turn it off.
 */
export type DiagnosticKind = 'input' | 'run' | 'quality';

/** Where a diagnostic comes from, which decides the section of `docs/diagnostics.md` it sits in. */
export type DiagnosticArea =
  | 'article'
  | 'config'
  | 'xliff'
  | 'memory'
  | 'sync'
  | 'check'
  | 'cli'
  | 'file-system'
  | 'review'
  | 'quality';

/**
 * One entry of the catalog (Astro's errors-data.ts, point 9 of STYLE.md): a permanent id and what a
 * user needs to act on it. The message printed with a diagnostic says what happened at one place;
 * the entry says what the id means everywhere.
 */
export interface DiagnosticInfo {
  /** Kebab-case; permanent once published. */
  readonly id: string;
  readonly kind: DiagnosticKind;
  readonly area: DiagnosticArea;
  /** One line, as a table or an editor shows it. */
  readonly title: string;
  /** Why it matters: what goes wrong for a translator, reader or CI if it is left. */
  readonly why: string;
  /** How to fix it, as steps a user can take. */
  readonly fix: string;
  /** Severity unless the config says otherwise (only `quality` entries can be configured). */
  readonly severity: Severity;
  /** Ids once printed for the same problem, kept so `dari explain <old id>` still answers. */
  readonly replaces?: readonly string[];
}
