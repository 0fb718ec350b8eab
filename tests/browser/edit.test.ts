import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkProject } from '@dari/check';
import { loadConfig } from '@dari/config';
import { plainText, unitsOf } from '@dari/core';
import { readXliff } from '@dari/xliff';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireSchemas, validateXliff } from '../support/validate-xliff.js';
import { AXE, BROWSER, launch } from './browser.js';
import { startDev, waitFor } from './edit-dev.js';
import { makeProject, REPO } from './fixture.js';

const SLUG = 'korus-fta-revision-talks';
const FILE = `locales/ko/${SLUG}.xlf`;
const SHOTS = join(REPO, 'test-results/screenshots');

let root = '';
let url = '';
let stop = () => {};
let browser: Browser;
let ids: string[] = [];

const schemas = requireSchemas();

beforeAll(async () => {
  if (BROWSER.missing) return;
  ({ root } = makeProject());
  ({ url, stop } = await startDev(root));
  browser = await launch();
  ids = unitsOf(readXliff(read(), FILE)).map((u) => u.id);
  // The first request waits for Vite's dependency scan.
  await waitFor(async () => (await fetch(`${url}/ko/articles/${SLUG}/`)).ok, 90_000);
  // Vite optimizes the client's dependencies on the first browser visit and then reloads every open
  // page; on a busy machine that reload landed in the middle of a test. Let it happen here first.
  const warm = await browser.newPage();
  await warm.goto(`${url}/ko/articles/${SLUG}/`, { waitUntil: 'load' });
  await warm.waitForSelector('.dari-edit-toggle', { timeout: 90_000 });
  await warm.waitForTimeout(3000);
  await warm.waitForSelector('.dari-edit-toggle', { timeout: 90_000 });
  await warm.close();
});

afterAll(async () => {
  await browser?.close();
  stop();
});

const read = () => readFileSync(join(root, FILE), 'utf8');

/** Bytes of unit `id`'s element in an XLIFF text. */
function unitBytes(text: string, id: string): { start: number; end: number } {
  const place = readXliff(text, FILE).places.get(id);
  if (!place) throw new Error(`no unit ${id}`);
  return { start: place.element.start, end: place.element.end };
}

/** True when `after` differs from `before` inside unit `id`'s element only. */
function onlyUnitChanged(before: string, after: string, id: string): boolean {
  let s = 0;
  while (s < before.length && before[s] === after[s]) s++;
  let a = before.length;
  let b = after.length;
  while (a > s && b > s && before[a - 1] === after[b - 1]) {
    a--;
    b--;
  }
  const unit = unitBytes(before, id);
  return s >= unit.start && a <= unit.end;
}

