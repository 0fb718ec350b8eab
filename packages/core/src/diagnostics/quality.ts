import type { Severity } from '../diagnostic.js';
import type { DiagnosticInfo } from './types.js';

const rule = (
  severity: Severity,
  entry: Omit<DiagnosticInfo, 'kind' | 'area' | 'severity'>,
): DiagnosticInfo => ({ kind: 'quality', area: 'quality', severity, ...entry });

/**
 * `dari check`'s quality rules. Titles and default severities are also in check's rule registry;
 * a test keeps the two equal.
 */
export const QUALITY_DIAGNOSTICS: readonly DiagnosticInfo[] = [
  rule('error', {
    id: 'stale-file',
    title: 'XLIFF sources out of date with the article (run dari sync)',
    why: 'The article changed after the locale file was synced: translators would translate old sentences and the site would show text the article no longer has.',
    fix: 'Run `dari sync` and commit the locale files it rewrites.',
  }),
  rule('error', {
    id: 'file-missing',
    title: 'Locale file missing for an article (run dari sync)',
    why: 'Without its locale file an article cannot be translated, and the site falls back to the source language for all of it.',
    fix: 'Run `dari sync` to create the file, and commit it.',
  }),
  rule('error', {
    id: 'file-orphaned',
    title: 'Locale file without an article',
    why: 'Its translations belong to an article that was removed or renamed; they count in the totals and translators may keep working on them for nothing.',
    fix: 'Delete the file if the article was removed; if it was renamed, run `dari sync` (the memory proposes the old translations again) and delete the old file.',
  }),
  rule('error', {
    id: 'xliff-schema',
    title: 'XLIFF file inconsistent with its folder, article or the XLIFF rules',
    why: 'The file parses but says something else than where it sits: a target language that is not its folder, a source language or `original` that is not its article, an empty source.',
    fix: 'Fix the attribute named in the message, or restore the file from version control and run `dari sync`.',
  }),
  rule('error', {
    id: 'translated-empty-target',
    title: 'Translated state with an empty target',
    why: 'The unit counts as done, but readers of the locale would see nothing where the sentence should be.',
    fix: 'Translate the unit, or set its state back to `needs-translation` in your CAT tool.',
  }),
  rule('error', {
    id: 'inline-code-missing',
    title: 'Inline code of the source missing in the target',
    why: 'Inline codes carry links, emphasis and code spans; a missing one drops a link or formatting from the translated page.',
    fix: 'Place the missing tag in the target in your CAT tool (each tag of the source exactly once).',
  }),
  rule('error', {
    id: 'inline-code-extra',
    title: 'Inline code in the target that the source does not have',
    why: 'A tag the source does not have cannot be rendered (Dari does not know what it stands for), or it repeats a link.',
    fix: 'Remove the extra or duplicated tag from the target.',
  }),
  rule('error', {
    id: 'inline-code-order',
    title: 'Paired inline codes out of order or crossing',
    why: 'A closing tag before its opening one, or two pairs that cross, cannot be turned into valid HTML.',
    fix: 'Reorder the tags so each pair opens before it closes and pairs nest.',
  }),
  rule('error', {
    id: 'number-mismatch',
    title: 'Number of the source missing from the target',
    why: 'A wrong figure in a news article is a factual error. Numbers are compared as values, so `$109.6 billion` = `1천96억 달러`.',
    fix: 'Check the figure in the target against the source; write it in any form of the same value.',
  }),
  rule('error', {
    id: 'date-mismatch',
    title: 'Date with a different month or day in the target',
    why: 'A wrong date in a news article is a factual error.',
    fix: 'Check the month and the day (Aug. 22 is 8월 22일).',
  }),
  rule('error', {
    id: 'number-word-mismatch',
    title: 'Number written as a word in the source, with another value (or none) in the target',
    why: 'A figure spelled out in English (`four years`, `a dozen`, `two-thirds`) is as much a fact as one in digits; `지난 3년간` for `the past four years` misreports it.',
    fix: 'Give the same value in the target, in digits or in Korean numerals (`4년`, `네 차례`, `3분의 2`).',
  }),
  rule('error', {
    id: 'unit-mismatch',
    title: 'Number with a different currency or unit in the target',
    why: 'The right number with the wrong unit (`$5 billion` as `50억 원`, `2 percentage points` as `2%`) changes the fact by orders of magnitude.',
    fix: 'Keep the unit of the source: dollars as 달러, euros as 유로, percent as % or 퍼센트, percentage points as %포인트, tons, km.',
  }),
  rule('error', {
    id: 'relative-date-mismatch',
    title: 'Weekday or relative date resolved to another day in the target',
    why: 'Korean wire copy turns `said Thursday` and `next Tuesday` into dates (`17일(현지시간)`, `오는 22일`); a wrong day, worked out from the article’s date and dateline, is a factual error.',
    fix: 'Count from the article’s date in the dateline’s time zone: the weekday the source names, in the direction its tense gives. Mark a foreign date with (현지시간).',
  }),
  rule('error', {
    id: 'impossible-date',
    title: 'Date that does not exist in the target',
    why: 'A day that no calendar has (`47일`, `13월`, `4월 31일`) is a typo that readers notice at once.',
    fix: 'Correct the date against the source and the article’s date.',
  }),
  rule('warning', {
    id: 'name-spelling',
    title: 'Name not in its standard Korean spelling',
    why: 'Yonhap and the National Institute of Korean Language fix one spelling for public figures and places (`도널드 트럼프`, never `도날드`); a variant looks like an error and breaks search.',
    fix: 'Use the standard spelling the message gives, or add the name to the glossary if the article needs another.',
  }),
  rule('warning', {
    id: 'name-inconsistent',
    title: 'Name spelled two ways in one file',
    why: 'A reader cannot tell whether two spellings mean one person or two.',
    fix: 'Pick one spelling (the standard one where there is one) and use it in every sentence.',
  }),
  rule('warning', {
    id: 'name-inconsistent-archive',
    title: 'Name spelled otherwise than in the rest of the project',
    why: 'Readers and the site search meet a name across many articles: `라이트하이저` in ten stories and `라이트하이져` in one reads as another person and is missed by a search. The check compares every Korean locale file and the memory archive (`locales/<lang>/.memory/archive.tmx`).',
    fix: 'Use the spelling the message names as the project’s majority; if the majority is wrong, correct those sentences (or add the name to the glossary) instead.',
  }),
  rule('warning', {
    id: 'omitted-content',
    title: 'Time expression or name of the source absent from the target',
    why: 'A dropped `next week` or a dropped name changes what the sentence reports, and nothing else in the check would notice.',
    fix: 'Translate the span the message names, or confirm the omission is intended (a repeated name may be left out).',
  }),
  rule('warning', {
    id: 'yonhap-dateline',
    title: 'Dateline not rendered as (도시=연합뉴스) with the same city (Yonhap style)',
    why: 'Under the Yonhap style profile, an article opens with `(워싱턴=연합뉴스)` naming the dateline’s city; another city misplaces the report.',
    fix: 'Open the first sentence with `(<city>=연합뉴스)` for the dateline’s city. Only on with `"style": "yonhap"` or when named in `rules`.',
  }),
  rule('warning', {
    id: 'yonhap-closing',
    title: 'Closing (Yonhap) not rendered as (끝) (Yonhap style)',
    why: 'Yonhap copy ends with `(끝)`; a kept `(Yonhap)` or a missing end mark looks unfinished to a desk editor.',
    fix: 'End the article with `(끝)`. Only on with `"style": "yonhap"` or when named in `rules`.',
  }),
  rule('warning', {
    id: 'yonhap-local-time',
    title: 'First date under a foreign dateline without (현지시간) (Yonhap style)',
    why: 'Under a foreign dateline a Korean reader takes a bare date as Korean time, which may be a day off.',
    fix: 'Add `(현지시간)` after the first date of the article. Only on with `"style": "yonhap"` or when named in `rules`.',
  }),
  rule('warning', {
    id: 'glossary-term',
    title: 'Glossary term not translated as the glossary requires',
    why: 'Names of agreements, offices and people must be translated the same way in every article.',
    fix: 'Use one of the target terms the glossary lists, or add the translation you used to `glossary.json` if it is also right.',
  }),
  rule('warning', {
    id: 'korean-particle',
    title: 'Korean particle that does not agree with the word before it',
    why: 'Particles such as 은/는 and 이/가 depend on how the word before them ends when read aloud (`FTA는`, `2016을`); the wrong one reads as a typo.',
    fix: 'Use the form the message suggests, reading digits and acronyms the way they are pronounced.',
  }),
  rule('warning', {
    id: 'target-equals-source',
    title: 'Target identical to the source',
    why: 'Often a source copied into the target and never translated.',
    fix: 'Translate the unit; if it is right as it is (a name, a figure), leave it, or turn the rule off in `rules`.',
  }),
  rule('warning', {
    id: 'whitespace-mismatch',
    title: 'Leading or trailing whitespace differs from the source',
    why: 'Sentences are joined with the whitespace at their edges; a missing or extra space glues sentences together or doubles a gap.',
    fix: 'Make the target start and end with the same whitespace as the source.',
  }),
  rule('warning', {
    id: 'final-punctuation',
    title: 'Final punctuation differs from the source',
    why: 'A question that ends in a full stop, or a sentence that lost its full stop, changes how it reads.',
    fix: 'End the target with the punctuation the source has (in the target language’s form).',
  }),
  rule('warning', {
    id: 'double-space',
    title: 'Doubled space in the target',
    why: 'Usually a typo, and it shows on the site.',
    fix: 'Replace the doubled space with one.',
  }),
  rule('warning', {
    id: 'unbalanced-brackets',
    title: 'Unbalanced brackets or quotes in the target',
    why: 'An unclosed quote or bracket runs into the next sentence for the reader.',
    fix: 'Close or remove the bracket or quote in the target.',
  }),
  rule('warning', {
    id: 'length-ratio',
    title: 'Target length far from what the source suggests',
    why: 'A target much shorter or longer than the source usually means a missing clause or text pasted into the wrong unit.',
    fix: 'Compare the target with the source; if it is complete, leave it (or lower the rule to `info` in `rules`).',
  }),
];
