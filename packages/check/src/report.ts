// The report's shape belongs to @dari/report, which formats it; check builds it.
export type { CheckReport, Counts, FileReport, LocaleReport, PocountCounts } from '@dari/report';
