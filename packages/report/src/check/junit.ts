import { type Diagnostic, formatDiagnostic } from '@dari/core';
import type { CheckReport, FileReport } from '../model.js';
import { belowThreshold, localeFailure, pct, thresholdCell } from './util.js';
import { xmlEscape as x } from './xml.js';

/**
 * `--format junit`: a test suite per locale with one test case per file (failing on its
 * error-severity findings) and one for the locale's threshold; warnings go to system-out.
 */
export function formatJunit(report: CheckReport): string {
  return [...junitChunks(report)].join('');
}

/**
 * `formatJunit` in pieces, for a report too large to build as one string. The header counts every
 * suite, so the suites are built first (one string each); a suite is the size of its locale's files.
 */
export function* junitChunks(report: CheckReport): Generator<string> {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  // Grouped once, in report order: filtering every finding for every file was quadratic.
  const byFile = new Map<string | undefined, Diagnostic[]>();
  for (const d of report.findings) {
    const own = byFile.get(d.file);
    if (own) own.push(d);
    else byFile.set(d.file, [d]);
  }
  const localeNames = [...new Set(report.files.map((f) => f.locale))].sort();
  for (const locale of new Set([...Object.keys(report.locales), ...localeNames])) {
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const f of report.files.filter((file) => file.locale === locale)) {
      const { text, failed } = fileCase(locale, f, byFile.get(f.file) ?? []);
      if (failed) suiteFailures++;
      cases.push(text);
    }
    const l = report.locales[locale];
    if (l) {
      const below = belowThreshold(l);
      if (below) suiteFailures++;
      cases.push(
        `    <testcase classname="dari.check.${x(locale)}" name="${x(`${locale} threshold ${thresholdCell(l)}`)}">${
          below ? `\n      <failure message="${x(localeFailure(l) ?? '')}" type="threshold"/>\n    ` : ''
        }</testcase>`,
      );
    }
    tests += cases.length;
    failures += suiteFailures;
    suites.push(
      `  <testsuite name="dari check ${x(locale)}" tests="${cases.length}" failures="${suiteFailures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="dari check" tests="${tests}" failures="${failures}">\n`;
  for (const [i, suite] of suites.entries()) yield i === 0 ? suite : `\n${suite}`;
  yield '\n</testsuites>\n';
}

/** One file's test case: failing on its error-severity findings, the rest in system-out. */
function fileCase(
  locale: string,
  f: FileReport,
  own: readonly Diagnostic[],
): { text: string; failed: boolean } {
  const errors = own.filter((d) => d.severity === 'error');
  const others = own.filter((d) => d.severity !== 'error');
  const body: string[] = [];
  if (errors.length > 0) {
    body.push(
      `      <failure message="${x(`${errors.length} error${errors.length === 1 ? '' : 's'}`)}" type="${x(errors[0]?.ruleId ?? '')}">${x(errors.map(formatDiagnostic).join('\n'))}</failure>`,
    );
  }
  const summary = f.template
    ? 'template'
    : `${pct(f.counts.percentUnits)} of ${f.counts.units} units translated, ${pct(f.counts.percentReviewed)} reviewed`;
  body.push(`      <system-out>${x([summary, ...others.map(formatDiagnostic)].join('\n'))}</system-out>`);
  return {
    text: `    <testcase classname="dari.check.${x(locale)}" name="${x(f.file)}">\n${body.join('\n')}\n    </testcase>`,
    failed: errors.length > 0,
  };
}
