import type { CompiledRules } from './rules/compile.js';

const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
const INITIAL = /^\p{Lu}$/u;

/** A list entry matches as written, and a lowercase entry also matches capitalized (`co` → `Co`). */
export function listed(set: ReadonlySet<string>, token: string): boolean {
  if (set.has(token)) return true;
  // Most words reaching here start in lower case already: no second string to build for them.
  const first = token.charAt(0);
  const lower = first.toLowerCase();
  return lower !== first && set.has(lower + token.slice(1));
}

/** An abbreviation: listed, dotted (`U.S`, `a.m`) or a single capital initial (`J` in `Donald J. Trump`). */
export function isAbbreviation(token: string, rules: CompiledRules): boolean {
  return listed(rules.abbreviations, token) || DOTTED.test(token) || INITIAL.test(token);
}
