/** Character classes the sentence engine asks about; one place so every rule agrees. */

/** Characters that can end a sentence. */
export const TERMINATORS = new Set(['.', '!', '?', '…', '‼', '⁇', '⁈', '⁉', '。', '！', '？', '．', '｡']);

/** Closing quotes and brackets that belong to the sentence they follow. */
export const CLOSERS = new Set([
  '"',
  "'",
  '”',
  '’',
  '»',
  '›',
  ')',
  ']',
  '}',
  '」',
  '』',
  '》',
  '〉',
  '>',
  '）',
  '］',
  '＂',
  '`',
]);

/** Opening brackets, mapped to their closing partner. */
export const BRACKETS: ReadonlyMap<string, string> = new Map([
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['「', '」'],
  ['『', '』'],
  ['《', '》'],
  ['〈', '〉'],
  ['<', '>'],
  ['«', '»'],
  ['‹', '›'],
  ['（', '）'],
  ['［', '］'],
]);

/** Opening quotes and brackets (the start of a quotation or parenthetical). */
export const OPENERS = new Set(['"', "'", '“', '‘', '„', '‚', '＂', ...BRACKETS.keys()]);

/** Bullets that start a list item written inline. The middle dots `·` and `ㆍ` are not here: Korean uses them in `한·미`. */
export const BULLETS = new Set(['•', '⁃', '‣', '◦', '▪', '▸', '►']);

/** Stands in for an inline code (image, line break, inline HTML) in the plain text of a paragraph. */
export const OBJECT = '\uFFFC';

const SPACE = /\s/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
const HANGUL = /\p{Script=Hangul}/u;

// ASCII fast paths: these run for nearly every character of a paragraph.
const code = (c: string | undefined): number => (c === undefined ? -1 : c.charCodeAt(0));

/** True for whitespace (including CR, LF and no-break spaces). */
export const isSpace = (c: string | undefined): boolean => {
  const k = code(c);
  return k < 0 ? false : k < 128 ? k === 32 || (k >= 9 && k <= 13) : SPACE.test(c as string);
};
/** True for a letter of any script. */
export const isLetter = (c: string | undefined): boolean => {
  const k = code(c);
  return k < 0 ? false : k < 128 ? (k | 32) >= 97 && (k | 32) <= 122 : LETTER.test(c as string);
};
/** True for an uppercase letter. */
export const isUpper = (c: string | undefined): boolean => {
  const k = code(c);
  return k < 0 ? false : k < 128 ? k >= 65 && k <= 90 : UPPER.test(c as string);
};
/** True for a lowercase letter. */
export const isLower = (c: string | undefined): boolean => {
  const k = code(c);
  return k < 0 ? false : k < 128 ? k >= 97 && k <= 122 : LOWER.test(c as string);
};
/** True for a decimal digit. */
export const isDigit = (c: string | undefined): boolean => {
  const k = code(c);
  return k < 0 ? false : k < 128 ? k >= 48 && k <= 57 : DIGIT.test(c as string);
};
/** True for Hangul (syllables and conjoining jamo). */
export const isHangul = (c: string | undefined): boolean => {
  const k = code(c);
  // Syllables first (nearly every Korean character), then the full property for jamo and the rest.
  if (k >= 0xac00 && k <= 0xd7a3) return true;
  return k >= 0x1100 && HANGUL.test(c as string);
};
/** True for a letter or digit. */
export const isWordChar = (c: string | undefined): boolean => isLetter(c) || isDigit(c);
