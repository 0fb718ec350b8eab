import { describe, expect, it } from 'vitest';
import {
  configurableRuleIds,
  DIAGNOSTICS,
  diagnosticInfo,
  knownDiagnosticIds,
  similarDiagnosticIds,
} from './catalog.js';
import { renderDiagnosticsPage } from './page.js';

describe('the diagnostics catalog', () => {
  it('declares each id once, old ids included', () => {
    const ids = knownDiagnosticIds();
    expect(ids.length).toBe(DIAGNOSTICS.length + DIAGNOSTICS.flatMap((d) => d.replaces ?? []).length);
    const all = [...DIAGNOSTICS.map((d) => d.id), ...DIAGNOSTICS.flatMap((d) => d.replaces ?? [])];
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
  });

  it('gives every id a kebab-case name, a title, why and fix as sentences', () => {
    for (const d of DIAGNOSTICS) {
      expect(d.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/);
      expect(d.title.length, d.id).toBeGreaterThan(10);
      expect(d.title, d.id).not.toMatch(/\.$/);
      expect(d.why, d.id).toMatch(/^[A-Z`'"].{20,}[.)]$/s);
      expect(d.fix, d.id).toMatch(/^[A-Z`'"].{10,}[.)]$/s);
    }
  });

  it('keeps bad input at error severity; only quality rules are configurable', () => {
    for (const d of DIAGNOSTICS.filter((x) => x.kind === 'input')) expect(d.severity, d.id).toBe('error');
    expect(configurableRuleIds()).toContain('length-ratio');
    expect(configurableRuleIds()).not.toContain('xml-malformed');
  });

  it('answers for an old id with the entry that replaced it', () => {
    expect(diagnosticInfo('duplicate-id')?.id).toBe('xliff-duplicate-id');
    expect(diagnosticInfo('sync-no-articles')?.id).toBe('articles-missing');
    expect(diagnosticInfo(' XML-Malformed ')?.id).toBe('xml-malformed');
    expect(diagnosticInfo('no-such-id')).toBeUndefined();
  });

  it('suggests ids close to a mistyped one', () => {
    expect(similarDiagnosticIds('xml-malformd')).toEqual(['xml-malformed']);
    expect(similarDiagnosticIds('glossary')[0]).toMatch(/^glossary-/);
  });
});

describe('renderDiagnosticsPage', () => {
  it('gives every id its own anchor and section, with why, fix and the ids it replaces', () => {
    const page = renderDiagnosticsPage();
    for (const d of DIAGNOSTICS) {
      expect(page).toContain(`| [\`${d.id}\`](#${d.id}) |`);
      expect(page).toContain(`### \`${d.id}\`\n\n**${d.title}**`);
      expect(page).toContain(`Fix: ${d.fix}`);
    }
    expect(page).toMatch(/### `xliff-duplicate-id`[^#]*Replaces: `duplicate-id`/);
  });

  it('refuses an entry no section would show', () => {
    const stray = { ...(DIAGNOSTICS[0] as (typeof DIAGNOSTICS)[number]), area: 'nowhere' as never };
    expect(() => renderDiagnosticsPage([stray])).toThrow(/no section for article-empty/);
  });
});
