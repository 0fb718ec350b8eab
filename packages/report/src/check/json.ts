import type { CheckReport, PocountCounts } from '../model.js';
import { jsonChunks } from './json-chunks.js';

/**
 * `--format json`, schema version 1 (`report.schema.json` in this package): Dari's counts per locale
 * and file, the findings, the pass verdict, and beside them the pocount-compatible view.
 */
export function toJson(report: CheckReport): unknown {
  const pocountLocales: Record<string, PocountCounts> = {};
  const pocountFiles: Record<string, PocountCounts> = {};
  const locales: Record<string, unknown> = {};
  for (const [name, { pocount, ...rest }] of Object.entries(report.locales)) {
    locales[name] = rest;
    pocountLocales[name] = pocount;
  }
  const files = report.files.map(({ pocount, ...rest }) => {
    pocountFiles[rest.file] = pocount;
    return rest;
  });
  return {
    version: report.version,
    ...(report.changedSince !== undefined ? { changedSince: report.changedSince } : {}),
    pass: report.pass,
    locales,
    files,
    findings: report.findings,
    pocount: { locales: pocountLocales, files: pocountFiles },
  };
}

/** The JSON text of `toJson`, two-space indented, ending in a newline. */
export function formatJson(report: CheckReport): string {
  return [...jsonReportChunks(report)].join('');
}

/** `formatJson` in pieces: at 10,000 articles the text is 149 MB, too much to build as one string. */
export function* jsonReportChunks(report: CheckReport): Generator<string> {
  yield* jsonChunks(toJson(report));
  yield '\n';
}
