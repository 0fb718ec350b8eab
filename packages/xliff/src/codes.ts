import type { CodeKind, Content, InlineCode } from '@dari/core';
import { codesOf } from '@dari/core';

/**
 * Inline-code conventions shared by both XLIFF versions: how a code's kind is named in each, and
 * how its attributes are recovered from its native HTML (XLIFF 1.2 strict has no place for them).
 */

const KIND_BY_TAG: Readonly<Record<string, CodeKind>> = {
  a: 'link',
  em: 'emphasis',
  i: 'emphasis',
  strong: 'strong',
  b: 'strong',
  code: 'code',
  br: 'break',
  img: 'image',
};

/** XLIFF 1.2 `ctype` per kind, for paired (`bpt`) and standalone (`ph`) codes; both must validate. */
export const CTYPE12: Readonly<Record<CodeKind, { paired: string; ph: string }>> = {
  link: { paired: 'link', ph: 'x-link' },
  emphasis: { paired: 'italic', ph: 'x-emphasis' },
  strong: { paired: 'bold', ph: 'x-strong' },
  code: { paired: 'x-code', ph: 'x-code' },
  break: { paired: 'x-break', ph: 'lb' },
  html: { paired: 'x-html', ph: 'x-html' },
  image: { paired: 'x-image', ph: 'image' },
};

/** XLIFF 2.0 `type`/`subType` per kind (`xlf:` subtypes where the spec has one). */
export const TYPE20: Readonly<Record<CodeKind, { type: string; subType?: string }>> = {
  link: { type: 'link' },
  emphasis: { type: 'fmt', subType: 'xlf:i' },
  strong: { type: 'fmt', subType: 'xlf:b' },
  code: { type: 'fmt', subType: 'dari:code' },
  break: { type: 'fmt', subType: 'xlf:lb' },
  html: { type: 'other', subType: 'dari:html' },
  image: { type: 'image' },
};

/** Kind from a 1.2 ctype, else from the HTML tag in the data, else `html`. */
export function kindFrom12(ctype: string | undefined, data: string): CodeKind {
  const kind = ctype === undefined ? undefined : KIND_BY_CTYPE12.get(ctype);
  if (kind !== undefined) return kind;
  if (ctype === 'underlined') return 'html';
  return kindFromData(data);
}

// Kind by 1.2 ctype, the first kind in CTYPE12's order that names it (a table: readers ask on every code).
const KIND_BY_CTYPE12 = new Map<string, CodeKind>();
for (const [kind, c] of Object.entries(CTYPE12) as [CodeKind, { paired: string; ph: string }][])
  for (const ctype of [c.paired, c.ph]) if (!KIND_BY_CTYPE12.has(ctype)) KIND_BY_CTYPE12.set(ctype, kind);

/** Kind from a 2.0 type/subType, else from the HTML tag in the data. */
export function kindFrom20(type: string | undefined, subType: string | undefined, data: string): CodeKind {
  for (const [kind, t] of Object.entries(TYPE20)) {
    if (type === t.type && subType === t.subType) return kind as CodeKind;
  }
  return kindFromData(data);
}

function kindFromData(data: string): CodeKind {
  return KIND_BY_TAG[htmlTag(data)?.name ?? ''] ?? 'html';
}

/** Attributes of a code as the model carries them: those of its HTML start tag, plus `text` (equiv-text). */
export function codeAttrs(data: string, text: string | undefined): Record<string, string> | undefined {
  const attrs = { ...htmlTag(data)?.attrs };
  if (text !== undefined) attrs.text = text;
  return Object.keys(attrs).length > 0 ? attrs : undefined;
}

/**
 * Name and attributes of the first HTML tag of a code's data (`<a href="x">` → a, {href: x}). A
 * character scanner over a few bytes of HTML, not an XML parse: data is native HTML, not XML.
 */
export function htmlTag(data: string): { name: string; attrs: Record<string, string> } | undefined {
  if (data[0] !== '<') return undefined;
  let i = data[1] === '/' ? 2 : 1;
  const nameStart = i;
  while (i < data.length && isTagNameChar(data.charCodeAt(i))) i++;
  const name = data.slice(nameStart, i).toLowerCase();
  if (!name) return undefined;
  const attrs: Record<string, string> = {};
  if (nameStart === 2) return { name, attrs };
  for (;;) {
    while (i < data.length && isSpace(data.charCodeAt(i))) i++;
    if (i >= data.length || data[i] === '>' || data[i] === '/') break;
    const keyStart = i;
    while (i < data.length && !isSpace(data.charCodeAt(i)) && !'=>/'.includes(data[i] ?? '')) i++;
    const key = data.slice(keyStart, i).toLowerCase();
    let value = '';
    if (data[i] === '=') {
      i++;
      const quote = data[i];
      if (quote === '"' || quote === "'") {
        const close = data.indexOf(quote, i + 1);
        value = data.slice(i + 1, close < 0 ? data.length : close);
        i = close < 0 ? data.length : close + 1;
      } else {
        const s = i;
        while (i < data.length && !isSpace(data.charCodeAt(i)) && data[i] !== '>') i++;
        value = data.slice(s, i);
      }
    }
    if (key) attrs[key] = decodeHtmlEntities(value);
  }
  return { name, attrs };
}

function isTagNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
}

/** What `/\s/` matches, for one UTF-16 code unit (a character test per character of every code's data). */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeHtmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(
        e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/** How a target's inline codes differ from its source's: codes missing, added, or reordered pairs. */
export interface CodeMismatch {
  readonly missing: readonly InlineCode[];
  readonly extra: readonly InlineCode[];
  /** A close before its open, or a pair left open, in the target. */
  readonly unbalanced: readonly InlineCode[];
}

/**
 * Compares the inline codes of a target with those of its source, by type and id (translators may
 * move codes, not drop, add or break them). Undefined when they match.
 */
export function compareCodes(source: Content, target: Content): CodeMismatch | undefined {
  const key = (c: InlineCode) => `${c.type}:${c.id}`;
  const want = new Map<string, InlineCode[]>();
  for (const c of codesOf(source)) want.set(key(c), [...(want.get(key(c)) ?? []), c]);
  const extra: InlineCode[] = [];
  for (const c of codesOf(target)) {
    const list = want.get(key(c));
    if (list && list.length > 0) list.shift();
    else extra.push(c);
  }
  const missing = [...want.values()].flat();
  const unbalanced = unbalancedCodes(source, target);
  if (missing.length === 0 && extra.length === 0 && unbalanced.length === 0) return undefined;
  return { missing, extra, unbalanced };
}

/** Pairs that are complete in the source but broken in the target (close first, or one half only). */
function unbalancedCodes(source: Content, target: Content): InlineCode[] {
  const complete = new Set<string>();
  const opened = new Set<string>();
  for (const c of codesOf(source)) {
    if (c.type === 'open') opened.add(c.id);
    else if (c.type === 'close' && opened.has(c.id)) complete.add(c.id);
  }
  const out: InlineCode[] = [];
  const open = new Map<string, InlineCode>();
  for (const c of codesOf(target)) {
    if (!complete.has(c.id)) continue;
    if (c.type === 'open') open.set(c.id, c);
    else if (c.type === 'close') {
      if (open.has(c.id)) open.delete(c.id);
      else out.push(c);
    }
  }
  return [...out, ...open.values()];
}
