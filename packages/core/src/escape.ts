/**
 * The escapers every Dari writer uses: XML character data, XML attribute values, HTML. One place,
 * so the XLIFF writer, the TMX archive, the reports and the site cannot drift apart (they had:
 * four copies, each escaping a different set of characters).
 */

const XML_TEXT: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

/**
 * Escapes XML character data. `>` is escaped too, so `]]>` can never appear; `\r` so that it
 * survives a parser's line-end normalisation. Quotes stay as they are (they need no escape in text).
 */
export function escapeXmlText(s: string): string {
  return s.replace(/[&<>\r]/g, (c) => XML_TEXT[c] ?? c);
}

const XML_ATTR: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Escapes an XML attribute value written in double quotes. Tab, LF and CR become references,
 * because a parser normalises them to spaces in an attribute and the value would not read back.
 */
export function escapeXmlAttr(s: string): string {
  return s.replace(/[&<>"\t\n\r]/g, (c) => XML_ATTR[c] ?? c);
}

const HTML: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML text and for attribute values in either kind of quotes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML[c] ?? c);
}

// A pattern over plain strings (not over XML): controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF.
const INVALID_XML_CHAR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters XML forbids is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Index of the first character XML 1.0 cannot carry (controls other than tab/LF/CR, lone
 * surrogates, U+FFFE/U+FFFF), or -1. No escape makes them legal: a writer must refuse them, carry
 * them another way (XLIFF 2's `<cp>`), or drop them (`stripInvalidXmlChars`).
 */
export function invalidXmlCharIndex(s: string): number {
  return s.search(INVALID_XML_CHAR);
}

/** `s` without the characters XML 1.0 cannot carry: for reports, where a lost control character costs nothing. */
export function stripInvalidXmlChars(s: string): string {
  return s.replace(INVALID_XML_CHAR, '');
}

/** Whether a code point is a character XML 1.0 allows (its `Char` production), as a reference may name. */
export function isXmlCharCode(code: number): boolean {
  return (
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}
