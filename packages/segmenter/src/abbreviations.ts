/** Whether a period after an abbreviation ends the sentence: decided by evidence, not a longer list. */
import { isDigit, isLetter, isLower, isUpper, OBJECT, OPENERS } from './chars.js';
import { mostlyLowerCase } from './common-words.js';
import { skipSpace } from './forced.js';
import type { CompiledRules } from './rules/compile.js';
import { isAbbreviation, listed } from './words.js';

/** The word (letters only) starting at `k`. */
export function wordAt(text: string, k: number): string {
  let e = k;
  while (e < text.length && isLetter(text[e])) e++;
  return text.slice(k, e);
}

const INITIAL = /^\p{Lu}$/u;
const NEXT_INITIAL = /^\p{Lu}\.(?:\s|$)/u;
const PREVIOUS_INITIAL = /\p{Lu}\.\s$/u;
/** A time right after: `7 a.m.`, `11:58 p.m.` */
const NEXT_TIME = /^\d{1,2}(?::\d{2})?\s?[ap]\.?m\b/iu;
/** A word in capitals or dotted capitals: `PDT`, `P.D.T.`, `KST`. */
const ACRONYM = /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})(?![\p{Ll}])/u;

/** A number-placed abbreviation: `No.`, and in capitals too (`SEC. 1262`). */
function numberPrefix(token: string, rules: CompiledRules): boolean {
  if (listed(rules.numberPrefixes, token)) return true;
  return (
    token.length > 1 && token === token.toUpperCase() && rules.numberPrefixesLower.has(token.toLowerCase())
  );
}

/** True when a number ends right before the word at `s` (`5 ft`, `3 in`). */
function afterNumber(text: string, s: number): boolean {
  let i = s;
  while (i > 0 && text[i - 1] === ' ') i--;
  return i < s && isDigit(text[i - 1]);
}

/**
 * True when the sentence so far (`At 5 a.m.`, `On Monday at 6 a.m.`, `He noted: In 44 B.C.`) is a short
 * fragment opened by a preposition that needs a main clause after it: the abbreviation ends the
 * fragment, not the sentence.
 */
function introFragment(text: string, sentence: number, s: number, rules: CompiledRules): boolean {
  // The clause the abbreviation ends: the sentence, or what follows its last colon.
  const fragment = text.slice(sentence, s).split(/:\s/u).pop() ?? '';
  if (fragment.length > 60) return false;
  const first = /^["“'‘(]*(\p{L}+)/u.exec(fragment)?.[1] ?? '';
  return rules.introWords.has(first);
}

/** True when the word after `word` (at `k`) is capitalized too: `U.S. Trade Representative`. */
function nameContinues(text: string, k: number, word: string): boolean {
  const after = k + word.length;
  if (text[after] !== ' ') return false;
  return isUpper(text[skipSpace(text, after)]);
}

/**
 * Whether a period after `token` ends the sentence before a capitalized word. Decided by evidence:
 * a typical sentence starter, or a common word mostly written in lower case (so capitalized here
 * because a sentence starts with it) and not the head of a name; a name after an abbreviation that
 * closes sentences anyway (times, eras, degrees, units after a number) unless the sentence so far is
 * only an opening fragment.
 */
export function abbreviationBreaks(
  text: string,
  token: string,
  s: number,
  k: number,
  sentence: number,
  rules: CompiledRules,
): boolean | undefined {
  const c = text[k];
  if (listed(rules.prepositive, token) && !isLower(c)) return false;
  if (isDigit(c) && numberPrefix(token, rules)) return false;
  const unit = rules.units.has(token) && afterNumber(text, s);
  const final = unit || rules.finalAbbreviations.has(token);
  if (!final && !isAbbreviation(token, rules)) return undefined;
  // `7 p.m. 7 a.m. is …` ends (a new time); `9 a.m. 30 minutes later`, `5 ft. 3 in.`, `Aug. 22` go on.
  if (isDigit(c)) return final && !unit && NEXT_TIME.test(text.slice(k, k + 12));
  if (c === '(' || c === OBJECT) return false;
  if (OPENERS.has(c ?? '')) return true;
  const word = wordAt(text, k);
  if (INITIAL.test(token)) {
    // `U. A. E. Start`: a chain of initials is an acronym, and goes on while initials follow
    // (even `A.`); `Mark E. Smith`: a lone initial belongs to a name unless a starter follows.
    if (NEXT_INITIAL.test(text.slice(k, k + 3))) return false;
    if (rules.sentenceStarters.has(word)) return true;
    if (!PREVIOUS_INITIAL.test(text.slice(Math.max(0, s - 3), s))) return false;
  } else if (rules.sentenceStarters.has(word)) return true;
  if (final) {
    // `at 10 a.m. Tuesday`, `11:58 p.m. PDT`: a weekday, month or zone carries the time on.
    if (rules.timeFollowers.has(word) || ACRONYM.test(text.slice(k, k + 8))) return false;
    return !introFragment(text, sentence, s, rules);
  }
  return (
    word.length > 1 && !rules.nameHeads.has(word) && !nameContinues(text, k, word) && mostlyLowerCase(word)
  );
}
