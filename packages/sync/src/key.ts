import { hash } from 'node:crypto';
import { type Content, isCode } from '@dari/core';

/**
 * The identity of a source sentence for exact matching: NFC text with whitespace collapsed, and
 * inline codes reduced to their type and kind (ids and native data differ between files and
 * edits without changing what a translator has to translate).
 */
export function sourceKey(content: Content): string {
  // Contents are never mutated, and one sentence is keyed for every locale, match and lookup.
  let key = KEYS.get(content);
  if (key !== undefined) return key;
  let out = '';
  for (const part of content) {
    if (isCode(part)) out += `\u0001${part.type}:${part.kind}\u0001`;
    else out += part;
  }
  // Latin-1 text is already NFC (no combining marks below U+0300): skip ICU for most English.
  if (NOT_LATIN1.test(out)) out = out.normalize('NFC');
  key = out.replace(SPACES, ' ').trim();
  KEYS.set(content, key);
  return key;
}

/**
 * A short digest of a source key (72 bits of SHA-1): what the stamp cache stores per memory entry,
 * so an unchanged file's contribution costs a few bytes rather than its sentences.
 */
export function sourceDigest(key: string): string {
  return hash('sha1', key, 'base64url').slice(0, 12);
}

// Cache (weak: dropped with its content): the key of a content, computed once per content object.
const KEYS = new WeakMap<Content, string>();
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range is the whole of Latin-1.
const NOT_LATIN1 = /[^\u0000-\u00ff]/;
/** What `\s+` → ' ' changes: runs, and single whitespace other than a space. */
const SPACES = /\s{2,}|[^\S ]/gu;

/** Word tokens of a sentence, case-folded: what similarity and the split/merge search compare. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu) ?? []
  );
}
