import type { DiagnosticInfo } from './types.js';

const article = (entry: Omit<DiagnosticInfo, 'kind' | 'area' | 'severity'>): DiagnosticInfo => ({
  kind: 'input',
  area: 'article',
  severity: 'error',
  ...entry,
});

/** Bad input in `articles/<slug>.md`, found by the segmenter; sync, check and the site stop on them. */
export const ARTICLE_DIAGNOSTICS: readonly DiagnosticInfo[] = [
  article({
    id: 'article-empty',
    title: 'The article file is empty',
    why: 'An empty file has no title or date, so there is nothing to translate or publish, and a page with no title would break the article list.',
    fix: 'Write frontmatter (at least `title` and `date`) and a body, or delete the file.',
  }),
  article({
    id: 'article-nesting-too-deep',
    title: 'Block quotes or lists nest deeper than the limit',
    why: 'The Markdown parser silently drops whatever lies past its nesting limit; rather than lose the rest of the article, Dari stops and names the line.',
    fix: 'Flatten the nesting at the line given (no article needs more than a few levels of quotes or lists).',
  }),
  article({
    id: 'article-not-utf8',
    title: 'The article is not UTF-8',
    why: 'Dari reads articles as strict UTF-8 instead of guessing; a legacy encoding (EUC-KR, CP949, Latin-1) or UTF-16 would turn Korean and accented text into garbage in every locale file.',
    fix: 'Convert the file to UTF-8 (without BOM) in your editor, or with `iconv -f cp949 -t utf-8`. The diagnostic names the line and column of the first bad byte.',
  }),
  article({
    id: 'article-invalid-char',
    title: 'The article holds a character XML cannot carry',
    why: 'Every sentence goes into an XLIFF file, and XML 1.0 forbids most control characters; Dari reports them instead of dropping them silently.',
    fix: 'Delete the character at the line and column given, or replace it with what was meant (often a space or a quote).',
  }),
  article({
    id: 'article-frontmatter-missing',
    title: 'The article has no frontmatter',
    why: 'Title, date and source language come from the frontmatter; without it the article has no title to translate and no date to sort by.',
    fix: 'Start the file with a block between two `---` lines holding at least `title:` and `date:`.',
  }),
  article({
    id: 'article-frontmatter-unclosed',
    title: 'The frontmatter is never closed',
    why: 'Without the closing `---` the whole article would be read as YAML (or the YAML as text).',
    fix: 'Add a line with `---` after the last frontmatter field.',
  }),
  article({
    id: 'article-frontmatter-invalid',
    title: 'The frontmatter is not a valid YAML mapping',
    why: 'Dari cannot tell the title from the date when the YAML does not parse.',
    fix: 'Fix the YAML between the two `---` lines: one `key: value` per line; quote values that contain `: ` or start with a quote.',
  }),
  article({
    id: 'article-title-missing',
    title: 'The article has no title',
    why: 'The title is the first unit translators see and the heading and link text of the page in every locale.',
    fix: 'Add `title: …` with non-empty text to the frontmatter.',
  }),
  article({
    id: 'article-date-invalid',
    title: 'The article date is missing or not a calendar date',
    why: 'The site sorts articles and writes feeds by date; a wrong date would put the article in the wrong place in every locale.',
    fix: 'Write `date: YYYY-MM-DD` with a real calendar date, such as `date: 2012-03-15`.',
  }),
  article({
    id: 'article-lang-invalid',
    title: 'The article language is not a language tag',
    why: 'The source language decides which locale file is the template and how sentences are split.',
    fix: 'Write a BCP 47 tag such as `lang: en` or `lang: ko`, or leave `lang` out to use the configured source locale.',
  }),
  article({
    id: 'article-field-invalid',
    title: 'A frontmatter field Dari translates is not text',
    why: '`dateline`, `credit` and `summary` become translation units; a list, number or empty value cannot.',
    fix: 'Give the field non-empty text, quoted if it contains `: `, or remove it.',
  }),
  {
    id: 'segmentation-rule-invalid',
    kind: 'input',
    area: 'config',
    severity: 'error',
    title: 'A segmentation rule in the config is not a valid regular expression',
    why: 'Custom break and no-break rules decide where sentences split; a pattern that does not compile would split nothing or everything.',
    fix: 'Fix the pattern under `segmentation` in dari.config.json; the diagnostic quotes the JavaScript error and the rule.',
  },
];
