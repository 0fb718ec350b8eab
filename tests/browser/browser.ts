import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';
import { requireBrowser } from '../support/tools.js';

/** Chromium or Chrome, headless, with nothing that phones home. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** axe-core's browser bundle, injected into a page under test. */
export const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The system's Chromium or Chrome (`CHROME_PATH`, else chromium, chromium-browser, google-chrome,
 * google-chrome-stable on PATH; never a snap, never a downloaded build). Missing: the browser tests
 * skip (`describe.skipIf(BROWSER.missing)`) with one line in the summary; under `CI=true` they fail.
 */
export const BROWSER = requireBrowser();

/** Launches the browser `BROWSER` found. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: BROWSER.path, args: CHROMIUM_ARGS });
}

/** axe-core's violations on a page opened with `bypassCSP` (the pages' CSP admits only their own script). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run: () => Promise<{ violations: Array<{ id: string; nodes: Array<{ html: string }> }> }> };
      }
    ).axe.run();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
  });
}
