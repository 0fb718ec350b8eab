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
