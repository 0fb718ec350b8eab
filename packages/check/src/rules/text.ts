import type { UnitRule } from './types.js';

const FINAL: Readonly<Record<string, string>> = {
  '.': '.',
  '。': '.',
  '?': '?',
  '？': '?',
  '!': '!',
  '！': '!',
  ':': ':',
  '：': ':',
  ';': ';',
  '；': ';',
  '…': '…',
};
const CLOSING = /["'”’»)\]」』\s]/u;

/** The sentence-final punctuation of a text, looking through closing quotes and brackets. */
export function finalPunctuation(text: string): string {
  // Walked back a character at a time: an end-anchored `[…]+$` is tried from every position.
  let end = text.length;
  while (end > 0 && CLOSING.test(text[end - 1] as string)) end--;
  if (end >= 3 && text.startsWith('...', end - 3)) return '…';
  return FINAL[text[end - 1] ?? ''] ?? '';
}

/** The target is the source unchanged: usually a copy left untranslated. */
export const targetEqualsSource: UnitRule = {
  id: 'target-equals-source',
  title: 'Target identical to the source',
  defaultSeverity: 'warning',
  scope: 'unit',
  check: ({ source, target }) =>
    source.trim() === target.trim() && /\p{L}{2}/u.test(source)
      ? [
          {
            message: 'the target is the same as the source',
            note: 'Translate it, or mark the unit needs-translation if the source was copied as a placeholder.',
          },
        ]
      : [],
};

const SPACE = /\s/u;

/** Where a text's trailing whitespace starts, walking back (an end-anchored `\s*$` is tried from every position). */
function trailStart(s: string): number {
  let end = s.length;
  while (end > 0 && SPACE.test(s[end - 1] as string)) end--;
  return end;
}

/** Leading or trailing whitespace differs; the site joins units, so stray spaces show. */
export const whitespaceMismatch: UnitRule = {
  id: 'whitespace-mismatch',
  title: 'Leading or trailing whitespace differs from the source',
  defaultSeverity: 'warning',
  scope: 'unit',
  check: ({ source, target }) => {
    const hits = [];
    const lead = (s: string) => /^\s*/u.exec(s)?.[0] ?? '';
    const trail = (s: string) => s.slice(trailStart(s));
    if (lead(source) !== lead(target)) hits.push({ message: 'leading whitespace differs from the source' });
    if (trail(source) !== trail(target))
      hits.push({ message: 'trailing whitespace differs from the source' });
    return hits;
  },
};

/** The sentence ends in a different punctuation mark than the source (`.` vs `?`, or none). */
export const finalPunctuationMismatch: UnitRule = {
  id: 'final-punctuation',
  title: 'Final punctuation differs from the source',
  defaultSeverity: 'warning',
  scope: 'unit',
  check: ({ source, target }) => {
    const s = finalPunctuation(source);
    const t = finalPunctuation(target);
    if (s === t) return [];
    return [
      {
        message: `the source ends with ${s ? `"${s}"` : 'no punctuation'}, the target with ${t ? `"${t}"` : 'none'}`,
        expected: s,
        actual: t,
      },
    ];
  },
};

/** Two spaces in a row in the target where the source has none. */
export const doubleSpace: UnitRule = {
  id: 'double-space',
  title: 'Doubled space in the target',
  defaultSeverity: 'warning',
  scope: 'unit',
  check: ({ source, target }) =>
    / {2,}/.test(target.trim()) && !/ {2,}/.test(source.trim())
      ? [{ message: 'the target has two or more spaces in a row' }]
      : [],
};
