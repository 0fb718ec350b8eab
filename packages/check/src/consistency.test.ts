import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DariConfig, parseConfig } from '@dari/config';
import { DariError, plainText } from '@dari/core';
import { formatReport } from '@dari/report';
import { parseArticle } from '@dari/segmenter';
import { writeTmx, writeXliff } from '@dari/xliff';
import { describe, expect, it } from 'vitest';
import { checkPart, checkProject, mergeParts } from './project.js';

// News copy of our own, one article per slug: [English, Korean] sentences. `c` spells the trade
// envoy's name as no other file does.
const ARTICLES: Record<string, ReadonlyArray<readonly [string, string]>> = {
  a: [
    ['On Monday, Lighthizer called for talks.', '라이트하이저 대표는 월요일 협상을 요구했다.'],
    ['The request came from Lighthizer in July.', '요청은 7월 라이트하이저 대표에게서 나왔다.'],
  ],
  b: [['Trade envoy Lighthizer left Seoul.', '라이트하이저 대표는 서울을 떠났다.']],
  c: [
    ['Seoul welcomed the plan.', '서울은 계획을 반겼다.'],
    ['Officials said Lighthizer would return.', '당국자들은 라이트하이져 대표가 돌아온다고 말했다.'],
  ],
  d: [['Secretary Mnuchin spoke in Washington.', '므누신 장관은 워싱턴에서 말했다.']],
};

const KO = (slug: string) => `locales/ko/${slug}.xlf`;

/** A project of those articles, synced and translated as sync and a translator would leave it. */
function project(
  articles: Record<string, ReadonlyArray<readonly [string, string]>> = ARTICLES,
  rules: Record<string, string> = {},
) {
  const root = mkdtempSync(join(tmpdir(), 'dari-names-'));
  mkdirSync(join(root, 'articles'));
  mkdirSync(join(root, 'locales', 'en'), { recursive: true });
  mkdirSync(join(root, 'locales', 'ko'), { recursive: true });
  for (const [slug, pairs] of Object.entries(articles)) {
    const md = `---\ntitle: "Talks ${slug}"\ndate: 2017-08-17\nlang: en\n---\n\n${pairs.map((p) => p[0]).join(' ')}\n`;
    writeFileSync(join(root, 'articles', `${slug}.md`), md);
    const doc = parseArticle(md, { file: `articles/${slug}.md`, slug });
    const ko = new Map(pairs);
    const groups = (target: boolean) =>
      doc.blocks.map((b) => ({
        id: b.id,
        kind: b.kind,
        units: b.segments.map((s) => {
          const text = ko.get(plainText(s.source));
          if (!target || text === undefined) return { id: s.id, source: s.source, state: 'new' as const };
          return { id: s.id, source: s.source, target: [text], state: 'translated' as const };
        }),
      }));
    const base = { version: '1.2' as const, sourceLang: 'en', original: `articles/${slug}.md` };
    writeFileSync(join(root, 'locales', 'en', `${slug}.xlf`), writeXliff({ ...base, groups: groups(false) }));
    writeFileSync(join(root, KO(slug)), writeXliff({ ...base, targetLang: 'ko', groups: groups(true) }));
  }
  const data = { locales: ['en', 'ko'], thresholds: { ko: 0 }, rules };
  writeFileSync(join(root, 'dari.config.json'), JSON.stringify(data));
  const config = (): DariConfig => parseConfig(data, root, 'dari.config.json', JSON.stringify(data));
  const edit = (slug: string, from: string, to: string) => {
    const path = join(root, KO(slug));
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(from);
    writeFileSync(path, text.replaceAll(from, to));
  };
  const archive = (pairs: ReadonlyArray<readonly [string, string]>) => {
    mkdirSync(join(root, 'locales', 'ko', '.memory'), { recursive: true });
    const entries = pairs.map(([en, ko]) => ({ source: [en], target: [ko], sourceLang: 'en', locale: 'ko' }));
    writeFileSync(join(root, 'locales/ko/.memory/archive.tmx'), writeTmx(entries, { srcLang: 'en' }));
  };
  return { root, config, edit, archive };
}

