import type { Content, InlineCode } from '@dari/core';
import { OBJECT } from './chars.js';
import type { SegmentationRulesInput } from './rules/types.js';
import { offsetsWith } from './sentences.js';

/** Renumbers a unit's codes '1', '2', … in order; an open and its close share a number. */
export function renumberCodes(content: Content): Content {
  const map = new Map<string, string>();
  let next = 1;
  return content.map((part) => {
    if (typeof part === 'string') return part;
    if (part.type === 'close') {
      const id = map.get(part.id) ?? String(next++);
      return { ...part, id };
    }
    const id = String(next++);
    if (part.type === 'open') map.set(part.id, id);
    return { ...part, id } as InlineCode;
  });
}

/** The text segmentation sees: pairs masked as nothing, a line break as a newline, other placeholders as U+FFFC. */
function masked(content: Content): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (const part of content) {
    at.push(text.length);
    if (typeof part === 'string') text += part;
    else if (part.type === 'ph') text += part.kind === 'break' ? '\n' : OBJECT;
  }
  return { text, at };
}

/**
 * Splits coded text into sentences: segments its plain text, then maps the boundaries back so that
 * an opening code goes with the sentence after a boundary and a closing code with the one before.
 * Whitespace between sentences is left out; code ids are renumbered per sentence.
 */
export function splitContent(content: Content, lang: string, rules?: SegmentationRulesInput): Content[] {
  const { text, at } = masked(content);
  // A single line break inside a Markdown paragraph is a wrap unless the config says otherwise.
  const spans = offsetsWith(text, lang, rules, rules?.lineBreaks ?? 'soft');
  if (spans.length === 0) return [];
  const out: Array<Array<string | InlineCode>> = spans.map(() => []);
  const last = spans.length - 1;
  // First span ending after `pos` (binary search keeps a 1 MB paragraph with many codes linear-ish).
  const firstEndingAfter = (pos: number): number => {
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((spans[mid]?.end ?? 0) <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const [i, part] of content.entries()) {
    const pos = at[i] ?? 0;
    if (typeof part !== 'string') {
      let k = firstEndingAfter(pos);
      // A closing code in the gap before a sentence belongs to the sentence it closes.
      // So does a line break between two sentences.
      const trailing = part.type === 'close' || (part.type === 'ph' && part.kind === 'break');
      if (trailing && k > 0 && (spans[k]?.start ?? 0) >= pos) k--;
      out[k]?.push(part);
      continue;
    }
    const end = pos + part.length;
    for (let k = firstEndingAfter(pos); k <= last; k++) {
      const span = spans[k];
      if (!span || span.start >= end) break;
      out[k]?.push(part.slice(Math.max(span.start, pos) - pos, Math.min(span.end, end) - pos));
    }
  }
  return out.map(renumberCodes);
}
