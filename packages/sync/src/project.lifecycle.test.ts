import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireSchemas, validateXliff, wellFormed } from '../../../tests/support/validate-xliff.js';
import { exportTmx } from './export.js';
import { syncProject } from './project.js';
import { editUnits, fixtureProject, snapshot, translateAll, unitsIn } from './test-support/project.js';

const schemas = requireSchemas();

const setConfig = (dir: string, data: unknown) =>
  writeFileSync(join(dir, 'dari.config.json'), JSON.stringify(data));

describe('syncProject: locales and articles come and go', () => {
  it.skipIf(schemas.missing)(
    'adding a locale to the config creates its files and leaves the others untouched',
    async () => {
      const { dir, config } = fixtureProject();
      await syncProject(config());
      const before = snapshot(join(dir, 'locales'));
      setConfig(dir, { sourceLocale: 'en', locales: ['en', 'ko', 'ja'] });
      const report = await syncProject(config());
      expect(report.files.filter((f) => f.written).map((f) => f.file)).toEqual([
        'locales/ja/markets.xlf',
        'locales/ja/talks.xlf',
      ]);
      expect(validateXliff(join(dir, 'locales/ja/talks.xlf')).errors).toBe('');
      for (const [path, state] of before) expect(snapshot(join(dir, 'locales')).get(path)).toEqual(state);
    },
  );

  it('removing an article deletes its files and archives its translations, which come back from memory', async () => {
    const { dir, config } = fixtureProject();
    await syncProject(config());
    editUnits(join(dir, 'locales/ko/talks.xlf'), translateAll);
    await syncProject(config());
    rmSync(join(dir, 'articles/talks.md'));
    const report = await syncProject(config());
    expect(report.files.filter((f) => f.deleted).map((f) => [f.file, f.written])).toEqual([
      ['locales/en/talks.xlf', true],
      ['locales/ko/talks.xlf', true],
    ]);
    expect(existsSync(join(dir, 'locales/ko/talks.xlf'))).toBe(false);
    const archive = readFileSync(join(dir, 'locales/ko/.memory/archive.tmx'), 'utf8');
    expect(archive).toContain('<seg>KO Officials said the talks would address the trade deficit.</seg>');

    const markets = join(dir, 'articles/markets.md');
    writeFileSync(
      markets,
      `${readFileSync(markets, 'utf8')}\nOfficials said the talks would address the trade deficit.\n`,
    );
    const again = await syncProject(config());
    expect(again.files.find((f) => f.file === 'locales/ko/markets.xlf')).toMatchObject({
      reused: 1,
      written: true,
    });
    const reused = unitsIn(join(dir, 'locales/ko/markets.xlf')).find((u) => u.origin === 'memory');
    expect(reused).toMatchObject({
      state: 'needs-review',
      target: ['KO Officials said the talks would address the trade deficit.'],
    });
  });

  it('leaves the site interface file ui.xlf alone', async () => {
    const { dir, config } = fixtureProject();
    await syncProject(config());
    const ui = readFileSync(join(dir, 'locales/ko/markets.xlf'), 'utf8').replace(
      'articles/markets.md',
      'apps/site/ui.json',
    );
    writeFileSync(join(dir, 'locales/ko/ui.xlf'), ui);
    await syncProject(config());
    expect(readFileSync(join(dir, 'locales/ko/ui.xlf'), 'utf8')).toBe(ui);
  });

  it('xliff.prefillTargets fills untranslated targets with the source, state needs-translation', async () => {
    const { dir, config } = fixtureProject();
    setConfig(dir, { sourceLocale: 'en', locales: ['en', 'ko'], xliff: { prefillTargets: true } });
    await syncProject(config());
    const units = unitsIn(join(dir, 'locales/ko/markets.xlf'));
    expect(
      units.every((u) => u.state === 'needs-translation' && u.target?.join('') === u.source.join('')),
    ).toBe(true);
    expect(unitsIn(join(dir, 'locales/en/markets.xlf')).every((u) => u.target === undefined)).toBe(true);
  });
});

describe('exportTmx', () => {
  it('exports every translated unit (live and archived) as well-formed TMX', async () => {
    const { dir, config } = fixtureProject();
    await syncProject(config());
    editUnits(join(dir, 'locales/ko/talks.xlf'), translateAll);
    editUnits(join(dir, 'locales/ko/markets.xlf'), translateAll);
    await syncProject(config());
    rmSync(join(dir, 'articles/talks.md'));
    await syncProject(config());
    const tmx = await exportTmx(config());
    expect(tmx).toContain(
      '<tuv xml:lang="ko"><seg>KO Officials said the talks would address the trade deficit.</seg></tuv>',
    );
    expect(tmx).toContain('<seg>KO Stocks in Seoul closed higher on Friday.</seg>');
    // talks: title + 4 sentences (archived); markets: title + 2 sentences (live).
    expect(tmx.match(/<tu[ >]/g)?.length).toBe(8);
    const path = join(dir, 'memory.tmx');
    writeFileSync(path, tmx);
    expect(wellFormed(path)).toBe('');
  });
});