const found = (report: { findings: readonly { ruleId: string; file?: string; actual?: string }[] }) =>
  report.findings.filter((d) => d.ruleId === 'name-inconsistent-archive').map((d) => `${d.file} ${d.actual}`);

describe('name-inconsistent-archive: one name spelled against the project', () => {
  it('reports the odd file at its sentence, naming the majority spelling and where it is used', async () => {
    const { config } = project();
    const report = await checkProject(config(), { cache: false });
    const hits = report.findings.filter((d) => d.ruleId === 'name-inconsistent-archive');
    expect(hits).toHaveLength(1);
    const [hit] = hits;
    expect(hit).toMatchObject({
      file: KO('c'),
      severity: 'warning',
      actual: '라이트하이져',
      expected: '라이트하이저',
    });
    expect(hit?.line).toBeGreaterThan(1);
    expect(hit?.message).toMatch(/"라이트하이저" in 3 sentences against 1 \(locales\/ko\/a\.xlf:\d+:\d+, /);
    expect(formatReport(report, 'text')).toMatch(
      new RegExp(`${KO('c')}:${hit?.line}:${hit?.column} warning name-inconsistent-archive `),
    );
    // Correct Korean everywhere: nothing.
    const fixed = project({
      ...ARTICLES,
      c: [
        ARTICLES.c?.[0] ?? ['', ''],
        ['Officials said Lighthizer would return.', '당국자들은 라이트하이저 대표가 돌아온다고 말했다.'],
      ],
    });
    expect(found(await checkProject(fixed.config(), { cache: false }))).toEqual([]);
  });

  it('counts the memory archive: a spelling the archive holds most often is the majority', async () => {
    const { config, archive } = project({
      d: [['Secretary Mnuchin spoke in Washington.', '므누친 장관은 워싱턴에서 말했다.']],
      e: [['Reporters asked Mnuchin about tariffs.', '기자들은 므누신 장관에게 관세를 물었다.']],
    });
    // One against one: no majority, nothing to say. (With the cache on: the memo of the comparison
    // must not outlive a change of the archive.)
    expect(found(await checkProject(config(), { cache: true }))).toEqual([]);
    archive([
      ['Secretary Mnuchin arrived.', '므누신 장관이 도착했다.'],
      ['Later, Mnuchin left.', '이후 므누신 장관은 떠났다.'],
      ['Envoy Lighthizer left.', '라이트하이져 대표가 떠났다.'],
    ]);
    const report = await checkProject(config(), { cache: true });
    expect(found(report)).toEqual([`${KO('d')} 므누친`]);
    expect(report.findings.find((d) => d.ruleId === 'name-inconsistent-archive')?.message).toContain(
      'locales/ko/.memory/archive.tmx',
    );
  });

  it('gives a warm run the findings of a cold one, and a change in one file moves the finding to another', async () => {
    const { config, edit } = project();
    const cold = await checkProject(config(), { cache: false });
    expect(await checkProject(config(), { cache: true })).toEqual(cold);
    expect(await checkProject(config(), { cache: true })).toEqual(cold);
    expect(found(cold)).toEqual([`${KO('c')} 라이트하이져`]);
    // `a` takes up c's spelling: that is now the majority, and the finding leaves c and lands on b,
    // two files whose bytes did not change and whose cached results are reused.
    edit('a', '라이트하이저', '라이트하이져');
    const warm = await checkProject(config(), { cache: true });
    expect(found(warm)).toEqual([`${KO('b')} 라이트하이저`]);
    expect(warm).toEqual(await checkProject(config(), { cache: false }));
  });

  it('reports the same over shards as in one run, though no shard alone sees it', async () => {
    const { config } = project();
    const whole = await checkProject(config(), { cache: false });
    const parts = await Promise.all(
      [
        ['a', 'b'],
        ['c', 'd'],
      ].map((slugs) => checkPart(config(), { cache: false, includes: (s) => slugs.includes(s) })),
    );
    expect(found(mergeParts(config(), [parts[1] ?? { results: [], extra: [] }]))).toEqual([]);
    expect(mergeParts(config(), parts)).toEqual(whole);
    // As `dari check --merge` reads them: parts printed as JSON.
    const printed = parts.map((p) => JSON.parse(JSON.stringify(p)) as typeof p);
    expect(found(mergeParts(config(), printed))).toEqual([`${KO('c')} 라이트하이져`]);
  });

  it('reports the same over shards whatever order their parts come in (the places it names)', async () => {
    // Four files spell the name the common way, so which three places the finding names depends
    // on the order the files are compared in; shards split slugs by hash, not in runs.
    const envoy = (k: string): ReadonlyArray<readonly [string, string]> => [
      [`Trade envoy Lighthizer met ${k}.`, '라이트하이저 대표는 그들을 만났다.'],
    ];
    const { config } = project({ ...ARTICLES, e: envoy('them'), f: envoy('us') });
    const whole = await checkProject(config(), { cache: false });
    expect(found(whole)).toEqual([`${KO('c')} 라이트하이져`]);
    const parts = await Promise.all(
      [
        ['b', 'f'],
        ['a', 'c', 'd', 'e'],
      ].map((slugs) => checkPart(config(), { cache: false, includes: (s) => slugs.includes(s) })),
    );
    expect(mergeParts(config(), parts)).toEqual(whole);
    expect(mergeParts(config(), [...parts].reverse())).toEqual(whole);
  });

  it('reports the same from worker threads as from this one', async () => {
    // Workers run the built package: `pnpm run build` (part of `pnpm test`) must have run.
    const dist = new URL('../dist/index.js', import.meta.url);
    if (!existsSync(dist)) throw new Error('@dari/check is not built: run `pnpm run build` first');
    const built = (await import(dist.href)) as { checkProject: typeof checkProject };
    const { config } = project();
    const threaded = await built.checkProject(config(), { cache: false, threads: 2 });
    expect(found(threaded)).toEqual([`${KO('c')} 라이트하이져`]);
    expect(threaded).toEqual(await checkProject(config(), { cache: false, threads: 1 }));
  });

  it('leaves a file with both spellings to name-inconsistent, and is switched off by config', async () => {
    const both = project({
      ...ARTICLES,
      c: [
        ['Envoy Lighthizer spoke.', '라이트하이저 대표가 말했다.'],
        ['Officials said Lighthizer would return.', '당국자들은 라이트하이져 대표가 돌아온다고 말했다.'],
      ],
    });
    const report = await checkProject(both.config(), { cache: false });
    expect(
      report.findings.filter((d) => d.ruleId.startsWith('name-inconsistent')).map((d) => d.ruleId),
    ).toEqual(['name-inconsistent']);
    const off = project(ARTICLES, { 'name-inconsistent-archive': 'off' });
    expect(found(await checkProject(off.config(), { cache: false }))).toEqual([]);
  });

  it('refuses a broken archive as sync does, naming the file, line and column', async () => {
    const { root, config } = project();
    mkdirSync(join(root, 'locales/ko/.memory'));
    writeFileSync(join(root, 'locales/ko/.memory/archive.tmx'), '<tmx><body><tu></body></tmx>');
    const error = await checkProject(config(), { cache: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DariError);
    expect((error as DariError).diagnostics[0]).toMatchObject({
      ruleId: 'tmx-malformed',
      file: 'locales/ko/.memory/archive.tmx',
      line: 1,
    });
    expect(existsSync(join(root, 'locales/ko/.memory/archive.tmx'))).toBe(true);
  });
});
