import type { UnitRule } from './types.js';

const PAIRS: Readonly<Record<string, string>> = {
  '(': ')',
  '[': ']',
  '{': '}',
  '“': '”',
  '‘': '’',
  '「': '」',
  '『': '』',
  '《': '》',
  '〈': '〉',
};
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));

const ANY = /[()[\]{}“”‘’「」『』《》〈〉"]/;

/** The first bracket or quote problem of a text, or undefined when all are balanced. */
export function unbalanced(text: string): string | undefined {
  if (!ANY.test(text)) return undefined;
  const stack: string[] = [];
  for (const ch of text) {
    if (PAIRS[ch] !== undefined) stack.push(ch);
    else {
      const open = CLOSERS.get(ch);
      if (open === undefined) continue;
      // ’ doubles as an apostrophe (Korea’s), so an unmatched one is not a problem.
      if (stack.at(-1) === open) stack.pop();
      else if (ch !== '’') return `"${ch}" closes nothing`;
    }
  }
  const open = stack.filter((ch) => ch !== '‘');
  if (open.length > 0) return `"${open.at(-1)}" is never closed`;
  if (((text.match(/"/g) ?? []).length & 1) === 1) return 'an odd number of straight double quotes (")';
  return undefined;
}

/** Brackets or quotes unbalanced in the target while balanced in the source. */
export const unbalancedBrackets: UnitRule = {
  id: 'unbalanced-brackets',
  title: 'Unbalanced brackets or quotes in the target',
  defaultSeverity: 'warning',
  scope: 'unit',
  check: ({ source, target }) => {
    // A quotation spanning several sentences leaves a unit open on purpose; the source shows it.
    if (unbalanced(source) !== undefined) return [];
    const problem = unbalanced(target);
    return problem ? [{ message: `in the target, ${problem}` }] : [];
  },
};
