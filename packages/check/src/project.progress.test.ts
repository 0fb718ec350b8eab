import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from './project.js';
import { makeProject, SLUG } from './test-support/project.js';

/** The fixture project plus `n` copies of its article and locale files under other slugs. */
function withCopies(n: number) {
  const project = makeProject({ config: { locales: ['en', 'ko'] } });
  for (let i = 0; i < n; i++) {
    const slug = `copy-${i}`;
    cpSync(join(project.root, 'articles', `${SLUG}.md`), join(project.root, 'articles', `${slug}.md`));
    for (const locale of ['en', 'ko']) {
      const from = join(project.root, 'locales', locale, `${SLUG}.xlf`);
      const xlf = readFileSync(from, 'utf8').replace(`articles/${SLUG}.md`, `articles/${slug}.md`);
      writeFileSync(join(project.root, 'locales', locale, `${slug}.xlf`), xlf);
    }
  }
  return project;
}

type Step = readonly [done: number, total: number];

/** The steps are the files read, in order, up to all of them, with one total throughout. */
function expectSteps(steps: readonly Step[], files: number): void {
  expect(steps.length).toBeGreaterThan(1);
  expect(new Set(steps.map(([, total]) => total))).toEqual(new Set([files]));
  const done = steps.map(([d]) => d);
  expect(done).toEqual([...done].sort((a, b) => a - b));
  expect(done.at(-1)).toBe(files);
}

describe('checkProject onProgress', () => {
  it('counts the locale files it reads, up to all of them', async () => {
    const { config } = withCopies(5);
    const steps: Step[] = [];
    await checkProject(config(), { cache: false, onProgress: (d, t) => steps.push([d, t]) });
    expectSteps(steps, 12);
    expect(steps).toHaveLength(6);
  });

  it('counts only what the cache cannot answer, and is silent when it answers everything', async () => {
    const { root, config } = withCopies(3);
    await checkProject(config());
    const warm: Step[] = [];
    await checkProject(config(), { onProgress: (d, t) => warm.push([d, t]) });
    expect(warm).toEqual([]);
    const ko = join(root, 'locales', 'ko', 'copy-1.xlf');
    writeFileSync(ko, readFileSync(ko, 'utf8').replace('</body>', '<!-- edited --></body>'));
    const one: Step[] = [];
    await checkProject(config(), { onProgress: (d, t) => one.push([d, t]) });
    expect(one).toEqual([[1, 1]]);
  });

  // Workers run the built package, as in project.threads.test.ts: `pnpm run build` must have run.
  const DIST = new URL('../dist/index.js', import.meta.url);
  it('hears from worker threads as their chunks come back', async () => {
    if (!existsSync(DIST)) throw new Error('@dari/check is not built: run `pnpm run build` first');
    const dist = (await import(DIST.href)) as { checkProject: typeof checkProject };
    const { config } = withCopies(23);
    const steps: Step[] = [];
    await dist.checkProject(config(), { cache: false, threads: 2, onProgress: (d, t) => steps.push([d, t]) });
    expectSteps(steps, 48);
  });
});
