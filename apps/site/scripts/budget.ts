// Page-weight budgets of a built site: `node scripts/budget.ts [dist]` prints the gzipped HTML+CSS
// of the heaviest article page and the client JavaScript bytes, and exits 1 over budget.
// `weighSite(dist)` returns the same numbers to a caller (the bench).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Budgets from the issue: article page HTML+CSS ≤ 20 KB gzipped, client JS ≤ 2 KB. */
export const BUDGETS = { htmlCssGzip: 20 * 1024, clientJs: 2 * 1024 } as const;

/** Weight of one page: gzipped HTML plus every stylesheet it links, and its script bytes (raw and gzipped). */
export interface PageWeight {
  readonly page: string;
  readonly htmlCssGzip: number;
  readonly clientJs: number;
  readonly clientJsGzip: number;
}

/** The heaviest article page of a built site and the largest client JS of any article page. */
export interface SiteWeight {
  readonly pages: number;
  readonly heaviest: PageWeight;
  readonly clientJs: number;
  readonly withinBudget: boolean;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** Weighs one HTML page of `dist` (linked CSS and scripts read from `dist`). */
export function weighPage(dist: string, path: string): PageWeight {
  const html = readFileSync(path, 'utf8');
  const local = (href: string) => join(dist, href.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/^\/+/, ''));
  let css = '';
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g))
    css += readFileSync(local(m[1] ?? ''), 'utf8');
  let js = '';
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    // A data block (JSON-LD) is not run: it is page weight (in the HTML), not client JavaScript.
    const type = /\btype="([^"]+)"/.exec(m[1] ?? '')?.[1];
    if (type !== undefined && !/^(module|text\/javascript|application\/javascript)$/i.test(type)) continue;
    const src = /src="([^"]+)"/.exec(m[1] ?? '')?.[1];
    js += src ? readFileSync(local(src), 'utf8') : (m[2] ?? '');
  }
  return {
    page: relative(dist, path),
    htmlCssGzip: gzipSync(html + css, { level: 9 }).length,
    clientJs: Buffer.byteLength(js),
    clientJsGzip: js === '' ? 0 : gzipSync(js, { level: 9 }).length,
  };
}

/** Weighs every article page (`…/articles/<slug>/index.html`) of a built site. */
export function weighSite(dist: string): SiteWeight {
  const pages = files(dist).filter((p) => /[\\/]articles[\\/][^\\/]+[\\/]index\.html$/.test(p));
  if (pages.length === 0)
    throw new Error(`no article page (…/articles/<slug>/index.html) under ${dist}; build the site first`);
  const weights = pages.map((p) => weighPage(dist, p));
  const heaviest = weights.reduce((a, b) => (b.htmlCssGzip > a.htmlCssGzip ? b : a));
  const clientJs = Math.max(...weights.map((w) => w.clientJs));
  return {
    pages: pages.length,
    heaviest,
    clientJs,
    withinBudget: heaviest.htmlCssGzip <= BUDGETS.htmlCssGzip && clientJs <= BUDGETS.clientJs,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = resolve(process.argv[2] ?? 'dist');
  try {
    const w = weighSite(dist);
    const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
    console.log(`article pages weighed: ${w.pages}`);
    console.log(
      `heaviest article page HTML+CSS gzip: ${kb(w.heaviest.htmlCssGzip)} (${w.heaviest.page}; budget ${kb(BUDGETS.htmlCssGzip)})`,
    );
    console.log(
      `client JS: ${w.clientJs} bytes (${w.heaviest.clientJsGzip} gzipped; budget ${BUDGETS.clientJs} bytes)`,
    );
    console.log(w.withinBudget ? 'within budget' : 'OVER BUDGET');
    process.exitCode = w.withinBudget ? 0 : 1;
  } catch (e) {
    console.error(`budget: ${(e as Error).message}`);
    process.exitCode = 2;
  }
}
