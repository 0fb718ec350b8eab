import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startDev, waitFor } from './edit-dev.js';
import { makeProject } from './fixture.js';

let stop = () => {};

afterAll(() => stop());

describe('pnpm dev', () => {
  // One dev server for the file; the second test reads the edit the first one made.
  const { root } = makeProject();
  const running = startDev(root).then((dev) => {
    stop = dev.stop;
    return dev.url;
  });

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
