import type { Content, Diagnostic, Unit, UnitFile, XliffVersion } from '@dari/core';

/** Knobs of one article/locale sync; `syncProject` fills them from the config. */
export interface SyncOptions {
  /** `xliff.prefillTargets`: untranslated targets carry the source, state needs-translation. */
  readonly prefillTargets?: boolean;
  /** XLIFF version of the file written (default 1.2). */
  readonly version?: XliffVersion;
  /** Minimum word similarity (0–1) for an edited sentence to keep its old target (default 0.6). */
  readonly fuzzyThreshold?: number;
  /** Path of the locale file relative to the project root, for summaries and diagnostics. */
  readonly file?: string;
  /** `original` written into the file (default: the article's path). */
  readonly original?: string;
}

/** What sync did to one locale file (the contract the CLI prints). */
export interface FileSummary {
  readonly file: string;
  readonly locale: string;
  /** New units without a kept translation. */
  readonly added: number;
  /** Units whose source was edited, split or merged (translation kept, needs review). */
  readonly changed: number;
  /** Units dropped because their sentence is gone (translated ones go to the memory archive). */
  readonly removed: number;
  /** New units whose target was proposed from the translation memory. */
  readonly reused: number;
  readonly unchanged: number;
  /** True when the file's bytes on disk changed (written, created or deleted). */
  readonly written: boolean;
  /** True when the file was deleted because its article is gone. */
  readonly deleted?: boolean;
}

/** Result of `syncArticle`: the next file, what changed, and what to archive. */
export interface ArticleSyncResult {
  readonly file: UnitFile;
  readonly summary: FileSummary;
  /** Units no longer in the article; the translated ones belong in the memory archive. */
  readonly removed: readonly Unit[];
  /** Warnings about kept content, e.g. targets whose inline codes do not match the source. */
  readonly diagnostics: readonly Diagnostic[];
}

/** What `syncProject` did: one summary per locale file, plus findings that did not stop it. */
export interface SyncReport {
  readonly files: readonly FileSummary[];
  readonly diagnostics: readonly Diagnostic[];
}

/** One translation remembered for reuse (its TMX form lives with the other exchange formats in @dari/xliff). */
import type { MemoryEntry } from '@dari/xliff';

export type { MemoryEntry };

/** Exact-match lookup of earlier translations (same locale, any article, removed units too). */
export interface TranslationMemory {
  lookup(locale: string, source: Content): MemoryEntry | undefined;
}
