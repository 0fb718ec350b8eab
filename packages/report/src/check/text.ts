import { formatDiagnostic } from '@dari/core';
import type { CheckReport } from '../model.js';
import {
  alignTable,
  errorsOutsideLocales,
  lineChunks,
  localeFailure,
  palette,
  pct,
  severityCounts,
  thresholdCell,
} from './util.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI colour codes to measure width
const visible = (s: string) => s.replace(/\u001b\[\d+m/g, '');

/** `--format text`: a table per file and per locale, the findings, and a verdict line. */
export function formatText(report: CheckReport, options: { color?: boolean } = {}): string {
  return [...textChunks(report, options)].join('');
}

/** `formatText` in pieces, for a report too large to build as one string. */
export function textChunks(report: CheckReport, options: { color?: boolean } = {}): Generator<string> {
  return lineChunks(textLines(report, options));
}

function* textLines(report: CheckReport, options: { color?: boolean }): Generator<string> {
  const c = palette(options.color ?? false);
  const header = [
    'file',
    'locale',
    'units',
    'words',
    'translated',
    'reviewed',
    'review',
    'untranslated',
    'units %',
    'words %',
    'errors',
    'warnings',
  ];
  const numeric = header.map((_, i) => i >= 2);
  const rows: string[][] = [header.map((h) => c.bold(h))];
  for (const f of report.files) {
    const n = f.counts;
    const percent = f.template ? c.dim('template') : pct(n.percentUnits);
    rows.push([
      f.file,
      f.locale,
      String(n.units),
      String(n.words),
      f.template ? '' : String(n.translated),
      f.template ? '' : String(n.reviewed),
      f.template ? '' : String(n.needsReview),
      f.template ? '' : String(n.untranslated),
      percent,
      f.template ? '' : pct(n.percentWords),
      f.errors ? c.red(String(f.errors)) : '0',
      f.warnings ? c.yellow(String(f.warnings)) : '0',
    ]);
  }
  yield* alignTable(rows, numeric, visible);
  yield '';
  const localeRows: string[][] = [
    [
      'locale',
      'files',
      'units',
      'words',
      'units %',
      'words %',
      'reviewed',
      'reviewed %',
      'threshold',
      'result',
    ].map((h) => c.bold(h)),
  ];
  for (const l of Object.values(report.locales)) {
    const failure = localeFailure(l);
    localeRows.push([
      l.locale,
      String(l.files),
      `${l.counts.translated}/${l.counts.units}`,
      `${l.counts.translatedWords}/${l.counts.words}`,
      pct(l.counts.percentUnits),
      pct(l.counts.percentWords),
      `${l.counts.reviewed}/${l.counts.units}`,
      pct(l.counts.percentReviewed),
      thresholdCell(l),
      failure ? c.red(`fail: ${failure}`) : c.green('pass'),
    ]);
  }
  yield* alignTable(localeRows, [false, true, true, true, true, true, true, true, true, false], visible);
  if (report.findings.length > 0) yield '';
  for (const d of report.findings) {
    const line = formatDiagnostic(d);
    yield d.severity === 'error' ? c.red(line) : d.severity === 'warning' ? c.yellow(line) : line;
  }
  const s = severityCounts(report.findings);
  const other = errorsOutsideLocales(report).length;
  const scope = report.changedSince !== undefined ? ` (files changed since ${report.changedSince})` : '';
  yield '';
  yield `${report.pass ? c.green('check: pass') : c.red('check: fail')}${scope} — ${report.files.length} files, ${s.error} errors, ${s.warning} warnings, ${s.info} notes${other ? `; ${other} errors outside any locale` : ''}`;
}
