import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, makeProject } from './fixture.js';

// Strings only the edit mode has: its endpoint, its token header, its panel's ids and classes.
const MARKERS = ['__dari/edit', 'X-Dari-Token', 'dari-edit', 'dari-editing'];

describe('the built site', () => {
  const { root } = makeProject();
  const dist = buildSite(root);

  it('contains no edit-mode code in any file', () => {
    const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files.some((f) => f.name.endsWith('.html'))).toBe(true);
    const found: string[] = [];
    for (const f of files) {
      const text = readFileSync(join(f.parentPath, f.name), 'latin1');
      for (const m of MARKERS) if (text.includes(m)) found.push(`${f.name}: ${m}`);
    }
    expect(found).toEqual([]);
  });

  it('shows reviewed beside translated on the status page, in both languages', () => {
    const text = (lang: string) =>
      readFileSync(join(dist, lang, 'status', 'index.html'), 'utf8').replace(/<[^>]+>/g, '');
    expect(text('en')).toMatch(
      /\d+(\.\d)?% of \d+ article sentences translated.*\d+(\.\d)?% of \d+ sentences reviewed \(\d+\)/s,
    );
    expect(text('ko')).toMatch(/문장 \d+개 중 [\d.]+% 검토\(\d+개\)/);
  });
});
