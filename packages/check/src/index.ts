export { checkFile, type FileInput, type FileResult, isTemplate } from './check-file.js';
export { buildReport, exitCodeFor, type Gate } from './evaluate.js';
export { formatReport, formatStatus, type ReportFormat, toJson } from './format/index.js';
export { type Glossary, type GlossaryEntry, parseGlossary } from './glossary.js';
export { type CheckIo, type CheckOptions, checkProject } from './project.js';
export type { CheckReport, Counts, FileReport, LocaleReport, PocountCounts } from './report.js';
export { activeRules, RULES, type Rule } from './rules/index.js';
export { completenessOf, pocountCategoryOf } from './stats.js';
export { countWords, pocountWords } from './words.js';
