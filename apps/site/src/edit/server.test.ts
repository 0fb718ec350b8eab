import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@dari/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editMiddleware } from './server.js';

const SEED = new URL('../../../../locales/ko/korus-fta-revision-talks.xlf', import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), 'dari-edit-server-'));
writeFileSync(
  join(root, 'dari.config.json'),
  JSON.stringify({ locales: ['en', 'ko'], paths: { glossary: 'glossary.json' } }),
);
writeFileSync(join(root, 'glossary.json'), JSON.stringify({ ko: { Lighthizer: '라이트하이저' } }));
mkdirSync(join(root, 'articles'));
mkdirSync(join(root, 'locales', 'ko'), { recursive: true });
writeFileSync(join(root, 'locales/ko/seed.xlf'), readFileSync(SEED));
writeFileSync(join(root, 'secret.xlf'), readFileSync(SEED));
// Another article that shares a sentence, for the memory proposals.
writeFileSync(
  join(root, 'locales/ko/other.xlf'),
  readFileSync(SEED, 'utf8').replace('지난달 특별회기 개최를 요청했다', '지난달 회기를 요청했다'),
);

const handler = editMiddleware(loadConfig(root));
const server = createServer((req, res) => {
  // Mounted the way Vite's Connect mounts it: the prefix is cut from req.url.
  req.url = (req.url ?? '/').replace(/^\/__dari\/edit/, '') || '/';
  void handler(req, res);
});
let base = '';
let origin = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  base = `${origin}/__dari/edit`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const post = (path: string, body: unknown, token: string) =>
  fetch(`${base}/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Dari-Token': token, Origin: origin },
    body: JSON.stringify(body),
  });

describe('the edit endpoint', () => {
  it('hands out the token, then reads and writes only with it', async () => {
    const { token } = (await (await fetch(`${base}/session`)).json()) as { token: string };
    expect(token.length).toBeGreaterThan(20);
    expect((await fetch(`${base}/file?locale=ko&slug=seed`)).status).toBe(403);
    const view = (await (
      await fetch(`${base}/file?locale=ko&slug=seed`, { headers: { 'X-Dari-Token': token } })
    ).json()) as { hash: string; units: Array<{ id: string }> };
    const id = view.units[2]?.id as string;
    const edit = { kind: 'target', text: '<b>굵게</b> 아님.' };
    expect(
      (await post('save', { locale: 'ko', slug: 'seed', id, hash: view.hash, edit }, 'wrong')).status,
    ).toBe(403);
    const saved = await post('save', { locale: 'ko', slug: 'seed', id, hash: view.hash, edit }, token);
    expect(saved.status).toBe(200);
    expect(readFileSync(join(root, 'locales/ko/seed.xlf'), 'utf8')).toContain(
      '&lt;b&gt;굵게&lt;/b&gt; 아님.',
    );
    const again = await post(
      'save',
      { locale: 'ko', slug: 'seed', id, hash: view.hash, edit: { kind: 'approve' } },
      token,
    );
    expect(again.status).toBe(409);
  });

  it('refuses files outside the locales folder and the source locale', async () => {
    const { token } = (await (await fetch(`${base}/session`)).json()) as { token: string };
    for (const [locale, slug] of [
      ['ko', '../../secret'],
      ['ko', '..'],
      ['en', 'seed'],
      ['xx', 'seed'],
    ]) {
      const r = await post('save', { locale, slug, id: 's', hash: 'h', edit: { kind: 'approve' } }, token);
      expect(r.status, `${locale}/${slug}`).toBe(400);
    }
  });

  it('proposals from the other files and the glossary terms of the sentence', async () => {
    const { token } = (await (await fetch(`${base}/session`)).json()) as { token: string };
    const view = (await (
      await fetch(`${base}/file?locale=ko&slug=seed`, { headers: { 'X-Dari-Token': token } })
    ).json()) as { units: Array<{ id: string; source: string }> };
    const unit = view.units.find((u) => u.source.includes('Lighthizer made the request')) as { id: string };
    const aids = (await (
      await fetch(`${base}/aids?locale=ko&slug=seed&id=${unit.id}`, { headers: { 'X-Dari-Token': token } })
    ).json()) as { proposals: Array<{ target: string; score: number; from: string }>; terms: unknown[] };
    expect(aids.proposals[0]).toMatchObject({ score: 100, from: 'other.xlf' });
    expect(aids.proposals[0]?.target).toContain('지난달 회기를 요청했다');
    expect(aids.terms).toEqual([{ source: 'Lighthizer', targets: ['라이트하이저'] }]);
  });

  it('live findings for a unit as typed', async () => {
    const { token } = (await (await fetch(`${base}/session`)).json()) as { token: string };
    const view = (await (
      await fetch(`${base}/file?locale=ko&slug=seed`, { headers: { 'X-Dari-Token': token } })
    ).json()) as { units: Array<{ id: string; source: string }> };
    const unit = view.units.find((u) => /\d/.test(u.source)) as { id: string };
    const r = await post(
      'check',
      { locale: 'ko', slug: 'seed', id: unit.id, text: '숫자가 없는 번역.' },
      token,
    );
    const { findings } = (await r.json()) as { findings: Array<{ ruleId: string }> };
    expect(findings.map((f) => f.ruleId)).toContain('number-mismatch');
  });
});
