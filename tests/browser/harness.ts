import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launch } from './browser.js';
import { buildSite, makeProject } from './fixture.js';
import { serve } from './server.js';

/** A built fixture site served on 127.0.0.1 with a browser, for one test file. */
export interface Site {
  readonly root: string;
  readonly dist: string;
  readonly base: string;
  readonly browser: Browser;
  /** Console errors, failed requests and 404 responses of every page opened (cleared by the caller). */
  readonly errors: string[];
  open(path: string, options?: BrowserContextOptions & { media?: 'print' | 'screen' }): Promise<Page>;
  close(): Promise<void>;
}

/** Builds the fixture project (plus `archive` articles, after `prepare`) and serves it. */
export async function startSite(
  options: { archive?: number; now?: string; prepare?: (root: string) => Promise<void> | void } = {},
): Promise<Site> {
  const project = makeProject({ archive: options.archive ?? 0 });
  await options.prepare?.(project.root);
  const dist = buildSite(project.root, options.now ? { now: options.now } : {});
  const server = await serve(dist);
  const browser = await launch();
  const errors: string[] = [];
  return {
    root: project.root,
    dist,
    base: server.url,
    browser,
    errors,
    async open(path, { media, ...context } = {}) {
      const ctx = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        colorScheme: 'light',
        ...context,
      });
      const page = await ctx.newPage();
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`${path}: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
      page.on('response', (r) => {
        if (r.status() >= 400) errors.push(`${path}: ${r.status()} ${r.url()}`);
      });
      if (media) await page.emulateMedia({ media });
      await page.goto(server.url + path, { waitUntil: 'load' });
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
