import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DariError } from '@dari/core';
import { formatReport, type ReportFormat } from '@dari/report';
import { describe, expect, it } from 'vitest';
import { checkProject } from './project.js';
import { makeProject, SLUG } from './test-support/project.js';

// Workers run the built package (a worker cannot load TypeScript sources), so this test drives
// `dist/` — `pnpm run build` (part of `pnpm test`) must have run. Everything else runs in-process.
const DIST = new URL('../dist/index.js', import.meta.url);
const POOL = new URL('../dist/pool.js', import.meta.url);

async function built(): Promise<{ checkProject: typeof checkProject; workersAvailable: () => boolean }> {
  if (!existsSync(DIST)) throw new Error('@dari/check is not built: run `pnpm run build` first');
  const index = (await import(DIST.href)) as { checkProject: typeof checkProject };
  const pool = (await import(POOL.href)) as { workersAvailable: () => boolean };
  return { checkProject: index.checkProject, workersAvailable: pool.workersAvailable };
}

/** The fixture project with `n` articles (copies under other slugs), some with findings. */
function manyArticles(n: number) {
  const project = makeProject({ config: { locales: ['en', 'ko'] } });
  const { root } = project;
  for (let i = 0; i < n; i++) {
    const slug = `copy-${String(i).padStart(2, '0')}`;
    cpSync(join(root, 'articles', `${SLUG}.md`), join(root, 'articles', `${slug}.md`));
    for (const locale of ['en', 'ko']) {
      let xlf = readFileSync(join(root, 'locales', locale, `${SLUG}.xlf`), 'utf8');
      xlf = xlf.replace(`articles/${SLUG}.md`, `articles/${slug}.md`);
      // Every third translation gets a wrong figure, so findings come from many threads.
      if (locale === 'ko' && i % 3 === 0) xlf = xlf.replace('1천96억 달러로', '1천97억 달러로');
      writeFileSync(join(root, 'locales', locale, `${slug}.xlf`), xlf);
    }
  }
  return project;
}

const FORMATS: readonly ReportFormat[] = ['text', 'json', 'github', 'junit', 'sarif', 'markdown'];

describe('checking in worker threads', () => {
  it('gives byte for byte the report of a check in this thread, in every format', async () => {
    const dist = await built();
    expect(dist.workersAvailable()).toBe(true);
    const { config } = manyArticles(24);
    const threaded = await dist.checkProject(config(), { cache: false, threads: 3 });
    const serial = await checkProject(config(), { cache: false, threads: 1 });
    expect(threaded.findings.filter((d) => d.ruleId === 'number-mismatch')).toHaveLength(8);
    for (const format of FORMATS) expect(formatReport(threaded, format)).toBe(formatReport(serial, format));
  });

  it('reports bad XML in a file a worker read with its file:line:col, the first one in serial order', async () => {
    const dist = await built();
    const { root, config } = manyArticles(12);
    const broken = (slug: string, locale: string) => {
      const path = join(root, 'locales', locale, `${slug}.xlf`);
      const text = readFileSync(path, 'utf8').replace('</body>', '</bdy>');
      writeFileSync(path, text);
      return text.slice(0, text.indexOf('</bdy>')).split('\n').length;
    };
    broken('copy-11', 'ko');
    const line = broken('copy-07', 'en');
    const rejection = async (run: Promise<unknown>) =>
      run.then(
        () => undefined,
        (e: unknown) => e,
      );
    const threaded = await rejection(dist.checkProject(config(), { cache: false, threads: 2 }));
    const serial = await rejection(checkProject(config(), { cache: false, threads: 1 }));
    expect(threaded).toBeInstanceOf(DariError);
    expect((threaded as DariError).diagnostics[0]).toMatchObject({
      ruleId: 'xml-malformed',
      file: 'locales/en/copy-07.xlf',
      line,
    });
    expect((threaded as DariError).diagnostics).toEqual((serial as DariError).diagnostics);
  });

  it('passes an unreadable file on as the file-system error it is (the CLI exits 2, not 70)', async () => {
    const dist = await built();
    const { root, config } = manyArticles(8);
    // A folder named like a locale file: listed as one, unreadable as one (EISDIR) in a worker.
    rmSync(join(root, 'locales', 'ko', 'copy-05.xlf'));
    mkdirSync(join(root, 'locales', 'ko', 'copy-05.xlf'));
    const threaded = await dist.checkProject(config(), { cache: false, threads: 2 }).catch((e: unknown) => e);
    expect(threaded).toBeInstanceOf(Error);
    expect((threaded as NodeJS.ErrnoException).code).toBe('EISDIR');
  });

  it('reports a malformed article before any locale file, as a serial run does', async () => {
    const dist = await built();
    const { root, config } = manyArticles(6);
    writeFileSync(join(root, 'locales', 'ko', 'copy-01.xlf'), 'not xml');
    writeFileSync(join(root, 'articles', 'copy-04.md'), '---\ntitle: [unclosed\n---\nText.\n');
    const threaded = await dist.checkProject(config(), { cache: false, threads: 2 }).catch((e: unknown) => e);
    const serial = await checkProject(config(), { cache: false, threads: 1 }).catch((e: unknown) => e);
    expect((threaded as DariError).diagnostics[0]?.file).toBe('articles/copy-04.md');
    expect((threaded as DariError).diagnostics).toEqual((serial as DariError).diagnostics);
  });
});
