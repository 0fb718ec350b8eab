import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles } from '../lib/files.ts';
import { measure } from '../lib/measure.ts';
import { repoPath } from '../lib/repo.ts';
import type { Measurement } from '../lib/result.ts';

/** Bytes a reader downloads for one page: HTML and CSS gzipped, client JS gzipped. */
export interface PageWeight {
  readonly htmlCssGzip: number;
  readonly jsGzip: number;
}

const gz = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

/** Weighs a built page: its HTML, the stylesheets and scripts it links (inline ones are in the HTML). */
export function weighPage(outDir: string, pagePath: string): PageWeight {
  const html = readFileSync(join(outDir, pagePath), 'utf8');
  const local = (href: string): string | undefined => {
    if (/^[a-z]+:|^\/\//i.test(href)) return undefined;
    const path = join(outDir, href.split(/[?#]/)[0] as string);
    return existsSync(path) ? path : undefined;
  };
  let css = '';
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
    const path = local(/href="([^"]+)"/.exec(m[0])?.[1] ?? '');
    if (path) css += readFileSync(path, 'utf8');
  }
  let js = '';
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
    const src = /src="([^"]+)"/.exec(attrs)?.[1];
    const path = src ? local(src) : undefined;
    js += path ? readFileSync(path, 'utf8') : (m[2] ?? '');
  }
  return { htmlCssGzip: gz(html + css), jsGzip: js === '' ? 0 : gz(js) };
}

const BUDGET_SCRIPT = repoPath('apps/site/scripts/budget.ts');

/**
 * Site budgets on the built site: our own weighing of the heaviest article page (≤ 20 KB HTML+CSS
 * gzipped, ≤ 2 KB JS), plus the site's own budget script when it exists.
 */
export async function budgetStep(outDir: string): Promise<Measurement[]> {
  const pages = listFiles(outDir, '.html').filter((p) => /(^|\/)articles\/[^/]+\/index\.html$/.test(p));
  if (pages.length === 0) throw new Error(`no article page (…/articles/<slug>/index.html) in ${outDir}`);
  let heaviest = { page: '', weight: { htmlCssGzip: 0, jsGzip: 0 } };
  let js = 0;
  for (const page of pages) {
    const weight = weighPage(outDir, page);
    if (weight.htmlCssGzip > heaviest.weight.htmlCssGzip) heaviest = { page, weight };
    js = Math.max(js, weight.jsGzip);
  }
  const out: Measurement[] = [
    {
      id: 'budget-html-css',
      label: 'article page HTML+CSS, gzip (heaviest)',
      target: '≤ 20 KB',
      met: heaviest.weight.htmlCssGzip <= 20 * 1024,
      note: `${(heaviest.weight.htmlCssGzip / 1024).toFixed(1)} KB (${heaviest.page}, ${pages.length} pages weighed)`,
      data: { bytes: heaviest.weight.htmlCssGzip, page: heaviest.page, pages: pages.length },
    },
    {
      id: 'budget-js',
      label: 'article page client JS, gzip (max)',
      target: '≤ 2 KB',
      met: js <= 2 * 1024,
      note: `${(js / 1024).toFixed(2)} KB`,
      data: { bytes: js },
    },
  ];
  if (existsSync(BUDGET_SCRIPT)) {
    const run = await measure(process.execPath, [BUDGET_SCRIPT, outDir], { cwd: repoPath('apps/site') });
    const last = `${run.stdout}\n${run.stderr}`.trim().split('\n').slice(-2).join(' / ');
    out.push({
      id: 'budget-site-script',
      label: 'apps/site/scripts/budget.ts',
      target: 'exit 0',
      met: run.exitCode === 0,
      note: last.slice(0, 160),
      data: { exitCode: run.exitCode ?? -1, output: `${run.stdout}${run.stderr}`.slice(0, 4000) },
    });
  }
  return out;
}
