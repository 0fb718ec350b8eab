import { globSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES } from '@dari/check';
import { DIAGNOSTICS, diagnosticInfo } from '@dari/core';
import { SEGMENTER_RULES } from '@dari/segmenter';
import { describe, expect, it } from 'vitest';
import { type FoundId, scanDiagnosticIds } from './scan.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CATALOG = 'packages/core/src/diagnostics';

/** Every source file a shipped command or the site runs: no tests, no test helpers, no benches. */
const sources = globSync(['packages/*/src/**/*.ts', 'apps/*/src/**/*.{ts,astro}'], {
  cwd: root,
  exclude: (p) => /\.test\.ts$|\.d\.ts$|test-support|\/node_modules\//.test(p),
}).map((path) => ({ path, text: readFileSync(`${root}${path}`, 'utf8') }));

const scan = scanDiagnosticIds(sources);
const listing = (found: readonly FoundId[]) => found.map((f) => `  ${f.id}  (${f.place})`).join('\n');
const canonical = new Set(DIAGNOSTICS.map((d) => d.id));

describe('every id Dari prints is in the catalog', () => {
  it('scans the places that build diagnostics (guards the scan itself)', () => {
    expect(sources.length).toBeGreaterThan(50);
    const found = new Set(scan.ids.map((f) => f.id));
    for (const id of ['xml-malformed', 'cli-usage', 'sync-locked', 'config-invalid', 'number-mismatch']) {
      expect(found, `the scan no longer finds ${id}`).toContain(id);
    }
  });

  it('can resolve every expression passed as an id', () => {
    const list = scan.unverifiable.map((u) => `  ${u.expression}  (${u.place})`).join('\n');
    expect(
      scan.unverifiable,
      `pass ids as string literals or registry lookups (RULES.x, rule.id) so tests/catalog/scan.ts can see them:\n${list}`,
    ).toEqual([]);
  });

  it('has an entry for every literal id', () => {
    const missing = scan.ids.filter((f) => !f.dynamic && diagnosticInfo(f.id) === undefined);
    expect(
      missing,
      `ids printed but not in ${CATALOG} (add an entry for each):\n${listing(missing)}`,
    ).toEqual([]);
  });

  it('prints no id the catalog says was replaced', () => {
    const old = scan.ids.filter((f) => !f.dynamic && !canonical.has(f.id) && diagnosticInfo(f.id));
    const list = old.map((f) => `  ${f.id} → ${diagnosticInfo(f.id)?.id}  (${f.place})`).join('\n');
    expect(old, `these places print an old id; print the current one:\n${list}`).toEqual([]);
  });

  it('has an entry for every id built at run time', () => {
    const missing = scan.ids.filter(
      (f) => f.dynamic && ![...canonical].some((id) => new RegExp(`^${f.id}$`).test(id)),
    );
    expect(missing, `ids built at run time that match no entry in ${CATALOG}:\n${listing(missing)}`).toEqual(
      [],
    );
  });

  it('has the segmenter’s registry', () => {
    const missing = Object.values(SEGMENTER_RULES).filter((id) => !canonical.has(id));
    expect(missing, `segmenter ids not in ${CATALOG}`).toEqual([]);
  });

  it('agrees with check’s rule registry on ids, titles and default severities', () => {
    const fromCheck = RULES.map((r) => ({
      id: r.id,
      title: r.title,
      severity: r.defaultSeverity,
      kind: 'quality',
    }));
    const fromCatalog = DIAGNOSTICS.filter((d) => d.kind === 'quality').map((d) => ({
      id: d.id,
      title: d.title,
      severity: d.severity,
      kind: d.kind,
    }));
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(fromCatalog.sort(byId)).toEqual(fromCheck.sort(byId));
  });

  it('lists nothing that no code prints', () => {
    const printed = (id: string) =>
      scan.ids.some((f) => (f.dynamic ? new RegExp(`^${f.id}$`).test(id) : f.id === id)) ||
      Object.values(SEGMENTER_RULES).includes(id as never) ||
      RULES.some((r) => r.id === id);
    const stale = DIAGNOSTICS.filter((d) => !printed(d.id)).map((d) => d.id);
    expect(
      stale,
      `entries of ${CATALOG} that nothing prints any more (remove them, or list them in replaces)`,
    ).toEqual([]);
  });
});

describe('docs/diagnostics.md', () => {
  it('is the page the catalog generates', async () => {
    const { renderDiagnosticsPage } = await import('@dari/core');
    const committed = readFileSync(`${root}docs/diagnostics.md`, 'utf8');
    expect(
      committed === renderDiagnosticsPage(),
      'docs/diagnostics.md is out of date: run `npx -y pnpm@12.4.2 docs:diagnostics` and commit it',
    ).toBe(true);
  });
});
