import type { Severity } from '@dari/core';
import { unbalancedBrackets } from './brackets.js';
import { inlineCodeExtra, inlineCodeMissing, inlineCodeOrder } from './codes.js';
import { dateMismatch, impossibleDate, relativeDateMismatch } from './dates.js';
import { translatedEmptyTarget } from './empty.js';
import { glossaryTerm } from './glossary.js';
import { lengthRatio } from './length.js';
import { nameInconsistent, nameInconsistentArchive, nameSpelling } from './names.js';
import { numberMismatch, numberWordMismatch, unitMismatch } from './numbers.js';
import { omittedContent } from './omissions.js';
import { koreanParticle } from './particles.js';
import { staleFile } from './stale.js';
import { xliffSchema } from './structure.js';
import { doubleSpace, finalPunctuationMismatch, targetEqualsSource, whitespaceMismatch } from './text.js';
import type { FileRule, ProjectRule, Rule, UnitRule } from './types.js';
import { yonhapClosing, yonhapDateline, yonhapLocalTime } from './yonhap.js';

/** A locale file an article should have and does not. */
export const fileMissing: ProjectRule = {
  id: 'file-missing',
  title: 'Locale file missing for an article (run dari sync)',
  defaultSeverity: 'error',
  scope: 'project',
};

/** A locale file whose article does not exist. */
export const fileOrphaned: ProjectRule = {
  id: 'file-orphaned',
  title: 'Locale file without an article',
  defaultSeverity: 'error',
  scope: 'project',
};

/** Every rule, in the order reports list them. Ids are permanent. */
export const RULES: readonly Rule[] = [
  staleFile,
  fileMissing,
  fileOrphaned,
  xliffSchema,
  translatedEmptyTarget,
  inlineCodeMissing,
  inlineCodeExtra,
  inlineCodeOrder,
  numberMismatch,
  numberWordMismatch,
  unitMismatch,
  dateMismatch,
  relativeDateMismatch,
  impossibleDate,
  nameSpelling,
  nameInconsistent,
  nameInconsistentArchive,
  omittedContent,
  yonhapDateline,
  yonhapClosing,
  yonhapLocalTime,
  glossaryTerm,
  koreanParticle,
  targetEqualsSource,
  whitespaceMismatch,
  finalPunctuationMismatch,
  doubleSpace,
  unbalancedBrackets,
  lengthRatio,
];

/** Rules with the severity the config gives them; `off` rules are left out. */
export interface ActiveRules {
  readonly unit: ReadonlyArray<{ rule: UnitRule; severity: Severity }>;
  readonly file: ReadonlyArray<{ rule: FileRule; severity: Severity }>;
  /** Severity of each enabled rule by id, project rules included. */
  readonly severity: ReadonlyMap<string, Severity>;
}

/**
 * Applies `rules: { "<id>": "off" | "error" | "warning" | "info" }` from the config (ids already
 * validated). House-style rules are on only under their `style` profile, unless `rules` names them.
 */
export function activeRules(
  overrides: Readonly<Record<string, Severity | 'off'>>,
  style: string = 'none',
): ActiveRules {
  const unit: { rule: UnitRule; severity: Severity }[] = [];
  const file: { rule: FileRule; severity: Severity }[] = [];
  const severity = new Map<string, Severity>();
  for (const rule of RULES) {
    const profileOff = rule.profile !== undefined && rule.profile !== style;
    const setting = overrides[rule.id] ?? (profileOff ? 'off' : rule.defaultSeverity);
    if (setting === 'off') continue;
    severity.set(rule.id, setting);
    if (rule.scope === 'unit') unit.push({ rule, severity: setting });
    else if (rule.scope === 'file') file.push({ rule, severity: setting });
  }
  return { unit, file, severity };
}

export type { FileContext, FileRule, Hit, ProjectRule, Rule, UnitContext, UnitRule } from './types.js';
