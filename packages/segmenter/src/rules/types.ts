/**
 * Segmentation rules kept as data, in the spirit of SRX: word lists and before/after regular
 * expression pairs per language. The engine (`../engine.ts`) only interprets them.
 */

/** Per-language additions from `dari.config.json` → `segmentation.<lang>` (the config's shape). */
export interface SegmentationRulesInput {
  /** Extra abbreviations (without the final period) after which a period does not end a sentence. */
  readonly abbreviations?: readonly string[];
  /** Regular expressions matched against the text before a candidate break: a match means no break. */
  readonly noBreakBefore?: readonly string[];
  /** Regular expressions matched against the text before a space: a match means a break there. */
  readonly breakAfter?: readonly string[];
  /**
   * A line break after a line without terminal punctuation, before a capitalized line or a list
   * marker: `boundary` ends the sentence there (plain-text news copy: bylines, headlines, lists);
   * `soft` reads it as a space (hard-wrapped text). `splitSentences` defaults to `boundary`; inside
   * a Markdown paragraph, where a single line break is a wrap, `parseArticle` defaults to `soft`.
   */
  readonly lineBreaks?: 'soft' | 'boundary';
}

/** An SRX rule: `before` must match the text ending at the position and `after` the text starting there. */
export interface RulePair {
  readonly before: string;
  readonly after: string;
}

/** The built-in rules of one language, as data. */
export interface LanguageRules {
  /**
   * Abbreviations (without the period) that usually sit inside a sentence but may end one: the
   * period ends the sentence only when the next word is a typical sentence starter.
   */
  readonly abbreviations: readonly string[];
  /** Titles placed before a name (`Mr.`, `Dr.`): never end a sentence before a capitalized word. */
  readonly prepositive: readonly string[];
  /** Abbreviations placed before a number (`No. 1`, `p. 55`): never end a sentence before a digit. */
  readonly numberPrefixes: readonly string[];
  /** Capitalized words that typically start a sentence; after an abbreviation they signal a break. */
  readonly sentenceStarters: readonly string[];
  /** Verbs of attribution: a short clause with one after a closing quote is part of the quote's sentence. */
  readonly attributionVerbs: readonly string[];
  /**
   * Abbreviations that close a sentence even before a name (`at 6 p.m. Mr. Smith left`, `753 B.C.
   * Augustus`): times, eras, degrees. A number after them starts a new sentence too.
   */
  readonly finalAbbreviations?: readonly string[];
  /** Units written after a number (`5 ft. 3 in.`): no break before a digit, a break before a capital. */
  readonly units?: readonly string[];
  /**
   * Nouns capitalized as the head of a name after an abbreviation (`U.S. Army`, `U.N. Embassy`):
   * though common words, they are no evidence of a new sentence.
   */
  readonly nameHeads?: readonly string[];
  /** Names written with an exclamation mark (`Yahoo!`): the mark does not end the sentence. */
  readonly exclaimedNames?: readonly string[];
  /** Words that carry a time on (`at 10 a.m. Tuesday`, `9 p.m. Oct. 3`): weekdays and months. */
  readonly timeFollowers?: readonly string[];
  /** Regex: the end of a Korean word that carries the sentence on past an ellipsis (`…지만..`, `그런데…`). */
  readonly ellipsisContinues?: string;
  /**
   * Words that open a sentence only with a main clause to follow (`At 5 a.m. Mr. Smith went`):
   * a short fragment opened by one of them is not a sentence yet.
   */
  readonly introWords?: readonly string[];
  /** Regex: a word after a closing quote that continues the sentence (Korean `하며`, `라고`). */
  readonly quoteContinuation?: string;
  /** Regex: text before an unspaced ellipsis that ends a sentence in a caseless script. */
  readonly ellipsisEnds?: string;
  /** SRX no-break pairs, tried before every other rule at a candidate break. */
  readonly noBreak: readonly RulePair[];
  /** SRX break pairs for boundaries without punctuation; `before` is tested where a space starts. */
  readonly breaks: readonly RulePair[];
}
