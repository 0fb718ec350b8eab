import type { CheckReport } from '../report.js';
import { RULES } from '../rules/index.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** `--format sarif`: SARIF 2.1.0 for GitHub code scanning, one result per finding. */
export function formatSarif(report: CheckReport): string {
  const ids = RULES.map((r) => r.id);
  const extraIds = [...new Set(report.findings.map((d) => d.ruleId).filter((id) => !ids.includes(id)))];
  const rules = [
    ...RULES.map((r) => ({
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
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
