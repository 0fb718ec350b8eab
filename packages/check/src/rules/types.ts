import type { Severity, SourceSegment, Unit, UnitFile } from '@dari/core';
import type { Glossary } from '../glossary.js';

/** What a rule found: the runner adds rule id, severity, file, place, locale and unit id. */
export interface Hit {
  readonly message: string;
  readonly note?: string;
  readonly actual?: string;
  readonly expected?: string;
  /** The unit the hit is about, for its `.xlf` line; the file's first line when absent. */
  readonly unit?: Unit;
}

/** What of the article's frontmatter rules read: weekdays resolve against its date and dateline. */
export interface ArticleFacts {
  /** `YYYY-MM-DD`, the publication date at the dateline. */
  readonly date?: string;
  /** Where the story was filed (`WASHINGTON`); a place outside Korea means local times are foreign. */
  readonly dateline?: string;
}

/** One unit with a target, as unit rules see it. */
export interface UnitContext {
  readonly unit: Unit;
  /** Source and target as a reader sees them (codes dropped). */
  readonly source: string;
  readonly target: string;
  readonly sourceLang: string;
  readonly targetLang: string;
  /** Required target terms for this file's locale. */
  readonly glossary: Glossary;
  /** The article's date and dateline, when the file belongs to an article. */
  readonly article?: ArticleFacts;
}

/** One locale file, as file rules see it. */
export interface FileContext {
  readonly file: UnitFile;
  /** `locales/<lang>/<slug>.xlf`, relative to the project root. */
  readonly path: string;
  /** The locale folder the file sits in. */
  readonly locale: string;
  /** The article, when the file belongs to one (not `ui.xlf`). */
  readonly article?: {
    readonly path: string;
    readonly lang: string;
    /**
     * Its current segments; absent when the file's stamp showed its units are exactly those
     * segments (the article's bytes and segmentation are what `dari sync` wrote it from).
     */
    readonly segments?: readonly SourceSegment[];
    readonly facts?: ArticleFacts;
  };
}

interface RuleMeta {
  /** Kebab-case, permanent once published. */
  readonly id: string;
  readonly title: string;
  readonly defaultSeverity: Severity;
  /** A house-style rule: on only when `style` in dari.config.json names this profile (or `rules` turns it on). */
  readonly profile?: 'yonhap';
}

/** A rule run on every unit that has a target in a state past `needs-translation`. */
export interface UnitRule extends RuleMeta {
  readonly scope: 'unit';
  check(ctx: UnitContext): Hit[];
}

/** A rule run once per locale file. */
export interface FileRule extends RuleMeta {
  readonly scope: 'file';
  check(ctx: FileContext): Hit[];
}

/** A rule the project edge applies itself (a locale file that is missing has nothing to run on). */
export interface ProjectRule extends RuleMeta {
  readonly scope: 'project';
}

export type Rule = UnitRule | FileRule | ProjectRule;
