/** Files for the static host, built from the config (pure). */

/** robots.txt allowing everything and naming the sitemaps. */
export function robotsTxt(sitemaps: readonly string[]): string {
  return `User-agent: *\nAllow: /\n\n${sitemaps.map((s) => `Sitemap: ${s}\n`).join('')}`;
}

/** A base path as a prefix without its final slash (`/` → ``, `/news/` → `/news`). */
function prefix(base: string): string {
  return base.replace(/\/+$/, '');
}

/**
 * Netlify and Cloudflare Pages `_redirects`: a missing page under a locale gets that locale's 404
 * page, anything else the catch-all one, with status 404 (not a redirect: the URL stays).
 */
export function redirectsFile(locales: readonly string[], base: string): string {
  const b = prefix(base);
  const lines = locales.map((l) => `${b}/${l}/*  ${b}/${l}/404.html  404`);
  return `# Missing pages: the locale's own 404 page, else the catch-all (status 404).\n${lines.join('\n')}\n${b}/*  ${b}/404.html  404\n`;
}

/** nginx `location` blocks doing the same, to paste into the site's `server { }` block. */
export function nginxSnippet(locales: readonly string[], base: string): string {
  const b = prefix(base);
  const blocks = locales.map(
    (l) => `location ${b}/${l}/ {\n    try_files $uri $uri/ =404;\n    error_page 404 ${b}/${l}/404.html;\n}`,
  );
  return `# Dari: each locale's 404 page for a missing page under it; paste into server { }.\n${blocks.join('\n')}\nlocation ${b}/ {\n    try_files $uri $uri/ =404;\n    error_page 404 ${b}/404.html;\n}\n`;
}
