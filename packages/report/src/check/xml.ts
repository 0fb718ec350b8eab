import { escapeXmlAttr, stripInvalidXmlChars } from '@dari/core';

/**
 * Escapes text for an XML attribute or element of a report (JUnit): the attribute escaper serves
 * both, and characters XML cannot carry are dropped — a lost control character costs a report nothing.
 */
export function xmlEscape(s: string): string {
  return escapeXmlAttr(stripInvalidXmlChars(s));
}
