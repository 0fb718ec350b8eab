import type { Content, InlineCode } from '@dari/core';

/**
 * Coded text as one editable string: text as typed, each inline code as a short tag, `{1}` … `{/1}`
 * for a paired code and `{2/}` for a placeholder (the way OmegaT shows tags, in braces so that no
 * HTML a translator types can ever look like one).
 */
export function toEditable(content: Content): string {
  let out = '';
  for (const part of content) out += typeof part === 'string' ? part : tagOf(part);
  return out;
}

function tagOf(code: InlineCode): string {
  if (code.type === 'open') return `{${code.id}}`;
  if (code.type === 'close') return `{/${code.id}}`;
  return `{${code.id}/}`;
}

const TAG = /\{(\/?)([A-Za-z0-9_.:-]+)(\/?)\}/g;

/**
 * The coded text of an edited string. A tag becomes the source's code of that id (each at most
 * once); everything else, `<script>` included, is text. Unknown or repeated tags stay text, so the
 * quality rules report a missing code instead of the edit inventing one.
 */
export function fromEditable(text: string, source: Content): Content {
  const codes = new Map<string, InlineCode>();
  for (const part of source) if (typeof part !== 'string') codes.set(tagOf(part), part);
  const used = new Set<string>();
  const out: Array<string | InlineCode> = [];
  let last = 0;
  for (const m of text.matchAll(TAG)) {
    const tag = m[0];
    const code = codes.get(tag);
    if (!code || used.has(tag) || (m[1] === '/' && m[3] === '/')) continue;
    used.add(tag);
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(code);
    last = m.index + tag.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
