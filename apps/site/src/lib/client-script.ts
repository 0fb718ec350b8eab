import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';

/**
 * The inline client script as pages print it: minified by esbuild (comments and long names are for
 * reading the source, not for every page's bytes). One function, so the page and the CSP hash in
 * astro.config.ts always agree.
 */
export function minifyClient(raw: string): string {
  // Every page prints the same script: minified once per build, not once per page.
  let code = minified.get(raw);
  if (code === undefined) {
    code = transformSync(raw, { minify: true, target: 'es2020', loader: 'js' }).code.trim();
    minified.set(raw, code);
  }
  return code;
}

const minified = new Map<string, string>();

/** CSP source expression (`sha256-…`) allowing exactly this inline script. */
export function cspHash(script: string): string {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}
