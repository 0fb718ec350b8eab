export { approvedUnitIds } from './approved.js';
export { articleContextOf } from './article-context.js';
export { checkFile, type FileInput, type FileResult, isTemplate } from './check-file.js';
export {
  buildReport,
  exitCodeFor,
  type Gate,
  mergeThresholds,
  type Threshold,
  thresholdOf,
} from './evaluate.js';
export { type Glossary, type GlossaryEntry, parseGlossary, termsIn } from './glossary.js';
export type { CheckIo } from './io.js';
export { type CheckOptions, type CheckPart, checkPart, checkProject, mergeParts } from './project.js';
export type { CheckReport, Counts, FileReport, LocaleReport, PocountCounts } from './report.js';
export { activeRules, RULES, type Rule } from './rules/index.js';
export { completenessOf, pocountCategoryOf } from './stats.js';
export { countWords, pocountWords } from './words.js';
