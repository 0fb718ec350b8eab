import type { Diagnostic } from '@dari/core';
import type { CheckReport, LocaleReport } from '../model.js';

// Colours come from util.styleText through core's palette; the CLI decides when (colorsFor).
export { palette } from '@dari/core';

/** Percent with one decimal, as every format prints it. */
export const pct = (n: number) => `${n.toFixed(1)}%`;

/** Why a locale fails, in words; undefined when it passes. */
export function localeFailure(l: LocaleReport): string | undefined {
  const reasons: string[] = [];
  if (l.counts.percentUnits < l.threshold) {
    reasons.push(`${pct(l.counts.percentUnits)} of units translated, below the ${l.threshold}% threshold`);
  }
  if (belowReviewed(l)) {
    reasons.push(
      `${pct(l.counts.percentReviewed)} of units reviewed, below the ${l.reviewedThreshold}% reviewed threshold`,
    );
  }
  if (l.errors > 0) reasons.push(`${l.errors} error${l.errors === 1 ? '' : 's'}`);
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}

/** True when the locale misses its reviewed minimum. */
export const belowReviewed = (l: LocaleReport) => l.counts.percentReviewed < l.reviewedThreshold;

/** True when the locale misses either completeness minimum (translated or reviewed). */
export const belowThreshold = (l: LocaleReport) => l.counts.percentUnits < l.threshold || belowReviewed(l);

/** The thresholds as one cell: `100%`, or `100% / 80% reviewed` when a reviewed minimum is set. */
export const thresholdCell = (l: LocaleReport) =>
  l.reviewedThreshold > 0 ? `${l.threshold}% / ${l.reviewedThreshold}% reviewed` : `${l.threshold}%`;

/** Error-severity findings that belong to no locale line (say, a missing article file). */
export function errorsOutsideLocales(report: CheckReport): Diagnostic[] {
  return report.findings.filter(
    (d) => d.severity === 'error' && (d.locale === undefined || report.locales[d.locale] === undefined),
  );
}

/** Pads cells so each column lines up; numeric columns are right-aligned. */
export function alignTable(
  rows: readonly (readonly string[])[],
  numeric: readonly boolean[],
  visible = (s: string) => s,
): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, visible(cell).length);
  }
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - visible(cell).length);
        return numeric[i] ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

/** Counts of findings by severity. */
export function severityCounts(findings: readonly Diagnostic[]): {
  error: number;
  warning: number;
  info: number;
} {
  const out = { error: 0, warning: 0, info: 0 };
  for (const d of findings) out[d.severity]++;
  return out;
}

/** Lines per piece of a streamed report: tens of kilobytes, young-generation strings (see json-chunks.ts). */
const LINES_PER_CHUNK = 256;

/** Each line followed by a newline, a batch of lines per piece: `lines.join('\n') + '\n'` in pieces. */
export function* lineChunks(lines: Iterable<string>): Generator<string> {
  let batch: string[] = [];
  for (const line of lines) {
    batch.push(line);
    if (batch.length === LINES_PER_CHUNK) {
      yield `${batch.join('\n')}\n`;
      batch = [];
    }
  }
  if (batch.length > 0) yield `${batch.join('\n')}\n`;
}
