import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDev, waitFor } from './edit-dev.js';
import { makeProject } from './fixture.js';

// One dev server for the file (starting one takes long); each test leaves the project as it found
// it and asserts nothing another test changes, so either runs alone or in any order.
const { root } = makeProject();
let url = '';
let stop = () => {};

beforeAll(async () => {
  ({ url, stop } = await startDev(root));
  // The first request waits for Vite's dependency scan; later ones are quick.
  await waitFor(async () => (await fetch(`${url}/ko/`)).ok, 60_000);
});

afterAll(() => stop());

/** The text of a page, once the server answers it. */
async function text(path: string): Promise<string> {
  return (await fetch(`${url}${path}`)).text();
}

describe('pnpm dev', () => {
  it('serves the site and shows a translator’s saved .xlf change on the next request; units carry id and state', async () => {
    const page = '/ko/articles/market-notes/';
    let before = '';
    await waitFor(async () => {
      const response = await fetch(`${url}${page}`);
      before = await response.text();
      return response.ok;
    }, 60_000);
    expect(before).toContain('증시 상승 마감');
    // The inspect view (site.test.ts) is CSS over the id and state every unit carries.
    expect(before).toMatch(/data-unit="[a-z0-9-]+" data-state="translated"/);
    const file = join(root, 'locales/ko/market-notes.xlf');
    const original = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, original.replace('증시 상승 마감', '증시 강세 마감'));
      expect(await waitFor(async () => (await text(page)).includes('증시 강세 마감'), 20_000)).toBe(true);
      // The article list is rendered from the same files and shows the new title too.
      expect(await waitFor(async () => (await text('/ko/')).includes('증시 강세 마감'), 20_000)).toBe(true);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('serves the paginated list routes, and a page number past the last is not found', async () => {
    const list = await fetch(`${url}/ko/`);
    expect(list.status).toBe(200);
    expect(await list.text()).toContain('/ko/articles/market-notes/');
    expect((await fetch(`${url}/en/status/`)).status).toBe(200);
    expect((await fetch(`${url}/en/page/9/`)).status).toBe(404);
  });
});
