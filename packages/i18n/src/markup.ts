/**
 * The string form of a unit's text inside an i18next resource. i18next values are strings, but a
 * unit carries inline codes (links, emphasis) that a translator may move, so codes travel as three
 * tiny self-closing tags that only name the code: `<b id="1"/>` (open), `<e id="1"/>` (close),
 * `<x id="1"/>` (standalone). Text is entity-escaped (`& < > { } $`), so a translator's `<script>`
 * or `{{var}}` stays text, never markup, never an i18next interpolation or nesting.
 */

/** A reference to an inline code by id; what it renders as comes from the SOURCE code, never from here. */
export interface CodeRef {
  readonly type: 'open' | 'close' | 'ph';
  readonly id: string;
}

/** Text and code references in reading order. */
export type ResourcePart = string | CodeRef;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '{': '&#123;',
  '}': '&#125;',
  $: '&#36;',
};
const UNESCAPES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ESCAPES).map(([k, v]) => [v, k]),
);
const TAG_OF = { open: 'b', close: 'e', ph: 'x' } as const;
const TYPE_OF: Readonly<Record<string, CodeRef['type']>> = { b: 'open', e: 'close', x: 'ph' };

/** Escapes text for a resource string. */
export function escapeResourceText(text: string): string {
  return text.replace(/[&<>{}$]/g, (c) => ESCAPES[c] ?? c);
}

/** Text and code references → resource string. */
export function encodeResource(parts: readonly ResourcePart[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += escapeResourceText(part);
    else out += `<${TAG_OF[part.type]} id="${escapeResourceText(part.id).replace(/"/g, '&quot;')}"/>`;
  }
  return out;
}

/**
 * Resource string → text and code references. Total: anything that is not one of the three tags is
 * text, so a malformed value degrades to visible text, never to markup.
 */
export function decodeResource(value: string): ResourcePart[] {
  const out: ResourcePart[] = [];
  const tag = /<([bex]) id="([^"<>]*)"\/>/g;
  let last = 0;
  for (let m = tag.exec(value); m; m = tag.exec(value)) {
    if (m.index > last) pushText(out, unescapeText(value.slice(last, m.index)));
    out.push({ type: TYPE_OF[m[1] ?? 'x'] ?? 'ph', id: unescapeText((m[2] ?? '').replace(/&quot;/g, '"')) });
    last = m.index + m[0].length;
  }
  if (last < value.length) pushText(out, unescapeText(value.slice(last)));
  return out;
}

function unescapeText(text: string): string {
  return text.replace(/&(?:amp|lt|gt|#123|#125|#36);/g, (e) => UNESCAPES[e] ?? e);
}

function pushText(out: ResourcePart[], text: string): void {
  const last = out.at(-1);
  if (typeof last === 'string') out[out.length - 1] = last + text;
  else if (text !== '') out.push(text);
}