async function openPage(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${url}${path}`, { waitUntil: 'load' });
  await page.waitForSelector('.dari-edit-toggle', { timeout: 60_000 });
  // An earlier test's save may still send its reload to every open page: let it pass first.
  await page.waitForTimeout(1500);
  await page.waitForSelector('.dari-edit-toggle', { timeout: 60_000 });
  return page;
}

/** Opens the panel on the sentence `id` the way a mouse user does: toggle, then click the sentence. */
async function editSentence(page: Page, id: string): Promise<void> {
  await page.click('.dari-edit-toggle');
  await page.waitForSelector('#dari-edit:not([hidden])');
  // Where a reader taps it: in the part of the page the panel leaves free (the upper half on a phone).
  await page.$eval(`.u[data-unit="${id}"]`, (e) => {
    window.scrollBy(0, e.getBoundingClientRect().top - window.innerHeight * 0.25);
  });
  await page.click(`.u[data-unit="${id}"]`);
  await page.waitForFunction(
    (want) => document.querySelector('.dari-edit-pos')?.textContent?.endsWith(want),
    id,
  );
}

const panelText = (page: Page, sel: string) => page.$eval(sel, (e) => e.textContent ?? '');

// The dev server's first save on a cold Vite cache has hung past the test timeout in 2 of 5 full runs
// (a reload racing the panel; not yet found); a retry keeps every assertion while that is open.
describe.skipIf(BROWSER.missing)('edit in context (pnpm dev)', { retry: 2 }, () => {
  it('saving a Korean sentence changes that unit only; the file stays schema-valid; approving records approved="yes"', async () => {
    const id = ids[4] as string;
    const page = await openPage(`/ko/articles/${SLUG}/`);
    await editSentence(page, id);
    const before = read();
    await page.fill('#dari-edit-target', '한미 양국은 다음 주 협상을 시작한다.');
    await page.keyboard.press('Control+Enter');
    expect(await waitFor(() => read() !== before, 10_000)).toBe(true);
    const after = read();
    expect(onlyUnitChanged(before, after, id)).toBe(true);
    expect(after).toContain('<target state="translated">한미 양국은 다음 주 협상을 시작한다.</target>');
    writeFileSync(join(root, 'saved.xlf'), after);
    if (!schemas.missing) expect(validateXliff(join(root, 'saved.xlf'))).toEqual({ ok: true, errors: '' });
    // The page reloads with the new text and the panel comes back on the same unit.
    await page.waitForFunction(
      (want) => document.querySelector(`.u[data-unit="${want}"]`)?.textContent?.includes('한미 양국은'),
      id,
      { timeout: 20_000 },
    );
    await page.waitForSelector('#dari-edit:not([hidden])');
    expect(await panelText(page, '.dari-edit-pos')).toContain(id);

    await page.keyboard.press('Alt+A');
    expect(await waitFor(() => read().includes(`<trans-unit id="${id}" approved="yes">`), 10_000)).toBe(true);
    expect(read()).toMatch(
      new RegExp(
        `<trans-unit id="${id}" approved="yes">\\s*<source>[^<]*</source>\\s*<target state="final">`,
      ),
    );
    expect(onlyUnitChanged(after, read(), id)).toBe(true);
    await page.context().close();
  });

  it('a file changed on disk while editing gives the conflict message and loses neither text', async () => {
    const id = ids[6] as string;
    const page = await openPage(`/ko/articles/${SLUG}/`);
    await editSentence(page, id);
    await page.fill('#dari-edit-target', '패널에서 입력한 번역.');
    // A CAT tool saves the same file meanwhile.
    const theirs = read().replace('워싱턴</target>', '워싱턴 D.C.</target>');
    writeFileSync(join(root, FILE), theirs);
    // Either the dev server reloads the page first (the panel comes back with the text kept) or
    // the translator saves first (the endpoint refuses with 409): both must say so.
    const alerted = () =>
      page
        .evaluate(() => (document.querySelector('.dari-edit-alert')?.textContent ?? '').length > 0)
        .catch(() => false); // the page is reloading
    if (!(await waitFor(alerted, 5_000))) await page.keyboard.press('Control+Enter');
    expect(await waitFor(alerted, 20_000)).toBe(true);
    await page.waitForSelector('#dari-edit-target');
    expect(await panelText(page, '.dari-edit-alert')).toMatch(/다른 도구가 저장/);
    expect(await page.inputValue('#dari-edit-target')).toBe('패널에서 입력한 번역.');
    expect(read()).toBe(theirs);
    // Saving again, now knowingly, writes the translator's text over that unit only.
    await page.keyboard.press('Control+Enter');
    expect(await waitFor(() => read().includes('패널에서 입력한 번역.'), 10_000)).toBe(true);
    expect(onlyUnitChanged(theirs, read(), id)).toBe(true);
    expect(read()).toContain('워싱턴 D.C.</target>');
    await page.context().close();
  });

  it('markup typed into the panel stays text, in the file and on the page', async () => {
    const id = ids[7] as string;
    const page = await openPage(`/ko/articles/${SLUG}/`);
    await editSentence(page, id);
    const typed = '<script>window.__dariPwned=1</script><img src=x onerror="window.__dariPwned=2"> 끝.';
    await page.fill('#dari-edit-target', typed);
    await page.keyboard.press('Control+Enter');
    expect(
      await waitFor(() => read().includes('&lt;script&gt;window.__dariPwned=1&lt;/script&gt;'), 10_000),
    ).toBe(true);
    await page.waitForFunction(
      (want) => document.querySelector(`.u[data-unit="${want}"]`)?.textContent?.includes('<script>'),
      id,
      { timeout: 20_000 },
    );
    expect(await page.$eval(`.u[data-unit="${id}"]`, (e) => e.textContent)).toContain(typed);
    expect(
      await page.$$eval(`.u[data-unit="${id}"] script, .u[data-unit="${id}"] img`, (l) => l.length),
    ).toBe(0);
    expect(await page.evaluate(() => (window as { __dariPwned?: number }).__dariPwned)).toBeUndefined();
    await page.context().close();
  });

  it('works from the keyboard: open, next, previous, next needing work, close', async () => {
    const page = await openPage(`/ko/articles/${SLUG}/`);
    await page.keyboard.press('Alt+E');
    await page.waitForSelector('#dari-edit:not([hidden])');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dari-edit-target');
    const at = () => panelText(page, '.dari-edit-pos');
    expect(await at()).toContain(ids[0]);
    await page.keyboard.press('Alt+ArrowDown');
    await page.waitForFunction(
      (want) => document.querySelector('.dari-edit-pos')?.textContent?.endsWith(want),
      ids[1] as string,
    );
    expect(await page.$eval('.u.dari-edit-current', (e) => (e as HTMLElement).dataset.unit)).toBe(ids[1]);
    await page.keyboard.press('Alt+ArrowUp');
    await page.waitForFunction(
      (want) => document.querySelector('.dari-edit-pos')?.textContent?.endsWith(want),
      ids[0] as string,
    );
    // Every unit is translated but only one approved (the first test): the next needing work is not it.
    await page.keyboard.press('Alt+N');
    await page.waitForFunction(
      (want) => !document.querySelector('.dari-edit-pos')?.textContent?.endsWith(want),
      ids[0] as string,
    );
    expect(await panelText(page, '.dari-edit-state')).toMatch(/승인 전/);
    await page.keyboard.press('Escape');
    expect(await page.$eval('#dari-edit', (e) => (e as HTMLElement).hidden)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('dari-edit-toggle');
    await page.context().close();
  });

  it('live findings resolve a weekday against the article’s date, with the words dari check prints', async () => {
    const tuesday = (text: string) =>
      unitsOf(readXliff(text, FILE)).find((u) => plainText(u.source).includes('on Tuesday'));
    // The seed's Korean (an earlier test may have saved other words into this project's copy).
    const seeded = tuesday(readFileSync(join(REPO, FILE), 'utf8'));
    const right = seeded?.target ? plainText(seeded.target) : '';
    expect(right).toContain('오는 22일');
    const wrong = right.replace('오는 22일', '오는 24일');
    const unit = tuesday(read());
    const now = unit?.target ? plainText(unit.target) : '';
    // What `dari check` says of the same sentence, in a copy of the project.
    const copy = mkdtempSync(join(tmpdir(), 'dari-edit-check-'));
    cpSync(root, copy, { recursive: true, filter: (p) => !p.includes('node_modules') });
    expect(read()).toContain(`>${now}</target>`);
    writeFileSync(join(copy, FILE), read().replace(`>${now}</target>`, `>${wrong}</target>`));
    const report = await checkProject(loadConfig(copy), { cache: false });
    const said = report.findings.find((d) => d.unitId === unit?.id && d.ruleId === 'relative-date-mismatch');
    expect(said).toBeDefined();

    const page = await openPage(`/ko/articles/${SLUG}/`);
    await editSentence(page, unit?.id as string);
    await page.fill('#dari-edit-target', wrong);
    await page.waitForFunction(
      () => document.querySelector('.dari-edit-findings')?.textContent?.includes('relative-date-mismatch'),
      undefined,
      { timeout: 20_000 },
    );
    expect(await panelText(page, '.dari-edit-findings')).toContain(
      `${said?.severity} relative-date-mismatch: ${said?.message}`,
    );
    await page.fill('#dari-edit-target', right);
    await page.waitForFunction(
      () => !document.querySelector('.dari-edit-findings')?.textContent?.includes('relative-date-mismatch'),
      undefined,
      { timeout: 20_000 },
    );
    await page.context().close();
  });

  for (const [lang, viewport, name] of [
    ['ko', { width: 1280, height: 900 }, 'desktop'],
    ['en', { width: 390, height: 844 }, 'phone'],
  ] as const) {
    it(`axe finds nothing on the panel (${lang}, ${name}); screenshot`, async () => {
      const page = await openPage(`/${lang}/articles/${SLUG}/`, viewport);
      await editSentence(page, ids[4] as string);
      await page.waitForFunction(() => document.querySelector('.dari-edit-findings li') !== null);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, `edit-panel-${lang}-${name}.png`) });
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                c: unknown,
              ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ html: string }> }> }>;
            };
          }
        ).axe;
        const r = await axe.run({ include: [['#dari-edit'], ['.dari-edit-toggle']] });
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
      });
      expect(violations).toEqual([]);
      expect(await page.$eval('html', (e) => e.lang)).toBe(lang);
      await page.context().close();
    });
  }
});
