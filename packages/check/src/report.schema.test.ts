import { readFileSync } from 'node:fs';
import { formatReport } from '@dari/report';
import { describe, expect, it } from 'vitest';
import { checkFile } from './check-file.js';
import { buildReport } from './evaluate.js';
import { activeRules } from './rules/index.js';
import { file, unit, untranslated } from './test-support/factories.js';

type Schema = Record<string, unknown>;
const root = JSON.parse(
  readFileSync(new URL('../../report/report.schema.json', import.meta.url), 'utf8'),
) as Schema;

/** The subset of JSON Schema the report schema uses: type, const, enum, required, properties, $ref. */
function violations(value: unknown, schema: Schema, path: string): string[] {
  if (typeof schema.$ref === 'string') {
    const target = (root.$defs as Record<string, Schema>)[schema.$ref.replace('#/$defs/', '')];
    return target ? violations(value, target, path) : [`${path}: unresolved ${schema.$ref}`];
  }
  if ('const' in schema && value !== schema.const) return [`${path}: expected ${String(schema.const)}`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    return [`${path}: not one of ${schema.enum.join(', ')}`];
  const type = schema.type;
  if (type === 'integer' && !Number.isInteger(value)) return [`${path}: not an integer`];
  if (type === 'number' && typeof value !== 'number') return [`${path}: not a number`];
  if ((type === 'string' || type === 'boolean') && typeof value !== type) return [`${path}: not a ${type}`];
  if (type === 'array') {
    if (!Array.isArray(value)) return [`${path}: not an array`];
    return value.flatMap((v, i) => violations(v, schema.items as Schema, `${path}[${i}]`));
  }
  if (type !== 'object') return [];
  if (typeof value !== 'object' || value === null) return [`${path}: not an object`];
  const record = value as Record<string, unknown>;
  const out = ((schema.required as string[] | undefined) ?? [])
    .filter((k) => !(k in record))
    .map((k) => `${path}.${k}: missing`);
  const props = (schema.properties as Record<string, Schema> | undefined) ?? {};
  for (const [k, v] of Object.entries(record)) {
    const sub =
      props[k] ??
      (typeof schema.additionalProperties === 'object' ? (schema.additionalProperties as Schema) : undefined);
    if (sub) out.push(...violations(v, sub, `${path}.${k}`));
    else if (schema.additionalProperties === false) out.push(`${path}.${k}: not in the schema`);
  }
  return out;
}

describe('report.schema.json documents --format json', () => {
  it('accepts a report with findings, templates and the pocount view', () => {
    const rules = activeRules({});
    const ko = checkFile(
      {
        file: file([unit({ source: 'In 2012.', target: '발효.' }), untranslated({ id: 'b' })]),
        path: 'locales/ko/a.xlf',
        locale: 'ko',
      },
      rules,
      [],
    );
    const en = checkFile(
      { file: file([untranslated()], { targetLang: undefined }), path: 'locales/en/a.xlf', locale: 'en' },
      rules,
      [],
    );
    const report = buildReport([ko, en], [], {
      locales: ['ko'],
      thresholds: { ko: 90 },
      changedSince: 'main',
    });
    const json = JSON.parse(formatReport(report, 'json'));
    expect(json.findings.length).toBeGreaterThan(0);
    expect(violations(json, root, '$')).toEqual([]);
  });

  it('notices a field the schema does not document', () => {
    expect(violations({ version: 1, extra: true }, root, '$')).toContain('$.extra: not in the schema');
  });
});
