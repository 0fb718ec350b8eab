import { closestMatches } from '../suggest.js';
import { ARTICLE_DIAGNOSTICS } from './articles.js';
import { FILE_DIAGNOSTICS } from './files.js';
import { PROJECT_DIAGNOSTICS } from './project.js';
import { QUALITY_DIAGNOSTICS } from './quality.js';
import { REVIEW_DIAGNOSTICS } from './review.js';
import type { DiagnosticInfo } from './types.js';

/**
 * Every id Dari can print, bad input and quality rules alike, in the order `docs/diagnostics.md`
 * lists them. Adding an id anywhere in the packages without an entry here fails
 * `tests/catalog/ids.test.ts`.
 */
export const DIAGNOSTICS: readonly DiagnosticInfo[] = [
  ...ARTICLE_DIAGNOSTICS,
  ...PROJECT_DIAGNOSTICS,
  ...FILE_DIAGNOSTICS,
  ...REVIEW_DIAGNOSTICS,
  ...QUALITY_DIAGNOSTICS,
];

// Built once from constant data; never mutated after this module loads.
const BY_ID: ReadonlyMap<string, DiagnosticInfo> = new Map(
  DIAGNOSTICS.flatMap((d) => [[d.id, d] as const, ...(d.replaces ?? []).map((old) => [old, d] as const)]),
);

/** The entry for an id, also when `id` is an old id the entry replaces; undefined when unknown. */
export function diagnosticInfo(id: string): DiagnosticInfo | undefined {
  return BY_ID.get(id.trim().toLowerCase());
}

/** Every id `diagnosticInfo` answers for: current ids, then the old ids they replace. */
export function knownDiagnosticIds(): string[] {
  return [...BY_ID.keys()];
}

/** Ids of the quality rules, the ones `rules` in dari.config.json may configure. */
export function configurableRuleIds(): string[] {
  return DIAGNOSTICS.filter((d) => d.kind === 'quality').map((d) => d.id);
}

/** Ids close to an unknown one, for "did you mean". */
export function similarDiagnosticIds(id: string): string[] {
  return closestMatches(
    id,
    DIAGNOSTICS.map((d) => d.id),
  );
}
