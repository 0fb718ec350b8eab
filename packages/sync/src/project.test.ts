import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DariError } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { requireSchemas, validateXliff } from '../../../tests/support/validate-xliff.js';
import { syncProject } from './project.js';
import { editUnits, fixtureProject, snapshot, translateAll, unitsIn } from './test-support/project.js';

const schemas = requireSchemas();

describe('syncProject: files on disk', () => {
  it.skipIf(schemas.missing)(
    'creates the template and the bilingual file per article, valid XLIFF 1.2',
    async () => {
      const { dir, config } = fixtureProject();
      const report = await syncProject(config());
      expect(report.files.map((f) => [f.file, f.written])).toEqual([
        ['locales/en/markets.xlf', true],
        ['locales/ko/markets.xlf', true],
        ['locales/en/talks.xlf', true],
        ['locales/ko/talks.xlf', true],
      ]);
      for (const f of report.files) expect(validateXliff(join(dir, f.file)).errors).toBe('');
      const ko = unitsIn(join(dir, 'locales/ko/talks.xlf'));
      expect(ko.length).toBeGreaterThanOrEqual(5);
      expect(ko.every((u) => u.state === 'new' && u.target === undefined)).toBe(true);
      expect(report.files[3]?.added).toBe(ko.length);
    },
  );

  it('rewrites nothing on a second run: same bytes, same mtimes', async () => {
    const { dir, config } = fixtureProject();
    await syncProject(config());
    editUnits(join(dir, 'locales/ko/talks.xlf'), translateAll);
    await syncProject(config());
    const before = snapshot(dir);
    const report = await syncProject(config());
    expect(report.files.filter((f) => f.written)).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
  });

  it.skipIf(schemas.missing)(
    'after an edit rewrites only the edited article files, keeping the translation for review',
    async () => {
      const { dir, config } = fixtureProject();
      await syncProject(config());
      editUnits(join(dir, 'locales/ko/talks.xlf'), translateAll);
      await syncProject(config());
      const article = join(dir, 'articles/talks.md');
      writeFileSync(article, readFileSync(article, 'utf8').replace('on Tuesday', 'on Wednesday'));
      const before = snapshot(dir);
      const report = await syncProject(config());
      expect(report.files.filter((f) => f.written).map((f) => f.file)).toEqual([
        'locales/en/talks.xlf',
        'locales/ko/talks.xlf',
      ]);
      expect(report.files.find((f) => f.file === 'locales/ko/talks.xlf')).toMatchObject({
        changed: 1,
        added: 0,
      });
      expect(snapshot(dir).get('locales/ko/markets.xlf')).toEqual(before.get('locales/ko/markets.xlf'));
      const edited = unitsIn(join(dir, 'locales/ko/talks.xlf')).find((u) => u.state === 'needs-review');
      expect(edited?.target).toEqual(['KO The special session will be held in Seoul on Tuesday.']);
      expect(edited?.previousSource).toEqual(['The special session will be held in Seoul on Tuesday.']);
      expect(edited?.notes?.find((n) => n.from === 'dari')?.text).toContain('[-Tuesday-]{+Wednesday+}');
      expect(validateXliff(join(dir, 'locales/ko/talks.xlf')).errors).toBe('');
    },
  );

  it('a locale file that fails to parse: DariError at its position, nothing written', async () => {
    const { dir, config } = fixtureProject();
    await syncProject(config());
    const ko = join(dir, 'locales/ko/talks.xlf');
    writeFileSync(ko, readFileSync(ko, 'utf8').replace('</body>', '</bdy>'));
    writeFileSync(
      join(dir, 'articles/markets.md'),
      `${readFileSync(join(dir, 'articles/markets.md'), 'utf8')}\nA new sentence.\n`,
    );
    const before = snapshot(dir);
    const error = await syncProject(config()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DariError);
    expect((error as DariError).diagnostics[0]).toMatchObject({
      file: 'locales/ko/talks.xlf',
      line: expect.any(Number),
    });
    expect(snapshot(dir)).toEqual(before);
  });

  it('reports every bad input at once (an article and a locale file) and writes nothing', async () => {
    const { dir, config } = fixtureProject();
    await syncProject(config());
    writeFileSync(join(dir, 'articles/broken.md'), 'No frontmatter here. Just text.\n');
    writeFileSync(join(dir, 'locales/ko/markets.xlf'), '<xliff version="1.2"><file>');
    const before = snapshot(dir);
    const error = (await syncProject(config()).catch((e: unknown) => e)) as DariError;
    expect(error.diagnostics.map((d) => d.file)).toEqual(['articles/broken.md', 'locales/ko/markets.xlf']);
    expect(snapshot(dir)).toEqual(before);
  });

  it('an article that is not UTF-8 is reported with its line', async () => {
    const { dir, config } = fixtureProject();
    writeFileSync(join(dir, 'articles/latin1.md'), Buffer.from('---\ntitle: Caf\xe9\n---\n', 'latin1'));
    const error = (await syncProject(config()).catch((e: unknown) => e)) as DariError;
    expect(error.diagnostics[0]).toMatchObject({
      ruleId: 'article-not-utf8',
      file: 'articles/latin1.md',
      line: 2,
    });
    expect(snapshot(dir).has('locales/en/talks.xlf')).toBe(false);
  });

  it('a missing articles folder is a DariError naming it', async () => {
    const { config } = fixtureProject();
    const bad = { ...config(), articlesDir: '/nonexistent/articles' };
    await expect(syncProject(bad)).rejects.toThrow(/articles/);
  });
});
