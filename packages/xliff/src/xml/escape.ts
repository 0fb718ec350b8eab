/** Escaping for the XLIFF writers: the shared XML escapers of @dari/core, plus XLIFF 2's `<cp>`. */
import { escapeXmlText, invalidXmlCharIndex } from '@dari/core';

// Short names inside the XLIFF layer; the definitions (and their tests) are in @dari/core's escape.ts.
export {
  escapeXmlAttr as escapeAttr,
  escapeXmlText as escapeText,
  invalidXmlCharIndex as invalidCharIndex,
} from '@dari/core';

/**
 * XLIFF 2 character data: escaped as `escapeXmlText`, and every character XML cannot carry written
 * as `<cp hex="…"/>` (the spec's element for them), so that such text round-trips instead of failing.
 */
export function escapeText20(s: string): string {
  if (invalidXmlCharIndex(s) < 0) return escapeXmlText(s);
  let out = '';
  for (const c of s) {
    if (invalidXmlCharIndex(c) < 0) out += escapeXmlText(c);
    else
      for (let i = 0; i < c.length; i++)
        out += `<cp hex="${(c.charCodeAt(i) ?? 0).toString(16).toUpperCase().padStart(4, '0')}"/>`;
  }
  return out;
}
