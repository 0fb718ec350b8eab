import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DariError } from '@dari/core';
import { describe, expect, it } from 'vitest';
import { checkProject } from './project.js';
import { makeProject, SLUG } from './test-support/project.js';

async function rejection(promise: Promise<unknown>): Promise<DariError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof DariError) return e;
    throw e;
  }
  throw new Error('expected a DariError');
}

describe('bad input: a DariError naming the file and place (exit 2)', () => {
  it('unparsable XLIFF', async () => {
    const { root, config } = makeProject();
    const path = join(root, 'locales', 'ko', `${SLUG}.xlf`);
    const broken = readFileSync(path, 'utf8').replace('</body>', '</bdy>');
    writeFileSync(path, broken);
    const e = await rejection(checkProject(config()));
    const line = broken.slice(0, broken.indexOf('</bdy>')).split('\n').length;
    expect(e.diagnostics[0]?.file).toBe(`locales/ko/${SLUG}.xlf`);
    expect(e.diagnostics[0]?.line).toBe(line);
  });

  it('a file of another format named .xlf', async () => {
    const { root, config } = makeProject();
    writeFileSync(join(root, 'locales', 'ko', 'notes.xlf'), '{ "this": "is JSON" }\n');
    const e = await rejection(checkProject(config()));
    expect(e.diagnostics[0]?.file).toBe('locales/ko/notes.xlf');
  });

  it('an XML file that is not XLIFF', async () => {
    const { root, config } = makeProject();
    writeFileSync(
      join(root, 'locales', 'ko', 'memory.xlf'),
      '<?xml version="1.0"?>\n<tmx version="1.4"><body/></tmx>\n',
    );
    const e = await rejection(checkProject(config()));
    expect(e.diagnostics[0]).toMatchObject({ file: 'locales/ko/memory.xlf', line: 2 });
  });

  it('an unknown locale folder', async () => {
    const { root, config } = makeProject();
    mkdirSync(join(root, 'locales', 'kr'));
    const e = await rejection(checkProject(config()));
    expect(e.diagnostics[0]?.ruleId).toBe('locale-unknown');
    expect(e.message).toContain('"locales/kr" is not a configured locale');
    expect(e.diagnostics[0]?.note).toContain('en, ko');
  });

  it('a rule id with a typo in the config names the key and the rules', async () => {
    const { config } = makeProject({ config: { rules: { 'number-mismatsh': 'off' } } });
    const e = await rejection(checkProject(config()));
    expect(e.diagnostics[0]).toMatchObject({ ruleId: 'config-invalid', file: 'dari.config.json' });
    expect(e.message).toContain('unknown rule "rules.number-mismatsh"; the rules are: stale-file,');
    expect(e.message).toContain('number-mismatch');
    expect(e.diagnostics[0]?.line).toBeGreaterThan(1);
  });

  it('a threshold out of range or for a locale not configured', async () => {
    const { config } = makeProject();
    expect((await rejection(checkProject(config(), { min: { ko: 101 } }))).message).toContain(
      '--min ko=101: a threshold is a percent from 0 to 100',
    );
    expect((await rejection(checkProject(config(), { min: { ko: -1 } }))).message).toContain('from 0 to 100');
    expect((await rejection(checkProject(config(), { min: { ja: 50 } }))).message).toContain(
      '"ja" is not a configured locale',
    );
  });

  it('a glossary named in the config that is missing or broken', async () => {
    const { root, config } = makeProject();
    writeFileSync(join(root, 'glossary.json'), '{ "ko": { "FTA": ');
    expect((await rejection(checkProject(config()))).diagnostics[0]).toMatchObject({
      ruleId: 'glossary-invalid',
      file: 'glossary.json',
    });
    rmSync(join(root, 'glossary.json'));
    expect((await rejection(checkProject(config()))).diagnostics[0]?.ruleId).toBe('glossary-missing');
  });

  it('a missing articles folder', async () => {
    const { root, config } = makeProject();
    rmSync(join(root, 'articles'), { recursive: true });
    expect((await rejection(checkProject(config()))).diagnostics[0]?.ruleId).toBe('articles-missing');
  });
});
