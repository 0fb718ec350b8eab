/**
 * Translatable text with protected inline codes, as a flat run of text and codes (the Okapi/XLIFF
 * "coded text" view). Flat rather than nested so that a sentence boundary may fall inside a link
 * (written as <bpt>/<ept> or <sc>/<ec>) and so that diffing and matching work on one sequence.
 */

/** What a piece of inline markup is in the article; decides how the site renders it. */
export type CodeKind = 'link' | 'emphasis' | 'strong' | 'code' | 'break' | 'html' | 'image';

/** Start of a paired code such as a link or emphasis. `data` is the native markup (HTML) it stands for. */
export interface OpenCode {
  readonly type: 'open';
  /** Unique within one unit's source; the matching `close` has the same id. */
  readonly id: string;
  readonly kind: CodeKind;
  readonly data: string;
  /** Link target, image source: attributes the renderer needs, never shown to translators as text. */
  readonly attrs?: Readonly<Record<string, string>>;
}

/** End of a paired code. */
export interface CloseCode {
  readonly type: 'close';
  readonly id: string;
  readonly kind: CodeKind;
  readonly data: string;
}

/** A standalone code: line break, inline code span, image, inline HTML. */
export interface PlaceholderCode {
  readonly type: 'ph';
  readonly id: string;
  readonly kind: CodeKind;
  readonly data: string;
  readonly attrs?: Readonly<Record<string, string>>;
}

export type InlineCode = OpenCode | CloseCode | PlaceholderCode;

/** Coded text: strings and inline codes in reading order. Adjacent strings are merged by `normalizeContent`. */
export type Content = ReadonlyArray<string | InlineCode>;

/** True when the part is an inline code rather than text. */
export function isCode(part: string | InlineCode): part is InlineCode {
  return typeof part !== 'string';
}

/** The text a reader sees, codes dropped (inline `code` spans keep their text). */
export function plainText(content: Content): string {
  let out = '';
  for (const part of content) {
    if (typeof part === 'string') out += part;
    else if (part.kind === 'code' && part.type === 'ph') out += part.attrs?.text ?? '';
  }
  return out;
}

/** Merges adjacent strings and drops empty ones, so equal content has one representation. */
export function normalizeContent(content: Content): Content {
  const out: Array<string | InlineCode> = [];
  for (const part of content) {
    if (typeof part === 'string') {
      if (part === '') continue;
      const last = out.at(-1);
      if (typeof last === 'string') out[out.length - 1] = last + part;
      else out.push(part);
    } else out.push(part);
  }
  return out;
}

/** Structural equality of two coded texts (text and code identity, not code data). */
export function contentEquals(a: Content, b: Content): boolean {
  const x = normalizeContent(a);
  const y = normalizeContent(b);
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    const p = x[i];
    const q = y[i];
    if (typeof p === 'string' || typeof q === 'string') {
      if (p !== q) return false;
    } else if (p?.type !== q?.type || p?.id !== q?.id) return false;
  }
  return true;
}

/** The inline codes of a content, in order. */
export function codesOf(content: Content): InlineCode[] {
  return content.filter(isCode);
}
