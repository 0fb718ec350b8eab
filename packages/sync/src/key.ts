import { type Content, isCode } from '@dari/core';

/**
 * The identity of a source sentence for exact matching: NFC text with whitespace collapsed, and
 * inline codes reduced to their type and kind (ids and native data differ between files and
 * edits without changing what a translator has to translate).
 */
export function sourceKey(content: Content): string {
  let out = '';
  for (const part of content) {
    if (isCode(part)) out += `\u0001${part.type}:${part.kind}\u0001`;
    else out += part;
  }
  return out.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Word tokens of a sentence, case-folded: what similarity and the split/merge search compare. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu) ?? []
  );
}
