import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkProject } from '@dari/check';
import { loadConfig } from '@dari/config';
import { parseArticle } from '@dari/segmenter';
import { readXliff } from '@dari/xliff';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyProject, dari } from '../support/project.js';
import { requireSchemas, validateXliff } from '../support/validate-xliff.js';

const SLUG = 'korus-fta-revision-talks';
const schemas = requireSchemas();

/** A check on a CI runner without Dari's cache: a cache folder of its own, empty. */
async function coldCheck(dir: string) {
  vi.stubEnv('DARI_CACHE_DIR', mkdtempSync(join(tmpdir(), 'dari-e2e-cache-')));
  return dari(dir, 'check', '--format', 'json');
}

const staleFiles = (json: string) =>
  (JSON.parse(json) as { findings: { ruleId: string; file: string }[] }).findings
    .filter((f) => f.ruleId === 'stale-file')
    .map((f) => f.file);

describe('the article stamp, from dari sync to a cold dari check', () => {
  let dir: string;
  const ko = () => join(dir, 'locales', 'ko', `${SLUG}.xlf`);
  const article = () => join(dir, 'articles', `${SLUG}.md`);

  beforeEach(async () => {
    // Every cache of these runs in a folder of its own, never the user's.
    vi.stubEnv('DARI_CACHE_DIR', mkdtempSync(join(tmpdir(), 'dari-e2e-cache-')));
    dir = copyProject();
    expect((await dari(dir, 'sync')).code).toBe(0);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('lets check skip segmenting the articles sync stamped, and the stamped files validate', async () => {
    const parsed: string[] = [];
    const report = await checkProject(
      loadConfig(dir),
      { cache: false },
      {
        parseArticle: (markdown, options) => {
          parsed.push(options.file);
          return parseArticle(markdown, options);
        },
        readXliff,
        changedFiles: () => new Set(),
      },
    );
    expect(parsed).toEqual([]);
    expect(report.pass).toBe(true);
    expect(readXliff(readFileSync(ko()), ko()).stamp?.lang).toBe('en');
    if (!schemas.missing) expect(validateXliff(ko()).errors).toBe('');
  });

  it('reports an article edited after the sync as stale on a cold check, and sync clears it', async () => {
    const text = readFileSync(article(), 'utf8');
    writeFileSync(article(), text.replace('held in Seoul on Tuesday', 'held in Busan on Tuesday'));
    const check = await coldCheck(dir);
    expect(check.code).toBe(1);
    expect(staleFiles(check.stdout)).toEqual([`locales/en/${SLUG}.xlf`, `locales/ko/${SLUG}.xlf`]);
    expect((await dari(dir, 'sync')).code).toBe(0);
    expect(staleFiles((await coldCheck(dir)).stdout)).toEqual([]);
  });

  it('checks a file without the stamp (an older Dari, a CAT tool that dropped the header) as before', async () => {
    const stamped = readFileSync(ko(), 'utf8');
    const bare = stamped.replace(/\n\s*<header>[\s\S]*?<\/header>/, '');
    expect(bare).not.toContain('dari:article');
    writeFileSync(ko(), bare);
    const check = await coldCheck(dir);
    expect(check.code, check.stdout).toBe(0);
    // The next sync puts the stamp back and changes nothing else.
    expect((await dari(dir, 'sync')).code).toBe(0);
    expect(readFileSync(ko(), 'utf8')).toBe(stamped);
  });

  it('writes the stamp into XLIFF 2.0 files too, valid against the 2.0 schema', async () => {
    const configPath = join(dir, 'dari.config.json');
    const config = JSON.parse(readFileSync(configPath, 'utf8'));
    writeFileSync(configPath, JSON.stringify({ ...config, xliff: { ...config.xliff, version: '2.0' } }));
    expect((await dari(dir, 'sync')).code).toBe(0);
    const text = readFileSync(ko(), 'utf8');
    expect(text).toContain('<note category="dari:article">');
    expect(readXliff(text, ko()).stamp?.date).toBe('2017-08-17');
    if (!schemas.missing) expect(validateXliff(ko()).errors).toBe('');
    const check = await coldCheck(dir);
    expect(check.code, check.stdout).toBe(0);
  });
});
