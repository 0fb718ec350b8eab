import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { makeProject, REPO, userEnv } from './fixture.js';

let server: ChildProcess | undefined;

afterAll(() => {
  server?.kill('SIGTERM');
});

/** Starts `astro dev` over a project; resolves with its local URL once it listens. */
function startDev(root: string): Promise<string> {
  const astro = join(REPO, 'apps/site/node_modules/astro/bin/astro.mjs');
  const port = String(20_000 + Math.floor(Math.random() * 20_000));
  server = spawn(
    process.execPath,
    [astro, 'dev', '--root', join(REPO, 'apps/site'), '--host', '127.0.0.1', '--port', port],
    {
      cwd: join(REPO, 'apps/site'),
      env: userEnv({ DARI_ROOT: root }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(stripVTControlCharacters(output))?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    server?.stdout?.on('data', onData);
    server?.stderr?.on('data', onData);
    server?.on('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${output}`)));
  });
}

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

describe('pnpm dev', () => {
  // One dev server for the file; the second test reads the edit the first one made.
  const { root } = makeProject();
  const running = startDev(root);

  it('serves the site and shows a translator’s saved .xlf change on the next request; units carry id and state', async () => {
    const url = await running;
    const page = `${url}/ko/articles/market-notes/`;
    // The first request waits for Vite's dependency scan; later ones are quick.
    let before = '';
    await waitFor(async () => {
      const response = await fetch(page);
      before = await response.text();
      return response.ok;
    }, 60_000);
    expect(before).toContain('증시 상승 마감');
    const file = join(root, 'locales/ko/market-notes.xlf');
    writeFileSync(file, readFileSync(file, 'utf8').replace('증시 상승 마감', '증시 강세 마감'));
    const updated = await waitFor(
      async () => (await (await fetch(page)).text()).includes('증시 강세 마감'),
      20_000,
    );
    expect(updated).toBe(true);
    // The inspect view (site.test.ts) is CSS over the id and state every unit carries.
    expect(before).toMatch(/data-unit="[a-z0-9-]+" data-state="translated"/);
  });

  it('serves the paginated list routes, and a page number past the last is not found', async () => {
    const url = await running;
    const list = await fetch(`${url}/ko/`);
    expect(list.status).toBe(200);
    expect(await list.text()).toContain('증시 강세 마감');
    expect((await fetch(`${url}/en/status/`)).status).toBe(200);
    expect((await fetch(`${url}/en/page/9/`)).status).toBe(404);
  });
});
