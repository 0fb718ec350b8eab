import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from './rules/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('lists every rule with its title and default severity', () => {
    for (const rule of RULES)
      expect(readme).toContain(`| \`${rule.id}\` | ${rule.title} | ${rule.defaultSeverity} |`);
  });
});
