import { readFileSync } from 'node:fs';
import { configurableRuleIds, diagnosticInfo } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, configJsonSchemaText } from './schema.js';

type Schema = { properties: Record<string, Schema>; additionalProperties?: unknown; [key: string]: unknown };
const rules = () => (configJsonSchema() as Schema).properties.rules as Schema;

describe('the editor JSON schema', () => {
  it('lists every configurable rule of the diagnostics catalog under "rules", with its title', () => {
    const ids = configurableRuleIds();
    expect(ids).toContain('number-mismatch');
    expect(Object.keys(rules().properties)).toEqual(ids);
    for (const id of ids)
      expect(rules().properties[id]).toEqual({
        type: 'string',
        enum: ['error', 'warning', 'info', 'off'],
        description: diagnosticInfo(id)?.title,
      });
  });

  it('marks a rule id that is not in the catalog (a typo) as not allowed', () => {
    expect(rules().additionalProperties).toBe(false);
    expect(rules().propertyNames).toBeUndefined();
  });

  it('is committed as generated', () => {
    const committed = readFileSync(new URL('../dari.config.schema.json', import.meta.url), 'utf8');
    expect(
      committed === configJsonSchemaText(),
      'packages/config/dari.config.schema.json is out of date: run `npx -y pnpm@12.4.2 schema:config` and commit it',
    ).toBe(true);
  });
});
