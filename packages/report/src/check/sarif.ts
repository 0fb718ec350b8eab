import { DIAGNOSTICS } from '@dari/core';
import type { CheckReport } from '../model.js';
import { jsonChunks } from './json-chunks.js';

/** A rule as SARIF's `tool.driver.rules` lists it (check's `Rule` has this shape). */
export interface SarifRule {
  readonly id: string;
  readonly title: string;
  readonly defaultSeverity: 'error' | 'warning' | 'info';
}

/** The catalog's quality rules, for a caller that gives no rule list of its own. */
const CATALOG_RULES: readonly SarifRule[] = DIAGNOSTICS.filter((d) => d.kind === 'quality').map((d) => ({
  id: d.id,
  title: d.title,
  defaultSeverity: d.severity,
}));

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * `--format sarif`: SARIF 2.1.0 for GitHub code scanning, one result per finding; `rules` lists
 * the rules in the order the driver gives them (default: the catalog's quality rules).
 */
export function formatSarif(report: CheckReport, known: readonly SarifRule[] = CATALOG_RULES): string {
  return [...sarifChunks(report, known)].join('');
}

/** `formatSarif` in pieces, for a report too large to build as one string. */
export function* sarifChunks(
  report: CheckReport,
  known: readonly SarifRule[] = CATALOG_RULES,
): Generator<string> {
  const ids = known.map((r) => r.id);
  const extraIds = [...new Set(report.findings.map((d) => d.ruleId).filter((id) => !ids.includes(id)))];
  const rules = [
    ...known.map((r) => ({
      id: r.id,
      name: r.id.replace(/(^|-)(\w)/g, (_, __, ch: string) => ch.toUpperCase()),
      shortDescription: { text: r.title },
      defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    })),
    ...extraIds.map((id) => ({ id, shortDescription: { text: id } })),
  ];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.findings.map((d) => ({
    ruleId: d.ruleId,
    ruleIndex: index.get(d.ruleId),
    level: LEVEL[d.severity],
    message: { text: d.note ? `${d.message}. ${d.note}` : d.message },
    ...(d.file !== undefined
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: d.file, uriBaseId: '%SRCROOT%' },
                region: { startLine: d.line ?? 1, startColumn: d.column ?? 1 },
              },
            },
          ],
        }
      : {}),
    ...(d.unitId !== undefined || d.locale !== undefined
      ? {
          properties: {
            ...(d.unitId !== undefined ? { unitId: d.unitId } : {}),
            ...(d.locale ? { locale: d.locale } : {}),
          },
        }
      : {}),
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'dari check', informationUri: 'https://github.com/dari-project/dari', rules },
        },
        results,
        // SARIF has no place for counts: run properties carry both completeness figures per locale.
        properties: {
          locales: Object.fromEntries(
            Object.values(report.locales).map((l) => [
              l.locale,
              {
                translated: l.counts.translated,
                reviewed: l.counts.reviewed,
                units: l.counts.units,
                percentUnits: l.counts.percentUnits,
                percentReviewed: l.counts.percentReviewed,
                threshold: l.threshold,
                reviewedThreshold: l.reviewedThreshold,
                pass: l.pass,
              },
            ]),
          ),
        },
      },
    ],
  };
  yield* jsonChunks(sarif);
  yield '\n';
}
