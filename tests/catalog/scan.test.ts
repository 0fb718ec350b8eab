import { describe, expect, it } from 'vitest';
import { scanDiagnosticIds } from './scan.js';

const ids = (files: { path: string; text: string }[]) => scanDiagnosticIds(files).ids.map((f) => f.id);

describe('scanDiagnosticIds', () => {
  it('finds ids in diagnostic literals and rule registries, with their places', () => {
    const result = scanDiagnosticIds([
      {
        path: 'a.ts',
        text: "throw new DariError({\n  ruleId: 'sync-locked',\n  severity: 'error' });\nexport const r = { id: 'double-space', title: 'x' };\nconst kind = { id: 'not-a-rule' };",
      },
    ]);
    expect(result.ids).toEqual([
      { id: 'sync-locked', dynamic: false, place: 'a.ts:2' },
      { id: 'double-space', dynamic: false, place: 'a.ts:4' },
    ]);
  });

  it('finds the first argument of functions whose first parameter is ruleId, in the right scope', () => {
    const found = ids([
      { path: 'core.ts', text: 'export function errorAt(\n  ruleId: string, message: string) {}' },
      {
        path: 'x.ts',
        text: "const fail = (ruleId: string, m: string) => {};\nfail('xml-malformed', 'bad');",
      },
      {
        path: 'r.ts',
        text: "class R { fail(ruleId: string, m: string) {} }\ninto.fail(\n  'xliff-structure',\n  'no body');",
      },
      // An unrelated local `fail` taking a message must not be read as an id.
      {
        path: 'g.ts',
        text: "const fail = (message: string, key?: string) => {};\nfail('the glossary must be an object', key);\nerrorAt('glossary-invalid', 'm');",
      },
    ]);
    expect(found.sort()).toEqual(['glossary-invalid', 'xliff-structure', 'xml-malformed']);
  });

  it('keeps ids built at run time as patterns', () => {
    const result = scanDiagnosticIds([
      {
        path: 'm.ts',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: source text holding a template
        text: 'io.err(`${path} error io-${code.toLowerCase()} ${message}`);\nconst d = { ruleId: `lock-${kind}` };',
      },
    ]);
    expect(result.ids.map((f) => [f.id, f.dynamic])).toEqual([
      ['lock-[a-z0-9-]+', true],
      ['io-[a-z0-9-]+', true],
    ]);
  });

  it('reports what it cannot resolve instead of skipping it', () => {
    const result = scanDiagnosticIds([
      {
        path: 'e.ts',
        text: "export function errorAt(ruleId: string, m: string) {}\nerrorAt(someId, 'm');\nerrorAt(RULES.empty, 'ok');\nerrorAt(rule.id, 'ok');\nerrorAt(\n  c ? RULES.a : 'article-empty', 'ok');\nconst d = { ruleId: 'Not Kebab' };\nconst e = { ruleId: chosen, severity };\nconst f = { ruleId: d.ruleId };\ninterface D { ruleId: string; }",
      },
    ]);
    expect(result.unverifiable).toEqual([
      { expression: "'Not Kebab'", place: 'e.ts:7' },
      { expression: 'chosen', place: 'e.ts:8' },
      { expression: 'someId', place: 'e.ts:2' },
    ]);
  });
});
