import { DariError, errorAt } from '@dari/core';
import { english } from './en.js';
import { korean } from './ko.js';
import type { LanguageRules, SegmentationRulesInput } from './types.js';

/** A compiled SRX pair: `before` anchored at the end of a window, `after` at its start. */
export interface CompiledPair {
  readonly before: RegExp;
  readonly after: RegExp;
  /** `after` as a sticky pattern, tried in place at an offset of the whole text without a slice. */
  readonly afterAt: RegExp;
  /** `after` as a global pattern, to find every offset where it matches in one native scan. */
  readonly afterAny: RegExp;
}

/** Rules ready for the engine: sets for word lists, compiled regular expressions. */
export interface CompiledRules {
  readonly lang: string;
  readonly abbreviations: ReadonlySet<string>;
  readonly prepositive: ReadonlySet<string>;
  readonly numberPrefixes: ReadonlySet<string>;
  readonly sentenceStarters: ReadonlySet<string>;
  readonly attributionVerbs: ReadonlySet<string>;
  readonly finalAbbreviations: ReadonlySet<string>;
  readonly units: ReadonlySet<string>;
  readonly nameHeads: ReadonlySet<string>;
  readonly introWords: ReadonlySet<string>;
  readonly timeFollowers: ReadonlySet<string>;
  readonly exclaimedNames: ReadonlySet<string>;
  readonly ellipsisContinues?: RegExp;
  /** `numberPrefixes` in lower case, for headings in capitals (`SEC. 1262`). */
  readonly numberPrefixesLower: ReadonlySet<string>;
  readonly quoteContinuation?: RegExp;
  readonly ellipsisEnds?: RegExp;
  readonly noBreak: readonly CompiledPair[];
  readonly breaks: readonly CompiledPair[];
}

const BUILT_IN: Readonly<Record<string, LanguageRules>> = { en: english, ko: korean };

/** Languages without built-in rules still get the language-neutral ones (initials, numbers, quotes). */
const NEUTRAL: LanguageRules = {
  abbreviations: [],
  prepositive: [],
  numberPrefixes: [],
  sentenceStarters: [],
  attributionVerbs: [],
  noBreak: [],
  breaks: [],
};

/** Built-in rules for a BCP 47 tag, by its primary language (`en-US` → `en`). */
export function builtInRules(lang: string): LanguageRules {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return BUILT_IN[primary] ?? NEUTRAL;
}

function regex(source: string, where: string, flags = 'u'): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw new DariError(
      errorAt(
        'segmentation-rule-invalid',
        `segmentation rule ${where} is not a valid regular expression: ${source}`,
        {
          note: `${(e as Error).message}. Fix the pattern in dari.config.json → segmentation.`,
        },
      ),
    );
  }
}

function pair(before: string, after: string, where: string): CompiledPair {
  const rest = after.replace(/^\^/, '');
  return {
    before: regex(`(?:${before})$`, where),
    after: regex(`^(?:${rest})`, where),
    afterAt: regex(`(?:${rest})`, where, 'uy'),
    afterAny: regex(`(?:${rest})`, where, 'gu'),
  };
}

const cache = new Map<string, CompiledRules>();
const inputCache = new WeakMap<SegmentationRulesInput, Map<string, CompiledRules>>();

/** Built-in rules of a language plus the config's additions, compiled once and cached. */
export function compileRules(lang: string, input?: SegmentationRulesInput): CompiledRules {
  const perInput = input ? (inputCache.get(input) ?? new Map<string, CompiledRules>()) : cache;
  const hit = perInput.get(lang);
  if (hit) return hit;
  const base = builtInRules(lang);
  const compiled: CompiledRules = {
    lang,
    abbreviations: new Set([
      ...base.abbreviations,
      ...(input?.abbreviations ?? []).map((a) => a.replace(/\.$/, '')),
    ]),
    prepositive: new Set(base.prepositive),
    numberPrefixes: new Set(base.numberPrefixes),
    sentenceStarters: new Set(base.sentenceStarters),
    attributionVerbs: new Set(base.attributionVerbs),
    finalAbbreviations: new Set(base.finalAbbreviations ?? []),
    units: new Set(base.units ?? []),
    nameHeads: new Set(base.nameHeads ?? []),
    introWords: new Set(base.introWords ?? []),
    timeFollowers: new Set(base.timeFollowers ?? []),
    exclaimedNames: new Set(base.exclaimedNames ?? []),
    ...(base.ellipsisContinues
      ? { ellipsisContinues: regex(base.ellipsisContinues, 'ellipsisContinues') }
      : {}),
    numberPrefixesLower: new Set(base.numberPrefixes.map((p) => p.toLowerCase())),
    ...(base.quoteContinuation
      ? { quoteContinuation: regex(base.quoteContinuation, 'quoteContinuation') }
      : {}),
    ...(base.ellipsisEnds ? { ellipsisEnds: regex(base.ellipsisEnds, 'ellipsisEnds') } : {}),
    noBreak: [
      ...base.noBreak.map((p, i) => pair(p.before, p.after, `${lang} noBreak[${i}]`)),
      ...(input?.noBreakBefore ?? []).map((p, i) => pair(p, '', `${lang}.noBreakBefore[${i}]`)),
    ],
    breaks: [
      ...base.breaks.map((p, i) => pair(p.before, p.after, `${lang} breaks[${i}]`)),
      ...(input?.breakAfter ?? []).map((p, i) => pair(p, '\\s', `${lang}.breakAfter[${i}]`)),
    ],
  };
  perInput.set(lang, compiled);
  if (input) inputCache.set(input, perInput);
  return compiled;
}
