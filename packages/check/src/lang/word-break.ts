/**
 * Word counting for the common case without ICU: Unicode word segmentation (UAX #29 as ICU applies
 * it) restricted to ASCII and the typographic quotes and dashes of news copy. `Intl.Segmenter` costs
 * ~25 µs per sentence, mostly for its segment objects; this costs ~2 µs and gives the same count
 * (words.fast.test.ts compares them on random strings and real sentences).
 */

const LETTER = 1;
const DIGIT = 2;
const NOT_HANDLED = -1;

/** 1 letter, 2 digit, 0 anything else handled here, -1 a character only ICU knows how to treat. */
function classOf(c: number): number {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return LETTER;
  if (c >= 48 && c <= 57) return DIGIT;
  // `_` is ExtendNumLet (joins words in ways not worth porting); the rest of ASCII is plain.
  if (c < 128) return c === 95 ? NOT_HANDLED : 0;
  // NBSP, en and em dash, ellipsis, curly quotes: plain punctuation or MidNumLet (‘ ’), below.
  if (c === 0xa0 || c === 0x2013 || c === 0x2014 || c === 0x2026 || c === 0x201c || c === 0x201d) return 0;
  if (c === 0x2018 || c === 0x2019) return 0;
  return NOT_HANDLED;
}

/** WB6/7: a letter, one of `. ' : ‘ ’`, a letter. */
const joinsLetters = (c: number) => c === 46 || c === 39 || c === 58 || c === 0x2018 || c === 0x2019;
/** WB11/12: a digit, one of `. , ; ' ‘ ’`, a digit. */
const joinsDigits = (c: number) =>
  c === 46 || c === 44 || c === 59 || c === 39 || c === 0x2018 || c === 0x2019;

/**
 * The number of word-like segments ICU's root word rules give `text` (runs of letters and digits,
 * joined across one mid-word character), or -1 when `text` has a character this does not handle.
 */
export function countWordsSimple(text: string): number {
  let n = 0;
  let before = 0; // class of the character two back
  let mid = 0; // the character one back, when it is not a letter or digit
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k === NOT_HANDLED) return -1;
    if (k !== 0 && previous === 0) {
      const joined =
        (before === LETTER && k === LETTER && joinsLetters(mid)) ||
        (before === DIGIT && k === DIGIT && joinsDigits(mid));
      if (!joined) n++;
    }
    before = previous;
    mid = c;
    previous = k;
  }
  return n;
}
