import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from './rules/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('lists every rule with its title and default severity', () => {
    // Table cells may be padded by the formatter, so compare rows with their spacing collapsed.
    const rows = readme.split('\n').map((line) => line.replace(/ +/g, ' '));
    for (const rule of RULES) {
      expect(rows).toContain(`| \`${rule.id}\` | ${rule.title} | ${rule.defaultSeverity} |`);
    }
  });
});
