import { DariError, type Diagnostic, errorAt, lineColumnAt } from '@dari/core';

/** Rule ids of the segmenter's diagnostics; permanent once published. */
export const RULES = {
  empty: 'article-empty',
  notUtf8: 'article-not-utf8',
  invalidChar: 'article-invalid-char',
  frontmatterMissing: 'article-frontmatter-missing',
  frontmatterUnclosed: 'article-frontmatter-unclosed',
  frontmatterInvalid: 'article-frontmatter-invalid',
  titleMissing: 'article-title-missing',
  dateInvalid: 'article-date-invalid',
  langInvalid: 'article-lang-invalid',
  fieldInvalid: 'article-field-invalid',
  nestingTooDeep: 'article-nesting-too-deep',
} as const;

/** A diagnostic at a character offset of the article. */
export function diagnosticAt(
  ruleId: string,
  message: string,
  file: string,
  text: string,
  offset: number,
  note?: string,
): Diagnostic {
  const { line, column } = lineColumnAt(text, offset);
  return errorAt(ruleId, message, { file, line, column, ...(note ? { note } : {}) });
}

/** Throws one or more diagnostics as a `DariError`. */
export function fail(diagnostics: Diagnostic | readonly Diagnostic[]): never {
  throw new DariError(diagnostics);
}
