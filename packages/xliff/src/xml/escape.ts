/** Escaping for text and attribute values, and the XML 1.0 character rule. */

/** Escapes character data. `>` is escaped too, so `]]>` can never appear; `\r` so that it survives line-end normalisation. */
export function escapeText(s: string): string {
  return s.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

/** Escapes an attribute value for double quotes; whitespace other than spaces is kept as references. */
export function escapeAttr(s: string): string {
  return s.replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c] ?? c);
}

const ATTR_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Index of the first character XML 1.0 cannot carry (controls other than tab/LF/CR, lone
 * surrogates, U+FFFE/U+FFFF), or -1. `\r` is allowed by XML but a parser turns it into `\n`, so it
 * is escaped as `&#13;` in text instead of refused.
 */
export function invalidCharIndex(s: string): number {
  return s.search(INVALID_CHAR);
}

// A pattern over plain strings of the model (not over XML): controls, lone surrogates, U+FFFE/U+FFFF.
const INVALID_CHAR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters XML forbids is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * XLIFF 2 character data: escaped as `escapeText`, and every character XML cannot carry written as
 * `<cp hex="…"/>` (the spec's element for them), so that such text round-trips instead of failing.
 */
export function escapeText20(s: string): string {
  if (invalidCharIndex(s) < 0) return escapeText(s);
  let out = '';
  for (const c of s) {
    if (invalidCharIndex(c) < 0) out += escapeText(c);
    else
      for (let i = 0; i < c.length; i++)
        out += `<cp hex="${(c.charCodeAt(i) ?? 0).toString(16).toUpperCase().padStart(4, '0')}"/>`;
  }
  return out;
}
