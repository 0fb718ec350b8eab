import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@dari/config';
import { readXliff } from '@dari/xliff';
import { describe, expect, it } from 'vitest';
import { requireSchemas, validateXliff } from '../../../tests/support/validate-xliff.js';
import { syncProject } from './project.js';
import { fixtureProject } from './test-support/project.js';

const TEMPLATE = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="ui" source-language="en" datatype="plaintext">
    <body>
      <trans-unit id="nav.articles">
        <source>All articles</source>
      </trans-unit>
      <trans-unit id="pager.page">
        <source>Page {{page}}</source>
      </trans-unit>
    </body>
  </file>
</xliff>
`;

const schemas = requireSchemas();

describe('syncProject: a locale added to the config', () => {
  it('gets its ui.xlf from the English template, untranslated; existing ones are left alone', async () => {
    const { dir } = fixtureProject();
    const configPath = join(dir, 'dari.config.json');
    const config = JSON.parse(readFileSync(configPath, 'utf8'));
    writeFileSync(configPath, JSON.stringify({ ...config, locales: [...config.locales, 'ja'] }));
    mkdirSync(join(dir, 'locales/en'), { recursive: true });
    mkdirSync(join(dir, 'locales/ko'), { recursive: true });
    writeFileSync(join(dir, 'locales/en/ui.xlf'), TEMPLATE);
    const korean = TEMPLATE.replace(
      '<source>All articles</source>',
      '<source>All articles</source><target state="translated">전체 기사</target>',
    );
    writeFileSync(join(dir, 'locales/ko/ui.xlf'), korean);
    const report = await syncProject(loadConfig(dir));
    expect(report.files.filter((f) => f.file.endsWith('ui.xlf'))).toEqual([
      expect.objectContaining({ file: 'locales/ja/ui.xlf', locale: 'ja', added: 2, written: true }),
    ]);
    const ja = readXliff(readFileSync(join(dir, 'locales/ja/ui.xlf'), 'utf8'), 'ja/ui.xlf');
    expect(ja.targetLang).toBe('ja');
    expect(ja.groups.flatMap((g) => g.units).map((u) => [u.id, u.state, u.target])).toEqual([
      ['nav.articles', 'new', undefined],
      ['pager.page', 'new', undefined],
    ]);
    if (!schemas.missing) expect(validateXliff(join(dir, 'locales/ja/ui.xlf')).errors).toBe('');
    expect(readFileSync(join(dir, 'locales/ko/ui.xlf'), 'utf8')).toBe(korean);
    // The articles' files for the new locale are there too, and a second run writes nothing.
    expect(existsSync(join(dir, 'locales/ja/talks.xlf'))).toBe(true);
    const again = await syncProject(loadConfig(dir));
    expect(again.files.filter((f) => f.written)).toEqual([]);
  });
});
