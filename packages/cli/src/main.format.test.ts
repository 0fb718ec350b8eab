import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { capture, smallProject } from './test-support/project.js';

beforeAll(() => {
  process.env.DARI_CACHE_DIR = mkdtempSync(join(tmpdir(), 'dari-cli-format-cache-'));
});

const run = async (argv: string[], root: string) => {
  const io = capture();
  const code = await main([...argv, '--cwd', root], root, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
};

/** A synced project whose ko file of story-1 is not well-formed XML. */
async function broken(): Promise<string> {
  const root = smallProject(3);
  expect((await run(['sync'], root)).code).toBe(0);
  writeFileSync(join(root, 'locales/ko/story-1.xlf'), '<?xml version="1.0"?>\n<xliff version="1.2">\n<file>');
  return root;
}

describe('sync --format', () => {
  it('json: the files and totals with the findings, on stdout only', async () => {
    const root = smallProject(2);
    const first = await run(['sync', '--format', 'json'], root);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    const json = JSON.parse(first.stdout);
    expect(Object.keys(json)).toEqual(['version', 'command', 'pass', 'files', 'totals', 'findings']);
    expect(json).toMatchObject({ version: 1, command: 'sync', pass: true, findings: [] });
    expect(json.files.map((f: { file: string }) => f.file).sort()).toEqual([
      'locales/en/story-0.xlf',
      'locales/en/story-1.xlf',
      'locales/ko/story-0.xlf',
      'locales/ko/story-1.xlf',
    ]);
    expect(json.totals).toMatchObject({ files: 4, written: 4 });
    expect(json.files[0]).toMatchObject({ written: true });
  });

  it('github: the totals as a notice', async () => {
    const root = smallProject(2);
    const github = await run(['sync', '--format', 'github'], root);
    expect(github.stdout).toMatch(/^::notice title=dari sync::sync: 4 files, 4 written; \d+ added/);
    expect(github.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('text is what it was: the summary on stdout', async () => {
    const root = smallProject(1);
    const text = await run(['sync'], root);
    expect(text.stdout).toMatch(/^locales\/en\/story-0\.xlf {2}\+\d+ added/);
    expect(text.stdout).toMatch(/\nsync: 2 files, 2 written;/);
  });
});

describe('bad input under --format json and github (exit 2)', () => {
  it.each(['sync', 'check', 'status'])(
    '%s: the diagnostic on stdout in the shape, the line on stderr as always',
    async (command) => {
      const root = await broken();
      const text = await run([command], root);
      expect(text.code).toBe(2);
      expect(text.stdout).toBe('');
      expect(text.stderr).toMatch(/^locales\/ko\/story-1\.xlf:\d+:\d+ error xml-malformed /);

      const json = await run([command, '--format', 'json'], root);
      expect(json.code).toBe(2);
      expect(json.stderr).toBe(text.stderr);
      const doc = JSON.parse(json.stdout);
      expect(doc).toMatchObject({ version: 1, command, pass: false });
      expect(doc.findings).toHaveLength(1);
      expect(doc.findings[0]).toMatchObject({
        ruleId: 'xml-malformed',
        severity: 'error',
        file: 'locales/ko/story-1.xlf',
      });

      const github = await run([command, '--format', 'github'], root);
      expect(github.code).toBe(2);
      expect(github.stdout).toMatch(
        /^::error file=locales\/ko\/story-1\.xlf,line=\d+,col=\d+,title=xml-malformed::/,
      );
      expect(github.stdout.trimEnd().split('\n')).toHaveLength(1);
    },
  );

  it('a usage error has no format yet: text on stderr only', async () => {
    const root = smallProject(1);
    const bad = await run(['status', '--format', 'json', '--min', 'ko=90'], root);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^error cli-usage `dari status` does not take --min/);
  });
});

describe('status --format', () => {
  it('json: the report check --format json prints; github: findings and a notice; exit 0 either way', async () => {
    const root = smallProject(2);
    await run(['sync'], root);
    const check = await run(['check', '--format', 'json'], root);
    const json = await run(['status', '--format', 'json'], root);
    expect(json.code).toBe(0);
    expect(json.stdout).toBe(check.stdout);
    const github = await run(['status', '--format', 'github'], root);
    expect(github.code).toBe(0);
    expect(github.stdout).toBe(
      '::notice title=dari status::ko 0.0%25 translated (0/6 units), 0.0%25 reviewed (0/6 units); 4 files, 0 errors, 0 warnings\n',
    );
  });

  it('github: an annotation per finding, as check prints it, and no threshold error', async () => {
    const root = smallProject(2);
    writeFileSync(
      join(root, 'dari.config.json'),
      JSON.stringify({ sourceLocale: 'en', locales: ['en', 'ko'], thresholds: { ko: 100 } }),
    );
    await run(['sync'], root);
    // Orphaned locale files: error findings without any translation work.
    rmSync(join(root, 'articles/story-0.md'));
    const check = await run(['check', '--format', 'github'], root);
    const status = await run(['status', '--format', 'github'], root);
    const annotations = (s: string) => s.split('\n').filter((l) => /^::(error|warning) file=/.test(l));
    expect(annotations(status.stdout).length).toBeGreaterThan(0);
    expect(annotations(status.stdout)).toEqual(annotations(check.stdout));
    expect(status.stdout).not.toContain('title=dari check ko');
    expect(status.code).toBe(0);
  });
});
