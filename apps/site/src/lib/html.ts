/** Escaping and URL rules for every string the site prints outside Astro's own `{}` expressions. */

// The one HTML escaper (@dari/core's escape.ts), re-exported so every page imports from here.
export { escapeHtml } from '@dari/core';

/**
 * The URL if a reader may follow it: http(s), mailto, or relative. Anything else (`javascript:`,
 * `data:`, `vbscript:`, obfuscated with control characters or entities) is undefined, so the
 * caller renders the link as inert text.
 */
export function safeUrl(
  url: string | undefined,
  schemes: readonly string[] = ['http:', 'https:', 'mailto:'],
): string | undefined {
  if (url === undefined) return undefined;
  // Browsers drop ASCII whitespace and control characters inside a scheme ("java\nscript:").
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is stripped
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (squeezed === '' || /&#|&[a-z]+;/i.test(squeezed.slice(0, 16))) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1];
  if (scheme === undefined) return url.trim();
  return schemes.includes(`${scheme.toLowerCase()}:`) ? url.trim() : undefined;
}

/** The text of HTML this site rendered itself (tags dropped, entities decoded): for titles and meta tags. */
export function htmlToText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => DECODED[e] ?? e);
}

/** The references `escapeHtml` writes, decoded. */
const DECODED: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};
