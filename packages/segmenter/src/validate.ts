import type { Diagnostic } from '@dari/core';
import { diagnosticAt, fail, RULES } from './errors.js';

// Characters XML 1.0 cannot carry: C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, lone surrogates.
// Built from strings: a literal with control characters trips the linter, and finding them is the point.
const CONTROL = '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f';
const LONE_SURROGATE = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const INVALID = new RegExp(`[${CONTROL}\\ufffe\\uffff]|${LONE_SURROGATE}`, 'g');
const MAX_REPORTED = 20;

/** Rejects characters that no XLIFF file could hold, each with its line and column; never drops them silently. */
export function assertXmlSafe(text: string, file: string): void {
  const found: Diagnostic[] = [];
  for (const m of text.matchAll(INVALID)) {
    const code = (m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    found.push(
      diagnosticAt(
        RULES.invalidChar,
        `the article contains U+${code}, a character XML cannot carry`,
        file,
        text,
        m.index,
        'Translation files are XML; delete the character or replace it with what was meant (often a space or a quote).',
      ),
    );
    if (found.length >= MAX_REPORTED) break;
  }
  if (found.length > 0) fail(found);
}
